"""Resource services: one per Gorgias API area, attached to the client as attributes."""

from __future__ import annotations

from typing import Literal, TypeAlias

from ..models import (
    Customer,
    CustomField,
    Event,
    Integration,
    Job,
    Macro,
    Rule,
    SatisfactionSurvey,
    Tag,
    Team,
    Ticket,
    TicketMessage,
    User,
    View,
    VoiceCall,
    Widget,
)
from ._base import GetManyResult, Requester, Resource, Service
from .account import AccountService
from .custom_fields import CustomFields
from .customers import Customers
from .events import Events
from .files import Files
from .integrations import Integrations
from .jobs import Jobs
from .macros import Macros
from .messages import Messages
from .rules import Rules
from .satisfaction_surveys import SatisfactionSurveys
from .search import Search, Statistics
from .tags import Tags
from .teams import Teams
from .tickets import Tickets
from .users import Users
from .views import Views
from .voice import VoiceCallEvents, VoiceCallRecordings, VoiceCalls
from .widgets import Widgets

__all__ = [
    "AccountService",
    "CustomFields",
    "Customers",
    "Events",
    "Files",
    "GetManyResult",
    "Integrations",
    "Jobs",
    "Macros",
    "Messages",
    "Requester",
    "Resource",
    "Rules",
    "SatisfactionSurveys",
    "Search",
    "StreamItem",
    "StreamName",
    "Service",
    "ServiceAttributes",
    "Statistics",
    "Tags",
    "Teams",
    "Tickets",
    "Users",
    "Views",
    "VoiceCallEvents",
    "VoiceCallRecordings",
    "VoiceCalls",
    "Widgets",
]


#: The services ``client.walk([...])`` walks by name (every service with a full list).
StreamName: TypeAlias = Literal[
    "tickets",
    "messages",
    "customers",
    "events",
    "users",
    "teams",
    "tags",
    "views",
    "macros",
    "rules",
    "integrations",
    "widgets",
    "satisfaction_surveys",
    "custom_fields",
    "jobs",
    "voice_calls",
]

#: What ``client.walk([...])`` yields: ``(name, item)`` with the item typed by the name, so
#: ``match pair: case ("tickets", ticket): ...`` (or ``if pair[0] == "tickets"``) narrows.
StreamItem: TypeAlias = (
    tuple[Literal["tickets"], Ticket]
    | tuple[Literal["messages"], TicketMessage]
    | tuple[Literal["customers"], Customer]
    | tuple[Literal["events"], Event]
    | tuple[Literal["users"], User]
    | tuple[Literal["teams"], Team]
    | tuple[Literal["tags"], Tag]
    | tuple[Literal["views"], View]
    | tuple[Literal["macros"], Macro]
    | tuple[Literal["rules"], Rule]
    | tuple[Literal["integrations"], Integration]
    | tuple[Literal["widgets"], Widget]
    | tuple[Literal["satisfaction_surveys"], SatisfactionSurvey]
    | tuple[Literal["custom_fields"], CustomField]
    | tuple[Literal["jobs"], Job]
    | tuple[Literal["voice_calls"], VoiceCall]
)


class ServiceAttributes:
    """The services of a client, as typed attributes (mixed into ``AsyncGorgias``)."""

    account: AccountService
    tickets: Tickets
    messages: Messages
    customers: Customers
    events: Events
    users: Users
    teams: Teams
    tags: Tags
    views: Views
    macros: Macros
    rules: Rules
    integrations: Integrations
    widgets: Widgets
    satisfaction_surveys: SatisfactionSurveys
    custom_fields: CustomFields
    jobs: Jobs
    files: Files
    voice_calls: VoiceCalls
    search: Search
    statistics: Statistics

    def _attach_services(self, client: Requester) -> None:
        self.account = AccountService(client)
        self.tickets = Tickets(client)
        self.messages = Messages(client)
        self.customers = Customers(client)
        self.events = Events(client)
        self.users = Users(client)
        self.teams = Teams(client)
        self.tags = Tags(client)
        self.views = Views(client)
        self.macros = Macros(client)
        self.rules = Rules(client)
        self.integrations = Integrations(client)
        self.widgets = Widgets(client)
        self.satisfaction_surveys = SatisfactionSurveys(client)
        self.custom_fields = CustomFields(client)
        self.jobs = Jobs(client)
        self.files = Files(client)
        self.voice_calls = VoiceCalls(client)
        self.search = Search(client)
        self.statistics = Statistics(client)
