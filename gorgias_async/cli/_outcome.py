"""How a command ends: the one mapping of what went wrong to an exit code and one line.

Every command runs its work through :func:`run`. Its exit codes:

- ``0`` done (or what the command itself returns);
- ``1`` failed: a :class:`~gorgias_async.GorgiasError` (the line says what happened and
  what to do), the system refused something (an ``OSError``: a full disk, a file that
  vanished…), or stdout closed early (``| head``);
- ``2`` bad usage: a ``ValueError``/``TypeError`` raised before anything was sent or
  written (an argument, a path, credentials);
- ``3`` another run holds the folder or file (:class:`~gorgias_async.OutputLockedError`);
- ``130`` interrupted (Ctrl-C).

Anything else is a bug, and keeps its traceback. With ``debug`` (the commands'
``--debug``) the traceback of a mapped failure is printed too, above its line.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable

import attrs

from ..errors import GorgiasError, OutputLockedError

__all__ = [
    "DONE",
    "EXIT_CODES",
    "FAILED",
    "INTERRUPTED",
    "LOCKED",
    "PLAIN",
    "USAGE",
    "Wording",
    "outcome",
    "run",
]

DONE, FAILED, USAGE, LOCKED, INTERRUPTED = 0, 1, 2, 3, 130

#: What each exit code means, as ``--help`` lists them.
EXIT_CODES = {
    DONE: "done",
    FAILED: "failed (one line says what happened and what to do)",
    USAGE: "bad usage: an option, a path or the credentials (nothing was sent or written)",
    LOCKED: "another run holds the output folder or results file",
    INTERRUPTED: "interrupted (Ctrl-C)",
}


def _failed(error: GorgiasError) -> str:
    return f"failed: {error}"


@attrs.frozen
class Wording:
    """What a command says when it fails (the codes are the same for every command).

    Attributes:
        failed: the line for a :class:`~gorgias_async.GorgiasError`.
        interrupted: the line for Ctrl-C.
    """

    failed: Callable[[GorgiasError], str] = _failed
    interrupted: str = "interrupted"


PLAIN = Wording()


def run(
    prog: str, work: Callable[[], int], wording: Wording = PLAIN, *, debug: bool = False
) -> int:
    """``work()``'s exit code; or, when it raises, the code and one line on stderr
    (``PROG: …``) for what went wrong (after its traceback with ``debug``)."""
    try:
        return work()
    except BaseException as raised:  # mapped, or raised again by outcome()
        code, line = outcome(raised, wording)
        if debug:
            traceback.print_exception(raised, file=sys.stderr)
    if line:
        print(f"{prog}: {line}", file=sys.stderr)
    return code


def outcome(raised: BaseException, wording: Wording = PLAIN) -> tuple[int, str]:
    """The exit code and the line for ``raised`` (a bug is raised again)."""
    error = raised
    while isinstance(error, BaseExceptionGroup):  # a task group's: its first error
        error = error.exceptions[0]
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED, wording.interrupted
    if isinstance(error, BrokenPipeError):
        # stdout closed early (``| head``): stop quietly; later writes go nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILED, ""
    if isinstance(error, ValueError | TypeError):
        return USAGE, str(error)
    if isinstance(error, OutputLockedError):
        return LOCKED, str(error)
    if isinstance(error, GorgiasError):
        return FAILED, wording.failed(error)
    if isinstance(error, OSError):
        return FAILED, _system_refused(error)
    raise raised


def _system_refused(error: OSError) -> str:
    what = error.strerror or type(error).__name__
    where = f" ({error.filename})" if error.filename else ""
    return f"failed: {what}{where}; fix that and run the same command again"
