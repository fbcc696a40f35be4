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
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.counts import Count
from congresskit.records.enums import (
    ActivityKind,
    CampaignKind,
    CampaignRoleKind,
    OpinionResolution,
    ParticipantKind,
    StudyKind,
)

__all__ = ["Activity", "ActivityItem", "Campaign", "CampaignRole", "Finding", "Opinion"]

_count = v.optional(v.instance(Count, "a Count"))


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
    corrected_on: dt.date | None = attrs.field(default=None, validator=v.optional(v.day))


@attrs.frozen(kw_only=True)
class ActivityItem:
    """One item of a bundled activity: a concentrated activity doing several things at once.

    An item has no participants or figures of its own: the deputies and
    person-times belong to the activity, which is counted once; each item is
    counted under its own kind.

    Attributes:
        kind: what the item was (an inspection, reports to voters, a unit
            evaluation, a rating of suggestion handling, ...).
        title: a short description, if recorded.
        units: ids of the units the item concerned (evaluated, inspected).
        projects: ids of the livelihood projects the item concerned.
    """

    kind: ActivityKind = attrs.field(validator=v.member_of(ActivityKind))
    title: str | None = attrs.field(default=None, validator=v.optional(v.text))
    units: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.identifier, unique=True))
    projects: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.identifier, unique=True))


_STUDIES = (ActivityKind.STUDY, ActivityKind.TRAINING)


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
        households_contacted: households contacted; credited to each
            participant for duty assessment.
        opinions: itemised opinions and what became of them.
        findings: issues found and their corrections.
        suggestions: ids of suggestions that came out of the activity.
        suggestions_reported: how many suggestions came out of it, when the
            source gives a figure ("10 余条"); itemised ``suggestions`` are part
            of it.
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
    """

    kind: ActivityKind = attrs.field(validator=v.member_of(ActivityKind))
    title: str = attrs.field(validator=v.text)
    start: dt.date = attrs.field(validator=v.day)
    end: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.day, v.not_earlier_than("start"))
    )
    organiser: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    group: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    station: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    campaign: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    participants: tuple[str, ...] = attrs.field(
        default=(), validator=v.each(v.identifier, unique=True)
    )
    participants_reported: Count | None = attrs.field(default=None, validator=_count)
    places: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.identifier, unique=True))
    units: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.identifier, unique=True))
    projects: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.identifier, unique=True))
    topics: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.text))
    people_received: Count | None = attrs.field(default=None, validator=_count)
    opinions_collected: Count | None = attrs.field(default=None, validator=_count)
    households_contacted: Count | None = attrs.field(default=None, validator=_count)
    opinions: tuple[Opinion, ...] = attrs.field(
        default=(), validator=v.each(v.instance(Opinion, "an Opinion"))
    )
    findings: tuple[Finding, ...] = attrs.field(
        default=(), validator=v.each(v.instance(Finding, "a Finding"))
    )
    suggestions: tuple[str, ...] = attrs.field(
        default=(), validator=v.each(v.identifier, unique=True)
    )
    suggestions_reported: Count | None = attrs.field(default=None, validator=_count)
    items: tuple[ActivityItem, ...] = attrs.field(
        default=(), validator=v.each(v.instance(ActivityItem, "an ActivityItem"))
    )
    study: StudyKind | None = attrs.field(
        default=None, validator=v.optional(v.member_of(StudyKind))
    )
    others_taking_part: Count | None = attrs.field(default=None, validator=_count)
    other_kinds: tuple[ParticipantKind, ...] = attrs.field(
        default=(), validator=v.each(v.member_of(ParticipantKind), unique=True)
    )
    batches: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    themes: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.text, unique=True))

    def __attrs_post_init__(self) -> None:
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


@attrs.frozen(kw_only=True)
class CampaignRole:
    """A role deputies took in a campaign (守门员, 调查员, ...).

    Attributes:
        role: the role.
        deputies: the ids of the deputies in the role, if listed.
        description: what the role involved, if recorded.
    """

    role: CampaignRoleKind = attrs.field(validator=v.member_of(CampaignRoleKind))
    deputies: tuple[str, ...] = attrs.field(default=(), validator=v.each(v.identifier, unique=True))
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
    start: dt.date | None = attrs.field(default=None, validator=v.optional(v.day))
    end: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.day, v.not_earlier_than("start"))
    )
    roles: tuple[CampaignRole, ...] = attrs.field(
        default=(), validator=v.each(v.instance(CampaignRole, "a CampaignRole"))
    )
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))
