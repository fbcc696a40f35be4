"""Rules on an activity's parts that refer to other parts or records.

Participants' own figures against the participants and the activity's totals,
and the earlier activities whose opinions an activity followed up.
:class:`ActivityRules` is part of :class:`congresskit.checking._rules.Checker`.
"""

from __future__ import annotations

from congresskit.checking._part import CheckerPart
from congresskit.records.activities import Activity
from congresskit.records.crediting import figures_exceeding

__all__ = ["ActivityRules"]


class ActivityRules(CheckerPart):
    """The rules on an activity's participant figures and follow-ups."""

    def follow_ups(self, path: str, a: Activity) -> None:
        known = self.ids[Activity]
        for j, f in enumerate(a.follow_ups):
            where = f"{path}.follow_ups[{j}].activity"
            if f.activity is None:
                continue
            if f.activity == a.id:
                self.add(
                    where,
                    a.id,
                    "reference",
                    "an activity follows up the opinions of an earlier one, not its own; "
                    "name the earlier activity",
                )
            elif f.activity not in known:
                self.add(
                    where,
                    a.id,
                    "reference",
                    f"refers to unknown Activity {f.activity!r}; leave the id out and name "
                    "the earlier activity in 'earlier' if its record is not among these",
                )

    def participant_figures(self, path: str, a: Activity) -> None:
        listed, seen = set(a.participants), dict[str, int]()
        for j, entry in enumerate(a.participant_figures):
            where = f"{path}.participant_figures[{j}].deputy"
            if entry.deputy not in listed:
                self.add(
                    where,
                    a.id,
                    "participant_figures",
                    f"figures of deputy {entry.deputy!r}, who is not among the participants; "
                    "list the deputy in participants or remove the figures",
                )
            if entry.deputy in seen:
                self.add(
                    where,
                    a.id,
                    "participant_figures",
                    f"deputy {entry.deputy!r} is given figures twice "
                    f"(also participant_figures[{seen[entry.deputy]}]); merge them",
                )
            seen.setdefault(entry.deputy, j)
        for figure, own, total in figures_exceeding(a):
            self.add(
                f"{path}.participant_figures",
                a.id,
                "participant_total",
                f"participants' own {figure} add up to {own}, more than the activity's "
                f"{figure} of {total}",
            )
