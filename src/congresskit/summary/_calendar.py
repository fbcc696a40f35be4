"""The text forms of periods and the calendar arithmetic of whole months."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from dateutil.relativedelta import relativedelta

#: What sort of span a period is.
PeriodKind = Literal["year", "half", "quarter", "month", "range", "term"]

#: The text forms :meth:`Period.parse` accepts, as its errors name them.
EXPECTED = (
    "a year '2020', a half-year '2020-H1', a quarter '2020-Q3', a month '2020-05', "
    "a range '2020-01-01..2020-06-30', or a term 'term-19:2016-12-01..2021-11-30'"
)

_DATE = r"(\d{4}-\d{2}-\d{2})"
_FORMS: tuple[tuple[PeriodKind, re.Pattern[str]], ...] = (
    ("year", re.compile(r"(\d{4})")),
    ("half", re.compile(r"(\d{4})-H(\d)")),
    ("quarter", re.compile(r"(\d{4})-Q(\d)")),
    ("month", re.compile(r"(\d{4})-(\d{2})")),
    ("range", re.compile(_DATE + r"\.\." + _DATE)),
    ("term", re.compile(r"term-([1-9]\d*)(?::" + _DATE + r"\.\." + _DATE + ")?")),
)
# The months each calendar kind spans, and how many of them fit in a year.
_MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def _last_day(first: dt.date, months: int) -> dt.date:
    """The last day of the ``months``-month block that starts on ``first``."""
    return first + relativedelta(months=months - 1, day=31)


def _whole_months(start: dt.date, end: dt.date) -> int | None:
    """How many calendar months ``start``..``end`` spans, if it spans whole months only."""
    if start.day != 1:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return months if end == _last_day(start, months) else None
