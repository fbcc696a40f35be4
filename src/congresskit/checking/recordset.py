"""A set of records, and the collection-level check over it.

Field rules are checked when each record is built; rules that span records
(ids that must exist, sessions inside their term, tallies against the roll) are
checked here, over the whole set, and every problem is reported at once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeAlias

import attrs

from congresskit.errors import Problem, UnknownRecordError, ValidationError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.activities import Activity, Campaign
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.counts import Count
from congresskit.records.enums import MembershipKind, SuggestionKind
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.projects import LivelihoodProject
from congresskit.records.sessions import (
    AgendaItem,
    Election,
    Inquiry,
    PresidiumMeeting,
    ProjectBallot,
    ReportReview,
    Resolution,
    Session,
)
from congresskit.records.suggestions import Assigned, Replied, Reviewed, Suggestion
from congresskit.records.tombstones import Tombstone

__all__ = ["AnyRecord", "RecordSet", "check", "validate"]

#: Any top-level record.
AnyRecord: TypeAlias = (
    Congress
    | Term
    | Unit
    | Place
    | Deputy
    | DeputyGroup
    | Station
    | Session
    | PresidiumMeeting
    | Suggestion
    | Activity
    | Campaign
    | LivelihoodProject
    | WorkPlan
)

#: The record set's list fields, in document order, with the type each holds.
COLLECTIONS: tuple[tuple[str, type[Any]], ...] = (
    ("terms", Term),
    ("units", Unit),
    ("places", Place),
    ("deputies", Deputy),
    ("groups", DeputyGroup),
    ("stations", Station),
    ("sessions", Session),
    ("presidium_meetings", PresidiumMeeting),
    ("projects", LivelihoodProject),
    ("campaigns", Campaign),
    ("suggestions", Suggestion),
    ("activities", Activity),
    ("plans", WorkPlan),
)
_FIELD_OF_TYPE = {cls: name for name, cls in COLLECTIONS}


def _records(cls: type[Any]) -> Any:
    return attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(cls, cls.__name__))
    )


@attrs.frozen(kw_only=True)
class RecordSet:
    """The records of one congress body, grouped by type.

    Attributes:
        congress: the body the records describe, if given.
        terms, units, places, deputies, groups, stations, sessions,
        presidium_meetings, projects, campaigns, suggestions, activities,
        plans: the records of each type.
        tombstones: deletions to pass on in an incremental exchange (they are
            not records: iterating and ``len`` leave them out).

    >>> rs = RecordSet.from_records([Place(id="v1", name="称沱村")])
    >>> [p.name for p in rs.places], len(rs)
    (['称沱村'], 1)
    """

    congress: Congress | None = attrs.field(
        default=None, validator=v.optional(v.instance(Congress, "a Congress"))
    )
    terms: tuple[Term, ...] = _records(Term)
    units: tuple[Unit, ...] = _records(Unit)
    places: tuple[Place, ...] = _records(Place)
    deputies: tuple[Deputy, ...] = _records(Deputy)
    groups: tuple[DeputyGroup, ...] = _records(DeputyGroup)
    stations: tuple[Station, ...] = _records(Station)
    sessions: tuple[Session, ...] = _records(Session)
    presidium_meetings: tuple[PresidiumMeeting, ...] = _records(PresidiumMeeting)
    projects: tuple[LivelihoodProject, ...] = _records(LivelihoodProject)
    campaigns: tuple[Campaign, ...] = _records(Campaign)
    suggestions: tuple[Suggestion, ...] = _records(Suggestion)
    activities: tuple[Activity, ...] = _records(Activity)
    plans: tuple[WorkPlan, ...] = _records(WorkPlan)
    tombstones: tuple[Tombstone, ...] = _records(Tombstone)

    @classmethod
    def from_records(cls, records: Iterable[AnyRecord]) -> RecordSet:
        """Sort records of any types into a record set (a :class:`Congress` becomes ``congress``).

        Raises:
            TypeError: an item is not a congresskit record, or there are two
                different congress records.
        """
        lists: dict[str, list[Any]] = defaultdict(list)
        congress: Congress | None = None
        for record in records:
            if isinstance(record, Congress):
                if congress is not None and congress != record:
                    msg = f"two congress records: {congress.id!r} and {record.id!r}"
                    raise TypeError(msg)
                congress = record
                continue
            name = _FIELD_OF_TYPE.get(type(record))
            if name is None:
                msg = f"not a congresskit record: {type(record).__name__}"
                raise TypeError(msg)
            lists[name].append(record)
        return cls(congress=congress, **{k: tuple(items) for k, items in lists.items()})

    def __iter__(self) -> Iterator[AnyRecord]:
        """Every record, the congress first, then each type in document order."""
        if self.congress is not None:
            yield self.congress
        for name, _ in COLLECTIONS:
            yield from getattr(self, name)

    def __len__(self) -> int:
        return (self.congress is not None) + sum(len(getattr(self, n)) for n, _ in COLLECTIONS)

    def __repr__(self) -> str:
        """Short: the congress and how many records of each type (``attrs.asdict`` has them all)."""
        congress = repr(self.congress.id) if self.congress is not None else "no congress"
        held = [f"{n}={len(getattr(self, n))}" for n, _ in COLLECTIONS if getattr(self, n)]
        if self.tombstones:
            held.append(f"tombstones={len(self.tombstones)}")
        return f"<RecordSet {congress}: {', '.join(held) or 'no records'}>"

    def _repr_html_(self) -> str:
        # Notebook display is the reports layer's work, imported only when a notebook asks.
        from congresskit.reports.display import records_html

        return records_html(self)

    def __or__(self, other: RecordSet) -> RecordSet:
        """The union of two record sets; a record present in both (equal) is kept once.

        Records with the same id but different contents are both kept, and
        :func:`check` reports the duplicate id.
        """
        if not isinstance(other, RecordSet):
            return NotImplemented
        if self.congress and other.congress and self.congress != other.congress:
            msg = f"cannot join records of {self.congress.id!r} and {other.congress.id!r}"
            raise ValueError(msg)
        merged = {}
        for name, _ in COLLECTIONS:
            mine = getattr(self, name)
            seen = set(mine)
            merged[name] = mine + tuple(r for r in getattr(other, name) if r not in seen)
        gone = set(self.tombstones)
        tombstones = self.tombstones + tuple(t for t in other.tombstones if t not in gone)
        return RecordSet(congress=self.congress or other.congress, tombstones=tombstones, **merged)

    def index(self, cls: type[Any]) -> Mapping[str, Any]:
        """The records of type ``cls`` by id (the last wins if an id repeats)."""
        return {r.id: r for r in getattr(self, _FIELD_OF_TYPE[cls])}

    def get(self, cls: type[Any], record_id: str) -> Any:
        """The record of type ``cls`` with id ``record_id``.

        Raises:
            UnknownRecordError: there is none.
        """
        for record in getattr(self, _FIELD_OF_TYPE[cls]):
            if record.id == record_id:
                return record
        raise UnknownRecordError(cls.__name__, record_id)


class _Checker:
    def __init__(self, records: RecordSet, policy: Policy) -> None:
        self.rs = records
        self.policy = policy
        self.problems: list[Problem] = []
        self.ids: dict[type[Any], set[str]] = {
            cls: {r.id for r in getattr(records, name)} for name, cls in COLLECTIONS
        }

    def add(self, path: str, record: str | None, rule: str, message: str) -> None:
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
        rs = self.rs
        if rs.congress is not None:
            for i, t in enumerate(rs.terms):
                if t.congress != rs.congress.id:
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

    # Most records break no rule. The checkers below say so quickly, with set
    # operations and without building the paths a problem would need; only a
    # record they do not pass goes through the rule-by-rule methods, which find
    # and describe its problems. A checker may be stricter than the rules (the
    # full method then finds nothing), never more lenient.

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

        def fine(s: Suggestion) -> bool:
            cosigners = s.cosigners
            if s.lead not in deputies or (
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
                and within(a.participants_reported, len(a.participants))
                and within(a.opinions_collected, len(a.opinions))
                and within(a.suggestions_reported, len(a.suggestions))
            )

        return fine

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
            if term is not None and not (term.contains(s.start) and term.contains(s.last_day)):
                self.add(
                    f"{path}.start",
                    s.id,
                    "session_in_term",
                    f"session held {s.start}..{s.last_day} falls outside term {term.number} "
                    f"({term.start}..{term.end})",
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
            due = s.attendance.due if s.attendance else None
            self.agenda(path, s.id, s.agenda, due)

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
        congress = self.rs.congress
        fine = self.suggestion_checker(sessions)
        for i, s in enumerate(self.rs.suggestions):
            if fine(s):
                continue
            path = f"$.suggestions[{i}]"
            self.ref(f"{path}.lead", s.id, s.lead, Deputy)
            self.refs(f"{path}.cosigners", s.id, s.cosigners, Deputy)
            seen = {s.lead}
            for j, signer in enumerate(s.cosigners):
                if signer in seen:
                    self.add(
                        f"{path}.cosigners[{j}]",
                        s.id,
                        "signed_twice",
                        f"deputy {signer!r} signs the suggestion twice",
                    )
                seen.add(signer)
            self.ref(f"{path}.session", s.id, s.session, Session)
            session = sessions.get(s.session) if s.session else None
            if session is not None and not session.start <= s.raised_on <= session.last_day:
                self.add(
                    f"{path}.raised_on",
                    s.id,
                    "raised_at_session",
                    f"raised on {s.raised_on}, outside session {session.id!r} "
                    f"({session.start}..{session.last_day})",
                )
            if s.kind is SuggestionKind.MOTION and congress is not None:
                needed = self.policy.min_signatories(congress.level)
                if len(seen) < needed:
                    self.add(
                        f"{path}.cosigners",
                        s.id,
                        "motion_signatories",
                        f"a motion at {congress.level.value} level needs {needed} deputies; "
                        f"this one has {len(seen)}",
                    )
            for j, e in enumerate(s.events):
                where = f"{path}.events[{j}]"
                if isinstance(e, Assigned):
                    self.ref(f"{where}.lead_unit", s.id, e.lead_unit, Unit)
                    self.refs(f"{where}.assisting_units", s.id, e.assisting_units, Unit)
                elif isinstance(e, Replied):
                    self.ref(f"{where}.unit", s.id, e.unit, Unit)
                elif isinstance(e, Reviewed) and e.merged_into is not None:
                    self.ref(f"{where}.merged_into", s.id, e.merged_into, Suggestion)
                    if e.merged_into == s.id:
                        self.add(f"{where}.merged_into", s.id, "reference", "merged into itself")

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


def check(records: RecordSet, policy: Policy = DEFAULT_POLICY) -> tuple[Problem, ...]:
    """Check the rules that span records, and return every problem found.

    Args:
        records: the record set to check.
        policy: the rules for motions and so on (default: national defaults).

    Returns:
        Every problem, each with a path like ``$.suggestions[3].lead``, the
        record id and the rule; empty when the records are consistent.
    """
    return tuple(_Checker(records, policy).run())


def validate(records: RecordSet, policy: Policy = DEFAULT_POLICY) -> RecordSet:
    """Return ``records`` unchanged if :func:`check` finds no problem.

    Raises:
        ValidationError: with every problem found.
    """
    problems = check(records, policy)
    if problems:
        raise ValidationError(problems)
    return records
