"""A document's records as rows of the layout's tables, and rows back into a document.

Flattening walks each table's lists and writes one row per item, its key
cells first (the owning record's id, the positions of the items it hangs
from, its own position). Unflattening reads each row's cells leniently
(:mod:`congresskit.extra._cells`), puts each item back in its owner's list in
row order, and remembers where each JSON path came from, so that the strict
reading that follows can name the sheet, row and column of every problem. A
deputy named where the deputy's id belongs reads as that id
(:mod:`congresskit.extra._names`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from congresskit.extra._cells import CellError, is_empty, read_cell, write_cell
from congresskit.extra._layout import Column, Table, layout, top_of
from congresskit.extra._names import resolve_names

__all__ = ["Origin", "Unflattened", "flatten", "headers", "unflatten"]

#: A cell read from a sheet: the sheet's row number and the cells under their headers.
Row = tuple[int, Mapping[str, Any]]


@attrs.frozen
class Origin:
    """Where a value came from: the table, the sheet's row number and the column header."""

    table: Table
    row: int
    header: str | None = None


@attrs.frozen
class Unflattened:
    """The document rebuilt from rows, where each path came from, and the cells not read."""

    document: dict[str, Any]
    origins: dict[str, Origin]
    problems: list[tuple[Origin, str, str]]


def headers(table: Table, lang: str) -> tuple[str, ...]:
    """The header row of ``table``: the key columns, then the item's columns."""
    return (*table.key_headers(lang, top_of(table)), *(c.header(lang) for c in table.columns))


def _get(item: Any, path: Sequence[str]) -> Any:
    for key in path:
        if not isinstance(item, dict):
            return None
        item = item.get(key)
    return item


def _parent(table: Table) -> Table:
    for found in layout():
        if found.steps == table.steps[:-1]:
            return found
    raise LookupError(table.key)  # pragma: no cover - every nested table has a parent


# A context: an item of a table, with the owning record's id and the positions above it.
_Context = tuple[Any, tuple[int, ...], Any]


def _contexts(table: Table, document: Mapping[str, Any]) -> Iterator[_Context]:
    if table.depth == 1:
        found = document.get(table.key)
        items = [found] if table.single and found is not None else found or []
        for item in items:
            yield (item.get("id") if isinstance(item, dict) else None), (), item
        return
    for owner, positions, parent in _contexts(_parent(table), document):
        for number, item in enumerate(_get(parent, table.steps[-1]) or [], start=1):
            yield owner, (*positions, number), item


def flatten(document: Mapping[str, Any], table: Table, lang: str) -> list[list[Any]]:
    """The rows of ``table`` (without the header row) for a JSON-ready document."""
    rows = []
    for owner, positions, item in _contexts(table, document):
        keys: list[Any] = [] if table.depth == 1 else [owner, *positions]
        if table.scalar:
            keys = keys[:-1]  # a plain value's position is its row order
            cells = [write_cell(item, table.columns[0], lang)]
        else:
            cells = [write_cell(_get(item, c.path), c, lang) for c in table.columns]
        rows.append([*keys, *cells])
    return rows


def _set(item: dict[str, Any], path: Sequence[str], value: Any) -> None:
    for key in path[:-1]:
        item = item.setdefault(key, {})
    item[path[-1]] = value


def _json_path(base: str, path: Sequence[str]) -> str:
    return base + "".join(f".{key}" for key in path)


