"""Strategies for single handling events, from review to closing.

The private helpers that draw one event are shared with the walk in
:mod:`congresskit.strategies._internal.handling`, so a single event and one inside a
legal sequence are drawn alike.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records.enums import (
    Implementation,
    NonResolutionReason,
    Outcome,
    ReviewDecision,
    Satisfaction,
)
from congresskit.records.suggestions import (
    Assigned,
    Closed,
    Corrected,
    Evaluated,
    Extended,
    FollowUp,
    HoldingReply,
    MarkedDuplicate,
    Rehandled,
    Replied,
    Returned,
    Reviewed,
    Withdrawn,
)
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids

__all__ = [
    "assignments",
    "closings",
    "corrections",
    "duplicate_markings",
    "evaluations",
    "extensions",
    "follow_ups",
    "holding_replies",
    "rehandlings",
    "replies",
    "returns",
    "reviews",
    "withdrawals",
]

_text = _s.texts()


def _satisfaction(dissatisfied: bool) -> SearchStrategy[Satisfaction]:
    if dissatisfied:
        return st.just(Satisfaction.DISSATISFIED)
    return st.sampled_from([s for s in Satisfaction if s is not Satisfaction.DISSATISFIED])


def _evaluation(draw: st.DrawFn, on: dt.date, dissatisfied: bool | None) -> Evaluated:
    if dissatisfied is None:
        dissatisfied = draw(st.booleans())
    fine = _satisfaction(False)
    if not dissatisfied:
        return Evaluated(on=on, handling=draw(fine), result=draw(_s.maybe(fine)))
    if draw(st.booleans()):
        anything = _s.maybe(st.sampled_from(Satisfaction))
        return Evaluated(on=on, handling=Satisfaction.DISSATISFIED, result=draw(anything))
    return Evaluated(on=on, handling=draw(fine), result=Satisfaction.DISSATISFIED)


def _assignment(
    draw: st.DrawFn, on: dt.date, units: SearchStrategy[str], max_assisting: int
) -> Assigned:
    lead = draw(units)
    assisting = _s.unique(draw, units, 0, max_assisting, exclude=lead)
    return Assigned(on=on, lead_unit=lead, assisting_units=assisting)


def _review(
    draw: st.DrawFn, on: dt.date, decision: ReviewDecision, merged_into: SearchStrategy[str] | None
) -> Reviewed:
    target = None
    if decision is ReviewDecision.MERGED:
        target = draw(_s.required(merged_into, "merged_into"))
    return Reviewed(on=on, decision=decision, merged_into=target, note=draw(_s.maybe(_text)))


def _reply(draw: st.DrawFn, on: dt.date, unit: SearchStrategy[str] | None) -> Replied:
    reasons = tuple(draw(st.lists(st.sampled_from(NonResolutionReason), unique=True, max_size=2)))
    other = NonResolutionReason.OTHER in reasons
    return Replied(
        on=on,
        outcome=draw(st.sampled_from(Outcome)),
        unit=draw(_s.maybe(unit)),
        summary=draw(_s.maybe(_text)),
        implementation=draw(_s.maybe(st.sampled_from(Implementation))),
        reasons=reasons,
        reason_text=draw(_text) if other else draw(_s.maybe(_text)),
        artefact=draw(_s.maybe(_text)),
        explained=draw(st.booleans()),
    )


def _return(draw: st.DrawFn, on: dt.date, unit: SearchStrategy[str] | None) -> Returned:
    return Returned(on=on, reason=draw(_text), unit=draw(_s.maybe(unit)))


def _follow_up(draw: st.DrawFn, on: dt.date) -> FollowUp:
    return FollowUp(
        on=on,
        implementation=draw(_s.maybe(st.sampled_from(Implementation))),
        summary=draw(_s.maybe(_text)),
        artefact=draw(_s.maybe(_text)),
    )


def _correction(draw: st.DrawFn, on: dt.date) -> Corrected:
    return Corrected(
        on=on,
        outcome=draw(st.sampled_from(Outcome)),
        summary=draw(_s.maybe(_text)),
        note=draw(_s.maybe(_text)),
    )


def _event_dates(min_date: dt.date, max_date: dt.date) -> SearchStrategy[dt.date]:
    return st.dates(*_s.check_dates(min_date, max_date))


def reviews(
    *, merged_into: Ids = None, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Reviewed]:
    """Reviews of any decision; a merge names one of ``merged_into`` (none if it is empty).

    Raises:
        InvalidArgument: bad bounds or references.
    """
    dates = _event_dates(min_date, max_date)
    merged_ = _s.ref(merged_into, "merged_into", "s")
    decisions = [d for d in ReviewDecision if merged_ is not None or d is not ReviewDecision.MERGED]
    return _reviews(dates, st.sampled_from(decisions), merged_)


@st.composite
def _reviews(
    draw: st.DrawFn,
    dates: SearchStrategy[dt.date],
    decisions: SearchStrategy[ReviewDecision],
    merged_into: SearchStrategy[str] | None,
) -> Reviewed:
    return _review(draw, draw(dates), draw(decisions), merged_into)


def assignments(
    *,
    units: Ids = None,
    max_assisting: int = 3,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[Assigned]:
    """Assignments to a lead unit and up to ``max_assisting`` other units.

    Raises:
        InvalidArgument: bad bounds, or ``units`` is empty.
    """
    dates = _event_dates(min_date, max_date)
    units_ = _s.required(_s.ref(units, "units", "u"), "units")
    return _assignments(dates, units_, _s.check_int(max_assisting, "max_assisting"))


@st.composite
def _assignments(
    draw: st.DrawFn, dates: SearchStrategy[dt.date], units: SearchStrategy[str], most: int
) -> Assigned:
    return _assignment(draw, draw(dates), units, most)


def extensions(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Extended]:
    """Extensions of a reply deadline.

    Raises:
        InvalidArgument: bad bounds.
    """
    return st.builds(Extended, on=_event_dates(min_date, max_date), note=_s.maybe(_text))


def replies(
    *, unit: Ids = None, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Replied]:
    """Replies of any outcome, sometimes naming the replying ``unit``.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    dates = _event_dates(min_date, max_date)
    return _replies(dates, _s.ref(unit, "unit", "u"))


