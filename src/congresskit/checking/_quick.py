"""Quick tests that a record breaks none of the rules that span records.

Most records break no rule. The quick tests say so quickly, with set
operations and without building the paths a problem would need; only a record
they do not pass goes through the rule-by-rule methods of
:class:`congresskit.checking._rules.Checker`, which find and describe its
problems. A quick test may be stricter than the rules (the full method then
finds nothing), never more lenient.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from congresskit.checking._suggestion_rules import NumberKey, number_key
from congresskit.records.activities import Activity, Campaign
from congresskit.records.body import Place, Term, Unit
from congresskit.records.counts import Count
from congresskit.records.crediting import figures_fit
from congresskit.records.enums import MembershipKind, SuggestionKind
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.projects import LivelihoodProject
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Assigned, Replied, Reviewed, Suggestion

if TYPE_CHECKING:
    from congresskit.checking.recordset import RecordSet

__all__ = ["QuickTests"]


class QuickTests:
    """The quick tests, over the record set ``rs`` and the ``ids`` of each record type."""

    rs: RecordSet
    ids: dict[type[Any], set[str]]
    numbers: Counter[NumberKey]

    def deputy_checker(self) -> Callable[[Deputy], bool]:
        """A quick test that a deputy's memberships break no rule."""
        known = {
            MembershipKind.TERM: self.ids[Term],
            MembershipKind.GROUP: self.ids[DeputyGroup],
            MembershipKind.STATION: self.ids[Station],
        }

        def fine(d: Deputy) -> bool:
            seen: set[tuple[MembershipKind, str]] = set()
            for m in d.memberships:
                if m.of not in known[m.kind] or (m.kind, m.of) in seen:
                    return False  # unknown, or held twice: the full check looks at overlaps
                seen.add((m.kind, m.of))
            return True

        return fine

    def suggestion_checker(self, sessions: Mapping[str, Session]) -> Callable[[Suggestion], bool]:
        """A quick test that a suggestion breaks no rule."""
        deputies, known_sessions, units = self.ids[Deputy], self.ids[Session], self.ids[Unit]
        motions_checked = self.rs.congress is not None

        numbers = self.numbers

        def fine(s: Suggestion) -> bool:
            cosigners = s.cosigners
            if (s.lead is not None and s.lead not in deputies) or (
                cosigners
                and (
                    not deputies.issuperset(cosigners)
                    or s.lead in cosigners
                    or len(set(cosigners)) != len(cosigners)
                )
            ):
                return False
            if s.session is not None:
                session = sessions.get(s.session)
                if s.session not in known_sessions or (
                    session is not None and not session.start <= s.raised_on <= session.last_day
                ):
                    return False
            if s.number is not None and numbers:
                key = number_key(s)
                if key is not None and numbers[key] > 1:
                    return False
            if motions_checked and s.kind is SuggestionKind.MOTION:
                return False  # rare: the full check counts the signatories
            for e in s.events:
                if isinstance(e, Assigned):
                    if e.lead_unit not in units or not units.issuperset(e.assisting_units):
                        return False
                elif isinstance(e, Replied):
                    if e.unit is not None and e.unit not in units:
                        return False
                elif isinstance(e, Reviewed) and e.merged_into is not None:
                    return False  # rare: the full check follows the merge
            return True

        return fine

    def activity_checker(self) -> Callable[[Activity], bool]:
        """A quick test that an activity breaks no rule."""
        ids = self.ids
        organisers = ids[DeputyGroup] | ids[Station] | ids[Unit]
        if self.rs.congress is not None:
            organisers.add(self.rs.congress.id)
        groups, stations, campaigns = ids[DeputyGroup], ids[Station], ids[Campaign]
        deputies, places, units = ids[Deputy], ids[Place], ids[Unit]
        projects, suggestions = ids[LivelihoodProject], ids[Suggestion]
        activities = ids[Activity]

        def within(total: Count | None, items: int) -> bool:
            return total is None or total.at_least or items <= total.value

        def fine(a: Activity) -> bool:
            return (
                (a.organiser is None or a.organiser in organisers)
                and (a.group is None or a.group in groups)
                and (a.station is None or a.station in stations)
                and (a.campaign is None or a.campaign in campaigns)
                and deputies.issuperset(a.participants)
                and places.issuperset(a.places)
                and units.issuperset(a.units)
                and projects.issuperset(a.projects)
                and suggestions.issuperset(a.suggestions)
                and all(o.suggestion is None or o.suggestion in suggestions for o in a.opinions)
                and all(f.unit is None or f.unit in units for f in a.findings)
                and all(
                    units.issuperset(i.units)
                    and projects.issuperset(i.projects)
                    and (i.suggestion is None or i.suggestion in suggestions)
                    for i in a.items
                )
                and within(a.participants_reported, len(a.participants))
                and within(a.opinions_collected, len(a.opinions))
                and within(a.suggestions_reported, len(a.suggestions))
                and figures_fit(a)
                and all(
                    f.activity is None or (f.activity in activities and f.activity != a.id)
                    for f in a.follow_ups
                )
            )

        return fine
