"""Typed, frozen attrs models of the Gorgias API, and the converter that builds them.

>>> from gorgias_async.models import Ticket, structure, unstructure
>>> ticket = structure({"id": 12, "subject": "Where is my order?", "spam": None}, Ticket)
>>> ticket
Ticket(id=12, subject='Where is my order?', …)
>>> ticket.to_dict()
{'id': 12, 'subject': 'Where is my order?', 'spam': None}

* Fields the API always sends (ids, ``created_datetime``, a ticket's ``status`` and
  ``channel``…) are typed without :data:`UNSET`; the others are ``Maybe[T]``: UNSET when
  the server did not send the key, ``None`` for a ``null`` it sent.
* Unknown keys (and values that do not fit their field's type) are kept in each model's
  ``extra`` and written back: ``unstructure(structure(payload, cls)) == payload``, key
  order included.
* Datetimes are :class:`Timestamp` values: aware ``datetime`` objects that remember the
  server's spelling (``.raw``, written back as received).
* Server enums (status, channel, via, event types, roles…) are plain strings.
* Models are immutable, hashable and comparable by value; lists are tuples and free-form
  JSON objects are :class:`FrozenDict`. Nested parts are built on first access.
* ``model.to_dict()`` / ``model.to_json()``, or :func:`unstructure`, give JSON back;
  :func:`json_default` (or :class:`GorgiasJSONEncoder`) lets ``json.dumps`` take models.
"""

from __future__ import annotations

from .._datetime import Timestamp
from .._datetime import parse as parse_datetime
from .._datetime import to_body as format_datetime
from ._base import ALWAYS_SENT, UNSET, FrozenDict, GorgiasModel, IntFromStr, Json, Maybe, Unset
from ._converter import (
    CONVERTER,
    StrictStructureError,
    make_strict_converter,
    structure,
    unstructure,
)
from ._json import GorgiasJSONEncoder, json_default, plain
from .account import Account, AccountSetting, AccountStatus
from .common import ListMeta, ListResponse, NamedRef, Ref
from .custom_fields import (
    BooleanDataTypeDefinition,
    BooleanDropdownInputSettings,
    CustomField,
    CustomFieldDefinition,
    CustomFieldPrediction,
    CustomFieldValue,
    DataTypeDefinition,
    DropdownInputSettings,
    NumberDataTypeDefinition,
    NumberInputSettings,
    TextDataTypeDefinition,
    TextInputSettings,
    TicketFieldValue,
)
from .customers import Customer, CustomerChannel
from .events import Event
from .files import UploadedFile
from .integrations import HttpIntegrationSettings, HttpTriggers, Integration
from .jobs import Job, JobParams
from .macros import Macro, MacroAction
from .messages import Attachment, MessageParticipant, MessageSource, SourceAddress, TicketMessage
from .rules import Rule
from .stats import Statistic, StatisticMeta
from .surveys import SatisfactionSurvey
from .tags import Tag, TagDecoration, TicketTag
from .teams import Team
from .tickets import Ticket, TicketEvent
from .users import Role, User, UserMeta
from .views import View
from .voice import VoiceCall, VoiceCallEvent, VoiceCallRecording
from .widgets import Widget, WidgetTemplate

__all__ = [
    # functions and the converter
    "structure",
    "unstructure",
    "CONVERTER",
    "make_strict_converter",
    "StrictStructureError",
    "json_default",
    "plain",
    "GorgiasJSONEncoder",
    # building blocks
    "UNSET",
    "ALWAYS_SENT",
    "Unset",
    "Maybe",
    "Json",
    "FrozenDict",
    "IntFromStr",
    "GorgiasModel",
    "Timestamp",
    "parse_datetime",
    "format_datetime",
    # common
    "Ref",
    "NamedRef",
    "ListMeta",
    "ListResponse",
    # account
    "Account",
    "AccountSetting",
    "AccountStatus",
    # customers
    "Customer",
    "CustomerChannel",
    # tickets and messages
    "Ticket",
    "TicketEvent",
    "TicketTag",
    "TicketMessage",
    "MessageParticipant",
    "MessageSource",
    "SourceAddress",
    "Attachment",
    # events
    "Event",
    # users, teams
    "User",
    "UserMeta",
    "Role",
    "Team",
    # tags
    "Tag",
    "TagDecoration",
    # views, macros, rules
    "View",
    "Macro",
    "MacroAction",
    "Rule",
    # integrations, widgets
    "Integration",
    "HttpIntegrationSettings",
    "HttpTriggers",
    "Widget",
    "WidgetTemplate",
    # satisfaction surveys
    "SatisfactionSurvey",
    # custom fields
    "CustomField",
    "CustomFieldDefinition",
    "DataTypeDefinition",
    "NumberDataTypeDefinition",
    "TextDataTypeDefinition",
    "BooleanDataTypeDefinition",
    "NumberInputSettings",
    "TextInputSettings",
    "DropdownInputSettings",
    "BooleanDropdownInputSettings",
    "CustomFieldValue",
    "CustomFieldPrediction",
    "TicketFieldValue",
    # jobs
    "Job",
    "JobParams",
    # voice
    "VoiceCall",
    "VoiceCallEvent",
    "VoiceCallRecording",
    # files, statistics
    "UploadedFile",
    "Statistic",
    "StatisticMeta",
]
