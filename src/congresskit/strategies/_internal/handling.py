"""Strategies for suggestions and legal sequences of their handling events.

The walk in :func:`event_sequences` knows the workflow's order (see
:mod:`congresskit.records.suggestions`); at each step it picks among the steps allowed
from the current status only those after which the drawn length can still be
reached, so it never has to reject a draw.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple, TypeAlias

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records.enums import (
    Outcome,
    ReviewDecision,
    Status,
    SuggestionKind,
)
from congresskit.records.suggestions import (
    Assigned,
    Closed,
    Corrected,
    Evaluated,
    Event,
    Extended,
    FollowUp,
    HoldingReply,
    MarkedDuplicate,
    Rehandled,
    Replied,
    Returned,
    Reviewed,
    Suggestion,
    Withdrawn,
)
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Choice, Ids
from congresskit.strategies._internal.events import (
    _assignment,
    _correction,
    _evaluation,
    _follow_up,
    _reply,
    _return,
    _review,
)
from congresskit.strategies._internal.work import CHANNELS

__all__ = [
    "event_sequences",
    "suggestions",
]

_text = _s.texts()


# How many more events can follow a status, at most; the walk picks only steps
# after which the drawn length is still reachable.
_UNLIMITED = 1 << 30


def _room(status: Status, dissatisfied: bool, followable: bool, can_assign: bool) -> int:
    if status in (Status.ASSIGNED, Status.REPLIED, Status.REHANDLING):
        return _UNLIMITED  # holding replies, corrections, re-handling ...
    if status in (Status.RAISED, Status.RETURNED):
        return _UNLIMITED if can_assign else 2  # review (not accepted), close
    if status is Status.ACCEPTED:
        return _UNLIMITED if can_assign else 1  # withdraw
    if status is Status.EVALUATED:
        return _UNLIMITED if dissatisfied or followable else 1
    if status is Status.CLOSED:
        return _UNLIMITED if followable else 0  # follow-up replies
    if status in (Status.MERGED, Status.NOT_ACCEPTED, Status.DUPLICATE):
        return 1
    return 0  # withdrawn


# A step: the event class, the status after it, and the review decision or
# (for an evaluation) whether it is dissatisfied.
_Step: TypeAlias = tuple[type[Any], Status, Any]

_STEPS: dict[Status, list[_Step]] = {
    Status.RAISED: [
        (Assigned, Status.ASSIGNED, None),
        (Reviewed, Status.ACCEPTED, ReviewDecision.ACCEPTED),
        (Reviewed, Status.NOT_ACCEPTED, ReviewDecision.NOT_ACCEPTED),
        (Reviewed, Status.MERGED, ReviewDecision.MERGED),
        (MarkedDuplicate, Status.DUPLICATE, None),
        (Withdrawn, Status.WITHDRAWN, None),
    ],
    Status.ACCEPTED: [(Assigned, Status.ASSIGNED, None), (Withdrawn, Status.WITHDRAWN, None)],
    Status.MERGED: [(Closed, Status.CLOSED, None)],
    Status.NOT_ACCEPTED: [(Closed, Status.CLOSED, None)],
    Status.DUPLICATE: [(Closed, Status.CLOSED, None)],
    Status.ASSIGNED: [
        (Replied, Status.REPLIED, None),
        (Extended, Status.ASSIGNED, None),
        (HoldingReply, Status.ASSIGNED, None),
        (Returned, Status.RETURNED, None),
        (Withdrawn, Status.WITHDRAWN, None),
    ],
    Status.RETURNED: [
        (Assigned, Status.ASSIGNED, None),
        (Withdrawn, Status.WITHDRAWN, None),
        (Closed, Status.CLOSED, None),
    ],
    Status.REPLIED: [
        (Closed, Status.CLOSED, None),
        (Evaluated, Status.EVALUATED, False),
        (Evaluated, Status.EVALUATED, True),
        (Corrected, Status.REPLIED, None),
        (FollowUp, Status.REPLIED, None),
    ],
    Status.EVALUATED: [
        (Closed, Status.CLOSED, None),
        (Rehandled, Status.REHANDLING, None),
        (FollowUp, Status.EVALUATED, None),
    ],
    Status.REHANDLING: [(Replied, Status.REPLIED, None), (HoldingReply, Status.REHANDLING, None)],
    Status.CLOSED: [(FollowUp, Status.CLOSED, None)],
    Status.WITHDRAWN: [],
}
_FOLLOWED_UP = (Outcome.B, Outcome.C)
_USUAL = (Reviewed, Assigned, Extended, Replied, Evaluated, Rehandled, Closed)


class _Walked:
    """What the workflow's conditions need to know of the steps drawn so far."""

    def __init__(self) -> None:
        self.extended = self.dissatisfied = False
        self.outcome: Outcome | None = None

    def note(self, event: Event) -> None:
        if isinstance(event, (Assigned, Rehandled)):
            self.extended = False
        elif isinstance(event, Extended):
            self.extended = True
        elif isinstance(event, Evaluated):
            self.dissatisfied = event.dissatisfied
        elif isinstance(event, (Replied, Corrected)):
            self.outcome = event.outcome


