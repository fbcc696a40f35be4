"""Aggregate handling reports: a report that states only totals about suggestions' handling.

Many handling reports (代表建议办理情况报告) give no items, only totals: "the 46
motions, suggestions, criticisms and opinions raised at the session were all
replied to; 40 satisfied, 6 basically satisfied; 31 resolved, 12 being
resolved, 3 cannot be resolved for now". Such a report is a record of its own.
A period summary takes its totals where the records hold no itemised
suggestions for the period, never both.

>>> import datetime as dt
>>> from congresskit import When
>>> r = HandlingReport(id="h1", title="建议办理情况报告", on=dt.date(2006, 12, 20),
...                    covers=When.of_year(2006), items=Count(46),
...                    ratings=(Rating(level=Satisfaction.SATISFIED, count=Count(40)),
...                             Rating(level=Satisfaction.BASICALLY_SATISFIED, count=Count(6))))
>>> str(r.rated), str(r.count_of(Satisfaction.SATISFIED))
('46', '40')
"""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.counts import Count
from congresskit.records.enums import (
    Implementation,
    NonResolutionReason,
    Outcome,
    Satisfaction,
    SuggestionKind,
)
from congresskit.records.evaluation_parts import StatedRate
from congresskit.records.kinds import HandlingMeasure
from congresskit.records.ratings import Rating, unique_levels

__all__ = [
    "HandlingReport",
    "ImplementationCount",
    "KindCount",
    "OutcomeCount",
    "ReasonCount",
    "TopicCount",
]

_count = v.optional(v.instance(Count, "a Count"))
_a_count = v.instance(Count, "a Count")


@attrs.frozen(kw_only=True)
class KindCount:
    """How many items of one kind (motion, suggestion, criticism, opinion) a report counts."""

    kind: SuggestionKind = attrs.field(validator=v.member_of(SuggestionKind))
    count: Count = attrs.field(validator=_a_count)


@attrs.frozen(kw_only=True)
class TopicCount:
    """How many items concern one subject area, as the source names it (水务 19件).

    Attributes:
        topic: the area in the source's words (水务, 政府综合, 交通).
        count: how many of the report's items concern it.
    """

    topic: str = attrs.field(validator=v.text)
    count: Count = attrs.field(validator=_a_count)


@attrs.frozen(kw_only=True)
class OutcomeCount:
    """How many replies were of one class (A, B, C, D)."""

    outcome: Outcome = attrs.field(validator=v.member_of(Outcome))
    count: Count = attrs.field(validator=_a_count)


@attrs.frozen(kw_only=True)
class ImplementationCount:
    """How many items stand at one implementation status."""

    status: Implementation = attrs.field(validator=v.member_of(Implementation))
    count: Count = attrs.field(validator=_a_count)


@attrs.frozen(kw_only=True)
class ReasonCount:
    """How many items were not resolved for one reason.

    Attributes:
        reason: beyond the body's authority, objective constraints, or other.
        count: how many; ``None`` when the source names the reason without a count.
        text: the reason in the source's words, if given (required for ``other``).
    """

    reason: NonResolutionReason = attrs.field(validator=v.member_of(NonResolutionReason))
    count: Count | None = attrs.field(default=None, validator=_count)
    text: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        if self.reason is NonResolutionReason.OTHER and self.text is None:
            raise FieldError(
                "ReasonCount", "reason, text", None, "text", "an 'other' reason needs its text"
            )


def _unique(key: str) -> v.Validator:
    def check(instance: object, attribute: object, value: tuple[object, ...]) -> None:
        keys = [getattr(item, key) for item in value]
        if len(set(keys)) != len(keys):
            name = getattr(attribute, "name", key)
            raise FieldError(
                type(instance).__name__, name, value, "unique", f"a {key} is counted twice"
            )

    return check


