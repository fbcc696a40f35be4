"""Filing a deputy's suggestions under the groups and stations the deputy belonged to.

A group's or station's suggestions are those whose lead deputy was its member on
the day they were raised (later moves change nothing); a suggestion whose lead
deputy is not stated is filed under none. :class:`Filing` is part of
:class:`congresskit.summary._state.State`.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from congresskit.records.enums import MembershipKind
from congresskit.records.people import Deputy
from congresskit.summary._state_help import _tally
from congresskit.summary._tally import SuggestionTally

__all__ = ["Filing"]


class Filing:
    """Where a state files suggestions by their lead deputy's memberships."""

    sug_by_group: dict[str, SuggestionTally]
    sug_by_station: dict[str, SuggestionTally]
    maybe_by_group: dict[str, int]
    maybe_by_station: dict[str, int]

    def memberships(
        self, deputy: Deputy, day: dt.date
    ) -> list[tuple[str, dict[str, SuggestionTally] | dict[str, int]]]:
        """Where ``deputy``'s suggestions of ``day`` are filed: the group and station
        breakdowns of the memberships in force that day, and the counters of
        "may be its" of those in force on only part of a vague day."""
        result: list[tuple[str, dict[str, SuggestionTally] | dict[str, int]]] = []
        for kind, breakdown, maybe in (
            (MembershipKind.GROUP, self.sug_by_group, self.maybe_by_group),
            (MembershipKind.STATION, self.sug_by_station, self.maybe_by_station),
        ):
            certain, possible = deputy.memberships_at(kind, day)
            result.extend((key, breakdown) for key in certain)
            result.extend((key, maybe) for key in possible)
        return result

    def is_maybe(self, breakdown: object) -> bool:
        return breakdown is self.maybe_by_group or breakdown is self.maybe_by_station

    def file(self, deputy: Deputy, day: dt.date, tally: SuggestionTally) -> None:
        """File suggestions of ``deputy`` raised on ``day`` under its groups and stations."""
        for key, breakdown in self.memberships(deputy, day):
            if self.is_maybe(breakdown):
                counter = cast("dict[str, int]", breakdown)
                counter[key] = counter.get(key, 0) + tally.suggestions
            else:
                _tally(breakdown, key, SuggestionTally).merge(tally)