class _Reader:
    """Rows read back into a document, table by table, parents before their lists."""

    def __init__(self) -> None:
        self.document: dict[str, Any] = {}
        self.origins: dict[str, Origin] = {}
        self.problems: list[tuple[Origin, str, str]] = []
        # For each table, its items by (owner id, positions): (JSON path, item).
        self.items: dict[str, dict[tuple[Any, tuple[int, ...]], tuple[str, Any]]] = {}

    def cell(self, table: Table, row: int, cells: Mapping[str, Any], column: Column) -> Any:
        header = _header_in(cells, column)
        raw = cells.get(header) if header is not None else None
        if is_empty(raw):
            return None
        try:
            return read_cell(raw, column)
        except CellError as error:
            self.problems.append((Origin(table, row, header), error.zh, error.en))
            return None

    def item(self, table: Table, number: int, cells: Mapping[str, Any], base: str) -> Any:
        if table.scalar:
            column = table.columns[0]
            self.origins[base] = Origin(table, number, _header_in(cells, column))
            return self.cell(table, number, cells, column)
        found: dict[str, Any] = {}
        self.origins[base] = Origin(table, number)
        for column in table.columns:
            header = _header_in(cells, column) or column.zh
            self.origins[_json_path(base, column.path)] = Origin(table, number, header)
            value = self.cell(table, number, cells, column)
            if value is not None:
                _set(found, column.path, value)
        return found

    def top(self, table: Table, rows: Sequence[Row]) -> None:
        mine = self.items.setdefault(table.key, {})
        for index, (number, cells) in enumerate(rows):
            base = f"$.{table.key}" if table.single else f"$.{table.key}[{index}]"
            if table.single and index:
                self.problems.append(
                    (Origin(table, number), "只能有一行", "only one row is allowed here")
                )
                continue
            item = self.item(table, number, cells, base)
            if table.single:
                self.document[table.key] = item
            else:
                self.document.setdefault(table.key, []).append(item)
            mine.setdefault((item.get("id"), ()), (base, item))

    def nested(self, table: Table, rows: Sequence[Row], lang: str) -> None:
        parent = _parent(table)
        keys = table.key_headers("zh", top_of(table)), table.key_headers("en", top_of(table))
        mine = self.items.setdefault(table.key, {})
        counts: dict[tuple[Any, tuple[int, ...]], int] = {}
        for number, cells in rows:
            found = self.key(table, number, cells, keys)
            if found is None:
                continue
            owner, positions, own = found
            parent_item = self.items.get(parent.key, {}).get((owner, positions))
            if parent_item is None:
                self.missing_owner(table, number, cells, keys, owner, positions, lang)
                continue
            parent_path, parent_value = parent_item
            leaf = table.steps[-1]
            container = parent_value
            for key in leaf[:-1]:
                container = container.setdefault(key, {})
            items = container.setdefault(leaf[-1], [])
            base = f"{_json_path(parent_path, leaf)}[{len(items)}]"
            item = self.item(table, number, cells, base)
            items.append(item)
            counts[(owner, positions)] = counts.get((owner, positions), 0) + 1
            if not table.scalar:
                position = own if own is not None else counts[(owner, positions)]
                mine.setdefault((owner, (*positions, position)), (base, item))

    def key(
        self,
        table: Table,
        number: int,
        cells: Mapping[str, Any],
        keys: tuple[tuple[str, ...], tuple[str, ...]],
    ) -> tuple[Any, tuple[int, ...], int | None] | None:
        values: list[Any] = []
        bad = False
        for zh, en in zip(*keys, strict=True):
            header = zh if zh in cells else en
            raw = cells.get(header)
            if is_empty(raw):
                values.append(None)
                continue
            column = Column(path=(), kind="string" if not values else "integer", zh=zh, en=en)
            try:
                values.append(read_cell(raw, column))
            except CellError as error:
                self.problems.append((Origin(table, number, header), error.zh, error.en))
                bad = True
        if bad:
            return None
        owner, *rest = values
        own = None if table.scalar else rest.pop()
        if owner is None or any(p is None for p in rest):
            missing = [h for h, v in zip(keys[0], values, strict=True) if v is None]
            zh = f"请填写 {'、'.join(missing)}，说明这一行属于哪条记录"
            self.problems.append((Origin(table, number, missing[0]), zh, "fill in the key cells"))
            return None
        return owner, tuple(rest), own

    def missing_owner(
        self,
        table: Table,
        number: int,
        cells: Mapping[str, Any],
        keys: tuple[tuple[str, ...], tuple[str, ...]],
        owner: Any,
        positions: tuple[int, ...],
        lang: str,
    ) -> None:
        top = top_of(table)
        header = keys[0][0] if keys[0][0] in cells else keys[1][0]
        where = f"{owner}" + "".join(f"/{p}" for p in positions)
        zh = f"{top.zh}中没有编号为 {where} 的记录（或其中没有这一项）"
        en = f"there is no {top.en} record {where} (or it has no such item)"
        self.problems.append((Origin(table, number, header), zh, en))


def _header_in(cells: Mapping[str, Any], column: Column) -> str | None:
    if column.zh in cells:
        return column.zh
    if column.en in cells:
        return column.en
    return None


def unflatten(rows: Mapping[str, Sequence[Row]], lang: str = "zh") -> Unflattened:
    """The document (without its envelope) the rows of each table (by key) stand for."""
    reader = _Reader()
    for table in layout():
        found = rows.get(table.key, ())
        if table.depth == 1:
            reader.top(table, found)
        else:
            reader.nested(table, found, lang)
    # Deputies named where their ids belong read as those ids; a shared name is a problem.
    for path, zh, en in resolve_names(reader.document):
        reader.problems.append((reader.origins[path], zh, en))
    return Unflattened(reader.document, reader.origins, reader.problems)
