"""The tables a record set is laid out in: one per list of records, one per nested list.

The layout is read off the exchange format's JSON Schema, so that a field added
to a model appears in the workbook and the CSV files without touching this
module. A record's scalar fields are its table's columns; a nested object
(a session's attendance, a resolution's tally) adds columns named after it
(``出席·应到``); every list (a suggestion's handling events, an activity's
participants, a ballot's candidates) is a table of its own, keyed by the owning
record's id and, below the first level, by the position of the item it hangs
from (``议程序号``).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import attrs

from congresskit.exchange.schema import json_schema
from congresskit.extra._words import OWN_FIELDS, field_name, list_name
from congresskit.records.labels import LABELS

__all__ = ["Column", "Table", "layout", "tables_by_name"]

Kind = Literal[
    "string", "integer", "number", "boolean", "date", "timestamp", "enum", "count", "tag"
]

#: Excel refuses sheet names longer than this.
_SHEET_NAME_LIMIT = 31
_LEVEL_SEPARATOR = "-"


@attrs.frozen(kw_only=True)
class Column:
    """One column of a table: where its value goes in the item, and what kind of value it is.

    Attributes:
        path: the keys from the item to the value (``("attendance", "due")``);
            empty for the one column of a list of plain values.
        kind: how cells are written and read.
        values: the allowed values of an enum or tag column, in order.
        enum: the enum class whose labels an enum column shows, if any.
        zh: the Chinese header.
        en: the English header.
        description: what the field means (from the schema), for the instructions.
    """

    path: tuple[str, ...]
    kind: Kind
    values: tuple[str, ...] = ()
    enum: type[enum.Enum] | None = None
    zh: str
    en: str
    description: str = ""

    def header(self, lang: str) -> str:
        """The header in ``lang`` (``"zh"`` or ``"en"``)."""
        return self.zh if lang == "zh" else self.en


@attrs.frozen(kw_only=True)
class Table:
    """One table (sheet, CSV file): a list of records, or a list nested in them.

    Attributes:
        key: a stable dotted name, ``"suggestions"`` or ``"suggestions.events"``.
        steps: for each list level from the record set down, the keys that
            lead to the list (``(("sessions",), ("attendance", "excused"))``).
        columns: the item's own columns.
        scalar: the items are plain values (one column) rather than objects.
        single: the one congress object rather than a list.
        zh: the Chinese sheet name.
        en: the English sheet name.
    """

    key: str
    steps: tuple[tuple[str, ...], ...]
    columns: tuple[Column, ...]
    scalar: bool = False
    single: bool = False
    zh: str
    en: str

    @property
    def depth(self) -> int:
        """1 for a list of records, 2 for a list in a record, and so on."""
        return len(self.steps)

    def name(self, lang: str) -> str:
        """The sheet name in ``lang``."""
        return self.zh if lang == "zh" else self.en

    def key_headers(self, lang: str, top: Table) -> tuple[str, ...]:
        """The headers of the columns that say where a row belongs (none at the top)."""
        if self.depth == 1:
            return ()
        owner = f"{top.zh}编号" if lang == "zh" else f"{top.en} id"
        levels = tuple(
            f"{list_name(step[-1], lang, nested=True)}序号"
            if lang == "zh"
            else f"{list_name(step[-1], lang, nested=True)} no."
            for step in self.steps[1:-1]
        )
        own = () if self.scalar else ("序号" if lang == "zh" else "no.",)
        return (owner, *levels, *own)


def _defs() -> dict[str, Any]:
    defs: dict[str, Any] = json_schema()["$defs"]
    return defs


def _target(spec: Mapping[str, Any], defs: Mapping[str, Any]) -> tuple[str | None, Any]:
    """The definition a property refers to (name and body), past ``anyOf [X, null]``."""
    if "anyOf" in spec:
        (spec,) = [s for s in spec["anyOf"] if s.get("type") != "null"]
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return name, defs[name]
    return None, spec


def _variants(body: Mapping[str, Any], defs: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if "oneOf" in body:
        return [defs[s["$ref"].rsplit("/", 1)[-1]] for s in body["oneOf"]]
    return [body]


#: The enum classes with labels, by name (the schema names an enum column's class).
_LABELLED: dict[str, type[enum.Enum]] = {type(m).__name__: type(m) for m in LABELS}


def _enum_class(name: str | None) -> type[enum.Enum] | None:
    """The labelled enum class the schema names, wherever it is defined."""
    return _LABELLED.get(name) if name else None


def _scalar(
    key: str, name: str | None, body: Mapping[str, Any], path: tuple[str, ...], zh: str, en: str
) -> Column | None:
    """The column of a scalar property, or ``None`` if it is an object or a list."""
    common: dict[str, Any] = {"path": path, "zh": zh, "en": en}
    common["description"] = body.get("description", "")
    if name == "date":
        return Column(kind="date", **common)
    if name == "timestamp":
        return Column(kind="timestamp", **common)
    if name == "Count":
        return Column(kind="count", **common)
    if "const" in body:
        return Column(kind="tag", values=(body["const"],), **common)
    if "enum" in body:
        return Column(kind="enum", values=tuple(body["enum"]), enum=_enum_class(name), **common)
    kind = body.get("type")
    if kind == "string":
        return Column(kind="string", **common)
    if kind == "integer":
        return Column(kind="integer", **common)
    if kind == "number":
        return Column(kind="number", **common)
    if kind == "boolean":
        return Column(kind="boolean", **common)
    return None


def _merge(columns: list[Column], column: Column) -> None:
    for i, found in enumerate(columns):
        if found.path == column.path:
            if found.kind == "tag":  # a tagged union: every tag is allowed
                values = found.values + tuple(v for v in column.values if v not in found.values)
                columns[i] = attrs.evolve(found, values=values)
            return
    columns.append(column)


def _walk(
    items: list[Mapping[str, Any]],
    defs: Mapping[str, Any],
    prefix: tuple[str, ...],
    columns: list[Column],
    lists: list[tuple[tuple[str, ...], list[Mapping[str, Any]], Mapping[str, Any]]],
) -> None:
    """Collect the columns of the object types in ``items`` (merged), and their lists."""
    for body in items:
        for key, spec in body.get("properties", {}).items():
            path = (*prefix, key)
            name, target = _target(spec, defs)
            if target.get("type") == "array":
                item_name, item = _target(target["items"], defs)
                variants = _variants(item, defs)
                for found_path, found_variants, _ in lists:
                    if found_path == path:  # the same list in another variant: merged
                        found_variants.extend(v for v in variants if v not in found_variants)
                        break
                else:
                    lists.append((path, variants, {"name": item_name, "body": item}))
                continue
            if name not in ("Count",) and (target.get("type") == "object" or "oneOf" in target):
                _walk(_variants(target, defs), defs, path, columns, lists)
                continue
            zh = "·".join(field_name(k, "zh") for k in path)
            en = ".".join(field_name(k, "en") for k in path)
            column = _scalar(key, name, target, path, zh, en)
            if column is not None:
                _merge(columns, attrs.evolve(column, description=spec.get("description", "")))


def _sheet_name(parts: list[str], separator: str) -> str:
    return separator.join(parts)[:_SHEET_NAME_LIMIT]


def _tables(
    key: str,
    steps: tuple[tuple[str, ...], ...],
    items: list[Mapping[str, Any]],
    item: Mapping[str, Any],
    defs: Mapping[str, Any],
    names: tuple[list[str], list[str]],
    *,
    single: bool = False,
) -> Iterator[Table]:
    columns: list[Column] = []
    lists: list[tuple[tuple[str, ...], list[Mapping[str, Any]], Mapping[str, Any]]] = []
    scalar = "properties" not in items[0] and "oneOf" not in item["body"]
    if scalar:
        leaf = steps[-1][-1]
        zh, en = list_name(leaf, "zh", nested=True), list_name(leaf, "en", nested=True)
        column = _scalar(leaf, item["name"], item["body"], (), zh, en)
        assert column is not None, key
        columns.append(column)
    else:
        _walk(items, defs, (), columns, lists)
        # A field whose shared name reads wrongly in this table takes the table's own.
        columns = [
            attrs.evolve(c, zh=own[0], en=own[1]) if (own := OWN_FIELDS.get((key, c.path))) else c
            for c in columns
        ]
        # When a record was created or changed matters to programs, not to people filling
        # in a sheet: those columns go last.
        columns.sort(key=lambda c: c.path in (("created",), ("modified",)))
    yield Table(
        key=key,
        steps=steps,
        columns=tuple(columns),
        scalar=scalar,
        single=single,
        zh=_sheet_name(names[0], _LEVEL_SEPARATOR),
        en=_sheet_name(names[1], _LEVEL_SEPARATOR),
    )
    for path, variants, inner in lists:
        leaf = path[-1]
        child_names = (
            [*names[0], list_name(leaf, "zh", nested=True)],
            [*names[1], list_name(leaf, "en", nested=True)],
        )
        yield from _tables(
            f"{key}.{'.'.join(path)}", (*steps, path), variants, inner, defs, child_names
        )


@functools.cache
def layout() -> tuple[Table, ...]:
    """Every table, in the order of the record set's lists, each followed by its nested lists."""
    schema = json_schema()
    defs = schema["$defs"]
    found: list[Table] = []
    for key, spec in schema["properties"].items():
        name, target = _target(spec, defs)
        names = ([list_name(key, "zh")], [list_name(key, "en")])
        if key == "congress":
            item = {"name": name, "body": target}
            found.extend(_tables(key, ((key,),), [target], item, defs, names, single=True))
        elif target.get("type") == "array":
            item_name, item_body = _target(target["items"], defs)
            variants = _variants(item_body, defs)
            item = {"name": item_name, "body": item_body}
            found.extend(_tables(key, ((key,),), variants, item, defs, names))
    return tuple(found)


@functools.cache
def tables_by_name() -> Mapping[str, Table]:
    """Each table under its key and its sheet names in both languages."""
    found: dict[str, Table] = {}
    for table in layout():
        for name in (table.key, table.zh, table.en):
            found.setdefault(name, table)
    return found


def top_of(table: Table) -> Table:
    """The table of the records that ``table``'s rows hang from (itself at the top)."""
    return tables_by_name()[table.steps[0][0]]
