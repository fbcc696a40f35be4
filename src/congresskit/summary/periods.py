"""Periods: the spans of days that summaries and assessments cover.

A :class:`Period` is a year, a half-year, a quarter, a month, an explicit range
of days, or a congress's term. Each has one text form, and parsing and printing
are inverse to each other:

>>> from congresskit import Period
>>> [str(Period.parse(t)) for t in ("2020", "2020-H1", "2020-Q3", "2020-05")]
['2020', '2020-H1', '2020-Q3', '2020-05']
>>> Period.parse("2020-01-01..2020-06-30").end
datetime.date(2020, 6, 30)
>>> Period.parse("2020-H1").next()
Period('2020-H2')
>>> [str(m) for m in Period.parse("2020-Q3").months()]
['2020-07', '2020-08', '2020-09']

Calendar arithmetic is python-dateutil's (``relativedelta`` and ``rrule``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from dateutil import rrule
from dateutil.relativedelta import relativedelta

from congresskit.errors import CongresskitError, FieldError, FieldTypeError
from congresskit.records import _validators as v
from congresskit.records.body import Term
from congresskit.records.dates import earliest, latest, overlap, placed
from congresskit.summary._calendar import (
    _FORMS,
    _MONTHS,
    EXPECTED,
    PeriodKind,
    _last_day,
    _whole_months,
)

__all__ = ["Period", "PeriodError", "PeriodKind"]


class PeriodError(CongresskitError, ValueError):
    """Text that is not a period, or a period that cannot be made.

    Attributes:
        text: the text (or value) given.
        expected: what was expected instead.
        reason: what in particular is wrong, when the form itself was right.
    """

    def __init__(self, text: str, expected: str, reason: str = "") -> None:
        self.text = text
        self.expected = expected
        self.reason = reason
        because = f" ({reason})" if reason else ""
        super().__init__(f"{text!r} is not a period{because}: expected {expected}")


@attrs.frozen(kw_only=True, order=True, repr=False)
class Period:
    """A span of whole days, from ``start`` to ``end`` (both included).

    Build one with :meth:`parse` or a constructor (:meth:`year`, :meth:`half`,
    :meth:`quarter`, :meth:`month`, :meth:`between`, :meth:`of_term`) rather
    than by hand; the fields are checked against the kind either way.

    Periods order by start, then end.

    Attributes:
        start: the first day.
        end: the last day.
        kind: ``"year"``, ``"half"``, ``"quarter"``, ``"month"``, ``"range"``
            (any span of days) or ``"term"`` (a congress's term).
        term: the term's number, for a term; ``None`` otherwise.
    """

    start: dt.date = attrs.field(validator=v.day)
    end: dt.date = attrs.field(validator=[v.day, v.not_earlier_than("start")])
    kind: PeriodKind = attrs.field(default="range")
    term: int | None = attrs.field(default=None, validator=v.optional(v.positive))

    def __attrs_post_init__(self) -> None:
        if self.kind not in (*_MONTHS, "range", "term"):
            raise FieldError("Period", "kind", self.kind, "kind", f"expected {EXPECTED}")
        if (self.kind == "term") != (self.term is not None):
            raise FieldError(
                "Period", "kind, term", self.term, "term", "a term number is given for terms only"
            )
        months = _MONTHS.get(self.kind)
        if months is not None and (
            self.start.day != 1
            or (self.start.month - 1) % months
            or self.end != _last_day(self.start, months)
        ):
            raise FieldError(
                "Period",
                "start, end",
                (self.start, self.end),
                "calendar",
                f"a {self.kind} runs from the first day of its {months}-month block to its last",
            )

    # -- constructors -------------------------------------------------------------------

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year ``year``."""
        return cls._block("year", year, 1)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        """The first (``half=1``) or second (``half=2``) half of ``year``."""
        return cls._block("half", year, half)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Quarter ``quarter`` (1 to 4) of ``year``."""
        return cls._block("quarter", year, quarter)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """Month ``month`` (1 to 12) of ``year``."""
        return cls._block("month", year, month)

    @classmethod
    def month_of(cls, day: dt.date) -> Period:
        """The calendar month ``day`` falls in."""
        return cls.month(day.year, day.month)

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> Period:
        """The days from ``start`` to ``end`` (both included), as an explicit range.

        Vague dates (:class:`~congresskit.When`) give the widest range they allow.
        """
        return cls(start=earliest(start), end=latest(end))

    @classmethod
    def of_term(cls, term: Term) -> Period:
        """The days of a congress's ``term``.

        >>> t = Term(id="t19", congress="xx", number=19, start=dt.date(2016, 12, 1),
        ...          end=dt.date(2021, 11, 30))
        >>> str(Period.of_term(t))
        'term-19:2016-12-01..2021-11-30'

        A term dated vaguely (a :class:`~congresskit.When`) spans from the
        earliest its start may be to the latest its end may be.

        Raises:
            PeriodError: the term's start or end is not stated.
        """
        if term.start is None or term.end is None:
            raise PeriodError(
                f"term-{term.number}",
                "a term whose first and last days are stated",
                f"term {term.id!r} does not state its dates",
            )
        return cls(start=earliest(term.start), end=latest(term.end), kind="term", term=term.number)

    @classmethod
    def _block(cls, kind: PeriodKind, year: int, index: int) -> Period:
        months = _MONTHS[kind]
        for name, value in (("year", year), ("index", index)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise FieldTypeError("Period", name, value, "an integer")
        count = 12 // months
        if not 1 <= year <= 9999 or not 1 <= index <= count:
            text = f"{kind} {index} of {year}"
            reason = (
                f"a {kind} is numbered 1..{count}" if 1 <= year <= 9999 else "the year is 1..9999"
            )
            raise PeriodError(text, EXPECTED, reason)
        start = dt.date(year, 1 + (index - 1) * months, 1)
        return cls(start=start, end=_last_day(start, months), kind=kind)

    @classmethod
    def parse(cls, text: str, *, terms: Iterable[Term] = ()) -> Period:
        """Read a period from its text form.

        Args:
            text: ``"2020"``, ``"2020-H1"``, ``"2020-Q3"``, ``"2020-05"``,
                ``"2020-01-01..2020-06-30"``, ``"term-19:2016-12-01..2021-11-30"``,
                or ``"term-19"`` when ``terms`` holds term 19.
            terms: terms to look a bare ``"term-N"`` up in.

        Returns:
            The period; ``str()`` of it gives ``text`` back (a bare term gives
            the full form).

        Raises:
            PeriodError: the text is none of those forms, or names a month,
                quarter or day that does not exist, or a range that ends before
                it starts, or a term not in ``terms``.
            FieldTypeError: ``text`` is not a string.

        >>> Period.parse("2020-H3")
        Traceback (most recent call last):
        ...
        congresskit.summary.periods.PeriodError: '2020-H3' is not a period ...
        """
        if not isinstance(text, str):
            raise FieldTypeError("Period", "text", text, "a string such as '2020-H1'")
        for kind, pattern in _FORMS:
            match = pattern.fullmatch(text)
            if match is not None:
                try:
                    return cls._from_match(kind, match.groups(), tuple(terms))
                except PeriodError as exc:
                    raise PeriodError(text, exc.expected, exc.reason) from None
        raise PeriodError(text, EXPECTED)

    @classmethod
    def _from_match(
        cls, kind: PeriodKind, groups: tuple[Any, ...], terms: tuple[Term, ...]
    ) -> Period:
        if kind in ("year", "half", "quarter", "month"):
            index = int(groups[1]) if len(groups) > 1 else 1
            return cls._block(kind, int(groups[0]), index)
        if kind == "term" and groups[1] is None:
            number = int(groups[0])
            found = [t for t in terms if t.number == number]
            if len(found) != 1:
                known = ", ".join(f"term-{t.number}" for t in terms) or "none given"
                reason = f"pass the records' terms to look it up; known terms: {known}"
                raise PeriodError("", "'term-N:YYYY-MM-DD..YYYY-MM-DD'", reason)
            return cls.of_term(found[0])
        days = groups[-2:]
        try:
            start, end = (dt.date.fromisoformat(d) for d in days)
        except ValueError as exc:
            raise PeriodError("", EXPECTED, f"no such day: {exc}") from None
        if end < start:
            raise PeriodError("", EXPECTED, f"the range ends {end}, before it starts {start}")
        if kind == "term":
            number = int(groups[0])
            return cls(start=start, end=end, kind="term", term=number)
        return cls(start=start, end=end)

    # -- text -----------------------------------------------------------------------------

    def __str__(self) -> str:
        year = f"{self.start.year:04d}"
        if self.kind == "year":
            return year
        if self.kind == "half":
            return f"{year}-H{1 + (self.start.month - 1) // 6}"
        if self.kind == "quarter":
            return f"{year}-Q{1 + (self.start.month - 1) // 3}"
        if self.kind == "month":
            return f"{year}-{self.start.month:02d}"
        days = f"{self.start.isoformat()}..{self.end.isoformat()}"
        return f"term-{self.term}:{days}" if self.kind == "term" else days

    def __repr__(self) -> str:
        return f"Period({str(self)!r})"

    # -- days -----------------------------------------------------------------------------

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` certainly falls in the period (a vague date: its whole span)."""
        return placed(day, self.start, self.end) is True

    def placement(self, day: dt.date) -> bool | None:
        """``True`` if ``day`` certainly falls in the period, ``False`` if certainly
        not, ``None`` if it may or may not (a vague date reaching across an end).

        >>> from congresskit import When
        >>> h1 = Period.parse("2020-H1")
        >>> h1.placement(When.parse("2020-03")), h1.placement(When.parse("2020"))
        (True, None)
        """
        return placed(day, self.start, self.end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.contains(day)

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    def overlaps(self, start: dt.date, end: dt.date | None = None) -> bool:
        """Whether the period certainly shares a day with ``start``..``end`` (``None``:
        open-ended); vague ends are read as narrowly as they allow."""
        return overlap(start, end, self.start, self.end) is True

    def overlap(self, start: dt.date, end: dt.date | None = None) -> bool | None:
        """As :meth:`overlaps`, but ``None`` when vague dates may or may not reach the period."""
        return overlap(start, end, self.start, self.end)

    def covers(self, other: Period) -> bool:
        """Whether every day of ``other`` is in this period."""
        return self.start <= other.start and other.end <= self.end

    # -- arithmetic -----------------------------------------------------------------------

    def next(self) -> Period:
        """The period of the same kind that follows this one.

        A calendar period is followed by the next of its kind. An explicit
        range of whole calendar months is followed by as many whole months;
        any other range, and a term, by the span of as many days, so the next
        period starts the day after this one ends. ``p.next().previous() == p``
        always holds: for it to, a range of days that would step onto whole
        months (``2020-01-03..2020-01-31`` onto February 2020) steps over them
        to the span of days after. A term's real dates come from its
        :class:`~congresskit.Term` record (:meth:`of_term`), since leap days
        make five years differ in length.

        >>> Period.parse("2020-01-01..2020-06-30").next()
        Period('2020-07-01..2020-12-31')
        >>> Period.parse("2020-01-01..2020-01-10").next()
        Period('2020-01-11..2020-01-20')

        Raises:
            PeriodError: there is none before the year 10000.
        """
        return self._shift(1)

    def previous(self) -> Period:
        """The period of the same kind that precedes this one (see :meth:`next`).

        Raises:
            PeriodError: there is none after the year 0.
        """
        return self._shift(-1)

    def _shift(self, step: int) -> Period:
        try:
            months = _MONTHS.get(self.kind)
            if months is not None:
                start = self.start + relativedelta(months=step * months)
                index = 1 + (start.month - 1) // months
                return self._block(self.kind, start.year, index)
            months = _whole_months(self.start, self.end) if self.kind == "range" else None
            if months is not None:
                start = self.start + relativedelta(months=step * months)
                return Period(start=start, end=_last_day(start, months))
            length = dt.timedelta(days=self.days)
            start, end = self.start + step * length, self.end + step * length
            # A range of days must not step onto a range of whole months, whose
            # own step is by months and would not lead back here; skip past it.
            while self.kind == "range" and _whole_months(start, end) is not None:
                start, end = start + step * length, end + step * length
        except (OverflowError, ValueError):
            where = "after" if step > 0 else "before"
            reason = f"there is none {where} it"
            raise PeriodError(str(self), "a period within the years 1..9999", reason) from None
        if self.term is None:
            return Period(start=start, end=end)
        if self.term + step < 1:
            raise PeriodError(str(self), "a term numbered 1 or more", "there is no term before it")
        return Period(start=start, end=end, kind="term", term=self.term + step)

    def months(self) -> tuple[Period, ...]:
        """The period split at month boundaries, in order.

        Whole months are month periods; a month the period covers only in part
        is the explicit range of the days it does cover.
        """
        return self._split(1)

    def quarters(self) -> tuple[Period, ...]:
        """The period split at quarter boundaries, in order (as :meth:`months` does)."""
        return self._split(3)

    def _split(self, months: int) -> tuple[Period, ...]:
        first = self.start.replace(month=1 + (self.start.month - 1) // months * months, day=1)
        kind: PeriodKind = "month" if months == 1 else "quarter"
        return tuple(self._clip(kind, block.date()) for block in self._blocks(first, months))

    def _blocks(self, first: dt.date, months: int) -> Iterator[dt.datetime]:
        # rrule yields each block's first day; it stops at `until` without
        # running past the year 9999 as date arithmetic would.
        until = dt.datetime.combine(self.end, dt.time())
        start = dt.datetime.combine(first, dt.time())
        yield from rrule.rrule(rrule.MONTHLY, interval=months, dtstart=start, until=until)

    def _clip(self, kind: PeriodKind, first: dt.date) -> Period:
        whole = self._block(kind, first.year, 1 + (first.month - 1) // _MONTHS[kind])
        if self.covers(whole):
            return whole
        return Period(start=max(whole.start, self.start), end=min(whole.end, self.end))
