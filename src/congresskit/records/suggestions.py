"""Suggestions (议案、建议、批评和意见) and their handling workflow.

A suggestion's status is never stored: it is derived from its ordered events.
The legal order is::

    raised ─┬─ reviewed ─┬─ accepted ─ assigned ...
            │            ├─ merged ──────────────────────────── closed
            │            └─ not accepted ────────────────────── closed
            └─ assigned ─ (extended) ─ replied ─┬─ evaluated ─┬─ closed
                                                │             └─ re-handled ─ replied ...
                                                └─ closed

(re-handling follows only a dissatisfied evaluation). Besides: an assigned
suggestion may be returned to the presidium by its unit and assigned again; one
not yet replied to may be withdrawn; the presidium may mark one a duplicate, then
close it; a holding reply leaves the deadline running; a reply may be corrected
(the original stays) and, for class B or C, followed up, even after closing. The
full table is :data:`TRANSITIONS`. Dates never go backwards,
and :meth:`Suggestion.add` returns a new suggestion or raises
:class:`~congresskit.WorkflowError` naming the step.

>>> import datetime as dt
>>> from congresskit import Satisfaction
>>> s = Suggestion(id="s1", kind=SuggestionKind.SUGGESTION, title="整治场镇车辆乱停",
...                lead="d01", raised_on=dt.date(2020, 1, 13))
>>> s = s.add(Assigned(on=dt.date(2020, 1, 20), lead_unit="police"))
>>> s.status.value, s.due_date().isoformat()
('assigned', '2020-04-20')
>>> s.add(Evaluated(on=dt.date(2020, 2, 1), handling=Satisfaction.SATISFIED))
Traceback (most recent call last):
...
congresskit.errors.WorkflowError: suggestion 's1' events[1]: cannot apply 'evaluated' ...
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from congresskit.errors import FieldError, WorkflowError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.dates import earliest, latest
from congresskit.records.enums import (
    Implementation,
    Outcome,
    ReviewDecision,
    Status,
    SuggestionKind,
)
from congresskit.records.events import (
    EVENT_CLASSES,
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
    Withdrawn,
)
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.rounds import HandlingRound

__all__ = [
    "Assigned",
    "Closed",
    "Corrected",
    "Evaluated",
    "Event",
    "Extended",
    "FollowUp",
    "HandlingRound",
    "HoldingReply",
    "MarkedDuplicate",
    "Rehandled",
    "Replied",
    "Returned",
    "Reviewed",
    "Suggestion",
    "Withdrawn",
]


_DECIDED = {
    ReviewDecision.ACCEPTED: Status.ACCEPTED,
    ReviewDecision.MERGED: Status.MERGED,
    ReviewDecision.NOT_ACCEPTED: Status.NOT_ACCEPTED,
}

#: The steps allowed from each status, and the status each leads to (``None``:
#: the same status, or for a review, the status its decision names). Some steps
#: have a further condition, checked in :func:`_step`.
TRANSITIONS: dict[Status, dict[type[Any], Status | None]] = {
    # A reply or a closure may come without a recorded assignment: sources often
    # report the reply and leave the handling unit unstated.
    Status.RAISED: {
        Reviewed: None,
        Assigned: Status.ASSIGNED,
        Replied: Status.REPLIED,
        MarkedDuplicate: Status.DUPLICATE,
        Withdrawn: Status.WITHDRAWN,
        Closed: Status.CLOSED,
    },
    Status.ACCEPTED: {
        Assigned: Status.ASSIGNED,
        Replied: Status.REPLIED,
        MarkedDuplicate: Status.DUPLICATE,
        Withdrawn: Status.WITHDRAWN,
        Closed: Status.CLOSED,
    },
    Status.MERGED: {Closed: Status.CLOSED},
    Status.NOT_ACCEPTED: {Closed: Status.CLOSED},
    Status.DUPLICATE: {Closed: Status.CLOSED},
    Status.ASSIGNED: {
        Extended: Status.ASSIGNED,
        HoldingReply: None,
        Replied: Status.REPLIED,
        Returned: Status.RETURNED,
        Withdrawn: Status.WITHDRAWN,
    },
    Status.RETURNED: {
        Assigned: Status.ASSIGNED,
        Withdrawn: Status.WITHDRAWN,
        Closed: Status.CLOSED,
    },
    Status.REPLIED: {
        Evaluated: Status.EVALUATED,
        Corrected: None,
        FollowUp: None,
        Closed: Status.CLOSED,
    },
    Status.EVALUATED: {Rehandled: Status.REHANDLING, FollowUp: None, Closed: Status.CLOSED},
    Status.REHANDLING: {HoldingReply: None, Replied: Status.REPLIED},
    Status.CLOSED: {FollowUp: None},
    Status.WITHDRAWN: {},
}

#: The classes a follow-up reply may follow.
_FOLLOWED_UP = (Outcome.B, Outcome.C)


class _Walk:
    """What the workflow's conditions need to know of the steps so far."""

    __slots__ = ("dissatisfied", "extended", "outcome")

    def __init__(self) -> None:
        self.extended = False  # the deadline was extended in this handling round
        self.dissatisfied = False  # the latest evaluation is dissatisfied
        self.outcome: Outcome | None = None  # the latest reply's class, corrections included

    def note(self, event: Event) -> None:
        if isinstance(event, (Assigned, Rehandled)):
            self.extended = False
        elif isinstance(event, Extended):
            self.extended = True
        elif isinstance(event, Evaluated):
            self.dissatisfied = event.dissatisfied
        elif isinstance(event, (Replied, Corrected)):
            self.outcome = event.outcome


