"""The JSON Schema: generated from the models, shipped in docs, and agreeing with the reader."""

from __future__ import annotations

import io
import json
import pathlib
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from congresskit import (
    ActivityKind,
    RecordSet,
    dump_jsonl,
    example_records,
    json_schema,
    to_document,
)
from congresskit.schema import schema_text
from tests.exchange_records import record_sets

SHIPPED = pathlib.Path(__file__).parent.parent / "docs" / "congresskit.schema.json"
SCHEMA = json_schema()
DOCUMENTS = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def validator_of(name: str) -> jsonschema.Draft202012Validator:
    """A validator for one of the schema's definitions (for JSON Lines)."""
    schema = {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": f"#/$defs/{name}"}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


HEADER, LINE = validator_of("jsonl_header"), validator_of("jsonl_line")


def test_the_shipped_schema_is_the_generated_one() -> None:
    """docs/congresskit.schema.json is exactly what json_schema() generates."""
    regenerate = (
        'python -c "import congresskit.schema as s, sys; sys.stdout.write(s.schema_text())" '
        "> docs/congresskit.schema.json"
    )
    assert SHIPPED.read_text(encoding="utf-8") == schema_text(), f"regenerate it: {regenerate}"


def test_the_schema_is_valid_draft_2020_12() -> None:
    """The schema passes the 2020-12 meta-schema."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_constraints_come_from_the_validators() -> None:
    """Required fields, defaults, minimums, uniqueness and enum values follow the models."""
    defs = SCHEMA["$defs"]
    term = defs["Term"]
    assert term["required"] == ["id", "congress", "number", "start", "end"]
    assert term["properties"]["number"]["minimum"] == 1
    assert defs["Tally"]["properties"]["no"] == {
        "description": "votes cast each way.",
        "type": "integer",
        "minimum": 0,
        "default": 0,
    }
    activity = defs["Activity"]["properties"]
    assert activity["participants"]["uniqueItems"] is True
    assert "uniqueItems" not in activity["topics"]
    assert activity["title"]["pattern"] == r"\S"
    assert defs["Deputy"]["properties"]["levels"]["minItems"] == 1
    assert defs["ActivityKind"]["enum"] == [k.value for k in ActivityKind]
    assert defs["Suggestion"]["properties"].keys() >= {"events", "cosigners"}
    assert "status" not in defs["Suggestion"]["properties"]
    assert "two deputies may share it" in defs["Deputy"]["properties"]["name"]["description"]


@given(record_sets())
def test_generated_documents_and_lines_validate(records: RecordSet) -> None:
    """Every document and JSON Lines line congresskit writes passes the schema."""
    for profile in ("public", "full"):
        DOCUMENTS.validate(to_document(records, profile=profile))
    out = io.StringIO()
    dump_jsonl(records, out, profile="full")
    header, *lines = out.getvalue().split("\n")[:-1]
    HEADER.validate(json.loads(header))
    for line in lines:
        LINE.validate(json.loads(line))


def test_the_example_validates() -> None:
    """The bundled example, in both profiles, passes the schema."""
    for profile in ("public", "full"):
        DOCUMENTS.validate(to_document(example_records(), profile=profile))


@pytest.mark.parametrize(
    ("line", "valid"),
    [
        ({"type": "place", "id": "v1", "name": "称沱村"}, True),
        ({"type": "place", "id": "v1", "deleted": "2020-07-01T00:00:00Z"}, True),
        ({"id": "v1", "name": "称沱村"}, False),
        ({"type": "village", "id": "v1", "name": "称沱村"}, False),
        ({"type": "place", "id": "v1", "name": "称沱村", "deleted": "2020-07-01T00:00:00Z"}, False),
        ({"type": "place", "id": "v1", "name": "称沱村", "size": 3}, False),
        ({"type": "deputy", "id": "d1"}, False),
    ],
)
def test_json_lines_lines(line: dict[str, Any], valid: bool) -> None:
    """A line is a record tagged with its type, or a tombstone; nothing else."""
    assert LINE.is_valid(line) is valid
