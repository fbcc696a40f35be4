"""What both languages' paragraphs on groups, facilities and bundled activities read from.

The figures are gathered once here, so the Chinese and English sentences say the
same things: the facilities by kind (when any is not a plain work station), the
groups by kind, each group's cadence against the stretches it held, the items of
bundled activities, study by subtype, people other than deputies taking part,
activities by theme, deputies by the level of their congress (a body's, and
those taking part), topics, and the public's satisfaction as stated.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from congresskit.records.body import Congress
from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, GroupKind, Level, StationKind, StudyKind
from congresskit.summary import PeriodSummary
from congresskit.summary.figures import GroupSummary

__all__ = ["Structure", "structure"]


@attrs.frozen(kw_only=True)
class Structure:
    """The figures of the paragraph; each empty when there is nothing to say of it."""

    facilities: Mapping[StationKind, int]
    groups: Mapping[GroupKind, int]
    cadences: tuple[GroupSummary, ...]
    items: Mapping[ActivityKind, int]
    bundled: int
    study: Mapping[StudyKind, int]
    others: Count
    themes: Mapping[str, int]
    levels: Mapping[Level, Count] = attrs.field(factory=dict)
    topics: int = 0
    satisfaction: tuple[Count, ...] = ()
    bodies: tuple[Congress, ...] = ()  # congresses that count their deputies by level

    def __bool__(self) -> bool:
        return bool(
            self.levels
            or self.topics
            or self.satisfaction
            or self.bodies
            or self.facilities
            or self.groups
            or self.cadences
            or self.items
            or self.study
            or self.others.value
            or self.themes
        )


def structure(summary: PeriodSummary) -> Structure:
    """The figures on groups, facilities and bundled activities of ``summary``."""
    # A station record may stand for several facilities (18 contact points).
    kinds = [s.kind for s in summary.stations if s.kind is not None for _ in range(s.count or 1)]
    facilities: dict[StationKind, int] = {}
    if any(k is not StationKind.WORK_STATION for k in kinds):
        facilities = {k: kinds.count(k) for k in StationKind if k in kinds}
    group_kinds = [g.kind for g in summary.groups if g.kind is not None]
    groups: dict[GroupKind, int] = {}
    if any(k is not GroupKind.DEPUTY_GROUP for k in group_kinds):
        groups = {k: group_kinds.count(k) for k in GroupKind if k in group_kinds}
    a = summary.activities
    return Structure(
        facilities=facilities,
        groups=groups,
        cadences=tuple(g for g in summary.groups if g.stretches_due),
        items=a.items_by_kind,
        bundled=sum(a.items_by_kind.values()),
        study=a.study_by_kind,
        others=a.others_taking_part,
        themes={t: f.activities for t, f in summary.activities_by_theme.items()},
        levels=a.participations_by_level,
        topics=a.topics,
        satisfaction=summary.opinions.public_satisfaction,
        bodies=tuple(c for c in summary.congresses if c.deputies_by_level),
    )
