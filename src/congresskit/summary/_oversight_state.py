"""The oversight part of a summary's state: evaluations, handling totals, units, receptions.

Kept apart from :class:`~congresskit.summary._state.State` so that each stays
readable; like it, every part is a commutative monoid (``add``, ``merge``).
"""

from __future__ import annotations

from typing import Any

from congresskit.records.activities import Activity
from congresskit.records.evaluations import Evaluation
from congresskit.records.handling_reports import HandlingReport
from congresskit.summary.oversight import EvaluationTally, ReportedTotals
from congresskit.summary.receptions import ReceptionTally
from congresskit.summary.scorecards import UnitTally

__all__ = ["OversightTallies"]


def _merge_dicts(mine: dict[str, Any], theirs: dict[str, Any], make: type[Any]) -> None:
    for key, tally in theirs.items():
        if key not in mine:
            mine[key] = make()
        mine[key].merge(tally)


class OversightTallies:
    """Evaluations, handling reports' totals, unit scorecards, receptions and channels."""

    def __init__(self) -> None:
        self.evaluations = EvaluationTally()
        self.reported = ReportedTotals()
        self.by_unit: dict[str, UnitTally] = {}
        self.receptions = ReceptionTally()
        # Continuous channels: itemised suggestions, and the channels' own reports.
        self.channel_raised: dict[str, int] = {}
        self.channel_reports: dict[str, ReportedTotals] = {}

    def add(self, record: Evaluation | HandlingReport) -> None:
        """Add an evaluation held in the period, or a handling report covering it."""
        if isinstance(record, Evaluation):
            self.evaluations.add(record)
        elif record.channel is not None:
            self.channel_reports.setdefault(record.channel, ReportedTotals()).add(record)
        else:
            self.reported.add(record)

    def add_activity(self, a: Activity) -> None:
        """Add an activity's opinions by disposition and the public's ratings, if any."""
        if a.dispositions is not None or a.opinions or a.public_ratings or a.public_satisfaction:
            self.receptions.add(a)

    def add_channel(self, channel: str) -> None:
        """Count an itemised suggestion raised through ``channel``."""
        self.channel_raised[channel] = self.channel_raised.get(channel, 0) + 1

    def merge(self, other: OversightTallies) -> None:
        self.evaluations.merge(other.evaluations)
        self.reported.merge(other.reported)
        self.receptions.merge(other.receptions)
        _merge_dicts(self.by_unit, other.by_unit, UnitTally)
        _merge_dicts(self.channel_reports, other.channel_reports, ReportedTotals)
        for name, n in other.channel_raised.items():
            self.channel_raised[name] = self.channel_raised.get(name, 0) + n

    def _key(self) -> tuple[Any, ...]:
        return (
            self.evaluations,
            self.reported,
            self.by_unit,
            self.receptions,
            self.channel_raised,
            self.channel_reports,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OversightTallies) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]
