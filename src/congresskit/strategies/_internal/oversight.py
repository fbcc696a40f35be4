"""Strategies for oversight records: evaluations (评议) and aggregate handling reports.

Generated figures are consistent, as ``check`` wants them: rectified issues
never outnumber those found, and a handling report's ratings, outcomes and
implementation statuses never count more items than it handles.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.counts import Count
from congresskit.records.dates import When
from congresskit.records.enums import (
    Implementation,
    NonResolutionReason,
    Outcome,
    Satisfaction,
    SubjectKind,
    SuggestionKind,
)
from congresskit.records.evaluations import Evaluation, Rating
from congresskit.records.handling_reports import (
    HandlingReport,
    ImplementationCount,
    KindCount,
    OutcomeCount,
    ReasonCount,
    TopicCount,
)
from congresskit.records.kinds import HandlingMeasure, RateMeasure
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids
from congresskit.strategies._internal.evaluation_parts import several, stated_rates
from congresskit.strategies._internal.opinion_parts import opinions
from congresskit.strategies._internal.work import CHANNELS, findings

__all__ = [
    "handling_reports",
    "implementation_counts",
    "kind_counts",
    "outcome_counts",
    "ratings",
    "reason_counts",
    "topic_counts",
    "work_evaluations",
]

_text = _s.texts()


def _counts(max_count: int) -> SearchStrategy[Count]:
    return st.builds(Count, st.integers(0, _s.check_int(max_count, "max_count")))


def ratings(*, max_count: int = 200) -> SearchStrategy[Rating]:
    """A count of raters at one satisfaction level.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    return st.builds(Rating, level=st.sampled_from(Satisfaction), count=_counts(max_count))


def kind_counts(*, max_count: int = 200) -> SearchStrategy[KindCount]:
    """A count of items of one kind.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    return st.builds(KindCount, kind=st.sampled_from(SuggestionKind), count=_counts(max_count))


def outcome_counts(*, max_count: int = 200) -> SearchStrategy[OutcomeCount]:
    """A count of replies of one class.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    return st.builds(OutcomeCount, outcome=st.sampled_from(Outcome), count=_counts(max_count))


def implementation_counts(*, max_count: int = 200) -> SearchStrategy[ImplementationCount]:
    """A count of items at one implementation status.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    return st.builds(
        ImplementationCount, status=st.sampled_from(Implementation), count=_counts(max_count)
    )


def reason_counts(*, max_count: int = 200) -> SearchStrategy[ReasonCount]:
    """A reason for non-resolution, with a count or none; 'other' always with its text.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    return _reason_counts(_counts(max_count))


def topic_counts(*, max_count: int = 200) -> SearchStrategy[TopicCount]:
    """A count of items concerning one subject area.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    return st.builds(TopicCount, topic=_text, count=_counts(max_count))


@st.composite
def _reason_counts(draw: st.DrawFn, counts: SearchStrategy[Count]) -> ReasonCount:
    reason = draw(st.sampled_from(NonResolutionReason))
    text = draw(_text) if reason is NonResolutionReason.OTHER else draw(_s.maybe(_text))
    return ReasonCount(reason=reason, count=draw(_s.maybe(counts)), text=text)


def _rating_sets(draw: st.DrawFn, most: int = 200) -> tuple[Rating, ...]:
    levels = draw(st.lists(st.sampled_from(Satisfaction), unique=True, max_size=4))
    parts = _s.split(draw, most, len(levels))
    return tuple(Rating(level=k, count=Count(n)) for k, n in zip(levels, parts, strict=True))


def _subject(draw: st.DrawFn, kind: SubjectKind, pools: dict[SubjectKind, Any]) -> str | None:
    pool = pools.get(kind)
    return None if pool is None else draw(_s.maybe(pool))


def work_evaluations(
    *,
    ids: Ids = None,
    unit: Ids = None,
    project: Ids = None,
    deputy: Ids = None,
    activity: Ids = None,
    session: Ids = None,
    suggestion: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[Evaluation]:
    """Evaluations of any subject kind, held within an activity, at a session, or neither.

    A subject is drawn from ``unit`` (a department, outside body or
    collective), ``project`` or ``deputy`` by its kind; an empty list leaves it
    to ``subject_name``.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    units = _s.ref(unit, "unit", "u")
    pools = {
        SubjectKind.DEPARTMENT: units,
        SubjectKind.OUTSIDE_BODY: units,
        SubjectKind.COLLECTIVE: units,
        SubjectKind.PROJECT: _s.ref(project, "project", "p"),
        SubjectKind.DEPUTY: _s.ref(deputy, "deputy", "d"),
    }
    return _evaluations(
        _s.required(_s.ref(ids, "ids", "e"), "ids"),
        pools,
        _s.ref(activity, "activity", "a"),
        _s.ref(session, "session", "m"),
        _s.as_arg(units),
        _s.as_arg(_s.ref(suggestion, "suggestion", "s")),
        lo,
        hi,
    )


