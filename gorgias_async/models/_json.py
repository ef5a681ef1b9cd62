"""Models as JSON text, and a hook for code that serialises with :mod:`json` or orjson.

``model.to_dict()`` / ``model.to_json()`` cover one model. For structures that mix models
with other data, pass :func:`json_default` as the ``default=`` of :func:`json.dumps` or
:func:`orjson.dumps` (or use :class:`GorgiasJSONEncoder` as ``cls=``)::

    json.dumps({"tickets": page.data, "at": now}, default=json_default)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .._datetime import Timestamp
from ._base import FrozenDict, GorgiasModel, thaw
from ._converter import unstructure

__all__ = ["GorgiasJSONEncoder", "json_default", "plain"]


def json_default(obj: Any) -> Any:
    """JSON for what :mod:`json` cannot serialise itself: models, FrozenDicts, datetimes.

    A model becomes its :meth:`~GorgiasModel.to_dict`, a :class:`FrozenDict` a dict, a
    :class:`Timestamp` the server's own spelling and any other datetime its ISO format.
    Anything else raises ``TypeError``, as ``default`` hooks must.
    """
    if isinstance(obj, GorgiasModel):
        return unstructure(obj)
    if isinstance(obj, FrozenDict):
        return thaw(obj)
    if isinstance(obj, Timestamp):
        return obj.raw
    if isinstance(obj, datetime):
        return obj.isoformat()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def plain(value: Any) -> Any:
    """``value`` with every model and :class:`FrozenDict` in it, at any depth, made plain
    data (dicts and lists): what a request body is built from, so that a model the API
    gave (an :class:`~gorgias_async.models.UploadedFile`) can be sent back as is."""
    if isinstance(value, GorgiasModel):
        as_body = getattr(value, "_as_body", None)  # a model with a body spelling of its own
        return as_body() if as_body is not None else unstructure(value)
    if isinstance(value, FrozenDict):
        return thaw(value)
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


class GorgiasJSONEncoder(json.JSONEncoder):
    """A :class:`json.JSONEncoder` that knows models (``json.dumps(x, cls=GorgiasJSONEncoder)``)."""

    def default(self, o: Any) -> Any:
        """See :func:`json_default`."""
        return json_default(o)
