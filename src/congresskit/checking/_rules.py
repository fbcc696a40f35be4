"""The rules that span records: references, numbering, dates and reported totals.

Each rule walks the record set and adds a :class:`~congresskit.errors.Problem` with the
$-path, the record id and the rule's name; :func:`congresskit.check` returns them all. Most
records break no rule: the quick tests in :mod:`congresskit.checking._quick` let those
through, and only a record that fails a quick test goes through the rule-by-rule methods here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from congresskit.checking._activity_rules import ActivityRules
from congresskit.checking._consistency import ConsistencyRules
from congresskit.checking._oversight import check_oversight
from congresskit.checking._quick import QuickTests
from congresskit.checking._rulebook import check_rulebook
from congresskit.checking._suggestion_rules import SuggestionRules, numbered
from congresskit.checking._warnings import warnings
from congresskit.checking.recordset import COLLECTIONS, RecordSet
from congresskit.errors import Problem, code_of
from congresskit.records.activities import Activity, Campaign
from congresskit.records.agenda import (
    AgendaItem,
    Election,
    Inquiry,
    ProjectBallot,
    ReportReview,
    Resolution,
)
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.enums import MembershipKind
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.policy import Policy
from congresskit.records.projects import LivelihoodProject
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Suggestion

__all__ = ["Checker"]


class Checker(QuickTests, ConsistencyRules, ActivityRules, SuggestionRules):
    """The collection check over one record set, collecting every problem it finds."""

    def __init__(
        self,
        records: RecordSet,
        policy: Policy,
        unbuilt: Mapping[type[Any], Collection[str]] | None = None,
        limit: int | None = None,
    ) -> None:
        self.rs = records
        self.policy = policy
        self.problems: list[Problem] = []
        # Beyond the limit, problems are counted, not kept: memory stays bounded.
        self.limit = limit
        self.errors = 0
        self.more = 0
        # Whether warnings are kept (validate() keeps only errors unless strict).
        self.warnings = True
        self.ids: dict[type[Any], set[str]] = {
            cls: {r.id for r in getattr(records, name)} for name, cls in COLLECTIONS
        }
        # The ids of records that failed to build: they exist, so a reference to
        # one is not to an unknown record (their own problems are reported apart).
        self.unbuilt = unbuilt or {}
        # How many suggestions use each number of a session (JSON Lines: set from the first pass).
        self.numbers = numbered(records.suggestions)

    def add(self, path: str, record: str | None, rule: str, message: str) -> None:
        if code_of(rule).severity == "warning":
            # Warnings are at most a few per record: kept, unless only errors are asked for.
            if not self.warnings:
                return
        elif self.limit is not None and self.errors >= self.limit:
            self.more += 1
            return
        else:
            self.errors += 1
        self.problems.append(Problem(path=path, record=record, rule=rule, message=message))

    def ref(self, path: str, record: str, value: str | None, *kinds: type[Any]) -> None:
        if value is None or any(value in self.ids[k] for k in kinds):
            return
        names = " or ".join(k.__name__ for k in kinds)
        self.add(path, record, "reference", f"refers to unknown {names} {value!r}")

    def refs(self, path: str, record: str, values: Sequence[str], *kinds: type[Any]) -> None:
        for i, value in enumerate(values):
            self.ref(f"{path}[{i}]", record, value, *kinds)

    def run(self) -> list[Problem]:
        self.duplicates()
        for cls, ids in self.unbuilt.items():
            self.ids[cls] = self.ids.get(cls, set()) | set(ids)
        rs = self.rs
        if rs.congress is not None:
            # A sub-district committee's deputies serve terms of the district congress.
            own = {rs.congress.id}
            if not rs.congress.level.holds_sessions and rs.congress.parent is not None:
                own.add(rs.congress.parent)
            for i, t in enumerate(rs.terms):
                if t.congress not in own:
                    self.add(
                        f"$.terms[{i}].congress",
                        t.id,
                        "reference",
                        f"term of congress {t.congress!r}, but the records are of "
                        f"{rs.congress.id!r}",
                    )
        for i, u in enumerate(rs.units):
            self.ref(f"$.units[{i}].parent", u.id, u.parent, Unit)
        fine_deputy = self.deputy_checker()
        for i, d in enumerate(rs.deputies):
            if not fine_deputy(d):
                self.deputy(f"$.deputies[{i}]", d)
        for i, g in enumerate(rs.groups):
            self.ref(f"$.groups[{i}].term", g.id, g.term, Term)
            self.ref(f"$.groups[{i}].station", g.id, g.station, Station)
        for i, s in enumerate(rs.stations):
            self.ref(f"$.stations[{i}].place", s.id, s.place, Place)
        self.sessions()
        for i, m in enumerate(rs.presidium_meetings):
            path = f"$.presidium_meetings[{i}]"
            self.ref(f"{path}.term", m.id, m.term, Term)
            self.agenda(path, m.id, m.agenda, None)
        for i, p in enumerate(rs.projects):
            for j, visit in enumerate(p.visits):
                self.refs(f"$.projects[{i}].visits[{j}].deputies", p.id, visit.deputies, Deputy)
            self.ref(f"$.projects[{i}].session", p.id, p.session, Session)
            self.ref(f"$.projects[{i}].responsible_unit", p.id, p.responsible_unit, Unit)
        for i, c in enumerate(rs.campaigns):
            for j, role in enumerate(c.roles):
                self.refs(f"$.campaigns[{i}].roles[{j}].deputies", c.id, role.deputies, Deputy)
        self.suggestions()
        fine = self.activity_checker()
        for i, a in enumerate(rs.activities):
            if not fine(a):
                self.activity(f"$.activities[{i}]", a)
        for i, plan in enumerate(rs.plans):
            if rs.congress is not None and plan.congress != rs.congress.id:
                self.add(
                    f"$.plans[{i}].congress",
                    plan.id,
                    "reference",
                    f"plan of congress {plan.congress!r}, but the records are of "
                    f"{rs.congress.id!r}",
                )
            for j, item in enumerate(plan.items):
                for k, target in enumerate(item.targets):
                    path = f"$.plans[{i}].items[{j}].targets[{k}].units"
                    self.refs(path, plan.id, target.units, Unit)
        self.consistency()
        check_rulebook(self)
        if rs.congress is not None and not rs.congress.level.holds_sessions:
            for i, session in enumerate(rs.sessions):
                self.add(
                    f"$.sessions[{i}]",
                    session.id,
                    "sessions_of_subdistrict",
                    f"a {rs.congress.level.value} body holds no sessions; record the "
                    "district congress's sessions with the district's records",
                )
        check_oversight(self)
        if self.warnings:
            self.problems.extend(warnings(rs))
        return self.problems

    def duplicates(self) -> None:
        for name, cls in COLLECTIONS:
            records = getattr(self.rs, name)
            if len(self.ids[cls]) == len(records):
                continue  # every id is used once
            counts = Counter(r.id for r in records)
            for i, record in enumerate(records):
                if counts[record.id] > 1:
                    self.add(
                        f"$.{name}[{i}].id",
                        record.id,
                        "duplicate_id",
                        f"id {record.id!r} is used by {counts[record.id]} {name}",
                    )

    def deputy(self, path: str, d: Deputy) -> None:
        kinds = {
            MembershipKind.TERM: Term,
            MembershipKind.GROUP: DeputyGroup,
            MembershipKind.STATION: Station,
        }
        for j, m in enumerate(d.memberships):
            self.ref(f"{path}.memberships[{j}].of", d.id, m.of, kinds[m.kind])
            for k in range(j):
                other = d.memberships[k]
                if other.kind is m.kind and other.of == m.of and other.overlaps(m.start, m.end):
                    self.add(
                        f"{path}.memberships[{j}]",
                        d.id,
                        "overlap",
                        f"{m.kind.value} membership of {m.of!r} from {m.start} overlaps "
                        f"memberships[{k}] from {other.start}",
                    )

    def sessions(self) -> None:
        terms = self.rs.index(Term)
        numbers: Counter[tuple[str, int]] = Counter((s.term, s.number) for s in self.rs.sessions)
        itemised = Counter(s.session for s in self.rs.suggestions if s.session is not None)
        for i, s in enumerate(self.rs.sessions):
            path = f"$.sessions[{i}]"
            self.ref(f"{path}.term", s.id, s.term, Term)
            term = terms.get(s.term)
            if term is not None and (term.excludes(s.start) or term.excludes(s.last_day)):
                self.add(
                    f"{path}.start",
                    s.id,
                    "session_in_term",
                    f"session held {s.start}..{s.last_day} falls outside term {term.number} "
                    f"({term.start or '?'}..{term.end or '?'})",
                )
            if numbers[(s.term, s.number)] > 1:
                self.add(
                    f"{path}.number",
                    s.id,
                    "session_number",
                    f"session number {s.number} is used twice in term {s.term!r}",
                )
            reported = s.suggestions_reported
            if reported and not reported.at_least and itemised[s.id] > reported.value:
                self.add(
                    f"{path}.suggestions_reported",
                    s.id,
                    "reported_total",
                    f"{itemised[s.id]} suggestions are recorded at the session, more than "
                    f"the {reported.value} reported",
                )
            if s.attendance is not None:
                self.refs(f"{path}.attendance.excused", s.id, s.attendance.excused, Deputy)
            for j, speech in enumerate(s.speeches):
                self.ref(f"{path}.speeches[{j}].deputy", s.id, speech.deputy, Deputy)
            for j, official in enumerate(s.officials):
                self.ref(f"{path}.officials[{j}].deputy", s.id, official.deputy, Deputy)
            self.agenda(path, s.id, s.agenda, s.attendance.due if s.attendance else None)

    def agenda(self, path: str, rid: str, agenda: Sequence[AgendaItem], due: int | None) -> None:
        for j, item in enumerate(agenda):
            where = f"{path}.agenda[{j}]"
            counted: tuple[str, int | None] = ("", None)
            if isinstance(item, ReportReview):
                self.ref(f"{where}.unit", rid, item.unit, Unit)
            elif isinstance(item, Resolution) and item.tally is not None:
                counted = ("tally", item.tally.counted)
            elif isinstance(item, Election):
                for k, c in enumerate(item.candidates):
                    self.ref(f"{where}.candidates[{k}].deputy", rid, c.deputy, Deputy)
                counted = ("ballots_issued", item.ballots_issued)
            elif isinstance(item, ProjectBallot):
                for k, option in enumerate(item.candidates):
                    where_k = f"{where}.candidates[{k}].project"
                    self.ref(where_k, rid, option.project, LivelihoodProject)
                counted = ("ballots_issued", item.ballots_issued)
            elif isinstance(item, Inquiry):
                self.refs(f"{where}.deputies", rid, item.deputies, Deputy)
                self.ref(f"{where}.addressed_to", rid, item.addressed_to, Unit)
            field, number = counted
            if due is not None and number is not None and number > due:
                self.add(
                    f"{where}.{field}",
                    rid,
                    "entitled",
                    f"{number} counted, more than the {due} deputies entitled to vote",
                )

    def suggestions(self) -> None:
        sessions = self.rs.index(Session)
        fine = self.suggestion_checker(sessions)
        for i, s in enumerate(self.rs.suggestions):
            if not fine(s):
                self.suggestion(f"$.suggestions[{i}]", s, sessions)

    def activity(self, path: str, a: Activity) -> None:
        anybody = (Congress, DeputyGroup, Station, Unit)
        if a.organiser is not None and not (
            (self.rs.congress is not None and a.organiser == self.rs.congress.id)
            or any(a.organiser in self.ids.get(k, ()) for k in anybody)
        ):
            self.add(
                f"{path}.organiser",
                a.id,
                "reference",
                f"refers to unknown Congress, DeputyGroup, Station or Unit {a.organiser!r}",
            )
        self.ref(f"{path}.group", a.id, a.group, DeputyGroup)
        self.ref(f"{path}.station", a.id, a.station, Station)
        self.ref(f"{path}.campaign", a.id, a.campaign, Campaign)
        self.refs(f"{path}.participants", a.id, a.participants, Deputy)
        self.refs(f"{path}.places", a.id, a.places, Place)
        self.refs(f"{path}.units", a.id, a.units, Unit)
        self.refs(f"{path}.projects", a.id, a.projects, LivelihoodProject)
        self.refs(f"{path}.suggestions", a.id, a.suggestions, Suggestion)
        for j, o in enumerate(a.opinions):
            self.ref(f"{path}.opinions[{j}].suggestion", a.id, o.suggestion, Suggestion)
        for j, f in enumerate(a.findings):
            self.ref(f"{path}.findings[{j}].unit", a.id, f.unit, Unit)
        for j, item in enumerate(a.items):
            self.refs(f"{path}.items[{j}].units", a.id, item.units, Unit)
            self.refs(f"{path}.items[{j}].projects", a.id, item.projects, LivelihoodProject)
            self.ref(f"{path}.items[{j}].suggestion", a.id, item.suggestion, Suggestion)
        for field, items in (
            ("participants", a.participants),
            ("opinions", a.opinions),
            ("suggestions", a.suggestions),
        ):
            total_field = "opinions_collected" if field == "opinions" else f"{field}_reported"
            total = getattr(a, total_field)
            if total is not None and not total.at_least and len(items) > total.value:
                self.add(
                    f"{path}.{total_field}",
                    a.id,
                    "reported_total",
                    f"{len(items)} {field} are listed, more than the {total.value} reported",
                )
        self.participant_figures(path, a)
        self.follow_ups(path, a)
