"""How a bulk write reshapes each record: ``exclude`` and ``mapping``, dotted paths allowed.

``exclude=["internal", "customer.email"]`` drops a top-level field and the ``email`` of
the nested ``customer`` object (in a list of objects, ``messages.via``, from each one);
``mapping={"mail": "email", "customer.mail": "email"}`` renames a field, at the top or
inside its parent object (the target is a bare name, or the same parent's dotted path).
Excludes apply first, then renames, on a copy: the caller's record is never changed.

A :class:`Shaper` remembers which of its paths matched a field of some record, so a path
that matches nothing (a typo, ``customer.emial``) can be refused instead of silently
ignored: :meth:`Shaper.unmatched`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["Shaper"]

Path = tuple[str, ...]


def _split(path: str, name: str) -> Path:
    parts = tuple(path.split("."))
    if not all(parts):
        raise ValueError(f"{name}: {path!r} is not a field name or a dotted path like 'a.b'")
    return parts


def _target(source: Path, target: str) -> str:
    """The new last segment of ``source`` renamed to ``target`` (bare, or dotted alike)."""
    parts = _split(target, "mapping")
    if len(parts) == 1:
        return parts[0]
    if parts[:-1] != source[:-1]:
        raise ValueError(
            f"mapping: {'.'.join(source)!r} can only be renamed within its parent "
            f"({'.'.join(source[:-1])!r}), not to {target!r}"
        )
    return parts[-1]


class Shaper:
    """The ``exclude`` paths and ``mapping`` renames of one bulk run (checked when built).

    Raises:
        TypeError: ``exclude`` is a str or holds something else than str; ``mapping``
            is not a mapping of str to str.
        ValueError: an empty path segment; two fields renamed to the same name; a
            dotted rename that leaves its parent.
    """

    def __init__(self, exclude: object = (), mapping: object = None) -> None:
        self.excludes = self._excludes(exclude)
        self.renames = self._renames(mapping)
        self._seen: set[str] = set()

    @staticmethod
    def _excludes(exclude: object) -> dict[str, Path]:
        if isinstance(exclude, str) or not isinstance(exclude, Iterable):
            raise TypeError("exclude must be an iterable of field names (not a str)")
        names = list(exclude)
        if not all(isinstance(name, str) for name in names):
            raise TypeError("exclude must contain field names (str)")
        return {name: _split(name, "exclude") for name in names}

    @staticmethod
    def _renames(mapping: object) -> dict[str, tuple[Path, str]]:
        if mapping is None:
            return {}
        if not isinstance(mapping, Mapping):
            raise TypeError(
                f"mapping must be a mapping of source to Gorgias field names, not {mapping!r}"
            )
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
            raise TypeError("mapping must map str field names to str field names")
        renames: dict[str, tuple[Path, str]] = {}
        targets: set[tuple[Path, str]] = set()
        for source, target in mapping.items():
            path = _split(source, "mapping")
            new = _target(path, target)
            if (path[:-1], new) in targets:
                raise ValueError("mapping renames two fields to the same name")
            targets.add((path[:-1], new))
            renames[source] = (path, new)
        return renames

    def __bool__(self) -> bool:
        return bool(self.excludes or self.renames)

    def apply(self, fields: dict[str, Any]) -> dict[str, Any]:
        """``fields`` with the excludes dropped, then renamed (a new dict).

        Renames happen at once, so ``{"a": "b", "b": "a"}`` swaps two fields.
        """
        shaped = dict(fields)
        for name, path in self.excludes.items():
            if _take(shaped, path):
                self._seen.add(name)
        taken: list[tuple[dict[str, Any], str, Any]] = []
        for source, (path, new) in self.renames.items():
            found = _take(shaped, path)
            if found:
                self._seen.add(source)
            taken += [(parent, new, value) for parent, value in found]
        for parent, new, value in taken:
            parent[new] = value
        return shaped

    def unmatched(self) -> str | None:
        """What to say about the paths that matched no field of any record shaped so far."""
        missing = [f"exclude {name!r}" for name in self.excludes if name not in self._seen]
        missing += [f"mapping {name!r}" for name in self.renames if name not in self._seen]
        if not missing:
            return None
        return (
            f"{', '.join(missing)} matched no field of any record: check the spelling "
            "(a dot reaches into a nested object: 'customer.email')"
        )


def _take(container: dict[str, Any], path: Path) -> list[tuple[dict[str, Any], Any]]:
    """Pop the field at ``path``, copying each object it enters (a list: each element).

    Returns ``(parent, value)`` for every field popped (none: nothing matched).
    """
    head, rest = path[0], path[1:]
    if head not in container:
        return []
    if not rest:
        return [(container, container.pop(head))]
    child = container[head]
    if isinstance(child, Mapping):
        copy = dict(child)
        container[head] = copy
        return _take(copy, rest)
    if isinstance(child, list):
        copies = [dict(item) if isinstance(item, Mapping) else item for item in child]
        container[head] = copies
        return [hit for item in copies if isinstance(item, dict) for hit in _take(item, rest)]
    return []