def _allowed(status: Status, walked: _Walked, can_assign: bool, can_merge: bool) -> list[_Step]:
    return [
        (cls, after, extra)
        for cls, after, extra in _STEPS[status]
        if not (
            (cls is Assigned and not can_assign)
            or ((extra is ReviewDecision.MERGED or cls is MarkedDuplicate) and not can_merge)
            or (cls is Extended and walked.extended)
            or (cls is Rehandled and not walked.dissatisfied)
            or (cls is FollowUp and walked.outcome not in _FOLLOWED_UP)
        )
    ]


def _longest(units: SearchStrategy[str] | None) -> int:
    """The most events a suggestion can have (without units it is never assigned)."""
    return _room(Status.RAISED, False, False, units is not None)


def _after_room(
    cls: type[Any], after: Status, extra: Any, walked: _Walked, can_assign: bool
) -> int:
    dissatisfied = extra is True if cls is Evaluated else walked.dissatisfied
    # A reply or a correction may be of class B or C, so allows follow-ups.
    followable = cls in (Replied, Corrected) or walked.outcome in _FOLLOWED_UP
    return _room(after, dissatisfied, followable, can_assign)


def _walk(
    draw: st.DrawFn,
    raised_on: dt.date,
    units: SearchStrategy[str] | None,
    merged_into: SearchStrategy[str] | None,
    length: int,
    max_gap: int,
) -> tuple[Event, ...]:
    can_assign = units is not None
    events: list[Event] = []
    status, day, walked = Status.RAISED, raised_on, _Walked()
    for i in range(length):
        left = length - i - 1
        steps = [
            (cls, after, extra)
            for cls, after, extra in _allowed(status, walked, can_assign, merged_into is not None)
            if _after_room(cls, after, extra, walked, can_assign) >= left
        ]
        # The usual steps three times in four, so that long classic paths (a
        # dissatisfied evaluation, then re-handling) stay as common as before.
        usual = [step for step in steps if step[0] in _USUAL]
        rare = draw(st.integers(0, 3)) == 0
        if usual and not rare:
            steps = usual
        cls, after, extra = draw(st.sampled_from(steps))
        day = day + dt.timedelta(days=draw(st.integers(0, max_gap)))
        event: Event
        if cls is Reviewed:
            event = _review(draw, day, extra, merged_into)
        elif cls is Assigned:
            assert units is not None  # _allowed offers no assignment without units
            event = _assignment(draw, day, units, 2)
        elif cls is Replied:
            event = _reply(draw, day, units)
        elif cls is Corrected:
            event = _correction(draw, day)
        elif cls is Evaluated:
            event = _evaluation(draw, day, extra)
        elif cls is Returned:
            event = _return(draw, day, units)
        elif cls is MarkedDuplicate:
            assert merged_into is not None
            event = MarkedDuplicate(on=day, of=draw(merged_into))
        elif cls is FollowUp:
            event = _follow_up(draw, day)
        else:
            event = cls(on=day, note=draw(_s.maybe(_text)))
        events.append(event)
        status = after
        walked.note(event)
    return tuple(events)


def _check_walk(units: SearchStrategy[str] | None, min_size: int) -> None:
    if min_size > _longest(units):
        msg = (
            f"min_size={min_size}: without handling units to assign to, a suggestion "
            "has at most 2 events (reviewed, closed)"
        )
        raise InvalidArgument(msg)


def event_sequences(
    *,
    raised_on: dt.date,
    units: Ids = None,
    merged_into: Ids = None,
    min_size: int = 0,
    max_size: int = 6,
    max_gap: int = 60,
) -> SearchStrategy[tuple[Event, ...]]:
    """Legal sequences of handling events for a suggestion raised on ``raised_on``.

    Every sequence is accepted by :class:`~congresskit.Suggestion`: each step
    is allowed from the status the previous ones lead to, and dates never go
    backwards. It may stop in any status.

    Args:
        raised_on: the day the suggestion was raised; no event precedes it.
        units: the ids of handling units for assignments and replies; an empty
            list allows no assignment (so at most 2 events).
        merged_into: the ids a review may merge the suggestion into; an empty
            list allows no merge.
        min_size, max_size: how many events.
        max_gap: the most days between one event and the next.

    Raises:
        InvalidArgument: bad sizes or references, or ``min_size`` cannot be
            reached without units.
    """
    day = _s.check_date(raised_on, "raised_on")
    lo, hi = _s.check_size(min_size, max_size)
    gap = _s.check_int(max_gap, "max_gap")
    units_ = _s.ref(units, "units", "u")
    merged_ = _s.ref(merged_into, "merged_into", "s")
    _check_walk(units_, lo)
    return _event_sequences(day, units_, merged_, (lo, hi), gap)


