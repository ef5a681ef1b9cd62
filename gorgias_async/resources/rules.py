"""``client.rules``: its own methods (the rest comes from its row in ``_catalog``)."""

from __future__ import annotations

import builtins

from .._validate import check_id
from ..models import Rule
from ._base import Resource, structure_list


class RulesSpecials(Resource[Rule]):
    """Rules (``/rules``), and their priorities."""

    async def update_priorities(self, priorities: dict[int, int]) -> builtins.list[Rule]:
        """Set rule priorities: ``{rule_id: priority}`` (higher runs first)."""
        body = {
            "priorities": [
                {"id": check_id(rule_id, "rule_id"), "priority": priority}
                for rule_id, priority in priorities.items()
            ]
        }
        return structure_list(await self._call("POST", f"{self.path}/priorities", json=body), Rule)