@st.composite
def _evaluations(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    pools: dict[SubjectKind, Any],
    activity: SearchStrategy[str] | None,
    session: SearchStrategy[str] | None,
    units: Any,
    suggestion: Any,
    lo: dt.date,
    hi: dt.date,
) -> Evaluation:
    kind = draw(st.sampled_from(SubjectKind))
    on = draw(st.dates(lo, hi))
    if draw(st.booleans()):
        on = When.of_month(on.year, on.month)
    venue = draw(st.sampled_from(["activity", "session", "none"]))
    found = draw(st.lists(findings(unit=units, min_date=lo, max_date=hi), max_size=3))
    done = sum(1 for f in found if f.corrected_on is not None)
    found_reported = draw(_s.maybe(st.integers(len(found), len(found) + 20).map(Count)))
    found_total = found_reported.value if found_reported is not None else len(found)
    rectified = draw(_s.maybe(st.integers(done, max(done, found_total)).map(Count)))
    reported = draw(_s.maybe(st.integers(0, 99).map(Count)))
    score = draw(_s.maybe(st.integers(0, 1000).map(lambda n: n / 10)))
    return Evaluation(
        id=draw(ids),
        subject_kind=kind,
        subject=_subject(draw, kind, pools),
        subject_name=draw(_s.maybe(_text)),
        title=draw(_text),
        on=on,
        activity=draw(_s.maybe(activity)) if venue == "activity" else None,
        session=draw(_s.maybe(session)) if venue == "session" else None,
        evaluators_reported=reported,
        issues_raised=draw(_s.maybe(st.integers(0, 50).map(Count))),
        issues_raised_items=tuple(draw(st.lists(_text, max_size=2))),
        findings=tuple(found),
        issues_found=found_reported,
        rectified=rectified,
        ratings=_rating_sets(draw),
        score=score,
        score_out_of=100.0 if score is not None and draw(st.booleans()) else None,
        sent_to=tuple(draw(st.lists(_text, max_size=2))),
        voters_present=draw(_s.maybe(st.integers(0, 300).map(Count)))
        if kind is SubjectKind.DEPUTY
        else None,
        opinions=tuple(draw(st.lists(opinions(suggestion=suggestion), max_size=2)))
        if kind is SubjectKind.DEPUTY
        else (),
        **several(draw, kind, on, lo),
    )


def handling_reports(
    *,
    ids: Ids = None,
    session: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[HandlingReport]:
    """Handling reports with totals only, whose parts never count more than their items.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    return _handling_reports(
        _s.required(_s.ref(ids, "ids", "h"), "ids"), _s.ref(session, "session", "m"), lo, hi
    )


def _parts(draw: st.DrawFn, cls: Any, make: Any, most: int) -> tuple[Any, ...]:
    members = draw(st.lists(st.sampled_from(cls), unique=True, max_size=len(cls)))
    shares = _s.split(draw, most, len(members))
    return tuple(make(m, Count(n)) for m, n in zip(members, shares, strict=True))


def _topic_parts(draw: st.DrawFn, most: int) -> tuple[TopicCount, ...]:
    """Counts per area adding up to at most ``most`` (an item in one area each)."""
    topics = draw(st.lists(_text, unique=True, max_size=3))
    shares = _s.split(draw, most, len(topics))
    return tuple(TopicCount(topic=t, count=Count(n)) for t, n in zip(topics, shares, strict=True))


@st.composite
def _handling_reports(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    session: SearchStrategy[str] | None,
    lo: dt.date,
    hi: dt.date,
) -> HandlingReport:
    on = draw(st.dates(lo, hi))
    covers: dt.date = When.of_year(on.year) if draw(st.booleans()) else on
    items = draw(st.integers(0, 120))
    pooled = draw(st.booleans())
    by_kind = (
        ()
        if pooled
        else _parts(draw, SuggestionKind, lambda k, c: KindCount(kind=k, count=c), items)
    )
    total = items if pooled else sum(k.count.value for k in by_kind)
    replied = draw(_s.maybe(st.integers(0, total)))
    reasons = draw(st.lists(st.sampled_from(NonResolutionReason), unique=True, max_size=2))
    rated = _parts(draw, Satisfaction, lambda k, c: Rating(level=k, count=c), total)
    pooled_satisfied = draw(_s.maybe(st.integers(0, total).map(Count)))
    # A stated percentage only where the report's counts do not give the same measure
    # (else it would have to agree with them, or check warns: stated_rate_differs).
    counted = {RateMeasure.COMPLETION} if replied is not None else set()
    if rated or pooled_satisfied is not None:
        counted.add(RateMeasure.SATISFACTION)
    free = [m for m in RateMeasure if m not in counted]
    rates = draw(st.lists(stated_rates(measures=st.sampled_from(free)), max_size=2))
    return HandlingReport(
        id=draw(ids),
        title=draw(_text),
        on=on,
        covers=covers,
        session=draw(_s.maybe(session)),
        channel=draw(_s.maybe(st.sampled_from(CHANNELS))),
        items=Count(items) if pooled else None,
        by_kind=by_kind,
        units=draw(_s.maybe(st.integers(0, 30).map(Count))),
        replied=None if replied is None else Count(replied),
        replied_on_time=None
        if replied is None
        else draw(_s.maybe(st.integers(0, replied).map(Count))),
        outcomes=_parts(draw, Outcome, lambda o, c: OutcomeCount(outcome=o, count=c), total),
        ratings=rated,
        satisfied_or_basically=pooled_satisfied,
        rates=tuple(rates),
        implementation=_parts(
            draw, Implementation, lambda s, c: ImplementationCount(status=s, count=c), total
        ),
        reasons=tuple(
            ReasonCount(
                reason=r,
                count=draw(_s.maybe(st.integers(0, total).map(Count))),
                text=draw(_text) if r is NonResolutionReason.OTHER else draw(_s.maybe(_text)),
            )
            for r in reasons
        ),
        topics=tuple(draw(st.lists(_text, unique=True, max_size=3))),
        topics_incomplete=draw(st.booleans()),
        by_topic=_topic_parts(draw, total),
        responsible=tuple(draw(st.lists(_text, unique=True, max_size=2))),
        measures=tuple(draw(st.lists(st.sampled_from(HandlingMeasure), unique=True, max_size=4))),
    )