@st.composite
def _replies(
    draw: st.DrawFn, dates: SearchStrategy[dt.date], unit: SearchStrategy[str] | None
) -> Replied:
    return _reply(draw, draw(dates), unit)


def evaluations(
    *,
    dissatisfied: bool | None = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[Evaluated]:
    """Evaluations; dissatisfied in either rating exactly when ``dissatisfied`` (any if None).

    Raises:
        InvalidArgument: bad bounds, or ``dissatisfied`` is not a bool or None.
    """
    dates = _event_dates(min_date, max_date)
    if dissatisfied is not None and not isinstance(dissatisfied, bool):
        msg = f"dissatisfied={dissatisfied!r} must be True, False or None"
        raise InvalidArgument(msg)
    return _evaluations(dates, dissatisfied)


@st.composite
def _evaluations(
    draw: st.DrawFn, dates: SearchStrategy[dt.date], dissatisfied: bool | None
) -> Evaluated:
    return _evaluation(draw, draw(dates), dissatisfied)


def rehandlings(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Rehandled]:
    """Re-handling requests.

    Raises:
        InvalidArgument: bad bounds.
    """
    return st.builds(Rehandled, on=_event_dates(min_date, max_date), note=_s.maybe(_text))


def closings(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Closed]:
    """Closings of a suggestion's handling.

    Raises:
        InvalidArgument: bad bounds.
    """
    return st.builds(Closed, on=_event_dates(min_date, max_date), note=_s.maybe(_text))


def returns(
    *, unit: Ids = None, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Returned]:
    """Returns to the presidium, with a reason, sometimes naming the returning ``unit``.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    dates = _event_dates(min_date, max_date)
    return _returns(dates, _s.ref(unit, "unit", "u"))


@st.composite
def _returns(
    draw: st.DrawFn, dates: SearchStrategy[dt.date], unit: SearchStrategy[str] | None
) -> Returned:
    return _return(draw, draw(dates), unit)


def withdrawals(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Withdrawn]:
    """Withdrawals by the deputy.

    Raises:
        InvalidArgument: bad bounds.
    """
    return st.builds(Withdrawn, on=_event_dates(min_date, max_date), note=_s.maybe(_text))


def duplicate_markings(
    *, of: Ids = None, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[MarkedDuplicate]:
    """Markings as a duplicate of one of ``of``.

    Raises:
        InvalidArgument: bad bounds, or ``of`` is empty.
    """
    of_ = _s.required(_s.ref(of, "of", "s"), "of")
    return st.builds(
        MarkedDuplicate, on=_event_dates(min_date, max_date), of=of_, note=_s.maybe(_text)
    )


def holding_replies(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[HoldingReply]:
    """Holding replies (the reply deadline runs on).

    Raises:
        InvalidArgument: bad bounds.
    """
    return st.builds(HoldingReply, on=_event_dates(min_date, max_date), note=_s.maybe(_text))


def follow_ups(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[FollowUp]:
    """Follow-up replies, sometimes with an implementation status.

    Raises:
        InvalidArgument: bad bounds.
    """
    dates = _event_dates(min_date, max_date)
    return st.composite(lambda draw: _follow_up(draw, draw(dates)))()


def corrections(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Corrected]:
    """Corrected replies of any class.

    Raises:
        InvalidArgument: bad bounds.
    """
    dates = _event_dates(min_date, max_date)
    return st.composite(lambda draw: _correction(draw, draw(dates)))()
