"""How a command ends: the one mapping of what went wrong to an exit code and one line.

Every command runs its work through :func:`run`. Its exit codes:

- ``0`` done (or what the command itself returns);
- ``1`` failed: a :class:`~gorgias_async.GorgiasError` (the line says what happened and
  what to do), or stdout closed early (``| head``);
- ``2`` bad usage: a ``ValueError``/``TypeError`` raised before anything was sent or
  written (an argument, a path, credentials);
- ``3`` another run holds the folder or file (:class:`~gorgias_async.OutputLockedError`);
- ``130`` interrupted (Ctrl-C).

Anything else is a bug, and keeps its traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import attrs

from ..errors import GorgiasError, OutputLockedError

__all__ = ["DONE", "FAILED", "INTERRUPTED", "LOCKED", "PLAIN", "USAGE", "Wording", "outcome", "run"]

DONE, FAILED, USAGE, LOCKED, INTERRUPTED = 0, 1, 2, 3, 130


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


def run(prog: str, work: Callable[[], int], wording: Wording = PLAIN) -> int:
    """``work()``'s exit code; or, when it raises, the code and one line on stderr
    (``PROG: …``) for what went wrong."""
    try:
        return work()
    except BaseException as raised:  # mapped, or raised again by outcome()
        code, line = outcome(raised, wording)
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
    raise raised
