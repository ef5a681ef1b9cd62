"""Resource services: one per Gorgias API area, attached to the client as attributes.

Each service is declared by one row of :mod:`._catalog`; its class, its filters' type and
its typed lists are generated from that row into :mod:`._generated`, which this package
re-exports. A service's own methods live in its module (``tickets.py``…); the standard
verbs in :mod:`._verbs`; what every service shares in :mod:`._base`.
"""

from __future__ import annotations

from ._base import GetManyResult, Requester, Resource, Service
from ._generated import *  # noqa: F403 - the services the catalog declares, with __all__
from ._generated import __all__ as _services

__all__ = ["GetManyResult", "Requester", "Resource", "Service", *_services]
