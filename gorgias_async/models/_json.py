"""Models as JSON text, and a hook for code that serialises with :mod:`json` or orjson.

``model.to_dict()`` / ``model.to_json()`` cover one model. For structures that mix models
with other data, pass :func:`json_default` as the ``default=`` of :func:`json.dumps` or
:func:`orjson.dumps` (or use :class:`GorgiasJSONEncoder` as ``cls=``)::

    json.dumps({"tickets": page.data, "at": now}, default=json_default)
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from .._datetime import Timestamp
from ._base import FrozenDict, GorgiasModel, thaw
from ._converter import unstructure

__all__ = ["GorgiasJSONEncoder", "json_default"]


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


class GorgiasJSONEncoder(json.JSONEncoder):
    """A :class:`json.JSONEncoder` that knows models (``json.dumps(x, cls=GorgiasJSONEncoder)``)."""

    def default(self, o: Any) -> Any:
        """See :func:`json_default`."""
        return json_default(o)
