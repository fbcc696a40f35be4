"""A set of records: the records of one congress body, grouped by type.

Field rules are checked when each record is built; rules that span records
(ids that must exist, sessions inside their term, tallies against the roll) are
checked by :func:`check`, over the whole set, and every problem is reported at
once (the rules themselves are in :mod:`congresskit.checking._rules`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any, TypeAlias

import attrs

from congresskit.checking._display import records_html, records_repr
from congresskit.errors import (
    DEFAULT_MAX_PROBLEMS,
    Problem,
    UnknownRecordError,
    UsageError,
    ValidationError,
)
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.activities import Activity, Campaign
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.cycle import ElectionPlan
from congresskit.records.evaluations import Evaluation
from congresskit.records.handling_reports import HandlingReport
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.projects import LivelihoodProject
from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
from congresskit.records.sessions import PresidiumMeeting, Session
from congresskit.records.suggestions import Suggestion
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
    | Evaluation
    | HandlingReport
    | RuleDocument
    | Honour
    | BudgetLine
    | Allowance
    | ElectionPlan
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
    ("evaluations", Evaluation),
    ("handling_reports", HandlingReport),
    ("rules", RuleDocument),
    ("honours", Honour),
    ("budget_lines", BudgetLine),
    ("allowances", Allowance),
    ("election_plans", ElectionPlan),
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
        plans, evaluations, handling_reports, rules, honours, budget_lines,
        allowances, election_plans: the records of each type.
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
    evaluations: tuple[Evaluation, ...] = _records(Evaluation)
    handling_reports: tuple[HandlingReport, ...] = _records(HandlingReport)
    rules: tuple[RuleDocument, ...] = _records(RuleDocument)
    honours: tuple[Honour, ...] = _records(Honour)
    budget_lines: tuple[BudgetLine, ...] = _records(BudgetLine)
    allowances: tuple[Allowance, ...] = _records(Allowance)
    election_plans: tuple[ElectionPlan, ...] = _records(ElectionPlan)
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

    __repr__ = records_repr  # one line; the fields hold the rest
    _repr_html_ = records_html  # a table in a notebook

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


def check(
    records: RecordSet, policy: Policy = DEFAULT_POLICY, *, max_problems: int | None = None
) -> tuple[Problem, ...]:
    """Check the rules that span records, and return every problem found.

    Args:
        records: the record set to check.
        policy: the rules for motions and so on (default: national defaults).
        max_problems: return at most this many problems (``None``: all);
            :func:`validate` also says how many more there were.

    Returns:
        Every problem, each with a path like ``$.suggestions[3].lead``, the
        record id, the rule, its code and its severity: errors (the records
        contradict themselves) and warnings (figures that do not add up,
        deputies that assessment will skip); empty when there is neither.
    """
    problems, _ = checked(records, policy, max_problems)
    return problems if max_problems is None else problems[:max_problems]


def checked(
    records: RecordSet,
    policy: Policy,
    limit: int | None,
    *,
    warnings: bool = True,
    unbuilt: Mapping[type[Any], Collection[str]] | None = None,
) -> tuple[tuple[Problem, ...], int]:
    """The problems :func:`check` finds, at most ``limit`` errors, and how many more there were.

    Warnings (a few per record at most) are all kept, or, without
    ``warnings``, left out; ``unbuilt`` is as for :func:`check_built`.
    """
    # Imported here: the rules module imports this one for the record set's fields.
    from congresskit.checking._rules import Checker

    checker = Checker(records, policy, unbuilt, problem_limit(limit))
    checker.warnings = warnings
    return tuple(checker.run()), checker.more


def check_built(
    records: RecordSet,
    policy: Policy,
    unbuilt: Mapping[type[Any], Collection[str]],
    limit: int | None = None,
) -> tuple[Problem, ...]:
    """:func:`check` over the records of a source that did build, where others did not.

    ``unbuilt`` gives, by record type, the ids of the source's records that
    failed to build: references to them are not reported as unknown (their
    own problems are reported by the reader). At most ``limit`` problems are
    returned (``None``: all).
    """
    from congresskit.checking._rules import Checker

    return tuple(Checker(records, policy, unbuilt, problem_limit(limit)).run())


def problem_limit(limit: int | None) -> int | None:
    """``max_problems`` as given, if it is one: a whole number of 1 or more, or ``None``.

    Raises:
        UsageError: anything else.
    """
    if limit is not None and (type(limit) is not int or limit < 1):
        msg = f"max_problems is a whole number of 1 or more, or None for no limit; got {limit!r}"
        raise UsageError(msg)
    return limit


def validate(
    records: RecordSet,
    policy: Policy = DEFAULT_POLICY,
    *,
    strict: bool = False,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> RecordSet:
    """Return ``records`` unchanged if :func:`check` finds no error (nor, if
    ``strict``, any warning).

    Args:
        records: the record set.
        policy: the rules :func:`check` applies.
        strict: refuse warnings too.
        max_problems: collect at most this many problems (default 1,000;
            ``None``: all); the rest are counted in the error's ``more``.

    Raises:
        ValidationError: with every error found (and, if ``strict``, every
            warning), up to ``max_problems``.
    """
    found, more = checked(records, policy, max_problems, warnings=strict)
    problems = list(found)
    if max_problems is not None and len(problems) > max_problems:
        more += len(problems) - max_problems
        problems = problems[:max_problems]
    if problems:
        raise ValidationError(problems, more=more)
    return records
