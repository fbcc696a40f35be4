"""OParl 1.1's JSON Schemas, in force: types, formats, embedded objects and references.

The schemas (vendored in tests/data/oparl/) name embedded objects by file
(``"schema": "Location.json"``) rather than by ``$ref``: :func:`problems` follows
those names, as OParl's own validator does, and checks the formats the schemas
declare (``url``, ``date``, ``date-time``), which JSON Schema leaves to the caller.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema

SCHEMAS = Path(__file__).resolve().parent / "data" / "oparl"

#: Each list of the export and the OParl schema its objects follow.
TYPES = {
    "body": "Body",
    "legislativeTerm": "LegislativeTerm",
    "organization": "Organization",
    "person": "Person",
    "membership": "Membership",
    "meeting": "Meeting",
    "agendaItem": "AgendaItem",
    "paper": "Paper",
    "location": "Location",
}

_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}"
)

FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("url")
def _url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


@FORMATS.checks("date", raises=ValueError)
def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return len(value) == 10 and dt.date.fromisoformat(value) is not None


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    """OParl's date-time, or a bare day: the export's documented form for a day without a time."""
    if not isinstance(value, str):
        return True
    if _DATE_TIME.fullmatch(value):
        return dt.datetime.fromisoformat(value) is not None
    return _date(value)


def _load() -> dict[str, dict[str, Any]]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(SCHEMAS.glob("*.json"))
    }


SCHEMA = _load()
VALIDATORS = {
    name: jsonschema.Draft4Validator(schema, format_checker=FORMATS)
    for name, schema in SCHEMA.items()
}


def _embedded(schema_name: str, item: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(path, schema, object) of each object embedded in ``item``, by the schema's name for it."""
    properties = SCHEMA[schema_name]["properties"]
    for key, value in item.items():
        spec = properties.get(key, {})
        if isinstance(value, dict) and "schema" in spec:
            yield f".{key}", spec["schema"].removesuffix(".json"), value
        elif isinstance(value, list) and "schema" in spec.get("items", {}):
            inner = spec["items"]["schema"].removesuffix(".json")
            for i, entry in enumerate(value):
                yield f".{key}[{i}]", inner, entry


def object_problems(schema_name: str, item: Any, path: str) -> list[str]:
    """Every way ``item`` breaks its schema: a violation, or a property OParl does not declare."""
    found = [
        f"{path}{error.json_path[1:]}: {error.message}"
        for error in VALIDATORS[schema_name].iter_errors(item)
    ]
    if not isinstance(item, dict):
        return found
    declared = SCHEMA[schema_name]["properties"]
    found.extend(f"{path}.{key}: not an OParl property" for key in item if key not in declared)
    for where, inner, value in _embedded(schema_name, item):
        found.extend(object_problems(inner, value, f"{path}{where}"))
    return found


def problems(oparl: Mapping[str, Any]) -> list[str]:
    """Every schema violation in an export, each with its list and position."""
    assert list(oparl) == list(TYPES)
    found = []
    for key, schema_name in TYPES.items():
        for i, item in enumerate(oparl[key]):
            found.extend(object_problems(schema_name, item, f"{key}[{i}]"))
    return found


def _references(schema_name: str, item: Mapping[str, Any], path: str) -> Iterator[tuple[str, str]]:
    """(path, URL) of every URL ``item`` refers to (its own ``id`` and ``web`` aside)."""
    properties = SCHEMA[schema_name]["properties"]
    for key, value in item.items():
        spec = properties.get(key, {})
        if key in ("id", "web"):
            continue
        if spec.get("format") == "url" and isinstance(value, str):
            yield f"{path}.{key}", value
        elif spec.get("items", {}).get("format") == "url" and isinstance(value, list):
            yield from ((f"{path}.{key}[{i}]", url) for i, url in enumerate(value))
    for where, inner, value in _embedded(schema_name, item):
        yield from _references(inner, value, f"{path}{where}")


def dangling(oparl: Mapping[str, Any]) -> list[str]:
    """Every reference that is neither an object of the export nor one of a body's lists."""
    known = {item["id"] for items in oparl.values() for item in items}
    lists = SCHEMA["Body"]["properties"]
    for body in oparl["body"]:
        known.update(
            body[k]
            for k, spec in lists.items()
            if spec.get("references") == "externalList" and k in body
        )
    found = []
    for key, schema_name in TYPES.items():
        for i, item in enumerate(oparl[key]):
            for where, url in _references(schema_name, item, f"{key}[{i}]"):
                if url not in known:
                    found.append(f"{where}: {url}")
    return found
