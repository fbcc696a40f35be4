"""Deputies' activities between sessions, and the campaigns some belong to.

An activity is one event in the activities ledger: an inspection, a survey, a
reception day at a station, a study session. Figures such as people received
are :class:`~congresskit.Count` values, so "200 余人次" stays a lower bound.

>>> import datetime as dt
>>> a = Activity(id="a1", kind=ActivityKind.RECEPTION, title="代表接访日",
...              start=dt.date(2020, 3, 15), station="s1", participants=("d01", "d02"),
...              people_received=Count(9))
>>> a.participations, str(a.people_received)
(2, '9')
"""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.activity_items import ActivityItem
from congresskit.records.activity_parts import FIGURES as FIGURES
from congresskit.records.activity_parts import (
    Dispositions,
    Finding,
    LevelCount,
    Opinion,
    OpinionFollowUp,
    ParticipantFigures,
    unique_count_levels,
)
from congresskit.records.activity_parts import Figure as Figure
from congresskit.records.counts import Count
from congresskit.records.enums import (
    ActivityKind,
    CampaignKind,
    CampaignRoleKind,
    ParticipantKind,
    StudyKind,
)
from congresskit.records.project_life import percent
from congresskit.records.ratings import Rating, unique_levels

__all__ = [
    "Activity",
    "ActivityItem",
    "Campaign",
    "CampaignRole",
    "Dispositions",
    "Finding",
    "LevelCount",
    "Opinion",
    "OpinionFollowUp",
    "ParticipantFigures",
]

_count = v.optional(v.instance(Count, "a Count"))

_STUDIES = (ActivityKind.STUDY, ActivityKind.TRAINING)


def _percent(instance: object, attribute: object, value: Count) -> None:
    percent(instance, attribute, value.value)


