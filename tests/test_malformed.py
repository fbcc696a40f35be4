"""Malformed documents: each gives a CongresskitError subclass at a path, and the schema agrees.

Every case starts from a valid document and breaks one thing. The table says
which error class and which path the reader must report, and whether the JSON
Schema (with format checks) must reject the document too: the schema checks
structure, types and field-local rules; rules across fields and records are
congresskit's alone, so for those the schema must accept the document.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from congresskit import (
    DocumentError,
    DocumentSyntaxError,
    DocumentVersionError,
    json_schema,
    loads,
)

BASE: dict[str, Any] = {
    "format": "congresskit",
    "version": 2,
    "profile": "public",
    "terms": [
        {"id": "t19", "congress": "xx", "number": 19, "start": "2016-12-15", "end": "2021-12-14"}
    ],
    "units": [{"id": "police", "name": "派出所", "kind": "police"}],
    "places": [{"id": "v1", "name": "称沱村", "modified": "2020-03-01T09:00:00+08:00"}],
    "deputies": [
        {
            "id": "d1",
            "name": "张华",
            "levels": ["town"],
            "memberships": [{"kind": "term", "of": "t19", "start": "2016-12-15"}],
        }
    ],
    "sessions": [
        {
            "id": "s8",
            "term": "t19",
            "number": 8,
            "start": "2020-01-13",
            "agenda": [
                {"type": "resolution", "title": "关于政府工作报告的决议", "tally": {"yes": 60}}
            ],
        }
    ],
    "suggestions": [
        {
            "id": "sg1",
            "kind": "suggestion",
            "title": "整治车辆乱停",
            "lead": "d1",
            "raised_on": "2020-01-13",
            "session": "s8",
            "events": [{"type": "assigned", "on": "2020-01-20", "lead_unit": "police"}],
        }
    ],
    "activities": [
        {
            "id": "a1",
            "kind": "reception",
            "title": "代表接访日",
            "start": "2020-03-15",
            "participants": ["d1"],
            "people_received": {"value": 200, "at_least": True},
        }
    ],
}
VALID = json.dumps(BASE, ensure_ascii=False)
DELETE = object()


def edit(path: str, value: Any) -> str:
    """The valid document with the value at ``path`` ("a.0.b") replaced (or deleted)."""
    document = copy.deepcopy(BASE)
    *parents, last = [int(k) if k.isdigit() else k for k in path.split(".")]
    target: Any = document
    for key in parents:
        target = target[key]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value
    return json.dumps(document, ensure_ascii=False)


def change(how: Callable[[dict[str, Any]], Any]) -> str:
    document = copy.deepcopy(BASE)
    how(document)
    return json.dumps(document, ensure_ascii=False)


SYNTAX = DocumentSyntaxError
# (id, input, error class, path of the first problem, schema rejects it too)
CASES: list[tuple[str, str | bytes, type[DocumentError], str, bool | None]] = [
    ("cut short", VALID[:-10], SYNTAX, "$", None),
    ("trailing comma", VALID[:-1] + ",}", SYNTAX, "$", None),
    ("single quotes", "{'format': 'congresskit'}", SYNTAX, "$", None),
    ("garbage after", VALID + " x", SYNTAX, "$", None),
    ("empty", "", SYNTAX, "$", None),
    ("only white space", " \n\t", SYNTAX, "$", None),
    ("text BOM", "\ufeff" + VALID, SYNTAX, "$", None),
    ("UTF-8 BOM", b"\xef\xbb\xbf" + VALID.encode(), SYNTAX, "$", None),
    ("UTF-16", VALID.encode("utf-16"), SYNTAX, "$", None),
    ("GB18030 bytes", VALID.encode("gb18030"), SYNTAX, "$", None),
    ("deep nesting", "[" * 200_000 + "]" * 200_000, SYNTAX, "$", None),
    ("NaN", VALID.replace('"number": 8', '"number": NaN', 1), SYNTAX, "$", None),
    ("duplicate key", VALID[:-1] + ', "profile": "full"}', SYNTAX, "$", None),
    (
        "thousands of digits",
        VALID.replace('"number": 8', '"number": ' + "9" * 5000, 1),
        SYNTAX,
        "$",
        None,
    ),
    ("top level array", "[]", DocumentError, "$", True),
    ("top level string", '"congresskit"', DocumentError, "$", True),
    ("no format", edit("format", DELETE), DocumentError, "$.format", True),
    ("other format", edit("format", "oparl"), DocumentError, "$.format", True),
    ("no version", edit("version", DELETE), DocumentError, "$.version", True),
    ("version too new", edit("version", 3), DocumentVersionError, "$.version", True),
    ("version as text", edit("version", "1"), DocumentVersionError, "$.version", True),
    ("no profile", edit("profile", DELETE), DocumentError, "$.profile", True),
    ("unknown profile", edit("profile", "private"), DocumentError, "$.profile", True),
    ("unknown top-level field", edit("deputy", []), DocumentError, "$.deputy", True),
    ("list is an object", edit("places", {}), DocumentError, "$.places", True),
    ("record is a string", edit("places", ["v1"]), DocumentError, "$.places[0]", True),
    (
        "number as text, deep",
        edit("sessions.0.agenda.0.tally.yes", "60"),
        DocumentError,
        "$.sessions[0].agenda[0].tally.yes",
        True,
    ),
    (
        "bool for an integer",
        edit("sessions.0.number", True),
        DocumentError,
        "$.sessions[0].number",
        True,
    ),
    (
        "float for an integer",
        edit("sessions.0.number", 8.0),
        DocumentError,
        "$.sessions[0].number",
        False,
    ),
    ("number for text", edit("deputies.0.name", 5), DocumentError, "$.deputies[0].name", True),
    ("null for text", edit("places.0.name", None), DocumentError, "$.places[0].name", True),
    (
        "unknown enum",
        edit("activities.0.kind", "meeting"),
        DocumentError,
        "$.activities[0].kind",
        True,
    ),
    (
        "unknown nested field",
        edit("deputies.0.memberships.0.until", "2021-01-01"),
        DocumentError,
        "$.deputies[0].memberships[0].until",
        True,
    ),
    (
        "no such day",
        edit("activities.0.start", "2020-02-30"),
        DocumentError,
        "$.activities[0].start",
        True,
    ),
    (
        "time in a date",
        edit("activities.0.start", "2020-03-15T09:00:00+08:00"),
        DocumentError,
        "$.activities[0].start",
        True,
    ),
    (
        "no offset",
        edit("places.0.modified", "2020-03-01T09:00:00"),
        DocumentError,
        "$.places[0].modified",
        True,
    ),
    (
        "missing field",
        edit("suggestions.0.raised_on", DELETE),
        DocumentError,
        "$.suggestions[0].raised_on",
        True,
    ),
    (
        "unknown agenda type",
        edit("sessions.0.agenda.0.type", "speech"),
        DocumentError,
        "$.sessions[0].agenda[0].type",
        True,
    ),
    (
        "untagged event",
        edit("suggestions.0.events.0.type", DELETE),
        DocumentError,
        "$.suggestions[0].events[0].type",
        True,
    ),
    ("huge string", edit("places.0.name", "村" * 200_000), DocumentError, "$.places[0].name", True),
    ("blank text", edit("activities.0.title", "  "), DocumentError, "$.activities[0].title", True),
    ("id with spaces", edit("places.0.id", " v1"), DocumentError, "$.places[0].id", True),
    (
        "negative count",
        edit("activities.0.people_received", -1),
        DocumentError,
        "$.activities[0].people_received",
        True,
    ),
    (
        "count as text",
        edit("activities.0.people_received", "200+"),
        DocumentError,
        "$.activities[0].people_received",
        True,
    ),
    (
        "level twice",
        edit("deputies.0.levels", ["town", "town"]),
        DocumentError,
        "$.deputies[0].levels",
        True,
    ),
    (
        "repeated levels",
        edit("deputies.0.levels", ["town", "town"]),
        DocumentError,
        "$.deputies[0].levels",
        True,
    ),
    ("lone surrogate", edit("places.0.name", "\ud800"), DocumentError, "$.places[0].name", False),
    (
        "public with contact",
        edit("deputies.0.contact", {"phone": "138"}),
        DocumentError,
        "$.deputies[0].contact",
        True,
    ),
    (
        "tombstone of no type",
        edit("tombstones", [{"type": "person", "id": "x", "deleted": "2020-07-01T00:00:00Z"}]),
        DocumentError,
        "$.tombstones[0].type",
        True,
    ),
    (
        "end before start",
        edit("activities.0.end", "2020-03-01"),
        DocumentError,
        "$.activities[0].end",
        False,
    ),
    (
        "reply before assignment",
        edit(
            "suggestions.0.events",
            [
                {"type": "assigned", "on": "2020-02-01", "lead_unit": "police"},
                {"type": "replied", "on": "2020-01-02", "outcome": "a"},
            ],
        ),
        DocumentError,
        "$.suggestions[0].events[1]",
        False,
    ),
    (
        "unknown deputy",
        edit("suggestions.0.lead", "d9"),
        DocumentError,
        "$.suggestions[0].lead",
        False,
    ),
    (
        "duplicate id",
        change(lambda d: d["places"].append(d["places"][0])),
        DocumentError,
        "$.places[0].id",
        False,
    ),
    (
        "deleted yet present",
        edit("tombstones", [{"type": "place", "id": "v1", "deleted": "2020-07-01T00:00:00Z"}]),
        DocumentError,
        "$.tombstones[0]",
        False,
    ),
    (
        "tally over the roll",
        edit("sessions.0.attendance", {"due": 50, "present": 45}),
        DocumentError,
        "$.sessions[0].agenda[0].tally",
        False,
    ),
]
PARSED = [case for case in CASES if case[4] is not None]


def test_the_base_document_is_valid() -> None:
    """The cases break a document that is valid, for congresskit and the schema."""
    assert len(loads(VALID)) == 7
    jsonschema.Draft202012Validator(
        json_schema(), format_checker=jsonschema.FormatChecker()
    ).validate(BASE)


def test_there_are_enough_cases() -> None:
    """At least 30 malformed documents, most of them well-formed JSON."""
    assert len(CASES) >= 30
    assert len(PARSED) >= 30


@pytest.mark.parametrize(
    ("name", "text", "error", "path", "schema"), CASES, ids=[c[0] for c in CASES]
)
def test_a_malformed_document_is_refused_at_its_path(
    name: str, text: str | bytes, error: type[DocumentError], path: str, schema: bool | None
) -> None:
    """The reader raises the expected CongresskitError subclass, at the path of the problem."""
    with pytest.raises(error) as info:
        loads(text)
    assert type(info.value) is error
    assert isinstance(info.value, ValueError)
    assert info.value.problems[0].path == path
    message = str(info.value)
    assert len(message) < 2000
    assert "Traceback" not in message


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize(
    ("name", "text", "error", "path", "schema"), PARSED, ids=[c[0] for c in PARSED]
)
def test_the_schema_rejects_exactly_the_schema_violations(
    validator: jsonschema.Draft202012Validator,
    name: str,
    text: str | bytes,
    error: type[DocumentError],
    path: str,
    schema: bool | None,
) -> None:
    """A structural or field-local fault fails the schema too; a cross-field or -record one not."""
    document = json.loads(text)
    assert (not validator.is_valid(document)) is schema
