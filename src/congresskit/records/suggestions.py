"""Suggestions (议案、建议、批评和意见) and their handling workflow.

A suggestion's status is never stored: it is derived from its ordered events.
The legal order is::

    raised ─┬─ reviewed ─┬─ accepted ─ assigned ...
            │            ├─ merged ──────────────────────────── closed
            │            └─ not accepted ────────────────────── closed
            └─ assigned ─ (extended) ─ replied ─┬─ evaluated ─┬─ closed
                                                │             └─ re-handled ─ replied ...
                                                └─ closed

(re-handling follows only a dissatisfied evaluation). Dates never go backwards,
and :meth:`Suggestion.add` returns a new suggestion or raises
:class:`~congresskit.WorkflowError` naming the step.

>>> import datetime as dt
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
from typing import Any, ClassVar, TypeAlias

import attrs

from congresskit.errors import FieldError, WorkflowError
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.dates import earliest, latest
from congresskit.records.enums import Outcome, ReviewDecision, Satisfaction, Status, SuggestionKind
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.rounds import HandlingRound

__all__ = [
    "Assigned",
    "Closed",
    "Evaluated",
    "Event",
    "Extended",
    "HandlingRound",
    "Rehandled",
    "Replied",
    "Reviewed",
    "Suggestion",
]


@attrs.frozen(kw_only=True)
class Reviewed:
    """The presidium reviewed the suggestion: accepted, merged into another, or not accepted.

    Attributes:
        on: the day of the review.
        decision: the decision.
        merged_into: the id of the suggestion it was merged into (only, and
            always, when the decision is ``merged``).
        note: the reason, if recorded.
    """

    step: ClassVar[str] = "reviewed"
    on: dt.date = attrs.field(validator=v.day)
    decision: ReviewDecision = attrs.field(validator=v.member_of(ReviewDecision))
    merged_into: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        merged = self.decision is ReviewDecision.MERGED
        if merged != (self.merged_into is not None):
            raise FieldError(
                "Reviewed",
                "decision, merged_into",
                self.merged_into,
                "merged_into",
                "merged_into is given exactly when the decision is 'merged'",
            )


@attrs.frozen(kw_only=True)
class Assigned:
    """The presidium assigned (交办) the suggestion to a lead unit and assisting units.

    Attributes:
        on: the day of the assignment.
        lead_unit: the id of the lead unit, or ``None`` when the source does
            not state it.
        assisting_units: the ids of assisting units.
    """

    step: ClassVar[str] = "assigned"
    on: dt.date = attrs.field(validator=v.day)
    lead_unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    assisting_units: tuple[str, ...] = attrs.field(
        default=(), validator=v.each(v.identifier, unique=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.lead_unit is not None and self.lead_unit in self.assisting_units:
            raise FieldError(
                "Assigned",
                "lead_unit, assisting_units",
                self.lead_unit,
                "unique",
                "the lead unit is also listed as an assisting unit",
            )


@attrs.frozen(kw_only=True)
class Extended:
    """The reply deadline of a complex suggestion was extended (once per handling round)."""

    step: ClassVar[str] = "extended"
    on: dt.date = attrs.field(validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Replied:
    """The handling unit replied (答复) in writing.

    Attributes:
        on: the day of the reply.
        outcome: A (resolved or adopted), B (being resolved or planned), or C
            (cannot be resolved now, explained).
        unit: the id of the unit that replied, if it is not the lead unit.
        summary: the reply's gist, if recorded.
    """

    step: ClassVar[str] = "replied"
    on: dt.date = attrs.field(validator=v.day)
    outcome: Outcome = attrs.field(validator=v.member_of(Outcome))
    unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    summary: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Evaluated:
    """The deputy evaluated the reply; the handling work and the result may be rated apart.

    Attributes:
        on: the day of the evaluation.
        handling: the rating of the handling work (or the only rating).
        result: the rating of the result, when rated separately.
    """

    step: ClassVar[str] = "evaluated"
    on: dt.date = attrs.field(validator=v.day)
    handling: Satisfaction = attrs.field(validator=v.member_of(Satisfaction))
    result: Satisfaction | None = attrs.field(
        default=None, validator=v.optional(v.member_of(Satisfaction))
    )

    @property
    def dissatisfied(self) -> bool:
        """Whether either rating is 'dissatisfied' (which allows re-handling)."""
        return Satisfaction.DISSATISFIED in (self.handling, self.result)


@attrs.frozen(kw_only=True)
class Rehandled:
    """After a dissatisfied evaluation, the unit was asked to handle the suggestion again."""

    step: ClassVar[str] = "rehandled"
    on: dt.date = attrs.field(validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Closed:
    """Handling is finished (办结)."""

    step: ClassVar[str] = "closed"
    on: dt.date = attrs.field(validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


#: One handling event of a suggestion.
Event: TypeAlias = Reviewed | Assigned | Extended | Replied | Evaluated | Rehandled | Closed
_EVENT_TYPES = (Reviewed, Assigned, Extended, Replied, Evaluated, Rehandled, Closed)

_DECIDED = {
    ReviewDecision.ACCEPTED: Status.ACCEPTED,
    ReviewDecision.MERGED: Status.MERGED,
    ReviewDecision.NOT_ACCEPTED: Status.NOT_ACCEPTED,
}

#: The steps allowed from each status (the decision of a review is checked apart).
TRANSITIONS: dict[Status, dict[type[Any], Status | None]] = {
    # A reply or a closure may come without a recorded assignment: sources often
    # report the reply and leave the handling unit unstated.
    Status.RAISED: {
        Reviewed: None,
        Assigned: Status.ASSIGNED,
        Replied: Status.REPLIED,
        Closed: Status.CLOSED,
    },
    Status.ACCEPTED: {Assigned: Status.ASSIGNED, Replied: Status.REPLIED, Closed: Status.CLOSED},
    Status.MERGED: {Closed: Status.CLOSED},
    Status.NOT_ACCEPTED: {Closed: Status.CLOSED},
    Status.ASSIGNED: {Extended: Status.ASSIGNED, Replied: Status.REPLIED},
    Status.REPLIED: {Evaluated: Status.EVALUATED, Closed: Status.CLOSED},
    Status.EVALUATED: {Rehandled: Status.REHANDLING, Closed: Status.CLOSED},
    Status.REHANDLING: {Replied: Status.REPLIED},
    Status.CLOSED: {},
}


def _step(status: Status, event: Event, previous: Event | None) -> Status | str:
    """The status after ``event``, or the reason the step is illegal."""
    allowed = TRANSITIONS[status]
    if type(event) not in allowed:
        steps = ", ".join(repr(t.step) for t in allowed) or "none (it is closed)"
        return f"allowed steps are {steps}"
    if isinstance(event, Reviewed):
        return _DECIDED[event.decision]
    if isinstance(event, Extended) and isinstance(previous, Extended):
        return "the deadline was already extended in this handling round"
    if isinstance(event, Rehandled) and not (
        isinstance(previous, Evaluated) and previous.dissatisfied
    ):
        return "re-handling follows only a dissatisfied evaluation"
    result = allowed[type(event)]
    assert result is not None
    return result


@attrs.frozen(kw_only=True)
class Suggestion(Record):
    """A motion, suggestion, criticism or opinion raised by a lead deputy.

    Attributes:
        kind: motion (议案) or suggestion, criticism, opinion.
        title: its title.
        lead: the id of the lead deputy (领衔).
        cosigners: the ids of co-signing deputies (附议/联名), in order.
        raised_on: the day it was raised.
        session: the id of the session it was raised at, or ``None`` if it was
            raised between sessions.
        content: the full text, if recorded.
        category: a subject category, e.g. ``"交通"`` (free text: places differ).
        events: the handling events, in order. The status is derived from them.
    """

    kind: SuggestionKind = attrs.field(validator=v.member_of(SuggestionKind))
    title: str = attrs.field(validator=v.text)
    lead: str = attrs.field(validator=v.identifier)
    raised_on: dt.date = attrs.field(validator=v.day)
    cosigners: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.identifier))
    session: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    content: str | None = attrs.field(default=None, validator=v.optional(v.text))
    category: str | None = attrs.field(default=None, validator=v.optional(v.text))
    events: tuple[Event, ...] = attrs.field(
        default=(), validator=v.each(v.instance(_EVENT_TYPES, "a handling event"))
    )
    _status: Status = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        status = Status.RAISED
        # The latest "earliest day" so far: with vague dates (When), a step is
        # out of order only when it is certainly before some earlier step.
        floor, floor_day, floor_what = earliest(self.raised_on), self.raised_on, None
        previous: Event | None = None
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
            outcome = _step(status, event, previous)
            if isinstance(outcome, str):
                raise WorkflowError(self.id, status.value, event.step, outcome, index=i)
            if earliest(event.on) >= floor:
                floor, floor_day, floor_what = earliest(event.on), event.on, event.step
            status, previous = outcome, event
        object.__setattr__(self, "_status", status)

    @property
    def status(self) -> Status:
        """The current status, derived from the events."""
        return self._status

    @property
    def signatories(self) -> tuple[str, ...]:
        """The lead deputy followed by the co-signers."""
        return (self.lead, *self.cosigners)

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
        """The class of the latest reply, if any."""
        replies = self.replies
        return replies[-1].outcome if replies else None

    @property
    def rehandled(self) -> bool:
        """Whether the suggestion was sent back for re-handling at least once."""
        return any(isinstance(e, Rehandled) for e in self.events)

    def rounds(self, policy: Policy = DEFAULT_POLICY) -> tuple[HandlingRound, ...]:
        """The handling rounds with their deadlines under ``policy``."""
        rounds: list[HandlingRound] = []
        start: dt.date | None = None
        rehandling = extended = False
        for event in self.events:
            if isinstance(event, (Assigned, Rehandled)):
                start, rehandling, extended = event.on, isinstance(event, Rehandled), False
            elif isinstance(event, Extended):
                extended = True
            elif isinstance(event, Replied) and start is not None:
                rounds.append(self._round(policy, start, event.on, rehandling, extended))
                start = None
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
