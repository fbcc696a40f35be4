"""Simplified-Chinese report wording: numbers, dates and the report's sentences.

Figures follow the usage of congress work reports: a lower bound is written
``200余人次``, ordinals in Chinese numerals (``第十九届``, ``第八次会议``),
dates ``2020年1月13日``.

>>> numeral(19), numeral(8), numeral(105), numeral(110)
('十九', '八', '一百零五', '一百一十')
>>> count(Count(200, at_least=True), "人次"), count(Count(63), "条")
('200余人次', '63条')
>>> date(dt.date(2020, 1, 13))
'2020年1月13日'
"""

from __future__ import annotations

import datetime as dt

from congresskit.counts import Count

_DIGITS = "零一二三四五六七八九"
_POWERS = ((1000, "千"), (100, "百"), (10, "十"))


def numeral(n: int) -> str:
    """``n`` (1 to 9999) in Chinese numerals, as ordinals are written (十九, not 一十九)."""
    if not 0 < n < 10000:
        msg = f"numeral() takes 1 to 9999, got {n}"
        raise ValueError(msg)
    out: list[str] = []
    rest = n
    gap = False
    for power, name in _POWERS:
        digit, rest = divmod(rest, power)
        if digit:
            if gap:
                out.append("零")
            # "十九" rather than "一十九" when the number starts with the tens.
            out.append(name if (power == 10 and digit == 1 and not out) else _DIGITS[digit] + name)
            gap = False
        elif out:
            gap = True
    if rest:
        if gap:
            out.append("零")
        out.append(_DIGITS[rest])
    return "".join(out)


def number(n: int) -> str:
    """An integer figure, in Arabic digits as reports write figures."""
    return str(n)


def count(value: Count, unit: str = "") -> str:
    """A count with its unit: ``63条``, or ``200余人次`` for a lower bound."""
    return f"{value.value}{'余' if value.at_least else ''}{unit}"


def date(day: dt.date) -> str:
    """``2020年1月13日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def month(day: dt.date) -> str:
    """``2020年5月``."""
    return f"{day.year}年{day.month}月"


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage with one decimal (``95.2%``)."""
    return f"{100 * part / whole:.1f}%"
