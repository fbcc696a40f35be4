"""Record sets as tables (spreadsheets, CSV files), and tables back into checked record sets.

This module needs no optional library: it lays records out in tables and reads
tables back, and :mod:`congresskit.extra.xlsx` and :mod:`congresskit.extra.csv`
move the tables in and out of files. Reading is lenient cell by cell (Chinese
labels or English values, dates typed several ways, ``200余``) and then as
strict as reading JSON: the rebuilt document goes through
:func:`congresskit.from_document`, and every problem, from a cell or from the
records, is reported at once with its sheet, row and column.

>>> from congresskit import example_records
>>> records = example_records()
>>> tables = to_tables(records)
>>> [t.name for t in tables[:4]]  # a record kind's nested lists follow it
['人大', '人大-资料来源', '人大-原文数字', '人大-分级代表人数']
>>> terms = next(t for t in tables if t.name == '届次')
>>> terms.header
('编号', '备注', '人大', '次序', '开始日期', '结束日期', '创建时间', '修改时间')
>>> from_tables({t.name: [t.header, *t.rows] for t in tables}) == records
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs

from congresskit.checking.recordset import RecordSet
from congresskit.errors import CongresskitError, DocumentError
from congresskit.exchange._migrations import CURRENT_VERSION
from congresskit.exchange.converters import Profile
from congresskit.exchange.documents import from_document, to_document
from congresskit.extra._layout import Table, layout, tables_by_name
from congresskit.extra._rows import Origin, Row, flatten, headers, unflatten

__all__ = ["SheetError", "SheetProblem", "TableData", "from_tables", "to_tables"]

Lang = Literal["zh", "en"]


@attrs.frozen(kw_only=True)
class SheetProblem:
    """One problem in a workbook or CSV folder, where a person can find it.

    Attributes:
        sheet: the sheet (or CSV file) name.
        row: the row number as the spreadsheet shows it (the header is row 1).
        column: the column header, if the problem is in one cell.
        message: what is wrong, in the language asked for.
        path: the JSON path of the value in the document, if it has one.
    """

    sheet: str
    row: int | None
    column: str | None
    message: str
    path: str | None = None

    def __str__(self) -> str:
        return self.where() + self.message

    def where(self, lang: str = "zh") -> str:
        """``活动 第7行 "开始日期": `` (``activities row 7 "start": `` in English)."""
        row = (
            "" if self.row is None else (f" 第{self.row}行" if lang == "zh" else f" row {self.row}")
        )
        column = "" if self.column is None else f' "{self.column}"'
        return f"{self.sheet}{row}{column}: "


class SheetError(CongresskitError, ValueError):
    """A workbook or CSV folder whose records cannot be read; nothing of it is loaded.

    Attributes:
        problems: every problem found, in sheet order.
    """

    def __init__(self, problems: Iterable[SheetProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@attrs.frozen(kw_only=True)
class TableData:
    """One table ready to be written: its layout, sheet name, header row and rows."""

    table: Table
    name: str
    header: tuple[str, ...]
    rows: list[list[Any]]


def to_tables(
    records: RecordSet, *, lang: Lang = "zh", empty: bool = False, profile: Profile = "full"
) -> list[TableData]:
    """The record set laid out in tables.

    Args:
        records: the record set.
        lang: the language of sheet names, headers and labels.
        empty: leave the rows out (a template to fill in).
        profile: ``"full"`` (the default) keeps deputies' contact details;
            ``"public"`` leaves them out.
    """
    document = to_document(records, profile=profile)
    return [
        TableData(
            table=table,
            name=table.name(lang),
            header=headers(table, lang),
            rows=[] if empty else flatten(document, table, lang),
        )
        for table in layout()
    ]


def _rows(rows: Sequence[Sequence[Any]]) -> list[Row]:
    """The data rows, each with its row number (the header is row 1) and its cells by header."""
    if not rows:
        return []
    header, *body = rows
    found: list[Row] = []
    for number, row in enumerate(body, start=2):
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in row):
            continue  # blank rows between records are allowed
        cells = {str(h).strip(): c for h, c in zip(header, row, strict=False) if h is not None}
        found.append((number, cells))
    return found


_STEP = re.compile(r"\.[^.\[]+$|\[\d+\]$")


def _origin(path: str, origins: Mapping[str, Origin]) -> Origin | None:
    while path and path != "$":
        if path in origins:
            return origins[path]
        cut = _STEP.search(path)
        if cut is None:
            return None
        path = path[: cut.start()]
    return None


def _unknown_headers(name: str, table: Table, rows: list[Row], lang: Lang) -> list[SheetProblem]:
    known = set(headers(table, "zh")) | set(headers(table, "en"))
    seen: dict[str, int] = {}
    for number, cells in rows:
        for header in cells:
            if header not in known and str(header).strip():
                seen.setdefault(header, number)
    problems = []
    for header in seen:
        zh = f"不认识的列名；本表的列名是：{'、'.join(headers(table, 'zh'))}"
        en = f"unknown column; this sheet's columns are: {', '.join(headers(table, 'en'))}"
        problems.append(
            SheetProblem(sheet=name, row=1, column=str(header), message=zh if lang == "zh" else en)
        )
    return problems


def from_tables(tables: Mapping[str, Sequence[Sequence[Any]]], *, lang: Lang = "zh") -> RecordSet:
    """The checked record set that tables (by sheet name or key) stand for.

    Args:
        tables: for each sheet (by its Chinese or English name, or its key), its
            rows: the header row, then the data rows (blank rows are skipped).
            Sheets of other names are ignored (the instructions sheet).
        lang: the language of the problem messages.

    Raises:
        SheetError: every problem, each at its sheet, row and column.
    """
    by_key: dict[str, list[Row]] = {}
    names: dict[str, str] = {}
    problems: list[SheetProblem] = []
    for name, rows in tables.items():
        table = tables_by_name().get(name)
        if table is None:
            continue
        found = _rows(rows)
        by_key[table.key] = found
        names[table.key] = name
        problems.extend(_unknown_headers(name, table, found, lang))
    flat = unflatten(by_key, lang)

    def problem(origin: Origin, message: str, path: str | None = None) -> SheetProblem:
        sheet = names.get(origin.table.key, origin.table.name(lang))
        return SheetProblem(
            sheet=sheet, row=origin.row, column=origin.header, message=message, path=path
        )

    bad_cells = set()
    for origin, zh, en in flat.problems:
        problems.append(problem(origin, zh if lang == "zh" else en))
        bad_cells.add((origin.table.key, origin.row, origin.header))
    document = {
        "format": "congresskit",
        "version": CURRENT_VERSION,
        "profile": "full",
        **flat.document,
    }
    try:
        records = from_document(document).records
    except DocumentError as error:
        for p in error.problems:
            at = _origin(p.path, flat.origins)
            if at is None:
                problems.append(
                    SheetProblem(sheet="", row=None, column=None, message=p.message, path=p.path)
                )
            elif (at.table.key, at.row, at.header) not in bad_cells:
                problems.append(problem(at, p.message, p.path))
    if problems:
        raise SheetError(problems)
    return records
