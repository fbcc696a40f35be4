"""Partial summaries and assessments: they pickle, merge linearly, and count each part once."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_STANDARD,
    Activity,
    Assessor,
    Evaluation,
    HandlingReport,
    Period,
    PeriodSummary,
    Policy,
    RecordSet,
    Session,
    Suggestion,
    Summarizer,
    SummaryError,
    Tombstone,
    assess,
    example_records,
    summarize,
)
from congresskit.strategies import policies, record_sets
from tests.budget import examples
from tests.test_summary_streams import periods_of

#: Records that are counted, each in one part only (a part that carried one again would
#: count it again); every other record is a reference record, kept by id, which every
#: part may carry and which counts once.
COUNTED = (Activity, Suggestion, Tombstone, Evaluation, HandlingReport)


def _parts(data: st.DataObject, records: list[Any], *, shared: bool) -> list[list[Any]]:
    """``records`` split into 1 to 4 parts; with ``shared``, reference records go to every part."""
    n = data.draw(st.integers(1, 4))
    parts: list[list[Any]] = [[] for _ in range(n)]
    for record in records:
        if shared and not isinstance(record, COUNTED):
            for part in parts:
                part.append(record)
        else:
            parts[data.draw(st.integers(0, n - 1))].append(record)
    return parts


@settings(max_examples=examples(20))  # record sets are slow to draw; the merge test covers more
@given(record_sets(max_size=4))
def test_record_sets_pickle(records: RecordSet) -> None:
    """A record set, and every record in it, comes back equal from plain pickle."""
    assert pickle.loads(pickle.dumps(records)) == records
    assert pickle.loads(pickle.dumps(list(records))) == list(records)


@given(policies())
def test_policies_pickle(policy: Policy) -> None:
    """A policy (its signatories table included) comes back equal from plain pickle."""
    again = pickle.loads(pickle.dumps(policy))
    assert again == policy
    assert dict(again.motion_signatories) == dict(policy.motion_signatories)


@settings(max_examples=examples(20))
@given(st.data())
def test_summaries_summarizers_and_assessors_pickle(data: st.DataObject) -> None:
    """Summaries, summarizers and assessors come back from plain pickle with the same result."""
    records = data.draw(record_sets(max_size=4))
    period = data.draw(periods_of(records))
    policy = data.draw(policies())
    summary = summarize(records, period, policy=policy)
    again = pickle.loads(pickle.dumps(summary))
    assert again == summary
    summarizer = Summarizer(period, policy=policy).update(records)
    assert pickle.loads(pickle.dumps(summarizer)).summary() == summary
    assessor = Assessor(DEFAULT_STANDARD, period).update(records)
    assert pickle.loads(pickle.dumps(assessor)).assessment() == assess(
        records, period, DEFAULT_STANDARD
    )


@settings(max_examples=examples(40))
@given(st.data(), st.booleans())
def test_parts_merge_into_the_whole(data: st.DataObject, shared: bool) -> None:
    """Summing, merging or assessing parts gives the whole, reference records counted once."""
    records = data.draw(record_sets(max_size=4))
    period = data.draw(periods_of(records))
    parts = _parts(data, list(records), shared=shared)
    whole = summarize(records, period)
    assert PeriodSummary.sum(summarize(p, period) for p in parts) == whole
    summarizers = [Summarizer(period).update(p) for p in parts]
    assert summarizers[0].merge(*summarizers[1:]).summary() == whole
    assessors = [Assessor(DEFAULT_STANDARD, period).update(p) for p in parts]
    assert assessors[0].merge(*assessors[1:]).assessment() == assess(
        records, period, DEFAULT_STANDARD
    )


def test_a_session_both_parts_carry_counts_its_speeches_once() -> None:
    """Two towns' files that both carry the session: each deputy's speeches are not doubled."""
    records = list(example_records())
    assert any(isinstance(r, Session) and r.speeches for r in records)
    reference = [r for r in records if not isinstance(r, COUNTED)]
    activities = [r for r in records if isinstance(r, COUNTED)]
    a = reference + activities[::2]
    b = reference + activities[1::2]
    whole = summarize(records, "2020-H1")
    added = summarize(a, "2020-H1") + summarize(b, "2020-H1")
    speeches = {d.id: d.speeches for d in whole.deputies}
    assert sum(speeches.values()) > 0
    assert {d.id: d.speeches for d in added.deputies} == speeches
    assert added == whole


def test_the_same_part_twice_is_an_error() -> None:
    """A summary, summarizer or assessor merged with itself, or twice into a sum, is refused."""
    records = list(example_records())
    a, b = summarize(records[::2], "2020"), summarize(records[1::2], "2020")
    with pytest.raises(SummaryError, match="count twice"):
        _ = a + a
    with pytest.raises(SummaryError, match="count twice"):
        _ = (a + b) + a
    with pytest.raises(SummaryError, match="count twice"):
        PeriodSummary.sum([a, b, b])
    copy = pickle.loads(pickle.dumps(a))  # a copy is the same part
    with pytest.raises(SummaryError, match="count twice"):
        _ = a + copy
    summarizer = Summarizer("2020").update(records)
    with pytest.raises(SummaryError, match="count twice"):
        summarizer.merge(summarizer)
    with pytest.raises(SummaryError, match="count twice"):
        _ = summarizer.summary() + summarizer.summary()
    assessor = Assessor(DEFAULT_STANDARD, "2020").update(records)
    with pytest.raises(SummaryError, match="count twice"):
        assessor.merge(assessor)


def test_parts_of_different_periods_do_not_merge() -> None:
    """Merging parts of different periods, or summing nothing, is a SummaryError."""
    with pytest.raises(SummaryError, match="same period"):
        Summarizer("2020-H1").merge(Summarizer("2020-H2"))
    with pytest.raises(SummaryError, match="same period"):
        Assessor(DEFAULT_STANDARD, "2020-H1").merge(Assessor(DEFAULT_STANDARD, "2020"))
    with pytest.raises(SummaryError, match="at least one"):
        PeriodSummary.sum([])
    with pytest.raises(TypeError, match=r"summaries\[1\]"):
        PeriodSummary.sum([PeriodSummary.empty("2020"), "x"])  # type: ignore[list-item]


def test_an_assessor_keeps_nothing_dated_after_its_period() -> None:
    """Activities and suggestions after the period's end leave the assessor's ledger as it was."""
    records = list(example_records())
    period = Period.parse("2020-Q1")
    early = [r for r in records if not isinstance(r, COUNTED) or _day(r) <= period.end]
    assert len(early) < len(records)
    whole = Assessor(DEFAULT_STANDARD, period).update(records)
    assert whole._ledger == Assessor(DEFAULT_STANDARD, period).update(early)._ledger


def _day(record: Any) -> Any:
    return record.start if isinstance(record, Activity) else record.raised_on
