"""``client.jobs``: bulk background jobs (apply macro, export tickets…)."""

from __future__ import annotations

from ..models import Job
from ._base import Resource


class JobsSpecials(Resource[Job]):
    """Jobs (``/jobs``): bulk background jobs, cancelled rather than deleted."""

    async def cancel(self, id: int) -> None:
        """Ask for a job to be cancelled (``DELETE /jobs/{id}``)."""
        await self._delete(id)
