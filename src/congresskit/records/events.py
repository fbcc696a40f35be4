"""The handling events of a suggestion, from review to closing.

Each event is one step of the workflow (see :mod:`congresskit.records.suggestions`
for the order): the presidium's review and assignment, the unit's replies (and
holding replies, corrections and follow-ups), the deputy's evaluation, returns
to the presidium, withdrawal, and closing.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, TypeAlias

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.enums import (
    Implementation,
    NonResolutionReason,
    Outcome,
    ReviewDecision,
    Satisfaction,
)

__all__ = [
    "Assigned",
    "Closed",
    "Corrected",
    "Evaluated",
    "Event",
    "Extended",
    "FollowUp",
    "HoldingReply",
    "MarkedDuplicate",
    "Rehandled",
    "Replied",
    "Returned",
    "Reviewed",
    "Withdrawn",
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
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
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
        third_parties: others taking part in the handling that are not
            handling units (an insurer, a contractor), by name.
    """

    step: ClassVar[str] = "assigned"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    lead_unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    assisting_units: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    third_parties: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text)
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
    """A complex suggestion's reply deadline was extended (once a round; not once passed)."""

    step: ClassVar[str] = "extended"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Replied:
    """The handling unit replied (答复) in writing.

    The reply's class (A to D) says what the unit answered; ``implementation``
    says, apart from it, how far the matter has been carried out.

    Attributes:
        on: the day of the reply.
        outcome: A (resolved or adopted), B (being resolved or planned), C
            (cannot be resolved now, explained), or D (kept for reference,
            explained; a local class, see ``Policy.outcome_classes``).
        unit: the id of the unit that replied, if it is not the lead unit.
        summary: the reply's gist, if recorded.
        implementation: resolved, being resolved, cannot be resolved for
            now, or carried over to next year, if stated.
        reasons: why it is not resolved, if stated.
        reason_text: the reason in the source's words (needed for ``other``).
        artefact: what the handling produced, when it is a document (a policy
            issued, a plan adopted), by its title.
        explained: ``True`` when the outcome was that the matter was
            explained and the deputy understood, with no further action.
    """

    step: ClassVar[str] = "replied"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    outcome: Outcome = attrs.field(validator=v.member_of(Outcome))
    unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    summary: str | None = attrs.field(default=None, validator=v.optional(v.text))
    implementation: Implementation | None = attrs.field(
        default=None, validator=v.optional(v.member_of(Implementation))
    )
    reasons: tuple[NonResolutionReason, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.member_of(NonResolutionReason), unique=True),
    )
    reason_text: str | None = attrs.field(default=None, validator=v.optional(v.text))
    artefact: str | None = attrs.field(default=None, validator=v.optional(v.text))
    explained: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))

    def __attrs_post_init__(self) -> None:
        _other_needs_text(type(self).__name__, self.reasons, self.reason_text)


def _other_needs_text(
    name: str, reasons: tuple[NonResolutionReason, ...], text: str | None
) -> None:
    if NonResolutionReason.OTHER in reasons and text is None:
        raise FieldError(
            name, "reasons, reason_text", None, "reason_text", "an 'other' reason needs its text"
        )


@attrs.frozen(kw_only=True)
class Evaluated:
    """The deputy evaluated the reply; the handling work and the result may be rated apart.

    Attributes:
        on: the day of the evaluation.
        handling: the rating of the handling work (or the only rating).
        result: the rating of the result, when rated separately.
    """

    step: ClassVar[str] = "evaluated"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
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
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Closed:
    """Handling is finished (办结)."""

    step: ClassVar[str] = "closed"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Returned:
    """The handling unit returned the suggestion to the presidium (退回), with its reason.

    The presidium then assigns it again (to the same or another unit), or
    closes it. ``Policy.return_within_working_days`` says how soon after
    assignment a unit may return one; ``check`` warns of a later return.

    Attributes:
        on: the day of the return.
        reason: why the unit returned it (not its business, another unit's).
        unit: the id of the unit that returned it, if not the lead unit.
    """

    step: ClassVar[str] = "returned"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    reason: str = attrs.field(validator=v.text)
    unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(kw_only=True)
class Withdrawn:
    """The deputy withdrew the suggestion before it was replied to (a final step)."""

    step: ClassVar[str] = "withdrawn"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class MarkedDuplicate:
    """The presidium marked the suggestion a duplicate of another (then closes it).

    Attributes:
        of: the id of the suggestion it duplicates.
    """

    step: ClassVar[str] = "marked_duplicate"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    of: str = attrs.field(validator=v.identifier)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class HoldingReply:
    """A holding reply (阶段性答复): the unit says it is working on it; the clock runs on."""

    step: ClassVar[str] = "holding_reply"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class FollowUp:
    """A follow-up reply on a class B or C item: what has been done since.

    Attributes:
        implementation: the implementation status it reports, if stated.
        summary: its gist, if recorded.
        artefact: a document the handling produced since, if any.
    """

    step: ClassVar[str] = "follow_up"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    implementation: Implementation | None = attrs.field(
        default=None, validator=v.optional(v.member_of(Implementation))
    )
    summary: str | None = attrs.field(default=None, validator=v.optional(v.text))
    artefact: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Corrected:
    """A corrected reply: it replaces the last reply's class and gist, which stay on record.

    Attributes:
        outcome: the corrected class.
        summary: the corrected gist, if recorded.
        note: why it was corrected, if recorded.
    """

    step: ClassVar[str] = "corrected"
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    outcome: Outcome = attrs.field(validator=v.member_of(Outcome))
    summary: str | None = attrs.field(default=None, validator=v.optional(v.text))
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


#: One handling event of a suggestion.
Event: TypeAlias = (
    Reviewed
    | Assigned
    | Extended
    | Replied
    | Evaluated
    | Rehandled
    | Closed
    | Returned
    | Withdrawn
    | MarkedDuplicate
    | HoldingReply
    | FollowUp
    | Corrected
)
EVENT_CLASSES = (
    Reviewed,
    Assigned,
    Extended,
    Replied,
    Evaluated,
    Rehandled,
    Closed,
    Returned,
    Withdrawn,
    MarkedDuplicate,
    HoldingReply,
    FollowUp,
    Corrected,
)
