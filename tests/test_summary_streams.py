"""Summaries and assessments of consistent record sets, and of JSON Lines streams."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_STANDARD,
    Activity,
    Period,
    RecordSet,
    Session,
    Suggestion,
    assess,
    check,
    delete,
    dump_jsonl,
    example_records,
    iter_jsonl,
    summarize,
)
from congresskit.strategies import record_sets
from tests.counting import check_assessment, check_summary


@st.composite
def periods_of(draw: st.DrawFn, records: RecordSet) -> Period:
    """A period around one of the records' days, so that the summary is seldom empty."""
    days = [r.start for r in records if isinstance(r, (Activity, Session))]
    days += [r.raised_on for r in records if isinstance(r, Suggestion)]
    day = draw(st.sampled_from(days)) if days else dt.date(2020, 1, 1)
    make = draw(
        st.sampled_from(
            [
                lambda d: Period.year(d.year),
                lambda d: Period.half(d.year, 1 + (d.month - 1) // 6),
                lambda d: Period.quarter(d.year, 1 + (d.month - 1) // 3),
                Period.month_of,
                lambda d: Period.between(d - dt.timedelta(days=40), d + dt.timedelta(days=200)),
            ]
        )
    )
    period: Period = make(day)
    return period


@given(st.data())
def test_summaries_of_consistent_record_sets_add_up(data: st.DataObject) -> None:
    """The combination law over congresskit.strategies.record_sets(), split at random."""
    records = data.draw(record_sets(max_size=4))
    assert [p for p in check(records) if not p.is_warning] == []
    period = data.draw(periods_of(records))
    items = list(records)
    flags = data.draw(st.lists(st.booleans(), min_size=len(items), max_size=len(items)))
    a = RecordSet.from_records(r for r, f in zip(items, flags, strict=True) if f)
    b = RecordSet.from_records(r for r, f in zip(items, flags, strict=True) if not f)
    whole = summarize(records, period)
    assert summarize(a, period) + summarize(b, period) == whole
    assert summarize(a | b, period) == whole
    check_summary(items, whole)


@given(st.data())
def test_assessments_of_consistent_record_sets_equal_independent_counts(
    data: st.DataObject,
) -> None:
    """Assessment figures over congresskit.strategies.record_sets() match direct counts."""
    records = data.draw(record_sets(max_size=4))
    period = data.draw(periods_of(records))
    check_assessment(list(records), assess(records, DEFAULT_STANDARD, period))


def test_a_json_lines_stream_summarises_as_the_record_set_does() -> None:
    """summarize reads iter_jsonl's stream once and gets the record set's summary."""
    records = example_records()
    stream = io.StringIO()
    dump_jsonl(records, stream)
    stream.seek(0)
    for period in ("2020-H1", "2020-H2"):
        stream.seek(0)
        assert summarize(iter_jsonl(stream), period) == summarize(records, period)


def test_tombstones_in_a_stream_are_passed_over() -> None:
    """A deletion in an incremental feed is not a record: the summary passes over it."""
    at = dt.datetime(2020, 7, 1, 9, tzinfo=dt.timezone.utc)
    records = delete(example_records(), "activity", example_records().activities[0].id, at=at)
    stream = io.StringIO()
    dump_jsonl(records, stream)
    stream.seek(0)
    read: list[Any] = list(iter_jsonl(stream))
    assert any(type(r).__name__ == "Tombstone" for r in read)
    assert summarize(read, "2020-H1") == summarize(records, "2020-H1")
