"""Periods: text round trips, calendar arithmetic and the errors for bad text."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from congresskit import CongresskitError, FieldError, FieldTypeError, Period, PeriodError, Term

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
YEARS = st.integers(1900, 2100)


@st.composite
def ranges(draw: st.DrawFn) -> Period:
    start = draw(DAYS)
    return Period.between(start, start + dt.timedelta(days=draw(st.integers(0, 800))))


@st.composite
def terms(draw: st.DrawFn) -> Period:
    start = draw(DAYS)
    years = draw(st.integers(1, 5))
    try:
        end = start.replace(year=start.year + years) - dt.timedelta(days=1)
    except ValueError:  # 29 February has no namesake in most years.
        end = start + dt.timedelta(days=365 * years)
    term = Term(id="t", congress="c", number=draw(st.integers(2, 30)), start=start, end=end)
    return Period.of_term(term)


@st.composite
def month_ranges(draw: st.DrawFn) -> Period:
    """Explicit ranges from the first of a month to the last day of a month, or near it."""
    start = Period.month(draw(YEARS), draw(st.integers(1, 12))).start
    end = start + relativedelta(months=draw(st.integers(0, 30)), day=31)
    return Period.between(start, end - dt.timedelta(days=draw(st.sampled_from([0, 0, 1, 2]))))


periods = st.one_of(
    YEARS.map(Period.year),
    st.builds(Period.half, YEARS, st.integers(1, 2)),
    st.builds(Period.quarter, YEARS, st.integers(1, 4)),
    st.builds(Period.month, YEARS, st.integers(1, 12)),
    ranges(),
    month_ranges(),
    terms(),
)


@given(periods)
def test_text_round_trip(p: Period) -> None:
    """Printing then parsing gives the period back, and parsing then printing the text."""
    assert Period.parse(str(p)) == p
    assert str(Period.parse(str(p))) == str(p)


@given(periods)
def test_next_and_previous_are_inverse(p: Period) -> None:
    """next(previous(p)) == p and previous(next(p)) == p."""
    assert p.previous().next() == p
    assert p.next().previous() == p


def _whole_months(p: Period) -> int | None:
    """How many whole calendar months ``p`` spans, or None if it does not span whole months."""
    months = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    whole = p.start.day == 1 and (p.end + dt.timedelta(days=1)).day == 1
    return months if whole else None


@given(periods)
def test_next_starts_the_day_after(p: Period) -> None:
    """The next period starts the day after this one ends, and is of the same kind."""
    following = p.next()
    assert following.kind == p.kind
    if p.kind == "range" and _whole_months(p) is None:
        # A range of days steps by its length, over any span of whole months.
        gap = (following.start - p.end).days - 1
        assert gap % p.days == 0
        assert following.days == p.days
        assert _whole_months(following) is None
        for k in range(gap // p.days):
            # Each span stepped over is whole months.
            first = p.end + dt.timedelta(days=1 + k * p.days)
            skipped = Period.between(first, first + dt.timedelta(days=p.days - 1))
            assert _whole_months(skipped) is not None
    else:
        assert following.start == p.end + dt.timedelta(days=1)


@given(month_ranges())
def test_a_range_of_whole_months_steps_by_months(p: Period) -> None:
    """A range of whole months is followed and preceded by as many whole months."""
    months = _whole_months(p)
    if months is None:
        return
    for other in (p.next(), p.previous()):
        assert other.kind == "range"
        assert _whole_months(other) == months


@pytest.mark.parametrize(
    ("text", "following", "preceding"),
    [
        ("2020-01-01..2020-06-30", "2020-07-01..2020-12-31", "2019-07-01..2019-12-31"),
        ("2020-02-01..2020-02-29", "2020-03-01..2020-03-31", "2020-01-01..2020-01-31"),
        ("2019-12-01..2020-02-29", "2020-03-01..2020-05-31", "2019-09-01..2019-11-30"),
        ("2020-01-01..2020-01-10", "2020-01-11..2020-01-20", "2019-12-22..2019-12-31"),
        ("2020-03-01..2020-03-29", "2020-03-30..2020-04-27", "2020-01-03..2020-01-31"),
    ],
)
def test_next_and_previous_of_explicit_ranges(text: str, following: str, preceding: str) -> None:
    """Whole months step by months, other ranges by days (over a span of whole months)."""
    p = Period.parse(text)
    assert (str(p.next()), str(p.previous())) == (following, preceding)


@given(DAYS)
def test_every_day_falls_in_exactly_one_month_of_its_year(day: dt.date) -> None:
    """The months of a year partition it: each day is in exactly one."""
    months = Period.year(day.year).months()
    assert len(months) == 12
    assert [m.contains(day) for m in months].count(True) == 1
    assert Period.month_of(day) in months
    assert day in Period.month_of(day)


@given(periods, st.sampled_from(["months", "quarters"]))
def test_splitting_partitions_the_period(p: Period, how: str) -> None:
    """months() and quarters() cover the period day for day, in order, without overlap."""
    parts = getattr(p, how)()
    assert parts[0].start == p.start
    assert parts[-1].end == p.end
    for before, after in itertools.pairwise(parts):
        assert after.start == before.end + dt.timedelta(days=1)
    assert sum(part.days for part in parts) == p.days
    block = 1 if how == "months" else 3
    for part in parts:
        # Each part lies inside one calendar block.
        assert part.start.year == part.end.year
        assert (part.start.month - 1) // block == (part.end.month - 1) // block


@given(periods, DAYS)
def test_contains_agrees_with_the_ends(p: Period, day: dt.date) -> None:
    """A day is in a period exactly when it lies between its first and last day."""
    assert p.contains(day) == (p.start <= day <= p.end)
    assert (day in p) == p.contains(day)


def test_calendar_periods_have_their_calendar_days() -> None:
    """Each calendar kind spans the days its name says."""
    assert (Period.year(2020).start, Period.year(2020).end) == (
        dt.date(2020, 1, 1),
        dt.date(2020, 12, 31),
    )
    assert Period.parse("2020-H2").start == dt.date(2020, 7, 1)
    assert Period.parse("2020-Q1").end == dt.date(2020, 3, 31)
    assert Period.parse("2020-02").days == 29
    assert Period.parse("2021-02").days == 28
    assert Period.parse("2020-H1").days == 182


def test_a_bare_term_is_looked_up_in_the_terms_given() -> None:
    """'term-19' resolves to the dates of term 19 when the terms are passed."""
    term = Term(
        id="t19", congress="x", number=19, start=dt.date(2016, 12, 1), end=dt.date(2021, 11, 30)
    )
    p = Period.parse("term-19", terms=[term])
    assert p == Period.of_term(term)
    assert str(p) == "term-19:2016-12-01..2021-11-30"
    assert p.next().start == dt.date(2021, 12, 1)
    # Neighbouring terms are estimated by length in days (1,826 here).
    assert p.previous() == Period.parse("term-18:2011-12-02..2016-11-30")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "expected a year '2020'"),
        ("20", "expected a year '2020'"),
        ("2020-H3", "a half is numbered 1..2"),
        ("2020-H0", "a half is numbered 1..2"),
        ("2020-Q5", "a quarter is numbered 1..4"),
        ("2020-13", "a month is numbered 1..12"),
        ("2020-00", "a month is numbered 1..12"),
        ("0000", "the year is 1..9999"),
        ("2020-5", "expected a year '2020'"),
        ("2020-h1", "expected a year '2020'"),
        (" 2020", "expected a year '2020'"),
        ("2020-02-30..2020-03-01", "no such day"),
        ("2020-03-01..2020-02-01", "ends 2020-02-01, before it starts 2020-03-01"),
        ("2020-01-01...2020-02-01", "expected a year '2020'"),
        ("2020-01-01..", "expected a year '2020'"),
        ("term-19", "pass the records' terms"),
        ("term-0:2020-01-01..2020-12-31", "expected a year '2020'"),
        ("term-19:2021-01-01..2020-12-31", "before it starts"),
    ],
)
def test_bad_text_is_a_period_error_naming_what_was_expected(text: str, reason: str) -> None:
    """Bad text raises PeriodError (a ValueError) quoting the text and what was expected."""
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, CongresskitError)
    message = str(info.value)
    assert repr(text) in message
    assert reason in message
    assert "expected" in message
    assert info.value.text == text


@pytest.mark.parametrize("value", [2020, 2020.5, None, b"2020", True])
def test_a_non_string_is_a_type_error(value: object) -> None:
    """Parsing something other than a string is a TypeError, not a coercion."""
    with pytest.raises(FieldTypeError, match=r"Period\.text: expected a string"):
        Period.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        (
            {"start": dt.date(2020, 1, 2), "end": dt.date(2020, 12, 31), "kind": "year"},
            "start, end",
        ),
        ({"start": dt.date(2020, 2, 1), "end": dt.date(2020, 7, 31), "kind": "half"}, "start, end"),
        (
            {"start": dt.date(2020, 1, 1), "end": dt.date(2020, 1, 30), "kind": "month"},
            "start, end",
        ),
        ({"start": dt.date(2020, 1, 1), "end": dt.date(2020, 1, 30), "kind": "week"}, "kind"),
        ({"start": dt.date(2020, 1, 1), "end": dt.date(2020, 1, 30), "kind": "term"}, "kind, term"),
        ({"start": dt.date(2020, 1, 1), "end": dt.date(2020, 1, 30), "term": 3}, "kind, term"),
        ({"start": dt.date(2020, 2, 1), "end": dt.date(2020, 1, 30)}, "start, end"),
    ],
)
def test_inconsistent_fields_are_field_errors(fields: dict[str, object], where: str) -> None:
    """A period built by hand must agree with its kind; the error names the fields."""
    with pytest.raises(FieldError, match=re.escape(f"Period.{where}:")):
        Period(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Period.parse("9999-H2").next(), "there is none after it"),
        (lambda: Period.parse("0001").previous(), "there is none before it"),
        (lambda: Period.parse("term-1:2016-12-01..2021-11-30").previous(), "no term before it"),
        (lambda: Period.month(2020, 13), "a month is numbered 1..12"),
        (lambda: Period.year(True), "Period.year: expected an integer"),
    ],
)
def test_periods_beyond_the_calendar_are_errors(make: object, message: str) -> None:
    """Stepping past year 1 or 9999, or numbering a block wrongly, is a clear error."""
    with pytest.raises(CongresskitError, match=message):
        make()  # type: ignore[operator]
