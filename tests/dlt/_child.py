"""One dlt pipeline run in a process of its own, as a scheduler (cron, Airflow) starts it.

    python tests/dlt/_child.py FOLDER BASE_URL USERNAME API_KEY [RATE_LIMIT [KILL_AFTER]]

Loads tickets, messages and customers from the fake into ``FOLDER/account.duckdb``, the
pipeline's own files in ``FOLDER/pipelines``. With ``KILL_AFTER`` (a table name), the
process kills itself with SIGKILL right after dlt's load step committed its insert of
that table's rows into the staging dataset — the moment a crash is worst for dlt, since
the job is not yet marked done and is run again on the retry — once: the marker file
``FOLDER/killed`` tells every later run to go through.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import dlt
from dlt.destinations.insert_job_client import InsertValuesLoadJob

from gorgias_async.dlt import gorgias_source


def die_after_staging_insert(table: str, marker: Path) -> None:
    """Make the first committed staging insert into ``table`` end the process."""
    insert = InsertValuesLoadJob.run

    def insert_then_die(job: InsertValuesLoadJob) -> None:
        insert(job)  # the insert's transaction has committed when this returns
        staging = job._job_client.sql_client.is_staging_dataset_active
        if staging and job.load_table_name == table and not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)

    InsertValuesLoadJob.run = insert_then_die


def main(folder: str, base_url: str, username: str, api_key: str, *options: str) -> None:
    rate_limit = options[0] if options else "40/0.5"
    if len(options) > 1:
        die_after_staging_insert(options[1], Path(folder, "killed"))
    pipeline = dlt.pipeline(
        pipeline_name="gorgias",
        destination=dlt.destinations.duckdb(folder + "/account.duckdb"),
        dataset_name="gorgias",
        pipelines_dir=folder + "/pipelines",
    )
    source = gorgias_source(
        ["tickets", "messages", "customers"], base_url=base_url, username=username,
        api_key=api_key, rate_limit=rate_limit, page_size=10,
    )  # fmt: skip
    pipeline.run(source)


if __name__ == "__main__":
    main(*sys.argv[1:])
