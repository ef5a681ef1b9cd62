"""A watcher in a process of its own, for the SIGKILL tests (``tests/test_watch_crash.py``).

    python tests/_watch_child.py sqlite|file BASE_URL STORE

``sqlite``: the handler's effect (a row in ``handled``) and the position (through a
``CallableCheckpoint``) commit in one SQLite transaction — your own store, exactly once.
``file``: the position in a ``FileCheckpoint``, the effect a line appended to a journal.
Each event handled is printed, for the parent to know how far it got.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys

from gorgias_async import AsyncGorgias, CallableCheckpoint, Checkpoint, FileCheckpoint
from gorgias_async.testing import DEFAULT_API_KEY, DEFAULT_USERNAME

SINCE = "2000-01-01T00:00:00Z"


async def main(mode: str, base_url: str, store: str) -> None:
    checkpoint: Checkpoint
    if mode == "sqlite":
        db = sqlite3.connect(store)
        db.execute("CREATE TABLE IF NOT EXISTS handled (seq INTEGER PRIMARY KEY, event_id INTEGER)")
        db.execute("CREATE TABLE IF NOT EXISTS position (one INTEGER PRIMARY KEY, text TEXT)")
        db.commit()

        def load() -> str | None:
            row = db.execute("SELECT text FROM position").fetchone()
            return None if row is None else str(row[0])

        def save(text: str) -> None:  # commits the handler's rows with the position
            db.execute("INSERT OR REPLACE INTO position VALUES (1, ?)", (text,))
            db.commit()

        def handle(event_id: int) -> None:
            db.execute("INSERT INTO handled (event_id) VALUES (?)", (event_id,))

        checkpoint = CallableCheckpoint(load, save)
    else:
        journal = os.open(store, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.write(journal, b"start\n")

        def handle(event_id: int) -> None:
            os.write(journal, f"{event_id}\n".encode())

        checkpoint = FileCheckpoint(store + ".position")
    async with AsyncGorgias(
        base_url=base_url, username=DEFAULT_USERNAME, api_key=DEFAULT_API_KEY, rate_limit=None
    ) as client:
        changes = client.events.watch(since=SINCE, checkpoint=checkpoint, poll_interval=0.02)
        async for change in changes:
            handle(change.event.id)
            print(change.event.id, flush=True)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:4]))
