"""A folder of CSV files with a Frictionless ``datapackage.json``: records for open-data users.

One UTF-8 CSV file per table of :mod:`congresskit.extra.sheets`'s layout
(``suggestions.csv``, ``suggestions.events.csv``, ...), and a
``datapackage.json`` (Frictionless Data Package with a Table Schema per file)
whose field dictionary gives each column's Chinese and English name, its type
and allowed values. The folder reads back as a workbook does. Needs no
optional library.

>>> import tempfile
>>> from congresskit import example_records
>>> folder = tempfile.mkdtemp()
>>> write_csv(example_records(), folder)
>>> read_csv(folder) == example_records()
True
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from congresskit.checking.recordset import RecordSet
from congresskit.exchange.converters import Profile
from congresskit.extra._cells import allowed
from congresskit.extra._layout import Column, top_of
from congresskit.extra.sheets import Lang, TableData, from_tables, to_tables

__all__ = ["DATAPACKAGE", "read_csv", "write_csv"]

#: The name of the Data Package descriptor in the folder.
DATAPACKAGE = "datapackage.json"

_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "date",
    "timestamp": "datetime",
    "enum": "string",
    "tag": "string",
    "count": "string",  # "200余": a number, or a lower bound
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _field(column: Column | None, header: str, lang: Lang) -> dict[str, Any]:
    other: Lang = "en" if lang == "zh" else "zh"
    if column is None:
        return {"name": header, "type": "string", "description": "key / 所属记录的编号或序号"}
    field: dict[str, Any] = {
        "name": header,
        "type": _TYPES[column.kind],
        "title": column.header(other),
        "description": column.description,
        "zh": column.zh,
        "en": column.en,
    }
    if column.values:
        field["constraints"] = {"enum": allowed(column, lang)}
    if column.kind == "boolean" and lang == "zh":
        field["trueValues"], field["falseValues"] = ["是"], ["否"]
    return field


def _resource(data: TableData, lang: Lang) -> dict[str, Any]:
    keys = len(data.header) - len(data.table.columns)
    columns: list[Column | None] = [None] * keys + list(data.table.columns)
    fields = [_field(c, h, lang) for c, h in zip(columns, data.header, strict=True)]
    schema: dict[str, Any] = {"fields": fields}
    if keys:
        top = top_of(data.table)
        schema["foreignKeys"] = [
            {"fields": [data.header[0]], "reference": {"resource": top.key, "fields": ["id"]}}
        ]
    return {
        "name": data.table.key.replace("_", "-"),
        "path": f"{data.table.key}.csv",
        "title": data.name,
        "format": "csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def write_csv(
    records: RecordSet,
    folder: str | os.PathLike[str],
    *,
    lang: Lang = "zh",
    profile: Profile = "full",
) -> None:
    """Write ``records`` as CSV files and a ``datapackage.json`` into ``folder`` (created).

    Args:
        records: the record set.
        folder: the folder; existing files of the same names are replaced.
        lang: the language of headers and labels.
        profile: ``"full"`` (the default) keeps contact details; ``"public"`` leaves them out.
    """
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    tables = to_tables(records, lang=lang, profile=profile)
    for data in tables:
        with open(target / f"{data.table.key}.csv", "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(data.header)
            writer.writerows([_text(v) for v in row] for row in data.rows)
    package = {
        "name": "congresskit-records",
        "profile": "tabular-data-package",
        "title": "人大工作记录 / work records of a people's congress",
        "resources": [_resource(data, lang) for data in tables],
    }
    with open(target / DATAPACKAGE, "w", encoding="utf-8") as out:
        json.dump(package, out, ensure_ascii=False, indent=2)
        out.write("\n")


def read_csv(folder: str | os.PathLike[str], *, lang: Lang = "zh") -> RecordSet:
    """The checked records of a folder of CSV files (as :func:`write_csv` writes them).

    Each ``KEY.csv`` (``activities.csv``, ``activities.participants.csv``) is
    read as the table of that key; a UTF-8 byte order mark (as Excel saves
    CSV) is allowed.

    Raises:
        SheetError: every problem, each at its file, row and column.
        OSError: the folder cannot be read.
    """
    tables: dict[str, list[list[Any]]] = {}
    for path in sorted(Path(folder).glob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as stream:
            tables[path.stem] = [list(row) for row in csv.reader(stream)]
    return from_tables(tables, lang=lang)