@attrs.frozen(kw_only=True)
class HandlingReport(Record):
    """A report on the handling of suggestions that states totals, not items.

    Attributes:
        title: the report's title.
        on: the day (or vaguer date) of the report.
        covers: when the items it counts were raised (e.g. the year 2006, or
            the days of a session).
        session: the id of the session the items were raised at, if any.
        channel: the continuous channel the items came through, when the
            report is that channel's own (e.g. its monthly satisfaction
            ratings); such reports are summarised per channel, apart from the
            congress's handling totals.
        items: the pooled count of motions, suggestions, criticisms and
            opinions, when the source gives one.
        by_kind: counts per kind, when the source splits them.
        units: how many handling units took part, if stated.
        replied: how many were replied to, if stated.
        replied_on_time: how many were replied to within the deadline, if stated.
        outcomes: counts per reply class (A, B, C, D).
        ratings: counts per satisfaction level of the deputies.
        satisfied_or_basically: satisfied or basically satisfied, pooled, when
            the source gives one figure for both (a 满意率 that does not say
            whether 基本满意 is in it) instead of ``ratings``.
        rates: rates the report states only as percentages, with no counts to
            compute them from (代表满意率93%, of items or deputies it does not
            say); a rate the counts give is computed by the summary instead.
        implementation: counts per implementation status.
        reasons: the reasons given for items not resolved, with counts if given.
        topics: the subject areas the items concern, as the source names them
            (城镇基础设施建设, 公共卫生).
        topics_incomplete: the source names only some areas (…等方面).
        by_topic: counts per subject area, when the source gives them
            (涉及水务方面的有19件); an area may also be in ``topics``.
        responsible: the bodies the report says were responsible for the
            handling (镇党委, 镇政府, 镇人大), as named.
        measures: the steps the report says were taken (a meeting on the
            handling, a leading group, assignment to named staff, written
            replies delivered in person, ...).
    """

    title: str = attrs.field(validator=v.text)
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    covers: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    session: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    channel: str | None = attrs.field(default=None, validator=v.optional(v.text))
    items: Count | None = attrs.field(default=None, validator=_count)
    by_kind: tuple[KindCount, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(KindCount, "a KindCount")), _unique("kind")],
    )
    units: Count | None = attrs.field(default=None, validator=_count)
    replied: Count | None = attrs.field(default=None, validator=_count)
    replied_on_time: Count | None = attrs.field(default=None, validator=_count)
    outcomes: tuple[OutcomeCount, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(OutcomeCount, "an OutcomeCount")), _unique("outcome")],
    )
    ratings: tuple[Rating, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(Rating, "a Rating")), unique_levels],
    )
    satisfied_or_basically: Count | None = attrs.field(default=None, validator=_count)
    rates: tuple[StatedRate, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(StatedRate, "a StatedRate")),
    )
    implementation: tuple[ImplementationCount, ...] = attrs.field(
        default=(),
        validator=[
            v.each(v.instance(ImplementationCount, "an ImplementationCount")),
            _unique("status"),
        ],
    )
    reasons: tuple[ReasonCount, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(ReasonCount, "a ReasonCount")),
    )
    topics: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text, unique=True)
    )
    topics_incomplete: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    by_topic: tuple[TopicCount, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(TopicCount, "a TopicCount")), _unique("topic")],
    )
    responsible: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text, unique=True)
    )
    measures: tuple[HandlingMeasure, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.member_of(HandlingMeasure), unique=True),
    )

    @property
    def total(self) -> Count | None:
        """The items counted: the pooled figure, else the sum by kind; ``None`` if not stated."""
        if self.items is not None:
            return self.items
        if self.by_kind:
            return Count.total(k.count for k in self.by_kind)
        return None

    @property
    def rated(self) -> Count | None:
        """How many ratings the report gives in all; ``None`` when it gives none."""
        if not self.ratings:
            return None
        return Count.total(r.count for r in self.ratings)

    def count_of(self, level: Satisfaction) -> Count | None:
        """The count of ``level``; ``None`` when the report gives none."""
        for r in self.ratings:
            if r.level is level:
                return r.count
        return None
