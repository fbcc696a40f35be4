"""A JSON Schema (draft 2020-12) of the exchange format, generated from the models.

The schema is derived from the attrs models themselves: their fields and type
hints give the structure, their defaults say what is optional, their
validators give the constraints (ids and texts that are not blank, counts
that are not negative, lists without repeats), and their docstrings the
descriptions. So it cannot drift from what congresskit reads. It is shipped
as ``docs/congresskit.schema.json`` for systems that do not run Python.

The schema checks structure, types and field-local rules. congresskit checks
more when it reads a document: rules between fields (an end not before the
start), the handling workflow, and references between records.

>>> schema = json_schema()
>>> schema["$schema"], schema["properties"]["version"]["const"]
('https://json-schema.org/draft/2020-12/schema', 2)
>>> schema["$defs"]["Deputy"]["required"]
['id', 'name']
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import re
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from congresskit.checking.recordset import COLLECTIONS
from congresskit.exchange._dates import MONTH_OR_YEAR_PATTERN
from congresskit.exchange._migrations import CURRENT_VERSION
from congresskit.exchange.converters import (
    AGENDA_ITEM_TYPES,
    DATE_PATTERN,
    EVENT_TYPES,
    MAX_TEXT_LENGTH,
    PROFILES,
    TAG,
    TIMESTAMP_PATTERN,
    make_converter,
)
from congresskit.exchange.documents import ENVELOPE, FORMAT
from congresskit.records import _validators as v
from congresskit.records._coerce import TIME_PATTERN
from congresskit.records.agenda import AgendaItem
from congresskit.records.body import Congress
from congresskit.records.counts import Count
from congresskit.records.suggestions import Event
from congresskit.records.tombstones import RECORD_TYPES, Tombstone, _known_type

__all__ = ["SCHEMA_ID", "json_schema", "schema_text"]

#: The ``$id`` of the schema of the current format version.
SCHEMA_ID = f"https://congresskit.readthedocs.io/schema/congresskit-{CURRENT_VERSION}.schema.json"

# What the models' field validators say, in JSON Schema terms.
_KEYWORDS: Mapping[Any, dict[str, Any]] = {
    v.identifier: {"pattern": r"^\S([\s\S]*\S)?$"},
    v.text: {"pattern": r"\S"},
    v.non_negative: {"minimum": 0},
    v.positive: {"minimum": 1},
    v.non_negative_number: {"minimum": 0},
    v.positive_number: {"exclusiveMinimum": 0},
    v.ordinal: {"minimum": 1, "maximum": v.MAX_ORDINAL},
    _known_type: {"enum": list(RECORD_TYPES)},
}
_UNIONS = {AgendaItem: ("AgendaItem", AGENDA_ITEM_TYPES), Event: ("Event", EVENT_TYPES)}
_TAG_OF = {cls: tag for tags in (AGENDA_ITEM_TYPES, EVENT_TYPES) for tag, cls in tags.items()}
_TOP = {*RECORD_TYPES.values(), Tombstone}
_ROLE = re.compile(r":\w+:`~?(?:[\w.]+\.)?(\w+)`")
_ENTRY = re.compile(r"    ([a-z_]+(?:, [a-z_]+)*): (.*)")


def _clean(text: str) -> str:
    return _ROLE.sub(r"\1", text).replace("``", "`").strip()


def _summary(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return _clean(" ".join(doc.split("\n\n", 1)[0].split()))


def _attribute_docs(cls: type[Any]) -> dict[str, str]:
    """The ``Attributes:`` section of a class docstring, by field name."""
    docs: dict[str, str] = {}
    names: list[str] = []
    inside = False
    text = "\n".join(inspect.getdoc(base) or "" for base in reversed(cls.__mro__))
    for line in text.splitlines():
        if line.strip() == "Attributes:":
            inside = True
        elif inside and (entry := _ENTRY.fullmatch(line)):
            names = entry.group(1).split(", ")
            for name in names:
                docs[name] = entry.group(2)
        elif inside and line.startswith("        "):
            for name in names:
                docs[name] += " " + line.strip()
        elif inside and line.strip():
            inside = False
    return {name: _clean(text) for name, text in docs.items()}


def _rules(validator: Any) -> tuple[dict[str, Any], list[Any]]:
    """Keywords for a value from its validator, and the validators of its items."""
    if validator is None:
        return {}, []
    parts = getattr(validator, "_validators", None)  # attrs' and_: a list of validators
    if parts is None and getattr(validator, "kind", None) == "optional":
        parts = validator.parts
    if parts is not None:
        keywords: dict[str, Any] = {}
        items: list[Any] = []
        for part in parts:
            more, more_items = _rules(part)
            keywords |= more
            items += more_items
        return keywords, items
    if getattr(validator, "kind", None) == "each":
        return ({"uniqueItems": True} if validator.unique else {}), list(validator.parts)
    return dict(_KEYWORDS.get(validator, {})), []


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}
        self.converter = make_converter(profile="full")

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def value(self, hint: Any, validators: list[Any]) -> dict[str, Any]:
        keywords: dict[str, Any] = {}
        items: list[Any] = []
        for validator in validators:
            more, more_items = _rules(validator)
            keywords |= more
            items += more_items
        args = typing.get_args(hint)
        if isinstance(hint, types.UnionType) and type(None) in args and hint not in _UNIONS:
            (inner,) = (a for a in args if a is not type(None))
            return {"anyOf": [self.value(inner, validators), {"type": "null"}]}
        if typing.get_origin(hint) is tuple:
            return {"type": "array", "items": self.value(args[0], items), **keywords}
        if hint is str:
            return {"type": "string", "maxLength": MAX_TEXT_LENGTH, **keywords}
        if hint is int:
            return {"type": "integer", **keywords}
        if hint is float:
            return {"type": "number", **keywords}
        if hint is bool:
            return {"type": "boolean"}
        if hint is dt.datetime:
            return self.ref("timestamp")
        if hint is dt.date:
            return self.ref("date")
        if hint is dt.time:
            return self.ref("time")
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if hint.__name__ not in self.defs:
                values = [m.value for m in hint]
                self.defs[hint.__name__] = {"description": _summary(hint), "enum": values}
            return self.ref(hint.__name__)
        if hint in _UNIONS:
            name, tags = _UNIONS[hint]
            if name not in self.defs:
                self.defs[name] = {}
                members = [self.value(cls, []) for cls in tags.values()]
                self.defs[name] = {"description": f"One {name}, by its {TAG!r}.", "oneOf": members}
            return self.ref(name)
        if hint is Count:
            return self.ref("Count")
        if attrs.has(hint):
            if hint.__name__ not in self.defs:
                self.defs[hint.__name__] = {}  # reserved first: classes may nest
                self.defs[hint.__name__] = self.object(hint)
            return self.ref(hint.__name__)
        msg = f"no JSON Schema for {hint!r}"
        raise TypeError(msg)

    def object(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        docs = _attribute_docs(cls)
        properties: dict[str, Any] = {}
        required = []
        if cls in _TAG_OF:
            properties[TAG] = {
                "description": "which kind of object this is.",
                "const": _TAG_OF[cls],
            }
            required.append(TAG)
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema = self.value(hints[field.name], [field.validator])
            if field.alias in docs:
                schema = {"description": docs[field.alias], **schema}
            if field.default is attrs.NOTHING:
                required.append(field.alias)
            else:
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    default = default.factory()
                schema["default"] = self.converter.unstructure(default)
            properties[field.alias] = schema
        result: dict[str, Any] = {"description": _summary(cls), "type": "object"}
        result |= {"properties": properties, "required": required}
        if cls not in _TOP:
            # Top-level records are closed where they are used, so that a JSON
            # Lines record can add its "type" to the same definition.
            result["additionalProperties"] = False
        return result

    def closed(self, cls: type[Any]) -> dict[str, Any]:
        return {**self.value(cls, []), "unevaluatedProperties": False}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a congresskit document of the current version.

    Its ``$defs`` also describe a JSON Lines stream: ``jsonl_header`` for the
    first line and ``jsonl_line`` for every other.

    Returns:
        The schema, a JSON-ready dict (a new one on each call).
    """
    build = _Builder()
    day = {"type": "string", "format": "date", "pattern": f"^{DATE_PATTERN.pattern}$"}
    vague = {
        "description": "A month YYYY-MM or a year YYYY.",
        "type": "string",
        "pattern": f"^{MONTH_OR_YEAR_PATTERN.pattern}$",
    }
    build.defs["date"] = {
        "description": (
            "A date as precise as the source gives it: a day (ISO 8601 YYYY-MM-DD), a month "
            "YYYY-MM, a year YYYY, or an object with the earliest and latest it may be "
            "(latest defaults to the end of earliest) and whether it was inferred."
        ),
        "anyOf": [
            day,
            vague,
            {
                "type": "object",
                "properties": {
                    "earliest": {"anyOf": [day, vague]},
                    "latest": {"anyOf": [day, vague]},
                    "inferred": {"type": "boolean", "default": False},
                },
                "required": ["earliest"],
                "additionalProperties": False,
            },
        ],
    }
    build.defs["timestamp"] = {
        "description": "A moment, RFC 3339 with its offset, e.g. 2020-01-13T09:00:00+08:00.",
        "type": "string",
        "format": "date-time",
        "pattern": f"^{TIMESTAMP_PATTERN.pattern}$",
    }
    build.defs["time"] = {
        "description": "A time of day, HH:MM (24-hour clock, local time), e.g. 08:30.",
        "type": "string",
        "pattern": f"^{TIME_PATTERN.pattern}$",
    }
    count = build.object(Count)
    count["additionalProperties"] = False
    build.defs["Count"] = {
        "description": f"{_summary(Count)} An integer when exact; an object when a lower bound.",
        "oneOf": [{"type": "integer", "minimum": 0}, count],
    }
    envelope: dict[str, Any] = {
        "format": {
            "description": "Always the same: this is a congresskit document.",
            "const": FORMAT,
        },
        "version": {"description": "The format version.", "const": CURRENT_VERSION},
        "profile": {
            "description": "public: deputies' contact details left out; full: included.",
            "enum": list(PROFILES),
        },
        "since": {
            "description": "For a changed-since feed: the moment it starts from.",
            **build.ref("timestamp"),
        },
    }
    assert tuple(envelope) == ENVELOPE
    records: dict[str, Any] = {"congress": build.closed(Congress)}
    lists: list[tuple[str, type[Any]]] = [*COLLECTIONS, ("tombstones", Tombstone)]
    for name, cls in lists:
        records[name] = {"type": "array", "items": build.closed(cls)}
    lines = [
        {**build.value(cls, []), "properties": {TAG: {"const": tag}}, "required": [TAG]}
        | {"unevaluatedProperties": False}
        for tag, cls in RECORD_TYPES.items()
    ]
    build.defs["jsonl_header"] = {
        "description": "The first line of a JSON Lines stream.",
        "type": "object",
        "properties": envelope,
        "required": ["format", "version", "profile"],
        "additionalProperties": False,
    }
    build.defs["jsonl_line"] = {
        "description": "A line of a JSON Lines stream after the header: a record or a tombstone.",
        "oneOf": [*lines, build.closed(Tombstone)],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"congresskit document, format version {CURRENT_VERSION}",
        "description": "The work records of a people's congress, as congresskit exchanges them.",
        "type": "object",
        "properties": {**envelope, **records},
        "required": ["format", "version", "profile"],
        "additionalProperties": False,
        "if": {"properties": {"profile": {"const": "public"}}},
        "then": {"properties": {"deputies": {"items": {"properties": {"contact": False}}}}},
        "$defs": dict(sorted(build.defs.items())),
    }


def schema_text() -> str:
    """The schema as the text of ``docs/congresskit.schema.json`` (2-space indent, UTF-8)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
