"""The fake's jobs really run: ``POST /jobs`` of a ticket job changes the store over time.

A job of type ``updateTicket``, ``deleteTicket`` or ``applyMacro`` naming ``ticket_ids``
goes ``scheduled`` → ``running`` (``started_datetime``, ``locked_datetime``,
``info.progress_count`` growing step by step) → ``done`` (``ended_datetime``), or
``errored`` (``failed_datetime``, ``info.error``: an unknown macro, a job selecting
tickets by ``view`` — the fake runs jobs by ``ticket_ids`` only). A cancel
(``DELETE /jobs/{id}``, ``cancel_requested``) stops it between steps: ``canceled``; what
it already changed stays changed, as Gorgias says. Ids of tickets that do not exist are
skipped. Each changed ticket records its event, as a ``PUT`` or ``DELETE`` would.

Speed, in the account's time (scaled by ``time_scale`` like the bucket): the job starts
:data:`START_DELAY` seconds after it is created and works :data:`JOB_RATE` tickets a
second, in steps of :data:`STEP`. Other job types (exports, imports) are stored and never
run, as before.
"""

from __future__ import annotations

import asyncio
import contextvars
from typing import Any

from aiohttp import web

from .._json import loads
from ._crud import create_handler, expand_references, state_of, update_item
from ._http import ApiError
from ._resources import BY_NAME
from ._state import AccountState, now_iso, one_transaction
from ._store import Item

__all__ = ["RUNNABLE", "routes", "start_job", "stop_jobs"]

RUNNABLE = frozenset({"updateTicket", "deleteTicket", "applyMacro"})
START_DELAY = 1.0
JOB_RATE = 100.0
STEP = 25
ENDED = frozenset({"done", "errored", "fatal_errored", "canceled"})


routes = web.RouteTableDef()
_create = create_handler(BY_NAME["jobs"])


@routes.post("/api/jobs")
async def create_job(request: web.Request) -> web.StreamResponse:
    """``POST /jobs``: stored as any object, then run (see the module)."""
    response = await _create(request)
    assert isinstance(response, web.Response)
    state = state_of(request)
    job = state.collection("jobs").get(loads(bytes(response.body or b"{}"))["id"])  # type: ignore[arg-type]
    if job is not None:
        start_job(state, job)
    return response


def start_job(state: AccountState, job: Item) -> None:
    """Run ``job`` in the background if the fake knows its type (see the module)."""
    if job.get("type") not in RUNNABLE:
        return
    # A fresh context: the request's held instant (now_iso) must not freeze the job's.
    task = asyncio.get_running_loop().create_task(
        _run(state, job["id"]), context=contextvars.Context()
    )
    state.job_tasks.add(task)
    task.add_done_callback(state.job_tasks.discard)


async def stop_jobs(state: AccountState) -> None:
    """Cancel the jobs still running (the fake is closing)."""
    for task in list(state.job_tasks):
        task.cancel()
    await asyncio.gather(*state.job_tasks, return_exceptions=True)
    state.job_tasks.clear()


def _set(state: AccountState, job_id: int, **changes: Any) -> Item:
    jobs = state.collection("jobs")
    job = jobs.get(job_id)
    assert job is not None
    updated = job | changes | {"updated_datetime": now_iso()}
    jobs.put(updated)
    return updated


def _cancelled(state: AccountState, job_id: int) -> bool:
    job = state.collection("jobs").get(job_id)
    if job is None or job["status"] != "cancel_requested":
        return False
    _set(state, job_id, status="canceled", cancelled_datetime=now_iso(), locked_datetime=None)
    return True


async def _run(state: AccountState, job_id: int) -> None:
    await asyncio.sleep(START_DELAY / state.time_scale)
    if _cancelled(state, job_id):
        return
    job = _set(
        state,
        job_id,
        status="running",
        started_datetime=now_iso(),
        locked_datetime=now_iso(),
        info={"progress_count": 0},
    )
    params = job.get("params") or {}
    try:
        change = _change(state, job["type"], params)
    except ApiError as exc:
        _set(state, job_id, status="errored", failed_datetime=now_iso(), info={"error": exc.msg})
        return
    ids = [i for i in params.get("ticket_ids") or [] if isinstance(i, int)]
    for start in range(0, len(ids), STEP):
        if _cancelled(state, job_id):
            return
        step = ids[start : start + STEP]
        for ticket_id in step:
            with one_transaction():
                change(ticket_id)
        _set(state, job_id, info={"progress_count": start + len(step)})
        await asyncio.sleep(len(step) / JOB_RATE / state.time_scale)
    _set(state, job_id, status="done", ended_datetime=now_iso(), locked_datetime=None)


def _change(state: AccountState, job_type: str, params: Item) -> Any:
    """What the job does to one ticket id (ApiError: the job cannot run at all)."""
    if "ticket_ids" not in params:
        raise ApiError(400, "The fake runs ticket jobs by ticket_ids only (not by view).")
    tickets = BY_NAME["tickets"]
    if job_type == "deleteTicket":

        def delete(ticket_id: int) -> None:
            item = state.collection("tickets").get(ticket_id)
            if item is not None:
                state.collection("tickets").delete(ticket_id)
                state.record_event("tickets", "deleted", item)

        return delete
    if job_type == "updateTicket":
        updates = expand_references(state, "tickets", dict(params.get("updates") or {}))
    else:
        updates = _macro_changes(state, params)

    def update(ticket_id: int) -> None:
        if state.collection("tickets").get(ticket_id) is not None and updates:
            update_item(state, tickets, ticket_id, _with_tags(state, ticket_id, updates))

    return update


def _macro_changes(state: AccountState, params: Item) -> Item:
    """The ticket fields a macro's actions set (``setStatus``, ``setSubject``,
    ``addTags``, ``setPriority``; a reply text is not sent by the fake)."""
    macro_id = params.get("macro_id")
    macro = state.collection("macros").get(macro_id) if isinstance(macro_id, int) else None
    if macro is None:
        raise ApiError(404, f"Macro {params.get('macro_id')} not found.")
    changes: Item = {}
    for action in macro.get("actions") or []:
        arguments = action.get("arguments") or {}
        name = action.get("name")
        if name == "setStatus" and "status" in arguments:
            changes["status"] = arguments["status"]
        elif name == "setSubject" and "subject" in arguments:
            changes["subject"] = arguments["subject"]
        elif name == "setPriority" and "priority" in arguments:
            changes["priority"] = arguments["priority"]
        elif name == "addTags" and arguments.get("tags"):
            changes["+tags"] = [t.strip() for t in str(arguments["tags"]).split(",") if t.strip()]
    if params.get("apply_and_close"):
        changes["status"] = "closed"
    return changes


def _with_tags(state: AccountState, ticket_id: int, updates: Item) -> Item:
    """``updates`` with a macro's added tags merged into the ticket's own."""
    if "+tags" not in updates:
        return updates
    ticket = state.collection("tickets").get(ticket_id) or {}
    names = [tag["name"] for tag in ticket.get("tags") or []]
    added = [name for name in updates["+tags"] if name not in names]
    merged = {k: v for k, v in updates.items() if k != "+tags"}
    merged["tags"] = expand_references(state, "tickets", {"tags": names + added})["tags"]
    return merged
