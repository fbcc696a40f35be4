"""Opinions from the public by disposition, the public's satisfaction, and continuous channels.

Receptions and visits collect opinions; sources say what became of them item
by item (:class:`~congresskit.Opinion`) or as counts
(:class:`~congresskit.Dispositions`). A summary adds both up by disposition:
answered on the spot, turned into suggestions, forwarded, and not accounted
for (an itemised opinion still pending counts as not accounted for), and the
forwarded ones by the level that resolved them, where sources say. The
public's satisfaction with receptions is kept apart from deputies' ratings
of replies. Suggestions raised through a continuous channel, and the
channel's own handling reports, are summed per channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from congresskit.records.activities import Activity
from congresskit.records.counts import Count
from congresskit.records.enums import Level, OpinionResolution, Satisfaction
from congresskit.summary.oversight import HandlingFigures

__all__ = ["ChannelFigures", "OpinionFigures"]

_FIELDS = ("answered_on_spot", "turned_into_suggestions", "forwarded", "unaccounted")
_ITEMISED = {
    OpinionResolution.ANSWERED_ON_SPOT: "answered_on_spot",
    OpinionResolution.TURNED_INTO_SUGGESTION: "turned_into_suggestions",
    OpinionResolution.FORWARDED: "forwarded",
    OpinionResolution.PENDING: "unaccounted",
}


class ReceptionTally:
    """Opinions by disposition and the public's ratings, added up (mergeable)."""

    def __init__(self) -> None:
        # disposition -> [value, at_least, stated]
        self.dispositions: dict[str, list[int]] = {}
        self.ratings: dict[Satisfaction, list[int]] = {}
        # Forwarded opinions resolved, by level: level -> [value, at_least, stated].
        self.resolved: dict[Level, list[int]] = {}
        self.counted = 0  # activities that give dispositions as counts
        # The public's satisfaction as percentages stated: (value, at_least) -> how many times.
        self.stated: dict[tuple[int, bool], int] = {}

    @staticmethod
    def _add(sums: dict[Any, list[int]], key: Any, value: int, at_least: bool) -> None:
        entry = sums.setdefault(key, [0, 0, 0])
        entry[0] += value
        entry[1] |= at_least
        entry[2] += 1

    def add(self, a: Activity) -> None:
        itemised = dict.fromkeys(_FIELDS, 0)
        for opinion in a.opinions:
            itemised[_ITEMISED[opinion.resolution]] += 1
        d = a.dispositions
        self.counted += d is not None
        for name in _FIELDS:
            count: Count | None = getattr(d, name) if d is not None else None
            n = itemised[name]
            if count is not None or n:
                value = n + (count.value if count is not None else 0)
                self._add(self.dispositions, name, value, count is not None and count.at_least)
        for r in a.public_ratings:
            self._add(self.ratings, r.level, r.count.value, r.count.at_least)
        for c in d.resolved_by_level if d is not None else ():
            self._add(self.resolved, c.level, c.count.value, c.count.at_least)
        share = a.public_satisfaction
        if share is not None:
            key = (share.value, share.at_least)
            self.stated[key] = self.stated.get(key, 0) + 1

    @staticmethod
    def _merge(mine: dict[Any, list[int]], theirs: dict[Any, list[int]]) -> None:
        for key, (value, at_least, stated) in theirs.items():
            entry = mine.setdefault(key, [0, 0, 0])
            entry[0] += value
            entry[1] |= at_least
            entry[2] += stated

    def merge(self, other: ReceptionTally) -> None:
        self._merge(self.dispositions, other.dispositions)
        self._merge(self.ratings, other.ratings)
        self._merge(self.resolved, other.resolved)
        self.counted += other.counted
        for key, n in other.stated.items():
            self.stated[key] = self.stated.get(key, 0) + n

    def __eq__(self, other: object) -> bool:
        mine = (self.dispositions, self.ratings, self.resolved, self.counted, self.stated)
        return isinstance(other, ReceptionTally) and mine == (
            other.dispositions,
            other.ratings,
            other.resolved,
            other.counted,
            other.stated,
        )

    __hash__ = None  # type: ignore[assignment]

    def figures(self) -> OpinionFigures:
        def count(entry: list[int] | None) -> Count | None:
            return None if entry is None else Count(entry[0], at_least=bool(entry[1]))

        return OpinionFigures(
            answered_on_spot=count(self.dispositions.get("answered_on_spot")),
            turned_into_suggestions=count(self.dispositions.get("turned_into_suggestions")),
            forwarded=count(self.dispositions.get("forwarded")),
            unaccounted=count(self.dispositions.get("unaccounted")),
            resolved_by_level={
                level: Count(e[0], at_least=bool(e[1]))
                for level in Level
                if (e := self.resolved.get(level)) is not None
            },
            counted=self.counted,
            public_ratings={
                level: Count(e[0], at_least=bool(e[1]))
                for level in Satisfaction
                if (e := self.ratings.get(level)) is not None
            },
            public_satisfaction=tuple(
                Count(value, at_least=lower)
                for (value, lower), n in sorted(self.stated.items())
                for _ in range(n)
            ),
        )


@attrs.frozen(kw_only=True)
class OpinionFigures:
    """Opinions from the public in the period, by what became of them.

    Attributes:
        answered_on_spot, turned_into_suggestions, forwarded, unaccounted:
            the opinions of each disposition, itemised and counted together;
            ``None`` when no record states it.
        resolved_by_level: the forwarded opinions resolved at each level
            (街道层面解决, 区层面解决), summed over the activities that say;
            levels no activity states are left out (not stated, not 0).
        counted: how many activities give their dispositions as counts
            (the others itemise their opinions).
        public_ratings: the public's satisfaction with receptions, per level.
        public_satisfaction: the public's satisfaction as percentages the
            activities state (群众满意度 100%), one per activity that states
            one, from the lowest; shares of unknown bases are listed, never
            averaged.
    """

    answered_on_spot: Count | None
    turned_into_suggestions: Count | None
    forwarded: Count | None
    unaccounted: Count | None
    counted: int
    public_ratings: Mapping[Satisfaction, Count]
    public_satisfaction: tuple[Count, ...] = ()
    resolved_by_level: Mapping[Level, Count] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class ChannelFigures:
    """One continuous channel in the period.

    Attributes:
        name: the channel's name.
        suggestions: itemised suggestions raised through it in the period.
        handling: the totals and ratings of the channel's own handling reports.
    """

    name: str
    suggestions: int
    handling: HandlingFigures
