"""Uploaded files (``POST /upload`` answers)."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from ._base import INT_FROM_STR_FIELD, UNSET, GorgiasModel, Maybe

__all__ = ["UploadedFile"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class UploadedFile(GorgiasModel):
    """A file hosted by Gorgias; pass it in a message's ``attachments``.

    ``size`` often comes as a decimal string: it is read as an ``int`` (and written back
    as the same string, so the payload round-trips).
    """

    _repr_fields: ClassVar[tuple[str, ...]] = ("name", "size")

    url: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    size: Maybe[int] = attrs.field(default=UNSET, metadata=INT_FROM_STR_FIELD)
    content_type: Maybe[str] = UNSET

    def _as_body(self) -> dict[str, Any]:
        """This file in a request body (``attachments``): ``size`` as the integer the
        API's schema types it, whatever spelling the upload answered with."""
        body = self.to_dict()
        if isinstance(self.size, int):
            body["size"] = int(self.size)
        return body
