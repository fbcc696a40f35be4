"""Models accept a list for a tuple and ISO text for a date, and stay frozen and hashable."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import congresskit.strategies as cs
from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    Deputy,
    FieldError,
    FieldTypeError,
    Level,
    Membership,
    MembershipKind,
    Suggestion,
    SuggestionKind,
    Tombstone,
    make_converter,
)
from congresskit.exchange import converters
from congresskit.records import _coerce

RECORDS = st.one_of(
    cs.activities(),
    cs.suggestions(),
    cs.sessions(),
    cs.deputies(),
    cs.campaigns(),
    cs.work_plans(),
    cs.livelihood_projects(),
    cs.presidium_meetings(),
)


def _as_lists(value: Any) -> Any:
    """The same record with every tuple field (nested too) given as a list."""
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        if isinstance(item, tuple):
            changes[field.name] = [_as_lists(i) for i in item]
        elif attrs.has(type(item)):
            changes[field.name] = _as_lists(item)
    return attrs.evolve(value, **changes) if changes else value


@given(RECORDS)
def test_a_record_built_from_lists_equals_the_one_built_from_tuples(record: Any) -> None:
    """Lists become tuples: equal records, equal hashes, still frozen."""
    rebuilt = _as_lists(record)
    assert rebuilt == record
    assert hash(rebuilt) == hash(record)
    for field in attrs.fields(type(record)):
        if isinstance(getattr(record, field.name), tuple):
            assert type(getattr(rebuilt, field.name)) is tuple
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rebuilt.id = "other"


def test_participants_and_evolve_take_lists() -> None:
    """The issue's own example: participants=["d1", "d2"], also through attrs.evolve."""
    visit = Activity(
        id="a1",
        kind=ActivityKind.VOTER_VISIT,
        title="走访选民",
        start="2020-03-05",
        participants=["d1", "d2"],
    )
    assert visit.participants == ("d1", "d2")
    assert visit.start == dt.date(2020, 3, 5)
    assert attrs.evolve(visit, participants=["d3"]).participants == ("d3",)
    assert {visit} == {attrs.evolve(visit, participants=("d1", "d2"))}


def test_dates_in_nested_records_and_timestamps_take_iso_text() -> None:
    """A membership's start, a handling event's day and a tombstone's stamp take ISO text."""
    deputy = Deputy(
        id="d1",
        name="张华",
        levels=[Level.TOWN],
        memberships=[Membership(kind=MembershipKind.TERM, of="t19", start="2016-12-01")],
    )
    assert deputy.memberships[0].start == dt.date(2016, 12, 1)
    suggestion = Suggestion(
        id="s1",
        kind=SuggestionKind.SUGGESTION,
        title="整治场镇车辆乱停",
        lead="d1",
        raised_on="2020-01-13",
        events=[Assigned(on="2020-01-20", lead_unit="u1")],
    )
    assert suggestion.events[0].on == dt.date(2020, 1, 20)
    stone = Tombstone(type="deputy", id="d9", deleted="2020-07-01T09:30:00+08:00")
    offset = dt.timezone(dt.timedelta(hours=8))
    assert stone.deleted == dt.datetime(2020, 7, 1, 9, 30, tzinfo=offset)


def test_a_month_or_a_year_is_a_vague_date() -> None:
    """ISO text of a month or a year gives the When that format version 2 reads from it."""
    from congresskit import When

    a = Activity(id="a1", kind=ActivityKind.SURVEY, title="调研", start="2021-11")
    assert a.start == When.of_month(2021, 11)
    assert Activity(id="a1", kind=ActivityKind.SURVEY, title="调研", start="2021").start == (
        When.of_year(2021)
    )


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        ("2020-1-5", FieldError, "ISO text YYYY-MM-DD"),
        ("20200105", FieldError, "ISO text YYYY-MM-DD"),
        ("2020-1", FieldError, "ISO text YYYY-MM-DD"),
        ("2020-13", FieldError, "ISO text YYYY-MM-DD"),
        ("2020-01-05T09:00:00+08:00", FieldError, "a date field takes no time"),
        ("2020-02-30", FieldError, "no such day"),
        (20200105, FieldTypeError, "expected a date"),
        (dt.datetime(2020, 1, 5, 9), FieldTypeError, "expected a date"),
    ],
)
def test_ambiguous_dates_are_still_refused(value: Any, error: type[Exception], words: str) -> None:
    """Only the exchange format's YYYY-MM-DD is read; the error names record and field."""
    with pytest.raises(error, match=rf"^Activity\.start: .*{words}"):
        Activity(id="a1", kind=ActivityKind.VOTER_VISIT, title="走访", start=value)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2020-07-01T09:30:00", "with the offset"),
        ("2020-07-01", "with the offset"),
        ("2020-02-30T09:30:00Z", "no such moment"),
    ],
)
def test_ambiguous_timestamps_are_still_refused(value: str, words: str) -> None:
    """A timestamp needs its offset, as in the exchange format."""
    with pytest.raises(FieldError, match=rf"^Tombstone\.deleted: .*{words}"):
        Tombstone(type="deputy", id="d9", deleted=value)


@pytest.mark.parametrize("value", ["d1", {"d1"}, frozenset({"d1"}), b"d1", 5])
def test_a_string_or_a_set_is_not_taken_for_a_tuple(value: Any) -> None:
    """A string is a sequence of characters and a set has no order: both refused."""
    with pytest.raises(FieldTypeError, match=r"^Activity\.participants: expected a tuple"):
        Activity(
            id="a1",
            kind=ActivityKind.VOTER_VISIT,
            title="走访",
            start=dt.date(2020, 3, 5),
            participants=value,
        )


def test_the_patterns_are_the_exchange_formats() -> None:
    """The models read the very date and timestamp forms the exchange format reads."""
    assert _coerce.DATE_PATTERN.pattern == converters.DATE_PATTERN.pattern
    assert _coerce.TIMESTAMP_PATTERN.pattern == converters.TIMESTAMP_PATTERN.pattern


_DATEISH = st.one_of(
    st.dates().map(str),
    st.from_regex(r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,3}(T[0-9]{2}:[0-9]{2})?\Z"),
    st.text(alphabet="0123456789-T:+Z.", max_size=26),
)
_STAMPISH = st.one_of(
    st.datetimes(timezones=st.timezones() | st.just(dt.timezone.utc)).map(lambda d: d.isoformat()),
    st.from_regex(
        r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?"
        r"(Z|[+-][0-9]{2}:[0-9]{2})?\Z"
    ),
)


@given(_DATEISH)
def test_a_date_text_is_read_exactly_when_the_exchange_format_reads_it(text: str) -> None:
    """The model's date converter and the JSON reader agree on every text."""
    try:
        expected: Any = make_converter().structure(text, dt.date)
    except (cattrs.BaseValidationError, ValueError):
        expected = text  # left for the validator to refuse
    assert _coerce.to_date(text) == expected


@given(_STAMPISH)
def test_a_timestamp_text_is_read_exactly_when_the_exchange_format_reads_it(text: str) -> None:
    """The model's timestamp converter and the JSON reader agree on every text."""
    try:
        expected: Any = make_converter().structure(text, dt.datetime)
    except (cattrs.BaseValidationError, ValueError):
        expected = text
    got = _coerce.to_moment(text)
    assert got == expected
    if isinstance(got, dt.datetime):
        assert got.utcoffset() == expected.utcoffset()
