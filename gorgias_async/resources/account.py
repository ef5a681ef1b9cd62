"""``client.account``: the account and its settings."""

from __future__ import annotations

from typing import Any

from .._validate import check_id
from ..models import Account, AccountSetting
from ._base import Service, body_of, structure_answer, structure_list


class AccountSpecials(Service):
    """The account behind the credentials (``/account``)."""

    async def get(self) -> Account:
        """The account."""
        result: Account = structure_answer(await self._call("GET", "/account"), Account)
        return result

    async def settings(self) -> list[AccountSetting]:
        """Every account setting."""
        return structure_list(await self._call("GET", "/account/settings"), AccountSetting)

    async def create_setting(self, params: Any = None, /, **fields: Any) -> AccountSetting:
        """Create a setting (``type`` and ``data``)."""
        body = await self._call("POST", "/account/settings", json=body_of(params, fields))
        result: AccountSetting = structure_answer(body, AccountSetting)
        return result

    async def update_setting(
        self, setting_id: int, params: Any = None, /, **fields: Any
    ) -> AccountSetting:
        """Partially update a setting."""
        path = f"/account/settings/{check_id(setting_id, 'setting_id')}"
        body = await self._call("PUT", path, json=body_of(params, fields))
        result: AccountSetting = structure_answer(body, AccountSetting)
        return result
