"""English report wording: numbers, dates and the report's sentences.

>>> count(Count(200, at_least=True)), number(12345)
('200+', '12,345')
>>> date(dt.date(2020, 1, 13))
'13 January 2020'
>>> ordinal(19), ordinal(8), ordinal(22)
('19th', '8th', '22nd')
>>> plural(1, "suggestion"), plural(63, "suggestion"), plural(2, "activity")
('1 suggestion', '63 suggestions', '2 activities')
"""

from __future__ import annotations

import datetime as dt

from congresskit.counts import Count

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def number(n: int) -> str:
    """An integer with thousands separators."""
    return f"{n:,}"


def count(value: Count) -> str:
    """A count: ``63``, or ``200+`` for a lower bound."""
    return f"{value.value:,}{'+' if value.at_least else ''}"


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``22nd``."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plural(n: int | Count, noun: str, nouns: str | None = None) -> str:
    """``n`` with ``noun`` in the singular or plural (``nouns``, or a regular plural)."""
    figure = count(n) if isinstance(n, Count) else number(n)
    value = n.value if isinstance(n, Count) else n
    if value == 1 and not (isinstance(n, Count) and n.at_least):
        return f"{figure} {noun}"
    if nouns is None:
        nouns = (
            noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        )
    return f"{figure} {nouns}"


def date(day: dt.date) -> str:
    """``13 January 2020``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def month(day: dt.date) -> str:
    """``May 2020``."""
    return f"{_MONTHS[day.month - 1]} {day.year}"


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage with one decimal (``95.2%``)."""
    return f"{100 * part / whole:.1f}%"
