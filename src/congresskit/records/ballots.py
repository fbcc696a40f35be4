"""The rule of a livelihood-project ballot, and the selection it implies.

A ballot's rule says how many places there are, which majority a project needs
(of all deputies, of the ballots returned, or none), and whether the places go in
order of votes. From the tallies the rule derives which projects are selected;
:func:`congresskit.check` compares that with the ``selected`` the source records,
and reports a tie for the last place.

>>> rule = BallotRule(places=1, majority=Majority.BALLOTS_RETURNED)
>>> rule.select({"p1": 42, "p2": 3}, ballots_returned=45, entitled=None)
Selection(selected=('p1',), tied=())
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import NamedTuple

import attrs

from congresskit.records import _validators as v

__all__ = ["BallotRule", "Majority", "Selection"]


class Majority(enum.Enum):
    """Which majority a candidate needs: of all deputies, of the ballots returned, or none."""

    ALL_DEPUTIES = "all_deputies"
    BALLOTS_RETURNED = "ballots_returned"
    NONE = "none"


class Selection(NamedTuple):
    """The projects a rule selects, and those tied for the last place (none selected then)."""

    selected: tuple[str, ...]
    tied: tuple[str, ...]


@attrs.frozen(kw_only=True)
class BallotRule:
    """How a ballot selects projects (差额票决).

    Attributes:
        places: how many projects are to be selected (应选项目数), if fixed.
        majority: the majority a project needs: more than half of all
            deputies (``all_deputies``), of the ballots returned
            (``ballots_returned``), or no majority (``none``).
        rank_order: whether places go to the projects with the most votes
            (the usual rule); if not, every project with the majority is
            selected, up to ``places``.
    """

    places: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    majority: Majority = attrs.field(default=Majority.ALL_DEPUTIES, validator=v.member_of(Majority))
    rank_order: bool = attrs.field(default=True, validator=v.instance(bool, "a bool"))

    def select(
        self, yes: Mapping[str, int], *, ballots_returned: int | None, entitled: int | None
    ) -> Selection | None:
        """The projects the rule selects from their ``yes`` votes.

        Returns ``None`` when the majority's base (the deputies entitled, or
        the ballots returned) is not stated. Projects with the same votes
        for the last place are ``tied``, and the place stays open.
        """
        base = {
            Majority.ALL_DEPUTIES: entitled,
            Majority.BALLOTS_RETURNED: ballots_returned,
            Majority.NONE: 0,
        }[self.majority]
        if base is None:
            return None
        passing = [p for p, n in yes.items() if 2 * n > base]
        if not self.rank_order and self.places is not None and len(passing) > self.places:
            return Selection((), tuple(sorted(passing)))
        if not self.rank_order or self.places is None or len(passing) <= self.places:
            return Selection(tuple(sorted(passing)), ())
        ranked = sorted(passing, key=lambda p: -yes[p])
        cutoff = yes[ranked[self.places - 1]]
        above = [p for p in ranked if yes[p] > cutoff]
        at = [p for p in ranked if yes[p] == cutoff]
        if len(above) + len(at) <= self.places:
            return Selection(tuple(sorted(above + at)), ())
        return Selection(tuple(sorted(above)), tuple(sorted(at)))
