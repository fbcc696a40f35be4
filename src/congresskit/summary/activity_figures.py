"""The figures of a period's activities (or of one kind, month, station, group or campaign).

A frozen value holding figures already counted from the records (see
:mod:`congresskit.summary.figures` for the other sections of a summary).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, Level, StudyKind

__all__ = ["ActivityFigures"]

_ZERO = Count(0)


@attrs.frozen(kw_only=True)
class ActivityFigures:
    """Activities of a period (or of one kind, month, station, group or campaign in it).

    Attributes:
        activities: how many activities.
        by_kind: how many of each kind (kinds with none left out).
        places: distinct places covered.
        villages: distinct places covered that are villages.
        units: distinct units inspected, evaluated or met.
        projects: distinct livelihood projects concerned.
        deputies: distinct deputies taking part: those named, or the most
            one activity reports if more; a lower bound when some activity
            reports more participants than it names, or records none.
        participations: deputy participations (person-times); a lower bound
            when some activity does not record who, or how many, took part.
        participants_recorded: how many of the activities record who, or how
            many, took part. When none does (and there are activities), the
            participation figures are not recorded (未记录), not zero: see
            :attr:`participation_recorded`.
        people_received: people received (人次).
        opinions_collected: opinions collected (reported totals, or itemised
            opinions where no total is given, never both).
        households_contacted: households contacted.
        suggestions_arising: suggestions that came out of the activities.
        items_by_kind: the items of bundled activities, by kind (each
            activity is counted once in ``activities`` and ``by_kind``; its
            items here).
        study_by_kind: study and training activities by what they studied
            (those whose subtype is recorded).
        others_taking_part: people who are not deputies taking part, as the
            activities report them (never part of ``participations``).
        person_days: deputies' person-days (participations times each
            activity's days), what a per-day allowance is paid on.
        items: the items of bundled activities, all kinds together.
        topics: distinct topics (议题) the activities took up.
        item_times_by_kind: how many times the items of each kind were done,
            where the items count them (20 residents' forums), an item
            counted once where it does not.
        participations_by_level: participations counted by the level of the
            deputies' congress (city, district, county deputies working in a
            sub-district's or town's activities), as the activities state
            them; levels no activity states are left out (not stated, not 0).
        opinions_followed_up: opinions collected at earlier activities whose
            handling the activities followed up (跟踪督办); ``None`` when no
            activity states how many (not stated, which is not 0), a lower
            figure when some follow-up does not say.
        opinions_reported_back: of those, the opinions whose handling results
            were reported back to the voters (反馈); ``None`` when no follow-up
            with a number says whether they were.
    """

    activities: int = 0
    by_kind: Mapping[ActivityKind, int] = attrs.field(factory=dict)
    places: int = 0
    villages: int = 0
    units: int = 0
    projects: int = 0
    deputies: Count = _ZERO
    participations: Count = _ZERO
    participants_recorded: int = 0
    people_received: Count = _ZERO
    opinions_collected: Count = _ZERO
    households_contacted: Count = _ZERO
    suggestions_arising: Count = _ZERO
    items_by_kind: Mapping[ActivityKind, int] = attrs.field(factory=dict)
    study_by_kind: Mapping[StudyKind, int] = attrs.field(factory=dict)
    others_taking_part: Count = _ZERO
    person_days: Count = _ZERO
    items: int = 0
    topics: int = 0
    item_times_by_kind: Mapping[ActivityKind, Count] = attrs.field(factory=dict)
    participations_by_level: Mapping[Level, Count] = attrs.field(factory=dict)
    opinions_followed_up: Count | None = None
    opinions_reported_back: Count | None = None

    @property
    def participation_recorded(self) -> bool:
        """Whether the participation figures say something (no activity, or some recording it)."""
        return self.activities == 0 or self.participants_recorded > 0
