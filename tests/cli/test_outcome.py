"""One mapping of what went wrong to an exit code and one line, for every command."""

from __future__ import annotations

import pytest

from gorgias_async import NotFoundError, PaginationError
from gorgias_async.cli import _outcome
from gorgias_async.errors import OutputLockedError


def raising(error: BaseException):
    def work() -> int:
        raise error

    return work


@pytest.mark.parametrize(
    ("error", "code", "line"),
    [
        (ValueError("--out: nope"), 2, "--out: nope"),
        (TypeError("limit must be an int"), 2, "limit must be an int"),
        (OutputLockedError("busy", path="x", hint="wait", holder={}), 3, "busy; wait"),
        (PaginationError("the server repeated a cursor"), 1, "failed: the server repeated"),
        (KeyboardInterrupt(), 130, "interrupted"),
        (ExceptionGroup("walks", [ValueError("first")]), 2, "first"),
    ],
)
def test_each_failure_has_its_code_and_one_line(error, code, line, capsys):
    assert _outcome.run("gorgias-async x", raising(error)) == code
    (printed,) = capsys.readouterr().err.splitlines()
    assert printed.startswith(f"gorgias-async x: {line}")


def test_a_command_words_its_own_failures(capsys):
    wording = _outcome.Wording(failed=lambda e: f"{type(e).__name__}!", interrupted="stopped")
    error = NotFoundError("gone", method="GET", path="/x", status=404, body=None, request_id=None)
    assert _outcome.run("p", raising(error), wording) == 1
    assert _outcome.run("p", raising(KeyboardInterrupt()), wording) == 130
    assert capsys.readouterr().err.splitlines() == ["p: NotFoundError!", "p: stopped"]


def test_a_bug_keeps_its_traceback():
    with pytest.raises(ZeroDivisionError):
        _outcome.run("p", lambda: 1 // 0)


def test_what_the_work_returns_is_the_code():
    assert _outcome.run("p", lambda: 0) == 0
    assert _outcome.run("p", lambda: 1) == 1
