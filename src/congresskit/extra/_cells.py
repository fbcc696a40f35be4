"""Cell values: how each kind of field is written to a sheet, and read back from what people type.

Writing shows a value as an office worker expects to see it: an enum as its
Chinese label, a date as a spreadsheet date, a lower-bound count as ``200余``.
Reading accepts that and more: the English value or label of an enum, a date
typed as ``2020年3月16日`` or ``2020/3/16``, a number typed as text, an
approximate figure (``200余``, ``200多``, ``200+``). What cannot be read is a
:class:`CellError` whose message says what was expected, in both languages.

>>> from congresskit.extra._layout import Column
>>> date = Column(path=("start",), kind="date", zh="开始日期", en="start")
>>> read_cell("2020年3月16日", date)
'2020-03-16'
>>> count = Column(path=("people_received",), kind="count", zh="接待群众人次", en="people")
>>> read_cell("200余", count)
{'value': 200, 'at_least': True}
>>> write_cell({"value": 200, "at_least": True}, count, "zh")
'200余'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from congresskit.extra._layout import Column
from congresskit.extra._words import TAGS
from congresskit.records.labels import LABELS

__all__ = ["CellError", "allowed", "is_empty", "read_cell", "write_cell"]

# Spreadsheets count days from 1899-12-30 (the Lotus 1-2-3 leap-year bug included).
_EPOCH = dt.date(1899, 12, 30)
_DATE = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")
_COUNT = re.compile(r"^(?:至少|不少于|≥|>=)?\s*([\d,，]+)\s*(余|多|\+|以上|余人|多人|人次以上)?$")
_TRUE = {"是", "对", "√", "✓", "true", "yes", "y", "1"}
_FALSE = {"否", "不", "×", "✗", "false", "no", "n", "0"}
_AT_LEAST = {"zh": "余", "en": "+"}


class CellError(ValueError):
    """A cell that cannot be read as its column's kind of value.

    Attributes:
        zh: what is wrong, in Chinese.
        en: the same in English.
    """

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en
        super().__init__(en)

    def message(self, lang: str) -> str:
        """The message in ``lang``."""
        return self.zh if lang == "zh" else self.en


def _labels(column: Column, value: str) -> tuple[str, str]:
    if column.enum is not None:
        member = column.enum(value)
        if member in LABELS:
            return LABELS[member]
    return TAGS.get(value, (value, value))


def allowed(column: Column, lang: str) -> list[str]:
    """The labels an enum or tag column offers, in ``lang`` (the drop-down list)."""
    return [_labels(column, v)[0 if lang == "zh" else 1] for v in column.values]


def is_empty(raw: Any) -> bool:
    """Whether a cell holds nothing (``None`` or only spaces)."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def write_cell(value: Any, column: Column, lang: str) -> Any:
    """The cell for a JSON value of ``column``'s kind (``None`` for a missing value)."""
    if value is None:
        return None
    if column.kind in ("enum", "tag"):
        return _labels(column, value)[0 if lang == "zh" else 1]
    if column.kind == "date":
        return _write_date(value)
    if column.kind == "count" and isinstance(value, dict):
        number = value["value"]
        return f"{number}{_AT_LEAST[lang]}" if value.get("at_least") else number
    if column.kind == "boolean":
        return ("是" if value else "否") if lang == "zh" else value
    return value


def _text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def _integer(raw: Any) -> int:
    if isinstance(raw, bool):
        raise CellError(f"应为整数，而不是 {raw!r}", f"expected a whole number, got {raw!r}")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = _text(raw).replace(",", "").replace("，", "")
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    raise CellError(f"应为整数，而不是 {_text(raw)!r}", f"expected a whole number, got {raw!r}")


