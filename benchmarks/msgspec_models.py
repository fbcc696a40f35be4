"""The benchmark's records as msgspec structs, validated as congresskit validates them.

The same rules as :mod:`pydantic_models` (see its docstring), written the msgspec
way: ``Meta`` constraints for ids, text and counts, ``tz=True`` for the stamps,
tagged unions for the handling events, and ``__post_init__`` (which msgspec runs
while decoding) for the cross-field rules and the workflow. Structs are frozen,
keyword-only, and refuse unknown fields; msgspec never coerces types.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Literal

import msgspec
from dateutil import rrule
from msgspec import Meta
from pydantic_models import workflow_error

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
    SuggestionKind,
    UnitKind,
)

# msgspec patterns are unanchored searches, as with pydantic; \Z is the true end.
# congresskit also caps every text at 100,000 characters.
Id = Annotated[str, Meta(pattern=r"^\S(?:[\s\S]*\S)?\Z", max_length=100_000)]
Text = Annotated[str, Meta(pattern=r"\S", max_length=100_000)]
NonNegative = Annotated[int, Meta(ge=0)]
Positive = Annotated[int, Meta(ge=1)]
Stamp = Annotated[dt.datetime, Meta(tz=True)]


def _distinct(values: tuple[Any, ...], field: str) -> None:
    if len(set(values)) != len(values):
        msg = f"{field} lists the same value twice"
        raise ValueError(msg)


class _Struct(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


# Optional fields are left out of the output when unset, as in congresskit's format.
class _Record(_Struct, kw_only=True, omit_defaults=True):
    id: Id
    created: Stamp | None = None
    modified: Stamp | None = None

    def __post_init__(self) -> None:
        if self.created and self.modified and self.modified < self.created:
            msg = f"modified {self.modified} is before created {self.created}"
            raise ValueError(msg)


class Count(_Struct, kw_only=True):
    """A lower bound ("200 余"); an exact count is a plain integer in the format."""

    value: NonNegative
    at_least: bool = False


AnyCount = NonNegative | Count


class Contact(_Struct, kw_only=True, omit_defaults=True):
    phone: Text | None = None
    address: Text | None = None
    id_number: Text | None = None


class Membership(_Struct, kw_only=True, omit_defaults=True):
    kind: MembershipKind
    of: Id
    start: dt.date
    end: dt.date | None = None
    role: Text | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            msg = f"end {self.end} is before start {self.start}"
            raise ValueError(msg)


class Deputy(_Record, kw_only=True, omit_defaults=True):
    name: Text
    levels: tuple[Level, ...]
    gender: Gender | None = None
    constituency: Text | None = None
    memberships: tuple[Membership, ...] = ()
    contact: Contact | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.levels:
            msg = "a deputy is elected at one level at least"
            raise ValueError(msg)
        _distinct(self.levels, "levels")


class Opinion(_Struct, kw_only=True, omit_defaults=True):
    text: Text
    resolution: OpinionResolution = OpinionResolution.PENDING
    suggestion: Id | None = None

    def __post_init__(self) -> None:
        turned = self.resolution is OpinionResolution.TURNED_INTO_SUGGESTION
        if turned != (self.suggestion is not None):
            msg = "suggestion is given exactly when the resolution is 'turned_into_suggestion'"
            raise ValueError(msg)


class Finding(_Struct, kw_only=True, omit_defaults=True):
    issue: Text
    unit: Id | None = None
    correction: Text | None = None
    corrected_on: dt.date | None = None


class Activity(_Record, kw_only=True, omit_defaults=True):
    kind: ActivityKind
    title: Text
    start: dt.date
    end: dt.date | None = None
    organiser: Id | None = None
    group: Id | None = None
    station: Id | None = None
    campaign: Id | None = None
    participants: tuple[Id, ...] = ()
    participants_reported: AnyCount | None = None
    places: tuple[Id, ...] = ()
    units: tuple[Id, ...] = ()
    projects: tuple[Id, ...] = ()
    topics: tuple[Text, ...] = ()
    people_received: AnyCount | None = None
    opinions_collected: AnyCount | None = None
    households_contacted: AnyCount | None = None
    opinions: tuple[Opinion, ...] = ()
    findings: tuple[Finding, ...] = ()
    suggestions: tuple[Id, ...] = ()
    suggestions_reported: AnyCount | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.end is not None and self.end < self.start:
            msg = f"end {self.end} is before start {self.start}"
            raise ValueError(msg)
        for field in ("participants", "places", "units", "projects", "suggestions"):
            _distinct(getattr(self, field), field)


class _Event(_Struct, kw_only=True, tag_field="type", omit_defaults=True):
    # The tag is not an attribute in msgspec; ``step`` names it for the workflow check.
    on: dt.date


class Reviewed(_Event, kw_only=True, tag="reviewed"):
    step: ClassVar[str] = "reviewed"
    decision: ReviewDecision
    merged_into: Id | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        if (self.decision is ReviewDecision.MERGED) != (self.merged_into is not None):
            msg = "merged_into is given exactly when the decision is 'merged'"
            raise ValueError(msg)


class Assigned(_Event, kw_only=True, tag="assigned"):
    step: ClassVar[str] = "assigned"
    lead_unit: Id
    assisting_units: tuple[Id, ...] = ()

    def __post_init__(self) -> None:
        _distinct(self.assisting_units, "assisting_units")
        if self.lead_unit in self.assisting_units:
            msg = "the lead unit is also listed as an assisting unit"
            raise ValueError(msg)


class Extended(_Event, kw_only=True, tag="extended"):
    step: ClassVar[str] = "extended"
    note: Text | None = None


class Replied(_Event, kw_only=True, tag="replied"):
    step: ClassVar[str] = "replied"
    outcome: Outcome
    unit: Id | None = None
    summary: Text | None = None


class Evaluated(_Event, kw_only=True, tag="evaluated"):
    step: ClassVar[str] = "evaluated"
    handling: Satisfaction
    result: Satisfaction | None = None


class Rehandled(_Event, kw_only=True, tag="rehandled"):
    step: ClassVar[str] = "rehandled"
    note: Text | None = None


class Closed(_Event, kw_only=True, tag="closed"):
    step: ClassVar[str] = "closed"
    note: Text | None = None


Event = Reviewed | Assigned | Extended | Replied | Evaluated | Rehandled | Closed


class Suggestion(_Record, kw_only=True, omit_defaults=True):
    kind: SuggestionKind
    title: Text
    lead: Id
    raised_on: dt.date
    cosigners: tuple[Id, ...] = ()
    session: Id | None = None
    content: Text | None = None
    category: Text | None = None
    events: tuple[Event, ...] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        problem = workflow_error(self.raised_on, self.events)
        if problem is not None:
            raise ValueError(problem)


def _end_after_start(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        msg = f"end {end} is before start {start}"
        raise ValueError(msg)


class Congress(_Record, kw_only=True, omit_defaults=True):
    name: Text
    level: Level
    parent: Id | None = None


class Term(_Record, kw_only=True, omit_defaults=True):
    congress: Id
    number: Positive
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        super().__post_init__()
        _end_after_start(self.start, self.end)


class Unit(_Record, kw_only=True, omit_defaults=True):
    name: Text
    kind: UnitKind = UnitKind.OTHER
    parent: Id | None = None


class Place(_Record, kw_only=True, omit_defaults=True):
    name: Text
    kind: PlaceKind = PlaceKind.VILLAGE


class DeputyGroup(_Record, kw_only=True, omit_defaults=True):
    name: Text
    term: Id | None = None
    station: Id | None = None


class Station(_Record, kw_only=True, omit_defaults=True):
    name: Text
    place: Id | None = None
    opened: dt.date | None = None
    reception_rule: Text | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.reception_rule is not None:
            rrule.rrulestr(self.reception_rule, dtstart=dt.datetime(2000, 1, 1))


class Session(_Record, kw_only=True, omit_defaults=True):
    term: Id
    number: Positive
    start: dt.date
    end: dt.date | None = None
    venue: Text | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _end_after_start(self.start, self.end)


class Document(_Struct, kw_only=True, omit_defaults=True):
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
