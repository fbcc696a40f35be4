"""The parts of an activity: opinions, what became of them, findings, figures by deputy or level.

Also the follow-up of opinions collected at earlier activities.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.counts import Count
from congresskit.records.enums import Level, OpinionResolution

__all__ = [
    "FIGURES",
    "Dispositions",
    "Figure",
    "Finding",
    "LevelCount",
    "Opinion",
    "OpinionFollowUp",
    "ParticipantFigures",
    "unique_count_levels",
]

_count = v.optional(v.instance(Count, "a Count"))

#: The name of a figure an activity may give per participant, as the activity's total is named.
Figure = Literal[
    "households_contacted", "people_received", "opinions_collected", "suggestions_reported"
]
#: Every :data:`Figure`, in order.
FIGURES: tuple[Figure, ...] = (
    "households_contacted",
    "people_received",
    "opinions_collected",
    "suggestions_reported",
)


@attrs.frozen(kw_only=True)
class LevelCount:
    """How many deputies of one level (the congress they belong to), as a source counts them.

    Deputies of a county, district or city congress work in a town's groups and
    stations and in a sub-district committee; sources count them apart by level
    ("市人大代表2名、区人大代表20名") without always naming them.

    >>> str(LevelCount(level=Level.CITY, count=Count(2)).count)
    '2'

    Attributes:
        level: the level of the congress the deputies belong to.
        count: how many.
    """

    level: Level = attrs.field(validator=v.member_of(Level))
    count: Count = attrs.field(validator=v.instance(Count, "a Count"))


def unique_count_levels(instance: object, attribute: object, value: tuple[LevelCount, ...]) -> None:
    """Each level at most once in a list of counts by level."""
    levels = [c.level for c in value]
    if len(set(levels)) != len(levels):
        name, field = type(instance).__name__, getattr(attribute, "name", "by_level")
        raise FieldError(name, field, value, "unique", "a level is counted twice")


@attrs.frozen(kw_only=True)
class Opinion:
    """An opinion taken from the public at a reception or visit, and what became of it.

    Attributes:
        text: the opinion.
        resolution: answered on the spot, turned into a suggestion, forwarded,
            or pending.
        suggestion: the id of the suggestion it became (only when turned into
            one; ``None`` when the suggestion is not itemised).
    """

    text: str = attrs.field(validator=v.text)
    resolution: OpinionResolution = attrs.field(
        default=OpinionResolution.PENDING, validator=v.member_of(OpinionResolution)
    )
    suggestion: str | None = attrs.field(default=None, validator=v.optional(v.identifier))

    def __attrs_post_init__(self) -> None:
        turned = self.resolution is OpinionResolution.TURNED_INTO_SUGGESTION
        if self.suggestion is not None and not turned:
            raise FieldError(
                "Opinion",
                "resolution, suggestion",
                self.suggestion,
                "suggestion",
                "suggestion is given only when the resolution is 'turned_into_suggestion'",
            )


@attrs.frozen(kw_only=True)
class Dispositions:
    """What became of the opinions collected, as counts, when they are not itemised.

    Each figure is ``None`` when the source does not state it.

    >>> d = Dispositions(
    ...     answered_on_spot=Count(8),
    ...     forwarded=Count(2),
    ...     resolved_by_level=(
    ...         LevelCount(level=Level.SUBDISTRICT, count=Count(1)),
    ...         LevelCount(level=Level.DISTRICT, count=Count(1)),
    ...     ),
    ... )
    >>> str(d.total), [c.level.value for c in d.resolved_by_level]
    ('10', ['subdistrict', 'district'])

    Attributes:
        answered_on_spot: answered on the spot (当场答复).
        turned_into_suggestions: turned into deputies' suggestions.
        forwarded: forwarded to the units concerned (转交办).
        unaccounted: stated by the source as not (yet) accounted for.
        resolved_by_level: of the forwarded opinions, how many were resolved
            at each level (街道层面解决1条，区层面解决1条), as the source counts
            them; part of ``forwarded``, never added to it (``check`` warns
            when they add up to more). A level the source does not name is
            left out: not stated, not 0.

    Raises:
        FieldError: a level is counted twice in ``resolved_by_level``.
    """

    answered_on_spot: Count | None = attrs.field(default=None, validator=_count)
    turned_into_suggestions: Count | None = attrs.field(default=None, validator=_count)
    forwarded: Count | None = attrs.field(default=None, validator=_count)
    unaccounted: Count | None = attrs.field(default=None, validator=_count)
    resolved_by_level: tuple[LevelCount, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[
            v.each(v.instance(LevelCount, "a LevelCount")),
            unique_count_levels,
        ],
    )

    @property
    def total(self) -> Count:
        """The opinions these dispositions account for (the stated figures added up)."""
        return Count.total(
            (self.answered_on_spot, self.turned_into_suggestions, self.forwarded, self.unaccounted)
        )

    @property
    def resolved(self) -> Count | None:
        """The forwarded opinions resolved at the levels stated, added up (``None``: none)."""
        if not self.resolved_by_level:
            return None
        return Count.total(c.count for c in self.resolved_by_level)


@attrs.frozen(kw_only=True)
class OpinionFollowUp:
    """Opinions collected at an earlier activity, whose handling deputies followed up.

    Deputies check how the opinions they collected earlier were handled (跟踪督办)
    and report the results back to the voters (反馈): "核查了第一次活动10条建议的
    办理结果并向选民反馈".

    >>> f = OpinionFollowUp(opinions=Count(10), earlier="2024年第一次集中联系社区活动",
    ...              reported_back=True)
    >>> str(f.opinions), f.activity, f.reported_back
    ('10', None, True)

    Attributes:
        opinions: how many opinions were followed up, if the source says.
        activity: the id of the earlier activity they were collected at, when
            its record is among the records (``check`` reports an unknown id).
        earlier: the earlier activity as the source names it, when its record
            is not among the records (or to say more than its id).
        reported_back: whether the handling results were reported back to the
            voters; ``None`` when the source does not say.
    """

    opinions: Count | None = attrs.field(default=None, validator=_count)
    activity: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    earlier: str | None = attrs.field(default=None, validator=v.optional(v.text))
    reported_back: bool | None = attrs.field(
        default=None, validator=v.optional(v.instance(bool, "a bool"))
    )


@attrs.frozen(kw_only=True)
class Finding:
    """An issue found by an inspection or work evaluation, and its correction.

    Attributes:
        issue: what was found.
        unit: the id of the unit concerned, if any.
        correction: what was done about it, if anything yet.
        corrected_on: when the correction was confirmed, if it was.
    """

    issue: str = attrs.field(validator=v.text)
    unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    correction: str | None = attrs.field(default=None, validator=v.optional(v.text))
    corrected_on: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )


@attrs.frozen(kw_only=True)
class ParticipantFigures:
    """One participant's own figures on an activity, as a visit or reception sheet gives them.

    The figures are the deputy's part of the activity's totals (the fields of
    the same name on :class:`Activity`), never added to them. A figure left
    ``None`` is not stated for this deputy.

    >>> f = ParticipantFigures(deputy="d01", households_contacted=Count(3))
    >>> f.deputy, str(f.households_contacted), f.people_received
    ('d01', '3', None)

    Attributes:
        deputy: the id of the deputy, one of the activity's participants.
        households_contacted: households the deputy contacted.
        people_received: people the deputy received.
        opinions_collected: opinions the deputy collected.
        suggestions_reported: suggestions arising from the deputy's part.

    Raises:
        FieldError: no figure is given.
    """

    deputy: str = attrs.field(validator=v.identifier)
    households_contacted: Count | None = attrs.field(default=None, validator=_count)
    people_received: Count | None = attrs.field(default=None, validator=_count)
    opinions_collected: Count | None = attrs.field(default=None, validator=_count)
    suggestions_reported: Count | None = attrs.field(default=None, validator=_count)

    def __attrs_post_init__(self) -> None:
        if all(getattr(self, name) is None for name in FIGURES):
            raise FieldError(
                "ParticipantFigures",
                ", ".join(FIGURES),
                None,
                "some_figure",
                "give at least one figure for the deputy, or leave the entry out",
            )
