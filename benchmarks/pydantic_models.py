"""The benchmark's records as pydantic v2 models, validated as congresskit validates them.

Only what the benchmark decodes is modelled: deputies (with memberships and
contact details), activities (with counts, opinions and findings), suggestions
(with their tagged handling events), the few records they refer to (the
congress, its term, units, places, groups, stations and sessions; a session's
agenda, roll and speeches are left out, as the benchmark's sessions have none),
and the document that holds them. Each rule
below mirrors a congresskit field validator or model rule, so the comparison is of
equal work:

- strict types: no coercion of "5" to 5, of true to 1, of 5 to "5"; unknown keys
  are errors (``extra="forbid"``); models are frozen;
- ids: non-empty strings without surrounding white space; text: not blank;
- counts: integers (not booleans) of zero or more;
- enumerations: congresskit's own enums, by value;
- dates: ``YYYY-MM-DD`` only; created/modified: timezone-aware date-times;
- integers that congresskit wants positive (a term's or session's number): 1 or more;
- a station's reception rule: an RFC 5545 rule that dateutil accepts;
- cross-field rules: end not before start, modified not before created, a
  deputy's levels non-empty and distinct, id lists distinct where congresskit
  requires it, an opinion names a suggestion exactly when it became one, a
  review names the suggestion it was merged into exactly when merged, the lead
  unit is not also an assisting unit;
- the suggestion workflow: each event is a legal step from the status before it
  (the same transition table), dates never go backwards, one extension per
  handling round, re-handling only after a dissatisfied evaluation.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from dateutil import rrule
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from congresskit.records.enums import (
    ActivityKind,
    Gender,
    Level,
    MembershipKind,
    OpinionResolution,
    Outcome,
    PlaceKind,
    ReviewDecision,
    Satisfaction,
    Status,
    SuggestionKind,
    UnitKind,
)

# pydantic-core's regex engine searches: "\S" means "has a non-space character".
# congresskit also caps every text at 100,000 characters.
Id = Annotated[str, StringConstraints(pattern=r"^\S(?:[\s\S]*\S)?$", max_length=100_000)]
Text = Annotated[str, StringConstraints(pattern=r"\S", max_length=100_000)]
NonNegative = Annotated[int, Field(ge=0)]
Positive = Annotated[int, Field(ge=1)]


def _distinct(values: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(set(values)) != len(values):
        msg = "lists the same value twice"
        raise ValueError(msg)
    return values


Ids = Annotated[tuple[Id, ...], AfterValidator(_distinct)]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


class _Event(_Model):
    @property
    def step(self) -> str:
        """The event's step, as congresskit names it (the format's ``type`` tag)."""
        return self.type  # type: ignore[attr-defined,no-any-return]


class _Record(_Model):
    id: Id
    created: AwareDatetime | None = None
    modified: AwareDatetime | None = None

    @model_validator(mode="after")
    def _stamps_in_order(self) -> Any:
        if self.created and self.modified and self.modified < self.created:
            msg = f"modified {self.modified} is before created {self.created}"
            raise ValueError(msg)
        return self


class Count(_Model):
    """A lower bound ("200 余"); an exact count is a plain integer in the format."""

    value: NonNegative
    at_least: bool = False


AnyCount = NonNegative | Count


class Contact(_Model):
    phone: Text | None = None
    address: Text | None = None
    id_number: Text | None = None


class Membership(_Model):
    kind: MembershipKind
    of: Id
    start: dt.date
    end: dt.date | None = None
    role: Text | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> Any:
        if self.end is not None and self.end < self.start:
            msg = f"end {self.end} is before start {self.start}"
            raise ValueError(msg)
        return self


def _levels(values: tuple[Level, ...]) -> tuple[Level, ...]:
    if not values:
        msg = "a deputy is elected at one level at least"
        raise ValueError(msg)
    return _distinct(values)


class Deputy(_Record):
    name: Text
    levels: Annotated[tuple[Level, ...], AfterValidator(_levels)]
    gender: Gender | None = None
    constituency: Text | None = None
    memberships: tuple[Membership, ...] = ()
    contact: Contact | None = None


class Opinion(_Model):
    text: Text
    resolution: OpinionResolution = OpinionResolution.PENDING
    suggestion: Id | None = None

    @model_validator(mode="after")
    def _suggestion_iff_turned(self) -> Any:
        turned = self.resolution is OpinionResolution.TURNED_INTO_SUGGESTION
        if turned != (self.suggestion is not None):
            msg = "suggestion is given exactly when the resolution is 'turned_into_suggestion'"
            raise ValueError(msg)
        return self


class Finding(_Model):
    issue: Text
    unit: Id | None = None
    correction: Text | None = None
    corrected_on: dt.date | None = None


class Activity(_Record):
    kind: ActivityKind
    title: Text
    start: dt.date
    end: dt.date | None = None
    organiser: Id | None = None
    group: Id | None = None
    station: Id | None = None
    campaign: Id | None = None
    participants: Ids = ()
    participants_reported: AnyCount | None = None
    places: Ids = ()
    units: Ids = ()
    projects: Ids = ()
    topics: tuple[Text, ...] = ()
    people_received: AnyCount | None = None
    opinions_collected: AnyCount | None = None
    households_contacted: AnyCount | None = None
    opinions: tuple[Opinion, ...] = ()
    findings: tuple[Finding, ...] = ()
    suggestions: Ids = ()
    suggestions_reported: AnyCount | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> Any:
        if self.end is not None and self.end < self.start:
            msg = f"end {self.end} is before start {self.start}"
            raise ValueError(msg)
        return self


class Reviewed(_Event):
    type: Literal["reviewed"]
    on: dt.date
    decision: ReviewDecision
    merged_into: Id | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _merged_iff_merged(self) -> Any:
        if (self.decision is ReviewDecision.MERGED) != (self.merged_into is not None):
            msg = "merged_into is given exactly when the decision is 'merged'"
            raise ValueError(msg)
        return self


class Assigned(_Event):
    type: Literal["assigned"]
    on: dt.date
    lead_unit: Id
    assisting_units: Ids = ()

    @model_validator(mode="after")
    def _lead_not_assisting(self) -> Any:
        if self.lead_unit in self.assisting_units:
            msg = "the lead unit is also listed as an assisting unit"
            raise ValueError(msg)
        return self


class Extended(_Event):
    type: Literal["extended"]
    on: dt.date
    note: Text | None = None


class Replied(_Event):
    type: Literal["replied"]
    on: dt.date
    outcome: Outcome
    unit: Id | None = None
    summary: Text | None = None


class Evaluated(_Event):
    type: Literal["evaluated"]
    on: dt.date
    handling: Satisfaction
    result: Satisfaction | None = None


class Rehandled(_Event):
    type: Literal["rehandled"]
    on: dt.date
    note: Text | None = None


class Closed(_Event):
    type: Literal["closed"]
    on: dt.date
    note: Text | None = None


Event = Annotated[
    Reviewed | Assigned | Extended | Replied | Evaluated | Rehandled | Closed,
    Field(discriminator="type"),
]

_DECIDED = {
    ReviewDecision.ACCEPTED: Status.ACCEPTED,
    ReviewDecision.MERGED: Status.MERGED,
    ReviewDecision.NOT_ACCEPTED: Status.NOT_ACCEPTED,
}
# congresskit's transition table, by step name.
TRANSITIONS: dict[Status, dict[str, Status | None]] = {
    Status.RAISED: {"reviewed": None, "assigned": Status.ASSIGNED},
    Status.ACCEPTED: {"assigned": Status.ASSIGNED},
    Status.MERGED: {"closed": Status.CLOSED},
    Status.NOT_ACCEPTED: {"closed": Status.CLOSED},
    Status.ASSIGNED: {"extended": Status.ASSIGNED, "replied": Status.REPLIED},
    Status.REPLIED: {"evaluated": Status.EVALUATED, "closed": Status.CLOSED},
    Status.EVALUATED: {"rehandled": Status.REHANDLING, "closed": Status.CLOSED},
    Status.REHANDLING: {"replied": Status.REPLIED},
    Status.CLOSED: {},
}


def workflow_error(raised_on: dt.date, events: tuple[Any, ...]) -> str | None:
    """Why the events are not a legal handling sequence, or ``None`` if they are.

    Shared by the pydantic and msgspec models: both name an event's step ``step``.
    """
    status, last, previous = Status.RAISED, raised_on, None
    for i, event in enumerate(events):
        if event.on < last:
            return f"events[{i}]: dated {event.on}, before {last}; dates never go backwards"
        allowed = TRANSITIONS[status]
        if event.step not in allowed:
            return f"events[{i}]: cannot apply {event.step!r} while {status.value!r}"
        if event.step == "reviewed":
            status = _DECIDED[event.decision]
        elif event.step == "extended" and previous is not None and previous.step == "extended":
            return f"events[{i}]: the deadline was already extended in this handling round"
        elif event.step == "rehandled" and not (
            previous is not None
            and previous.step == "evaluated"
            and Satisfaction.DISSATISFIED in (previous.handling, previous.result)
        ):
            return f"events[{i}]: re-handling follows only a dissatisfied evaluation"
        else:
            status = allowed[event.step]  # type: ignore[assignment]
        last, previous = event.on, event
    return None


class Suggestion(_Record):
    kind: SuggestionKind
    title: Text
    lead: Id
    raised_on: dt.date
    cosigners: tuple[Id, ...] = ()
    session: Id | None = None
    content: Text | None = None
    category: Text | None = None
    events: tuple[Event, ...] = ()

    @model_validator(mode="after")
    def _workflow(self) -> Any:
        problem = workflow_error(self.raised_on, self.events)
        if problem is not None:
            raise ValueError(problem)
        return self


def _end_after_start(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        msg = f"end {end} is before start {start}"
        raise ValueError(msg)


class Congress(_Record):
    name: Text
    level: Level
    parent: Id | None = None


class Term(_Record):
    congress: Id
    number: Positive
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _end_after_start(self) -> Any:
        _end_after_start(self.start, self.end)
        return self


class Unit(_Record):
    name: Text
    kind: UnitKind = UnitKind.OTHER
    parent: Id | None = None


class Place(_Record):
    name: Text
    kind: PlaceKind = PlaceKind.VILLAGE


class DeputyGroup(_Record):
    name: Text
    term: Id | None = None
    station: Id | None = None


def _rrule(value: str) -> str:
    rrule.rrulestr(value, dtstart=dt.datetime(2000, 1, 1))  # raises ValueError if it is not one
    return value


class Station(_Record):
    name: Text
    place: Id | None = None
    opened: dt.date | None = None
    reception_rule: Annotated[Text, AfterValidator(_rrule)] | None = None


class Session(_Record):
    term: Id
    number: Positive
    start: dt.date
    end: dt.date | None = None
    venue: Text | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> Any:
        _end_after_start(self.start, self.end)
        return self


class Document(_Model):
    """The benchmark document: the envelope and the lists of records."""

    format: Literal["congresskit"]
    version: int
    profile: Literal["public", "full"]
    congress: Congress | None = None
    terms: tuple[Term, ...] = ()
    units: tuple[Unit, ...] = ()
    places: tuple[Place, ...] = ()
    deputies: tuple[Deputy, ...] = ()
    groups: tuple[DeputyGroup, ...] = ()
    stations: tuple[Station, ...] = ()
    sessions: tuple[Session, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    activities: tuple[Activity, ...] = ()
