"""Dates as precise as the source gives them: a day, a month, a year or a range.

Real records are often vague about when something happened: "in November",
"in 2021", "early in the year", or a day and month with no year, worked out
from context. A :class:`When` keeps such a date honestly, as the earliest and
the latest day it may be, and says whether it was inferred.

``When`` is a :class:`datetime.date` (its value as a date is the earliest day),
so every field that takes a date takes a ``When``, and a plain ``date`` stays
what it always was: an exact day. Code that must know whether a vague date
falls in a span asks the helpers here (:func:`earliest`, :func:`latest`,
:func:`placed`, :func:`certainly_before`) rather than comparing dates, so
that nothing vague is counted as if it were exact.

>>> import datetime as dt
>>> nov = When.parse("2021-11")
>>> nov.precision, str(nov), nov.latest
('month', '2021-11', datetime.date(2021, 11, 30))
>>> placed(nov, dt.date(2021, 7, 1), dt.date(2021, 12, 31))
True
>>> placed(When.parse("2021"), dt.date(2021, 7, 1), dt.date(2021, 12, 31)) is None
True
>>> When.parse("2021-09-06") == dt.date(2021, 9, 6)
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Literal

from congresskit.errors import FieldError

__all__ = [
    "Precision",
    "When",
    "certainly_before",
    "earliest",
    "latest",
    "overlap",
    "placed",
]

#: How precise a date is.
Precision = Literal["day", "month", "year", "range"]

_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_YEAR = re.compile(r"([0-9]{4})")


def _plain(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, day.day)


class When(dt.date):
    """A date known to a day, a month, a year or a range of days, possibly inferred.

    As a :class:`datetime.date` its value is the earliest day it may be; its
    :attr:`latest` day and :attr:`inferred` flag say the rest. Build one with
    :meth:`parse`, :meth:`of_month`, :meth:`of_year`, :meth:`between` or
    :meth:`exact`. Arithmetic (``+ timedelta``, ``replace``) works on the
    earliest day and gives a plain date.

    Two ``When`` values are equal when their earliest and latest days and their
    ``inferred`` flags are; an exact, not inferred ``When`` equals the plain
    date of that day.

    >>> When.of_month(2021, 11) == When.between(dt.date(2021, 11, 1), dt.date(2021, 11, 30))
    True
    >>> When.exact(dt.date(2021, 9, 6), inferred=True) == dt.date(2021, 9, 6)
    False
    """

    __slots__ = ("_inferred", "_latest")
    _latest: dt.date
    _inferred: bool

    def __new__(
        cls,
        year: int,
        month: int = 1,
        day: int = 1,
        *,
        latest: dt.date | None = None,
        inferred: bool = False,
    ) -> When:
        """The span from ``year-month-day`` to ``latest`` (the same day when not given)."""
        self = super().__new__(cls, year, month, day)
        last = _plain(self) if latest is None else _plain(latest)
        if last < _plain(self):
            msg = f"the latest day {last} is before the earliest {_plain(self)}"
            raise FieldError("When", "earliest, latest", last, "date_order", msg)
        if not isinstance(inferred, bool):
            raise FieldError("When", "inferred", inferred, "type", "inferred is true or false")
        self._latest = last
        self._inferred = inferred
        return self

    # -- building -----------------------------------------------------------------------------

    @classmethod
    def exact(cls, day: dt.date, *, inferred: bool = False) -> When:
        """One known day (``inferred``: worked out, e.g. the source gives no year)."""
        return cls(day.year, day.month, day.day, inferred=inferred)

    @classmethod
    def of_month(cls, year: int, month: int, *, inferred: bool = False) -> When:
        """Some day of a calendar month."""
        last = calendar.monthrange(year, month)[1]
        return cls(year, month, 1, latest=dt.date(year, month, last), inferred=inferred)

    @classmethod
    def of_year(cls, year: int, *, inferred: bool = False) -> When:
        """Some day of a calendar year."""
        return cls(year, 1, 1, latest=dt.date(year, 12, 31), inferred=inferred)

    @classmethod
    def between(cls, first: dt.date, last: dt.date, *, inferred: bool = False) -> When:
        """Some day from ``first`` to ``last`` (both included; each may itself be vague)."""
        start, end = earliest(first), latest(last)
        return cls(start.year, start.month, start.day, latest=end, inferred=inferred)

    @classmethod
    def parse(cls, text: str, *, inferred: bool = False) -> When:
        """A day ``2021-09-06``, a month ``2021-11`` or a year ``2021``.

        Raises:
            ValueError: the text is none of these, or no such day or month exists.
        """
        if m := _DAY.fullmatch(text):
            return cls.exact(dt.date(int(m[1]), int(m[2]), int(m[3])), inferred=inferred)
        if m := _MONTH.fullmatch(text):
            return cls.of_month(int(m[1]), int(m[2]), inferred=inferred)
        if m := _YEAR.fullmatch(text):
            return cls.of_year(int(m[1]), inferred=inferred)
        msg = f"expected a day 2021-09-06, a month 2021-11 or a year 2021, got {text!r}"
        raise ValueError(msg)

    # -- reading ------------------------------------------------------------------------------

    @property
    def earliest(self) -> dt.date:
        """The earliest day it may be."""
        return _plain(self)

    @property
    def latest(self) -> dt.date:
        """The latest day it may be."""
        return self._latest

    @property
    def inferred(self) -> bool:
        """Whether the date was worked out rather than stated by the source."""
        return self._inferred

    @property
    def precision(self) -> Precision:
        """``"day"``, ``"month"``, ``"year"`` or ``"range"``: how the span reads best."""
        first, last = self.earliest, self._latest
        if first == last:
            return "day"
        month_end = calendar.monthrange(first.year, first.month)[1]
        same_month = (last.year, last.month) == (first.year, first.month)
        if first.day == 1 and same_month and last.day == month_end:
            return "month"
        whole_year = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        if whole_year and first.year == last.year:
            return "year"
        return "range"

    def text(self) -> str | None:
        """The short text form (``2021-09-06``, ``2021-11``, ``2021``), or ``None`` for a range."""
        precision = self.precision
        if precision == "day":
            return self.earliest.isoformat()
        if precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if precision == "year":
            return f"{self.year:04d}"
        return None

    # -- behaving as a value ------------------------------------------------------------------

    def _key(self) -> tuple[dt.date, dt.date, bool]:
        return (self.earliest, self._latest, self._inferred)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, dt.date) and not isinstance(other, dt.datetime):
            return self._key() == _key(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        if self._latest == self.earliest and not self._inferred:
            return hash(self.earliest)
        return hash(self._key())

    def __repr__(self) -> str:
        flag = ", inferred=True" if self._inferred else ""
        return f"When({self.earliest.isoformat()!r}..{self._latest.isoformat()!r}{flag})"

    def __str__(self) -> str:
        text = self.text() or f"{self.earliest.isoformat()}..{self._latest.isoformat()}"
        return f"{text}?" if self._inferred else text

    def __add__(self, other: Any) -> Any:
        return self.earliest.__add__(other)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        return self.earliest.__sub__(other)

    # A plain date, not a When: replacing a part of a vague date gives a day.
    def replace(self, *args: Any, **kwargs: Any) -> dt.date:  # type: ignore[override]
        """A plain date: the earliest day with the given parts replaced."""
        return self.earliest.replace(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.earliest, self._latest, self._inferred))

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return self.__reduce__()

    def __copy__(self) -> When:
        return self

    def __deepcopy__(self, memo: Any) -> When:
        return self


def _rebuild(first: dt.date, last: dt.date, inferred: bool) -> When:
    return When.between(first, last, inferred=inferred)


def _key(day: dt.date) -> tuple[dt.date, dt.date, bool]:
    if isinstance(day, When):
        return day._key()
    return (day, day, False)


def earliest(day: dt.date) -> dt.date:
    """The earliest day ``day`` may be (itself for a plain date)."""
    return day.earliest if isinstance(day, When) else day


def latest(day: dt.date) -> dt.date:
    """The latest day ``day`` may be (itself for a plain date)."""
    return day.latest if isinstance(day, When) else day


def placed(day: dt.date, start: dt.date, end: dt.date) -> bool | None:
    """Whether ``day`` falls within ``start``..``end``: ``True`` certainly, ``False``
    certainly not, ``None`` when it may or may not (part of its span is inside).

    >>> placed(When.of_month(2020, 6), dt.date(2020, 1, 1), dt.date(2020, 6, 30))
    True
    >>> placed(When.of_month(2020, 7), dt.date(2020, 1, 1), dt.date(2020, 6, 30))
    False
    """
    first, last = earliest(day), latest(day)
    if start <= first and last <= end:
        return True
    if last < start or end < first:
        return False
    return None


def overlap(first: dt.date, last: dt.date | None, start: dt.date, end: dt.date) -> bool | None:
    """Whether the span ``first``..``last`` (``None``: still going on) shares a day with
    ``start``..``end``: ``True`` certainly, ``False`` certainly not, ``None`` maybe.

    >>> in_2017 = When.of_year(2017)
    >>> overlap(in_2017, in_2017, dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    True
    >>> overlap(in_2017, in_2017, dt.date(2017, 1, 1), dt.date(2017, 6, 30)) is None
    True
    """
    open_end = dt.date.max if last is None else latest(last)
    if open_end < start or end < earliest(first):
        return False
    # Certain when every reading lies inside (a one-day session known only to its year).
    if start <= earliest(first) and open_end <= end:
        return True
    # Certain only when even the shortest reading of the span reaches into the range.
    short_start = latest(first)
    short_end = dt.date.max if last is None else earliest(last)
    if short_start <= short_end and short_start <= end and start <= short_end:
        return True
    return None


def certainly_before(day: dt.date, other: dt.date) -> bool:
    """Whether ``day`` is before ``other`` however the vague dates are read."""
    return latest(day) < earliest(other)