def _step(status: Status, event: Event, walk: _Walk) -> Status | str:
    """The status after ``event``, or the reason the step is illegal."""
    allowed = TRANSITIONS[status]
    if type(event) not in allowed:
        steps = ", ".join(repr(t.step) for t in allowed)
        return f"allowed steps are {steps}" if steps else f"none is allowed (it is {status.value})"
    if isinstance(event, Reviewed):
        return _DECIDED[event.decision]
    if isinstance(event, Extended) and walk.extended:
        return "the deadline was already extended in this handling round"
    if isinstance(event, Rehandled) and not walk.dissatisfied:
        return "re-handling follows only a dissatisfied evaluation"
    if isinstance(event, FollowUp) and walk.outcome not in _FOLLOWED_UP:
        return "a follow-up reply follows only a class B or C reply"
    result = allowed[type(event)]
    return status if result is None else result


@attrs.frozen(kw_only=True)
class Suggestion(Record):
    """A motion, suggestion, criticism or opinion raised by a lead deputy.

    Attributes:
        kind: motion (议案) or suggestion, criticism, opinion.
        title: its title.
        lead: the id of the lead deputy (领衔), or ``None`` when the source does
            not say who raised it (a handling check that names suggestions by
            number): it then counts for no deputy, never for a guessed one.
        cosigners: the ids of co-signing deputies (附议/联名), in order. They
            need a lead: a source that names joint signers without saying who
            led cannot tell the lead from the co-signers, so such a record
            leaves both unset and names the signers in its note.
        number: the number the congress gave it (建议编号, 第16号), if stated;
            unique within a session among its motions, and among its other
            suggestions (motions and suggestions are numbered apart).
        raised_on: the day it was raised.
        session: the id of the session it was raised at, or ``None`` if it was
            raised between sessions.
        content: the full text, if recorded.
        category: a subject category, e.g. ``"交通"`` (free text: places differ).
        channel: the continuous channel it was raised through, outside
            sessions (e.g. a monthly "民情直通车"), by name, if any.
        events: the handling events, in order. The status is derived from them.
    """

    kind: SuggestionKind = attrs.field(validator=v.member_of(SuggestionKind))
    title: str = attrs.field(validator=v.text)
    lead: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    raised_on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    cosigners: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier)
    )
    number: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    session: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    content: str | None = attrs.field(default=None, validator=v.optional(v.text))
    category: str | None = attrs.field(default=None, validator=v.optional(v.text))
    channel: str | None = attrs.field(default=None, validator=v.optional(v.text))
    events: tuple[Event, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(EVENT_CLASSES, "a handling event")),
    )
    _status: Status = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.lead is None and self.cosigners:
            raise FieldError(
                "Suggestion",
                "lead, cosigners",
                self.cosigners,
                "required",
                "co-signers are named but the lead deputy is not; name the lead, or leave "
                "both out and name the signers in the note",
            )
        status = Status.RAISED
        # The latest "earliest day" so far: with vague dates (When), a step is
        # out of order only when it is certainly before some earlier step.
        floor, floor_day, floor_what = earliest(self.raised_on), self.raised_on, None
        walk = _Walk()
        for i, event in enumerate(self.events):
            if latest(event.on) < floor:
                what = "the day it was raised" if floor_what is None else f"{floor_what!r}"
                raise WorkflowError(
                    self.id,
                    status.value,
                    event.step,
                    f"dated {event.on}, before {what} on {floor_day}; dates never go backwards",
                    index=i,
                )
            outcome = _step(status, event, walk)
            if isinstance(outcome, str):
                raise WorkflowError(self.id, status.value, event.step, outcome, index=i)
            if earliest(event.on) >= floor:
                floor, floor_day, floor_what = earliest(event.on), event.on, event.step
            status = outcome
            walk.note(event)
        object.__setattr__(self, "_status", status)

    @property
    def status(self) -> Status:
        """The current status, derived from the events."""
        return self._status

    @property
    def signatories(self) -> tuple[str, ...]:
        """The lead deputy followed by the co-signers; empty when the lead is not stated."""
        return () if self.lead is None else (self.lead, *self.cosigners)

    def add(self, event: Event) -> Suggestion:
        """Return a new suggestion with ``event`` appended.

        Raises:
            WorkflowError: the step is not allowed from the current status, or
                it is dated before the previous event.
        """
        return attrs.evolve(self, events=(*self.events, event))

    def as_of(self, day: dt.date) -> Suggestion:
        """The suggestion as it stood at the end of ``day`` (later events left out)."""
        kept = tuple(e for e in self.events if latest(e.on) <= latest(day))
        return self if len(kept) == len(self.events) else attrs.evolve(self, events=kept)

    def _last(self, kind: type[Any]) -> Any:
        for event in reversed(self.events):
            if isinstance(event, kind):
                return event
        return None

    @property
    def assignment(self) -> Assigned | None:
        """The assignment event, if any."""
        result: Assigned | None = self._last(Assigned)
        return result

    @property
    def replies(self) -> tuple[Replied, ...]:
        """Every reply, first to last."""
        return tuple(e for e in self.events if isinstance(e, Replied))

    @property
    def evaluations(self) -> tuple[Evaluated, ...]:
        """Every evaluation, first to last."""
        return tuple(e for e in self.events if isinstance(e, Evaluated))

    @property
    def outcome(self) -> Outcome | None:
        """The class of the latest reply (as corrected, if it was), if any."""
        for event in reversed(self.events):
            if isinstance(event, (Replied, Corrected)):
                return event.outcome
        return None

    @property
    def implementation(self) -> Implementation | None:
        """The implementation status the latest reply or follow-up states, if any."""
        for event in reversed(self.events):
            if isinstance(event, (Replied, FollowUp)) and event.implementation is not None:
                return event.implementation
        return None

    @property
    def returned(self) -> tuple[Returned, ...]:
        """Every return to the presidium, first to last."""
        return tuple(e for e in self.events if isinstance(e, Returned))

    @property
    def rehandled(self) -> bool:
        """Whether the suggestion was sent back for re-handling at least once."""
        return any(isinstance(e, Rehandled) for e in self.events)

    def rounds(self, policy: Policy = DEFAULT_POLICY) -> tuple[HandlingRound, ...]:
        """The handling rounds with their deadlines under ``policy``.

        A late extension (after the deadline passed) leaves a round not ``extended``.
        """
        rounds: list[HandlingRound] = []
        start: dt.date | None = None
        rehandling = extended = False
        for event in self.events:
            if isinstance(event, (Assigned, Rehandled)):
                start, rehandling, extended = event.on, isinstance(event, Rehandled), False
            elif isinstance(event, Extended) and start is not None:
                # Too late to extend once the deadline has passed: a late reply stays late.
                extended = event.on <= policy.due(start, rehandling=rehandling)
            elif isinstance(event, Replied) and start is not None:
                rounds.append(self._round(policy, start, event.on, rehandling, extended))
                start = None
            elif isinstance(event, (Returned, Withdrawn)):
                start = None  # no reply is awaited from this round any more
        if start is not None:
            rounds.append(self._round(policy, start, None, rehandling, extended))
        return tuple(rounds)

    @staticmethod
    def _round(
        policy: Policy, start: dt.date, replied: dt.date | None, rehandling: bool, extended: bool
    ) -> HandlingRound:
        due = policy.due(start, extended=extended, rehandling=rehandling)
        return HandlingRound(
            start=start, due=due, replied=replied, rehandling=rehandling, extended=extended
        )

    def due_date(self, policy: Policy = DEFAULT_POLICY) -> dt.date | None:
        """The deadline of the reply now awaited, or ``None`` if no reply is awaited."""
        rounds = self.rounds(policy)
        if rounds and rounds[-1].replied is None:
            return rounds[-1].due
        return None

    def overdue(self, as_of: dt.date, policy: Policy = DEFAULT_POLICY) -> bool:
        """Whether, on ``as_of``, a reply is awaited and its deadline has passed.

        Only events up to ``as_of`` count: a reply made later does not make the
        suggestion on time on an earlier day.
        """
        rounds = self.as_of(as_of).rounds(policy)
        return bool(rounds) and rounds[-1].overdue(as_of)
