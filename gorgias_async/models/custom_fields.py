"""Custom fields (``/custom-fields``) and their values on tickets.

A field's ``definition`` is one of three shapes told apart by ``data_type``
(:class:`NumberDataTypeDefinition`, :class:`TextDataTypeDefinition`,
:class:`BooleanDataTypeDefinition`); a data type Gorgias adds later is read as the generic
:class:`CustomFieldDefinition`. A text definition's ``input_settings`` is told apart by
``input_type`` (``input`` or ``dropdown``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe
from ._converter import register_union

__all__ = [
    "BooleanDataTypeDefinition",
    "BooleanDropdownInputSettings",
    "CustomField",
    "CustomFieldDefinition",
    "CustomFieldPrediction",
    "CustomFieldValue",
    "DataTypeDefinition",
    "DropdownInputSettings",
    "NumberDataTypeDefinition",
    "NumberInputSettings",
    "TextDataTypeDefinition",
    "TextInputSettings",
    "TicketFieldValue",
]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class NumberInputSettings(GorgiasModel):
    """Input settings of a number field (``input_type`` ``input_number``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("input_type",)

    input_type: str = ALWAYS_SENT
    placeholder: Maybe[str] = UNSET
    min: Maybe[float] = UNSET
    max: Maybe[float] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class TextInputSettings(GorgiasModel):
    """Input settings of a free-text field (``input_type`` ``input``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("input_type",)

    input_type: str = ALWAYS_SENT
    placeholder: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class DropdownInputSettings(GorgiasModel):
    """Input settings of a text dropdown (``input_type`` ``dropdown``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("input_type", "choices")

    input_type: str = ALWAYS_SENT
    choices: tuple[str, ...] = ALWAYS_SENT
    default: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class BooleanDropdownInputSettings(GorgiasModel):
    """Input settings of a boolean field (a yes/no dropdown)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("input_type",)

    input_type: str = ALWAYS_SENT
    choices: Maybe[tuple[bool, ...]] = UNSET
    default: Maybe[bool] = UNSET


TextInput = TextInputSettings | DropdownInputSettings


def _text_input(payload: Mapping[str, Any]) -> type[GorgiasModel] | None:
    kind = payload.get("input_type")
    if kind == "dropdown" or "choices" in payload:
        return DropdownInputSettings
    return TextInputSettings


register_union(TextInput, _text_input)


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class NumberDataTypeDefinition(GorgiasModel):
    """Definition of a number field."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("data_type",)

    data_type: str = ALWAYS_SENT
    input_settings: NumberInputSettings = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class TextDataTypeDefinition(GorgiasModel):
    """Definition of a text field (free input or dropdown)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("data_type",)

    data_type: str = ALWAYS_SENT
    input_settings: TextInputSettings | DropdownInputSettings = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class BooleanDataTypeDefinition(GorgiasModel):
    """Definition of a boolean field."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("data_type",)

    data_type: str = ALWAYS_SENT
    input_settings: BooleanDropdownInputSettings = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class CustomFieldDefinition(GorgiasModel):
    """Definition of a data type these models do not know yet (settings left free-form)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("data_type",)

    data_type: Maybe[str] = UNSET
    input_settings: Maybe[Json] = UNSET


DataTypeDefinition = (
    NumberDataTypeDefinition
    | TextDataTypeDefinition
    | BooleanDataTypeDefinition
    | CustomFieldDefinition
)

_DEFINITIONS: dict[Any, type[GorgiasModel]] = {
    "number": NumberDataTypeDefinition,
    "text": TextDataTypeDefinition,
    "boolean": BooleanDataTypeDefinition,
}


def _definition(payload: Mapping[str, Any]) -> type[GorgiasModel] | None:
    return _DEFINITIONS.get(payload.get("data_type"), CustomFieldDefinition)


register_union(DataTypeDefinition, _definition)


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class CustomField(GorgiasModel):
    """A custom field definition (``object_type`` ``Ticket`` or ``Customer``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "label", "object_type")

    id: int
    external_id: Maybe[str] = UNSET
    object_type: str = ALWAYS_SENT
    label: str = ALWAYS_SENT
    description: Maybe[str] = UNSET
    priority: int = ALWAYS_SENT
    required: bool = ALWAYS_SENT
    managed_type: Maybe[str] = UNSET
    definition: DataTypeDefinition = ALWAYS_SENT
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class CustomFieldPrediction(GorgiasModel):
    """Gorgias' guess for a field's value, with its confidence (0–100)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("predicted", "confidence")

    predicted: Maybe[Json] = UNSET
    confidence: Maybe[int] = UNSET
    display: Maybe[bool] = UNSET
    confirmed: Maybe[bool] = UNSET
    modified: Maybe[bool] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class CustomFieldValue(GorgiasModel):
    """A field's value on one object (``GET /tickets/{id}/custom-fields``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("field", "value")

    field: CustomField = ALWAYS_SENT
    value: Json = ALWAYS_SENT
    prediction: Maybe[CustomFieldPrediction] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class TicketFieldValue(GorgiasModel):
    """A value inside a ticket's ``custom_fields`` map (``{"6": {"id": 6, "value": …}}``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "value")

    id: int = ALWAYS_SENT
    value: Json | None = ALWAYS_SENT
    prediction: Maybe[CustomFieldPrediction] = UNSET
