"""A griffe extension: the package's docstrings are written with Sphinx roles
(``:class:`~gorgias_async.GorgiasError```) and RST literal blocks (``::``); Markdown
shows them as inline code and code blocks instead of leaving the roles as text."""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj|const):`~?([^`]+)`")
_LITERAL = re.compile(r"(?m)^(?P<text>.*\S)?::[ \t]*$")


def _shown(role: re.Match[str]) -> str:
    """What Sphinx would show: ``~a.b.C`` shows ``C``; ``title <target>`` the title."""
    target = role.group(1)
    if "<" in target and target.endswith(">"):
        return f"`{target.split('<', 1)[0].strip()}`"
    tilde = role.group(0).split("`", 1)[1].startswith("~")
    return f"`{target.split('.')[-1] if tilde else target}`"


def markdown(text: str) -> str:
    """``text`` with roles as inline code and ``text::`` as ``text:`` (its indented block
    is a Markdown code block already)."""
    text = _ROLE.sub(_shown, text)
    return _LITERAL.sub(lambda m: (m.group("text") or "") + (":" if m.group("text") else ""), text)


class SphinxRoles(griffe.Extension):
    """Rewrites every docstring as it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **_: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
