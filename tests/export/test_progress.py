"""The export's progress: a live table that fits a small terminal, plain lines on a dumb
terminal or a pipe, and resources finished in an earlier run shown as such."""

from __future__ import annotations

import io
import re

import pytest

from gorgias_async.export import Progress
from tests._pty import SHOW_CURSOR, run_in_pty

pytest.importorskip("rich")
pytest.importorskip("pyte")

COLUMNS, LINES = 44, 14
ESCAPE = re.compile(rb"\x1b[\[\]()]")
SOME = ["tickets", "messages", "customers", "events", "users", "teams", "tags", "views"]
SOME += ["macros", "rules", "integrations", "widgets", "custom_fields", "jobs"]


def export(tmp_path, *extra: str, term: str = "xterm-256color"):
    return run_in_pty(
        "export",
        "--sandbox",
        "--out",
        str(tmp_path / "out"),
        "--page-size",
        "50",
        *extra,
        columns=COLUMNS,
        lines=LINES,
        env={"TERM": term},
    )


@pytest.mark.slow
def test_a_live_table_fits_a_44_by_14_terminal(tmp_path):
    ran = export(tmp_path, *SOME)
    assert ran.code == 0, ran.output[-2000:]
    # The last frame of the live table, as the terminal shows it before the summary.
    screen = ran.screen(COLUMNS, LINES, upto=SHOW_CURSOR)
    drawn = [line for line in screen if line]
    assert drawn[0].split() == ["resource", "records", "rec/s", "state"]
    headers = [line for line in screen if line.startswith("resource")]
    assert len(headers) == 1, screen  # redrawn in place, never stacked
    assert any(line.startswith("total") and "14/14 done" in line for line in screen), screen
    assert any(re.match(r"\+\d+ more\s+\d+ done", line) for line in screen), screen
    assert "pages/s, budget" in drawn[-1]
    # Each frame moves up over the one before, never more lines than the terminal has.
    ups = [int(n) if n else 1 for n in re.findall(rb"\x1b\[(\d*)A", ran.output)]
    assert ups
    assert max(ups) < LINES
    assert len(drawn) <= LINES - 1
    # Then the summary, below the table.
    after = ran.screen(COLUMNS, LINES)
    assert any(line.startswith("Files in") for line in after), after


@pytest.mark.slow
def test_a_dumb_terminal_gets_plain_lines(tmp_path):
    ran = export(tmp_path, "tickets", "tags", term="dumb")
    assert ran.code == 0, ran.output[-2000:]
    assert not ESCAPE.search(ran.output), ran.output[:500]
    text = ran.output.decode()
    assert "export: tags done, 8 records" in text
    assert "export: tickets done, 2,000 records" in text
    assert "Exported 2,008 records of 2 resources" in text


@pytest.mark.slow
def test_finished_resources_show_as_done_on_the_next_run(tmp_path):
    assert export(tmp_path, "tickets", "tags").code == 0
    ran = export(tmp_path, "tickets", "tags")
    assert ran.code == 0
    screen = ran.screen(COLUMNS, LINES, upto=SHOW_CURSOR)
    rows = {line.split()[0]: line.split()[1:] for line in screen if line.strip()}
    assert (rows["tickets"][0], rows["tickets"][-1]) == ("2,000", "done"), screen
    assert (rows["tags"][0], rows["tags"][-1]) == ("8", "done"), screen
    assert "waiting" not in "\n".join(screen)


def test_a_resumed_walk_starts_from_what_it_holds_with_an_eta():
    out = io.StringIO()
    progress = Progress(["tickets", "tags"], out=out, interval=0, totals={"tickets": 1000})
    progress.begin("tickets", items=400, pages=4, mode="resumed")
    progress.begin("tags", items=8, pages=1, mode="incremental")
    assert progress.streams["tickets"].state() == "resuming"
    assert progress.streams["tags"].state() == "updating"
    progress.update("tickets", items=500, pages=5, done=False)
    assert progress.streams["tickets"].state() == "walking"
    assert progress.streams["tickets"].eta(progress.streams["tickets"].began + 1.0) == 5.0
    progress.update("tags", items=8, pages=1, done=True)
    progress.close()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("export: 400 records, 0/2 resources done")
    assert "export: tags done, 8 records" in lines
    assert lines[-1].startswith("export: 508 records, 1/2 resources done")
    assert "ETA" in lines[-1]


def test_quiet_prints_nothing():
    out = io.StringIO()
    progress = Progress(["tickets"], out=out, quiet=True, interval=0)
    progress.begin("tickets", items=0, pages=0, mode="full")
    progress.update("tickets", items=10, pages=1, done=True)
    progress.close()
    assert out.getvalue() == ""
