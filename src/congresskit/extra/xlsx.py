"""Excel (and WPS) workbooks: records out to a workbook to fill in, and back in, checked.

Needs the ``office`` extra (openpyxl). A workbook has a first sheet explaining
how to fill it in, then one sheet per list of records and per nested list
(see :mod:`congresskit.extra.sheets` for the layout and how cells are read):
Chinese headers (English with ``lang="en"``), enum cells as their labels with
a drop-down of the allowed labels, dates as spreadsheet dates.

>>> import io
>>> from congresskit import example_records
>>> book = io.BytesIO()
>>> write_workbook(example_records(), book)
>>> _ = book.seek(0)
>>> read_workbook(book) == example_records()
True
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import IO, Any

from congresskit.checking.recordset import RecordSet
from congresskit.exchange.converters import Profile
from congresskit.extra import require
from congresskit.extra._cells import allowed
from congresskit.extra._layout import Column
from congresskit.extra.sheets import Lang, TableData, from_tables, to_tables

__all__ = ["INSTRUCTIONS", "read_workbook", "write_template", "write_workbook"]

openpyxl = require("openpyxl", "office")
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402 - after the check above
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

#: The name of the first sheet, in each language.
INSTRUCTIONS = {"zh": "填写说明", "en": "how to fill in"}
_CHOICES = {"zh": "选项", "en": "choices"}
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_KEY_FILL = PatternFill("solid", fgColor="FCE4D6")
_GUIDE = {
    "zh": [
        "本工作簿由 congresskit 生成，每张表是一类记录；填好后可用 congresskit 校验、汇总和考核：",
        "  congresskit validate 本文件.xlsx",
        "  congresskit summary 本文件.xlsx --period 2020-H1 -o 工作总结.docx",
        "填写要点：",
        "1. 第一行是列名，请勿改动；每条记录占一行，空行会被跳过。",
        "2. 编号是记录的唯一标识（如代表 d01），其他表用编号指代它；代表也可填姓名，"
        "重名的代表须填编号。",
        "3. 带下拉箭头的列请从列表中选择；也可填英文取值（如 inspection）。",
        "4. 日期可填 2020-03-16、2020/3/16 或 2020年3月16日。",
        "5. 人数、件数可填约数，如“200余”“20多”，表示“至少”这个数。",
        "6. 一条记录的多项内容（如活动的参加代表、建议的办理过程）填在以“表名-”开头的表里，"
        "每行一项，第一列填所属记录的编号，按先后顺序排列。",
        "7. 不知道的内容请留空：留空表示“未载明”，不会被当作 0。",
        "",
        "各表各列说明：",
    ],
    "en": [
        "Written by congresskit: one sheet per kind of record. Once filled in, check, "
        "summarise and assess it with congresskit:",
        "  congresskit validate this-file.xlsx",
        "  congresskit summary this-file.xlsx --period 2020-H1 -o report.docx",
        "How to fill it in:",
        "1. Keep the first row (the column names); one record per row; blank rows are skipped.",
        "2. The id identifies a record (deputy d01); other sheets refer to it by id. A deputy "
        "may be given by name instead, unless two deputies share it.",
        "3. Pick values of columns with a drop-down from the list (or type the English value).",
        "4. Dates: 2020-03-16, 2020/3/16 or 2020年3月16日.",
        "5. Counts may be approximate: 200+ means at least 200.",
        "6. A record's lists (an activity's participants, a suggestion's handling events) go on "
        "the sheets named after it, one item per row, keyed by the record's id, in order.",
        "7. Leave unknown values empty: empty means not stated, never 0.",
        "",
        "The sheets and their columns:",
    ],
}


def _set(cell: Any, value: Any, column: Column | None) -> None:
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that looks like a formula stays text
    if isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"


def _instructions(book: Any, tables: Sequence[TableData], lang: Lang) -> None:
    sheet = book.active
    sheet.title = INSTRUCTIONS[lang]
    for line in _GUIDE[lang]:
        sheet.append([line])
    header = ["表", "列", "说明"] if lang == "zh" else ["sheet", "column", "meaning"]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for data in tables:
        keys = data.header[: len(data.header) - len(data.table.columns)]
        for key in keys:
            meaning = "所属记录的编号或项目序号" if lang == "zh" else "where the row belongs"
            sheet.append([data.name, key, meaning])
        for column in data.table.columns:
            choices = "、".join(allowed(column, lang)) if column.values else ""
            meaning = f"可选：{choices}" if choices and lang == "zh" else choices
            sheet.append([data.name, column.header(lang), meaning or column.description])
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 24
    sheet.column_dimensions["C"].width = 80


class _Choices:
    """A hidden sheet of the allowed labels, one column per list, for the drop-downs."""

    def __init__(self, book: Any, lang: Lang) -> None:
        self.sheet = book.create_sheet(_CHOICES[lang])
        self.sheet.sheet_state = "hidden"
        self.ranges: dict[tuple[str, ...], str] = {}
        self.lang = lang

    def range(self, labels: list[str]) -> str:
        key = tuple(labels)
        if key not in self.ranges:
            letter = get_column_letter(len(self.ranges) + 1)
            for row, text in enumerate(labels, start=1):
                self.sheet[f"{letter}{row}"] = text
            name = self.sheet.title
            self.ranges[key] = f"'{name}'!${letter}$1:${letter}${len(labels)}"
        return self.ranges[key]


def _sheet(book: Any, data: TableData, choices: _Choices, lang: Lang) -> None:
    sheet = book.create_sheet(data.name)
    sheet.append(list(data.header))
    keys = len(data.header) - len(data.table.columns)
    for index, cell in enumerate(sheet[1]):
        cell.font = Font(bold=True)
        cell.fill = _KEY_FILL if index < keys else _HEADER_FILL
        cell.alignment = Alignment(horizontal="center")
    for number, row in enumerate(data.rows, start=2):
        for index, value in enumerate(row, start=1):
            column = data.table.columns[index - 1 - keys] if index > keys else None
            _set(sheet.cell(row=number, column=index), value, column)
    sheet.freeze_panes = "A2"
    last = max(len(data.rows) + 1, 1000)
    for index, column in enumerate(data.table.columns, start=keys + 1):
        letter = get_column_letter(index)
        width = max(10, min(40, 2 * len(column.header(lang)) + 4))
        sheet.column_dimensions[letter].width = width
        labels = (
            allowed(column, lang)
            if column.values
            else (["是", "否"] if lang == "zh" else ["TRUE", "FALSE"])
            if column.kind == "boolean"
            else None
        )
        if column.kind == "date":
            for number in range(2, len(data.rows) + 2):
                sheet[f"{letter}{number}"].number_format = "yyyy-mm-dd"
        if labels:
            # Drop-downs guide; reading still accepts the English values, so no hard stop.
            rule = DataValidation(type="list", formula1=choices.range(labels), allow_blank=True)
            rule.showErrorMessage = False
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{last}")
    for index in range(1, keys + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 14


def _book(tables: Sequence[TableData], lang: Lang) -> Any:
    book = openpyxl.Workbook()
    _instructions(book, tables, lang)
    choices = _Choices(book, lang)
    for data in tables:
        _sheet(book, data, choices, lang)
    book.move_sheet(choices.sheet, offset=len(tables))
    return book


def write_workbook(
    records: RecordSet,
    target: str | os.PathLike[str] | IO[bytes],
    *,
    lang: Lang = "zh",
    profile: Profile = "full",
) -> None:
    """Write ``records`` as a workbook (``.xlsx``), every field kept.

    Args:
        records: the record set.
        target: a path, or a binary file open for writing.
        lang: ``"zh"`` (Chinese sheet names, headers and labels, the default) or ``"en"``.
        profile: ``"full"`` (the default) keeps contact details; ``"public"`` leaves them out.
    """
    _book(to_tables(records, lang=lang, profile=profile), lang).save(target)


def write_template(target: str | os.PathLike[str] | IO[bytes], *, lang: Lang = "zh") -> None:
    """Write an empty workbook to fill in: the instructions, and every sheet with its headers.

    Args:
        target: a path, or a binary file open for writing.
        lang: ``"zh"`` (the default) or ``"en"``.
    """
    _book(to_tables(RecordSet(), lang=lang, empty=True), lang).save(target)


def read_workbook(source: str | os.PathLike[str] | IO[bytes], *, lang: Lang = "zh") -> RecordSet:
    """The checked records of a workbook written by :func:`write_workbook` (and filled in).

    Args:
        source: a path, or a binary file open for reading.
        lang: the language of the problem messages.

    Raises:
        SheetError: every problem, each at its sheet, row and column; nothing is loaded.
        OSError: the file cannot be read.
    """
    book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    try:
        tables = {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets
        }
    finally:
        book.close()
    return from_tables(tables, lang=lang)