@attrs.frozen(kw_only=True)
class Activity(Record):
    """One activity of deputies between sessions.

    Attributes:
        kind: inspection, survey, reception, study, and so on.
        title: a short description.
        start: the first day; ``end`` the last (``None`` for one day).
        organiser: the id of the organising body (a congress, group or
            station), if recorded.
        group: the id of the deputy group that held it, if any.
        station: the id of the station where it was held, if any.
        campaign: the id of the campaign it belongs to, if any.
        participants: the ids of the deputies who took part.
        participants_reported: how many deputies took part, when the source
            gives a number rather than (or besides) names; listed participants
            are part of it, never added to it.
        places: ids of the places covered (villages, sites).
        units: ids of the units inspected, evaluated or met.
        projects: ids of the livelihood projects concerned.
        topics: free-text subjects ("农村人居环境").
        people_received: people received (接待群众人次).
        opinions_collected: opinions collected, as a figure; itemised
            ``opinions`` are part of it, never added to it.
        households_contacted: households contacted, by all participants
            together; how duty assessment credits it to each participant is
            the standard's ``crediting`` (see :class:`~congresskit.Crediting`).
        opinions: itemised opinions and what became of them.
        dispositions: what became of the opinions collected, as counts,
            when they are not itemised (``check`` warns when these and the
            itemised opinions do not add up to ``opinions_collected``).
        public_ratings: the public's satisfaction with the reception (not a
            deputy's rating of a reply), as counts per level.
        channel: the name of a continuous channel the opinions came in by
            (e.g. a monthly "代表接待日" outside sessions), if any.
        findings: issues found and their corrections.
        suggestions: ids of suggestions that came out of the activity.
        suggestions_reported: how many suggestions came out of it, when the
            source gives a figure ("10 余条"); itemised ``suggestions`` are part
            of it.
        participant_figures: participants' own figures, for some or all of
            them; they are part of the totals above, never added to them.
        items: the items of a bundled activity (one concentrated activity
            that inspects a project, hears deputies report to voters and rates
            suggestion handling): the activity counts once, under ``kind``,
            and each item under its own kind.
        study: what a study or training activity studied, if recorded (only
            on activities of kind ``study`` or ``training``).
        others_taking_part: how many people who are not deputies took part
            (growers, town leaders, staff), if recorded; never added to the
            deputies' person-times.
        other_kinds: what sorts of people they were.
        batches: in how many batches the activity was held, if recorded.
        themes: themes and campaign labels the activity ran under
            (``"乡村振兴我先行"``), which the summary groups activities by.
        occurrences: how many activities the record stands for, when the
            source gives only a number over a span without their dates ("6
            receptions in 2020": ``start`` is the year, ``occurrences`` 6);
            ``None`` for one activity. Its figures are the totals over all of
            them; it lists no participants (who took part in which is not
            known), only ``participants_reported`` as person-times.
        participants_by_level: deputies taking part by the level of the
            congress they belong to (2 city deputies, 20 district deputies), as
            the source counts them; part of the participations, never added.
        public_satisfaction: the public's satisfaction as the percentage the
            source states (群众满意度 100%: ``Count(100)``), when it gives a
            share rather than counts per level (``public_ratings``).
        start_time, end_time: the time of day it began and ended (上午8:30至11:00),
            if the source states them; ``HH:MM`` in the exchange format. On a
            one-day activity the end is not before the start.
        number: its ordinal within its year, when the source numbers it
            ("2024年第二次集中联系社区活动": 2), if stated.
        follow_ups: opinions collected at earlier activities whose handling
            the deputies followed up at this one (跟踪督办、反馈); apart from
            the opinions collected here, never added to them.
    """

    kind: ActivityKind = attrs.field(validator=v.member_of(ActivityKind))
    title: str = attrs.field(validator=v.text)
    start: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    end: dt.date | None = attrs.field(
        default=None,
        converter=cv.to_optional_date,
        validator=v.optional(v.day, v.not_earlier_than("start")),
    )
    organiser: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    group: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    station: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    campaign: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    participants: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    participants_reported: Count | None = attrs.field(default=None, validator=_count)
    places: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    units: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    projects: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    topics: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text)
    )
    people_received: Count | None = attrs.field(default=None, validator=_count)
    opinions_collected: Count | None = attrs.field(default=None, validator=_count)
    households_contacted: Count | None = attrs.field(default=None, validator=_count)
    opinions: tuple[Opinion, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Opinion, "an Opinion"))
    )
    dispositions: Dispositions | None = attrs.field(
        default=None, validator=v.optional(v.instance(Dispositions, "a Dispositions"))
    )
    public_ratings: tuple[Rating, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(Rating, "a Rating")), unique_levels],
    )
    channel: str | None = attrs.field(default=None, validator=v.optional(v.text))
    findings: tuple[Finding, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Finding, "a Finding"))
    )
    suggestions: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    suggestions_reported: Count | None = attrs.field(default=None, validator=_count)
    participant_figures: tuple[ParticipantFigures, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(ParticipantFigures, "a ParticipantFigures")),
    )
    items: tuple[ActivityItem, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(ActivityItem, "an ActivityItem")),
    )
    study: StudyKind | None = attrs.field(
        default=None, validator=v.optional(v.member_of(StudyKind))
    )
    others_taking_part: Count | None = attrs.field(default=None, validator=_count)
    other_kinds: tuple[ParticipantKind, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.member_of(ParticipantKind), unique=True),
    )
    batches: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    themes: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text, unique=True)
    )
    occurrences: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    participants_by_level: tuple[LevelCount, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(LevelCount, "a LevelCount")), unique_count_levels],
    )
    public_satisfaction: Count | None = attrs.field(
        default=None, validator=v.optional(v.instance(Count, "a Count"), _percent)
    )
    start_time: dt.time | None = attrs.field(
        default=None, converter=cv.to_optional_time, validator=v.optional(v.time_of_day)
    )
    end_time: dt.time | None = attrs.field(
        default=None, converter=cv.to_optional_time, validator=v.optional(v.time_of_day)
    )
    number: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    follow_ups: tuple[OpinionFollowUp, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(OpinionFollowUp, "an OpinionFollowUp")),
    )

    def __attrs_post_init__(self) -> None:
        one_day = self.end is None or self.end == self.start
        if one_day and self.start_time and self.end_time and self.end_time < self.start_time:
            raise FieldError(
                "Activity",
                "start_time, end_time",
                self.end_time.isoformat("minutes"),
                "time_order",
                f"a one-day activity ends ({self.end_time:%H:%M}) before it starts "
                f"({self.start_time:%H:%M})",
            )
        if self.occurrences is not None and (self.participants or self.participant_figures):
            raise FieldError(
                "Activity",
                "occurrences, participants",
                self.occurrences,
                "occurrences",
                "a record of several activities names no participants: give "
                "participants_reported (person-times over all of them) instead",
            )
        by_level = Count.total(c.count for c in self.participants_by_level)
        reported = self.participants_reported
        if (
            reported is not None
            and not reported.at_least
            and self.participants_by_level
            and by_level.value > reported.value
        ):
            raise FieldError(
                "Activity",
                "participants_by_level, participants_reported",
                by_level.value,
                "at_most",
                f"the deputies counted by level ({by_level.value}) are more than those "
                f"taking part ({reported.value})",
            )
        if self.study is not None and self.kind not in _STUDIES:
            raise FieldError(
                "Activity",
                "kind, study",
                self.study.value,
                "study_kind",
                "a study subtype is given only on activities of kind 'study' or 'training'",
            )

    @property
    def last_day(self) -> dt.date:
        """The activity's last day."""
        return self.end or self.start

    @property
    def participations(self) -> int:
        """Deputy participations (person-times) in this activity."""
        reported = self.participants_reported.value if self.participants_reported else 0
        return max(reported, len(self.participants))

    @property
    def times_held(self) -> int:
        """How many activities the record stands for (``occurrences``, else 1)."""
        return self.occurrences or 1


@attrs.frozen(kw_only=True)
class CampaignRole:
    """A role deputies took in a campaign (守门员, 调查员, ...).

    Attributes:
        role: the role.
        deputies: the ids of the deputies in the role, if listed.
        description: what the role involved, if recorded.
    """

    role: CampaignRoleKind = attrs.field(validator=v.member_of(CampaignRoleKind))
    deputies: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Campaign(Record):
    """A focused campaign (专项工作) such as epidemic prevention, in which deputies take roles.

    Attributes:
        kind: the kind of campaign.
        name: its name, e.g. ``"脱贫攻坚百日大会战"``.
        start: the first day, or ``None`` when the source does not state it;
            ``end`` the last (``None`` while it goes on, or not stated).
        roles: the deputies' roles.
        description: what it involved, if recorded.
    """

    kind: CampaignKind = attrs.field(validator=v.member_of(CampaignKind))
    name: str = attrs.field(validator=v.text)
    start: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    end: dt.date | None = attrs.field(
        default=None,
        converter=cv.to_optional_date,
        validator=v.optional(v.day, v.not_earlier_than("start")),
    )
    roles: tuple[CampaignRole, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(CampaignRole, "a CampaignRole")),
    )
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))