@st.composite
def _event_sequences(
    draw: st.DrawFn,
    day: dt.date,
    units: SearchStrategy[str] | None,
    merged_into: SearchStrategy[str] | None,
    size: tuple[int, int],
    gap: int,
) -> tuple[Event, ...]:
    length = draw(st.integers(size[0], min(size[1], _longest(units))))
    return _walk(draw, day, units, merged_into, length, gap)


def suggestions(
    *,
    ids: Ids = None,
    kinds: Choice[SuggestionKind] = None,
    lead: Ids = None,
    cosigners: Ids = None,
    session: Ids = None,
    units: Ids = None,
    merged_into: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    min_cosigners: int = 0,
    max_cosigners: int = 4,
    min_events: int = 0,
    max_events: int = 6,
    numbers: SearchStrategy[int | None] | None = None,
    unstated_leads: bool = True,
) -> SearchStrategy[Suggestion]:
    """Suggestions raised between ``min_date`` and ``max_date``, with legal handling events.

    Co-signers are distinct and never the lead, so nobody signs twice; a
    review never merges a suggestion into itself. Some leave their lead
    deputy unstated (and then name no co-signers), and some carry a number.

    Args:
        ids: the suggestions' ids.
        kinds: a strategy or list of :class:`~congresskit.SuggestionKind`.
        lead, cosigners: the deputies who raise and co-sign.
        session: the session it is raised at, if any (an empty list: always
            between sessions).
        units, merged_into: as for :func:`event_sequences`.
        min_cosigners, max_cosigners: how many co-signers.
        min_events, max_events: how many handling events.
        numbers: their numbers (default: ``None`` or 1 to 999), not made unique
            here (:func:`record_sets` makes them unique within each session).
        unstated_leads: whether some leave their lead deputy unstated.

    Raises:
        InvalidArgument: bad sizes, bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    ids_ = _s.required(_s.ref(ids, "ids", "s"), "ids")
    kinds_ = _s.choice(kinds, SuggestionKind, "kinds")
    lead_ = _s.required(_s.ref(lead, "lead", "d"), "lead")
    cosigners_ = _s.ref(cosigners, "cosigners", "d")
    session_ = _s.ref(session, "session", "m")
    units_ = _s.ref(units, "units", "u")
    merged_ = _s.ref(merged_into, "merged_into", "s")
    few, many = _s.check_size(min_cosigners, max_cosigners, ("min_cosigners", "max_cosigners"))
    if few and cosigners_ is None:
        msg = f"min_cosigners={few}, but cosigners is empty"
        raise InvalidArgument(msg)
    least, most = _s.check_size(min_events, max_events, ("min_events", "max_events"))
    _check_walk(units_, least)
    if numbers is None:
        numbers = st.none() | st.integers(1, 999)
    elif not isinstance(numbers, SearchStrategy):
        msg = f"numbers={numbers!r} must be a strategy of ints (or None)"
        raise InvalidArgument(msg)
    refs = _SuggestionRefs(
        ids_, kinds_, lead_, cosigners_, session_, units_, merged_, numbers, unstated_leads
    )
    return _s.stamped(_suggestions(refs, (lo, hi), (few, many), (least, most)))


class _SuggestionRefs(NamedTuple):
    ids: SearchStrategy[str]
    kinds: SearchStrategy[SuggestionKind]
    lead: SearchStrategy[str]
    cosigners: SearchStrategy[str] | None
    session: SearchStrategy[str] | None
    units: SearchStrategy[str] | None
    merged_into: SearchStrategy[str] | None
    numbers: SearchStrategy[int | None]
    unstated: bool


@st.composite
def _suggestions(
    draw: st.DrawFn,
    refs: _SuggestionRefs,
    dates: tuple[dt.date, dt.date],
    cosigners: tuple[int, int],
    events: tuple[int, int],
) -> Suggestion:
    sid, first = draw(refs.ids), draw(refs.lead)
    raised_on = draw(st.dates(*dates))
    merge = refs.merged_into
    others = None if merge is None else merge.filter(lambda m: m != sid)
    length = draw(st.integers(events[0], min(events[1], _longest(refs.units))))
    result = Suggestion(
        id=sid,
        kind=draw(refs.kinds),
        title=draw(_text),
        lead=first,
        raised_on=raised_on,
        cosigners=_s.unique(draw, refs.cosigners, *cosigners, exclude=first),
        session=draw(_s.maybe(refs.session)),
        content=draw(_s.maybe(_text)),
        category=draw(_s.maybe(_text)),
        channel=draw(_s.maybe(st.sampled_from(CHANNELS))),
        events=_walk(draw, raised_on, refs.units, others, length, 60),
    )
    # Drawn last, so the draws before stay as they were; an unstated lead has no co-signers.
    unstated = refs.unstated and cosigners[0] == 0 and draw(st.integers(0, 3)) == 0
    number = draw(refs.numbers)
    if unstated:
        return attrs.evolve(result, lead=None, cosigners=(), number=number)
    return result if number is None else attrs.evolve(result, number=number)
