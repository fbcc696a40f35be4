"""The field-by-field reference of docs/format.md, rendered from the JSON Schema.

The reference is generated rather than written, so that it says exactly what
the schema (and so the models) say; a test checks that docs/format.md holds
the current rendering. To refresh it after a model change::

    python -c "from congresskit.exchange._reference import markdown; print(markdown(), end='')"

and paste the output between the reference markers of docs/format.md.
"""

from __future__ import annotations

import json
from typing import Any

from congresskit.checking.recordset import COLLECTIONS
from congresskit.exchange.schema import json_schema

__all__ = ["markdown"]

_ID, _TEXT = r"^\S([\s\S]*\S)?$", r"\S"


def _link(ref: str) -> str:
    name = ref.rsplit("/", 1)[-1]
    return f"[{name}](#{name.lower()})"


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return _link(schema["$ref"])
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"])
    if "const" in schema:
        return f"`{json.dumps(schema['const'], ensure_ascii=False)}`"
    if "enum" in schema:
        return "one of " + ", ".join(f"`{v}`" for v in schema["enum"])
    kind = schema.get("type")
    if kind == "null":
        return "null"
    if kind == "string":
        return {_ID: "id", _TEXT: "text"}.get(schema.get("pattern", ""), "string")
    if kind == "integer":
        low = schema.get("minimum")
        return "integer" if low is None else f"integer ≥ {low}"
    if kind == "boolean":
        return "boolean"
    if kind == "array":
        extra = [
            text
            for key, text in (("uniqueItems", "distinct"), ("minItems", "not empty"))
            if schema.get(key)
        ]
        return f"array of {_type(schema['items'])}" + "".join(f", {e}" for e in extra)
    return "object"


def _table(definition: dict[str, Any]) -> list[str]:
    lines = ["| field | type | required | meaning |", "|---|---|---|---|"]
    required = definition.get("required", [])
    for name, schema in definition["properties"].items():
        if name in required:
            need = "yes"
        elif "default" in schema:
            need = f"no (`{json.dumps(schema['default'], ensure_ascii=False)}`)"
        else:
            need = "no"
        meaning = schema.get("description", "").replace("|", "\\|")
        lines.append(f"| `{name}` | {_type(schema)} | {need} | {meaning} |")
    return lines


def markdown() -> str:
    """The reference section of docs/format.md: every record, object and value of the format."""
    schema = json_schema()
    defs = schema["$defs"]
    top = ["Congress", *(schema["properties"][name]["items"]["$ref"] for name, _ in COLLECTIONS)]
    top = [ref.rsplit("/", 1)[-1] for ref in top] + ["Tombstone"]
    unions = {name: defs[name]["oneOf"] for name in ("AgendaItem", "Event")}
    members = [m["$ref"].rsplit("/", 1)[-1] for refs in unions.values() for m in refs]
    enums = sorted(name for name, d in defs.items() if "enum" in d)
    objects = sorted(
        name
        for name, d in defs.items()
        if d.get("type") == "object"
        and name not in top
        and name not in members
        and not name.startswith("jsonl")
    )
    out = ["### Records", ""]
    for name in (*top, *members, *objects):
        if name in members and name == members[0]:
            out += ["### Agenda items and handling events", ""]
            for union, refs in unions.items():
                names = ", ".join(_link(r["$ref"]) for r in refs)
                # A MyST target, so that links to the union (#agendaitem) resolve.
                out += [f"({union.lower()})=", f"An {union} is one of: {names}.", ""]
        if name == objects[0]:
            out += ["### Objects inside records", ""]
        out += [f"#### {name}", "", defs[name]["description"], "", *_table(defs[name]), ""]
    out += ["### Values", ""]
    out += ["#### Count", "", defs["Count"]["description"], ""]
    for name in ("date", "timestamp", "time"):
        forms = defs[name].get("anyOf", [defs[name]])
        patterns = " or ".join(f"`{f['pattern']}`" for f in forms if "pattern" in f)
        also = " or an object (`earliest`, `latest`, `inferred`)" if len(forms) > 2 else ""
        out += [
            f"#### {name}",
            "",
            f"{defs[name]['description']} Pattern: {patterns}{also}.",
            "",
        ]
    out += ["### Enumerations", ""]
    for name in enums:
        values = ", ".join(f"`{v}`" for v in defs[name]["enum"])
        out += [f"#### {name}", "", f"{defs[name]['description']} One of: {values}.", ""]
    return "\n".join(out)