def _count(raw: Any) -> Any:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _integer(raw)
    found = _COUNT.match(_text(raw))
    if found is None:
        raise CellError(
            f"应为数量（如 12 或约数 200余），而不是 {_text(raw)!r}",
            f"expected a count (12, or an approximate figure such as 200+), got {raw!r}",
        )
    number = int(re.sub(r"[,，]", "", found.group(1)))
    at_least = found.group(2) is not None or _text(raw)[:1] in "至不≥>"
    return {"value": number, "at_least": True} if at_least else number


#: A vague date's cell: a month, a year or a range, marked when inferred (format version 2).
_INFERRED = ("（推断）", "(inferred)")
_VAGUE = re.compile(r"[0-9]{4}(-[0-9]{2})?(-[0-9]{2})?")


def _write_date(value: Any) -> Any:
    """A day as a real spreadsheet date; a month, a year or a range as its text."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value) if len(value) == 10 else value
    text = value["earliest"]
    if "latest" in value:
        text = f"{text}..{value['latest']}"
    return f"{text}{_INFERRED[0]}" if value.get("inferred") else text


def _date(raw: Any) -> str | dict[str, Any]:
    if isinstance(raw, str):
        text = raw.strip()
        inferred = text.endswith(_INFERRED)
        for marker in _INFERRED:
            text = text.removesuffix(marker).strip()
        first, dots, last = text.partition("..")
        if (dots or inferred or len(text) < 10) and all(
            _VAGUE.fullmatch(t) for t in ((first, last) if dots else (first,))
        ):
            if not dots and not inferred:
                return first
            found: dict[str, Any] = {"earliest": first}
            if dots:
                found["latest"] = last
            if inferred:
                found["inferred"] = True
            return found
    return _day(raw)


def _day(raw: Any) -> str:
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and 1 <= raw < 2958466:
        return (_EPOCH + dt.timedelta(days=int(raw))).isoformat()
    found = _DATE.match(_text(raw))
    if found is not None:
        try:
            return dt.date(*(int(g) for g in found.groups())).isoformat()
        except ValueError:
            pass
    raise CellError(
        f"应为日期（如 2020-03-16、2020年3月16日 或 2020/3/16），而不是 {_text(raw)!r}",
        f"expected a date (2020-03-16, 2020/3/16), got {raw!r}",
    )


def _number(raw: Any) -> float:
    """A score: a number, or numeric text."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    try:
        return float(_text(raw))
    except ValueError:
        raise CellError(
            f"应为数字，而不是 {_text(raw)!r}", f"expected a number, got {raw!r}"
        ) from None


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(f"应为“是”或“否”，而不是 {text!r}", f"expected yes or no, got {raw!r}")


def _choice(raw: Any, column: Column) -> str:
    text = _text(raw)
    folded = text.casefold()
    for value in column.values:
        zh, en = _labels(column, value)
        if folded in (value.casefold(), zh.casefold(), en.casefold()):
            return value
    pairs = "、".join(
        f"{zh}（{v}）" for v, (zh, _) in ((v, _labels(column, v)) for v in column.values)
    )
    return_en = ", ".join(column.values)
    raise CellError(
        f"未知的取值 {text!r}；可填：{pairs}",
        f"unknown value {text!r}; expected one of: {return_en}",
    )


def read_cell(raw: Any, column: Column) -> Any:
    """The JSON value a non-empty cell stands for, read as ``column``'s kind.

    Raises:
        CellError: the cell cannot be read as that kind of value.
    """
    kind = column.kind
    if kind in ("enum", "tag"):
        return _choice(raw, column)
    if kind == "date":
        return _date(raw)
    if kind == "integer":
        return _integer(raw)
    if kind == "number":
        return _number(raw)
    if kind == "count":
        return _count(raw)
    if kind == "boolean":
        return _boolean(raw)
    if kind == "timestamp" and isinstance(raw, dt.datetime):
        return raw.isoformat()
    if type(raw) is dt.time:  # a cell typed as a time of day (8:30): HH:MM, as the format reads
        return raw.isoformat("minutes")
    # Text is kept exactly as typed (a number typed into a text column becomes its digits).
    return raw if isinstance(raw, str) else _text(raw)
