"""The strategy for whole record sets in which every reference resolves.

Records are drawn in dependency order, each from the strategy for its type,
with the ids already drawn as its reference pools: terms follow one another,
sessions fall inside a term and are numbered within it, suggestions raised at
a session are dated within it, motions have as many signatories as the policy
asks, and reported totals are never below the records itemised.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.checking._suggestion_rules import NumberKey, number_key
from congresskit.checking.recordset import RecordSet
from congresskit.records.body import Congress, Term
from congresskit.records.counts import Count
from congresskit.records.enums import Level, MembershipKind, SuggestionKind
from congresskit.records.people import Deputy, Membership
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Suggestion
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import Choice
from congresskit.strategies._internal.campaigns import campaigns
from congresskit.strategies._internal.cycle import adoptions, by_elections_in_term
from congresskit.strategies._internal.handling import suggestions
from congresskit.strategies._internal.meetings import (
    consistent_session,
    presidium_meetings,
    sessions,
)
from congresskit.strategies._internal.oversight import handling_reports, work_evaluations
from congresskit.strategies._internal.people import (
    congresses,
    deputies,
    deputy_groups,
    memberships,
    places,
    stations,
    units,
)
from congresskit.strategies._internal.plans import livelihood_projects, work_plans
from congresskit.strategies._internal.rulebook import rulebook_records
from congresskit.strategies._internal.work import activities

__all__ = ["record_sets"]


def record_sets(
    *,
    min_size: int = 0,
    max_size: int = 3,
    min_deputies: int = 0,
    max_deputies: int = 8,
    levels: Choice[Level] = None,
    policy: Policy = DEFAULT_POLICY,
) -> SearchStrategy[RecordSet]:
    """Record sets of one congress for which ``congresskit.check(records, policy)`` is empty.

    Every reference resolves; sessions fall inside their terms, with distinct
    numbers; votes and ballots stay within the roll; nobody signs a
    suggestion twice; motions have the signatories ``policy`` asks for at the
    congress's level; memberships never overlap and term memberships start
    within their terms; reported totals are never below the records
    itemised; adopted resolutions have more yes than no votes and a quorum
    (``policy``'s), the elected have the most votes, and deputies on leave do
    not speak.

    Args:
        min_size, max_size: how many records each collection holds (terms,
            units, places, stations, groups, sessions, presidium meetings,
            projects, campaigns, suggestions, activities, plans). Sessions and
            meetings need a term, projects a session, suggestions a deputy; a
            collection whose prerequisite is empty stays empty.
        min_deputies, max_deputies: how many deputies.
        levels: the congress's level: a strategy or list of
            :class:`~congresskit.Level` (any level if ``None``).
        policy: the rules the set must satisfy (motion signatories).

    Raises:
        InvalidArgument: bad sizes, ``policy`` is not a Policy, or records
            are required (``min_size`` > 0) but no deputy is allowed.
    """
    lo, hi = _s.check_size(min_size, max_size)
    dlo, dhi = _s.check_size(min_deputies, max_deputies, ("min_deputies", "max_deputies"))
    levels_ = _s.choice(levels, Level, "levels")
    if not isinstance(policy, Policy):
        msg = f"policy={policy!r} must be a congresskit.Policy"
        raise InvalidArgument(msg)
    if lo > 0 and dhi == 0:
        msg = f"min_size={lo} asks for suggestions, which need a lead deputy, but max_deputies=0"
        raise InvalidArgument(msg)
    return _build(lo, hi, dlo, dhi, levels_, policy)


def _consecutive_terms(draw: st.DrawFn, congress: Congress, count: int) -> list[Term]:
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2012, 12, 31)))
    number = draw(st.integers(1, 20))
    result = []
    for k in range(count):
        end = start + relativedelta(years=draw(st.integers(1, 5)), days=-1)
        term = Term(id=f"t{k}", congress=congress.id, number=number + k, start=start, end=end)
        result.append(draw(_s.stamped(st.just(term))))
        start = end + dt.timedelta(days=1)
    return result


def _dates(term: Term) -> tuple[dt.date, dt.date]:
    """A generated term's days (the record sets generated here date every term)."""
    assert term.start is not None
    assert term.end is not None
    return term.start, term.end


def _deputy(
    draw: st.DrawFn,
    did: str,
    level: Level,
    pools: dict[MembershipKind, list[str]],
    period: Any,
    terms: list[Term],
) -> Deputy:
    low, high = period
    options = [
        memberships(kinds=[kind], of=ids, min_date=low, max_date=high)
        for kind, ids in pools.items()
        if ids and kind is not MembershipKind.TERM
    ]
    # A term membership starts within its term (the check's membership_before_term).
    options += [
        memberships(kinds=[MembershipKind.TERM], of=[t.id], min_date=t.start, max_date=high)
        for t in terms
        if t.id in pools.get(MembershipKind.TERM, ()) and t.start is not None and t.start <= high
    ]
    held: SearchStrategy[Membership] | None = st.one_of(options) if options else None
    deputy = draw(deputies(ids=[did], memberships=held, max_memberships=3 if options else 0))
    if level not in deputy.levels:  # a congress's deputies are elected at its level
        deputy = attrs.evolve(deputy, levels=(level, *deputy.levels))
    return deputy


def _suggestion(
    draw: st.DrawFn,
    sid: str,
    ids: dict[str, list[str]],
    held: list[Session],
    needed: int,
    period: tuple[dt.date, dt.date],
) -> Suggestion:
    people = ids["deputies"]
    kinds = [k for k in SuggestionKind if k is not SuggestionKind.MOTION or len(people) >= needed]
    kind = draw(st.sampled_from(kinds))
    few = max(needed - 1, 0) if kind is SuggestionKind.MOTION else 0
    many = max(few, min(len(people) - 1, few + 3))
    session = draw(st.none() | st.sampled_from(held)) if held else None
    low, high = (session.start, session.last_day) if session else period
    return draw(
        suggestions(
            ids=[sid],
            kinds=[kind],
            lead=people,
            cosigners=people,
            session=[session.id] if session else [],
            units=ids["units"],
            merged_into=[other for other in ids["suggestions"] if other != sid],
            min_date=low,
            max_date=high,
            min_cosigners=few,
            max_cosigners=many,
        )
    )


def _numbered_once(raised: list[Suggestion]) -> list[Suggestion]:
    """The suggestions, a number used twice in a session left unstated on the later one."""
    seen: set[NumberKey] = set()
    result = []
    for s in raised:
        key = number_key(s)
        if key is not None and key in seen:
            s = attrs.evolve(s, number=None)
        elif key is not None:
            seen.add(key)
        result.append(s)
    return result


def _with_reported_totals(held: list[Session], raised: list[Suggestion]) -> list[Session]:
    """Sessions whose exact ``suggestions_reported`` covers the suggestions itemised."""
    itemised = Counter(s.session for s in raised if s.session is not None)
    result = []
    for s in held:
        total = s.suggestions_reported
        if total is not None and not total.at_least and itemised[s.id] > total.value:
            s = attrs.evolve(s, suggestions_reported=Count(itemised[s.id]))
        result.append(s)
    return result


@st.composite
def _build(
    draw: st.DrawFn,
    lo: int,
    hi: int,
    dlo: int,
    dhi: int,
    levels: SearchStrategy[Level],
    policy: Policy,
) -> RecordSet:
    def ids(prefix: str, available: bool = True) -> list[str]:
        return [f"{prefix}{i}" for i in range(draw(st.integers(lo, hi)))] if available else []

    level = draw(levels)
    congress = draw(congresses(ids=["c0"], levels=[level]))
    terms = _consecutive_terms(draw, congress, draw(st.integers(lo, hi)))
    first = _dates(terms[0])[0] if terms else dt.date(2000, 1, 1)
    period = (first, _dates(terms[-1])[1] if terms else first + relativedelta(years=5))
    low, high = period
    pool: dict[str, list[str]] = {"terms": [t.id for t in terms]}
    pool["units"] = ids("u")
    unit_list = [
        draw(units(ids=[u], parent=pool["units"][:i])) for i, u in enumerate(pool["units"])
    ]
    pool["places"] = ids("v")
    pool["stations"] = ids("st")
    pool["groups"] = ids("g")
    # Suggestions need a lead, so a set that must hold records holds a deputy.
    least = max(dlo, 1) if lo > 0 else dlo
    pool["deputies"] = [f"d{i}" for i in range(draw(st.integers(least, dhi)))]
    # A sub-district working committee holds no sessions.
    pool["sessions"] = ids("m", bool(terms) and level.holds_sessions)
    pool["meetings"] = ids("pm", bool(terms))
    # Without sessions (a sub-district committee) projects name no session.
    pool["projects"] = ids("p", bool(pool["sessions"]) or not level.holds_sessions)
    pool["campaigns"] = ids("k")
    pool["suggestions"] = ids("s", bool(pool["deputies"]))
    pool["activities"] = ids("a")
    pool["plans"] = ids("w")
    pool["evaluations"] = ids("e")
    pool["handling_reports"] = ids("h")
    pool["rules"] = ids("r")
    pool["honours"] = ids("ho")
    pool["budget_lines"] = ids("b")
    pool["allowances"] = ids("al")
    pool["election_plans"] = ids("ep")
    memberships_of = {
        MembershipKind.TERM: pool["terms"],
        MembershipKind.GROUP: pool["groups"],
        MembershipKind.STATION: pool["stations"],
    }
    deputy, unit, project = pool["deputies"], pool["units"], pool["projects"]

    held: list[Session] = []
    numbers: Counter[str] = Counter()
    for sid in pool["sessions"]:
        term = draw(st.sampled_from(terms))
        numbers[term.id] += 1
        session = draw(
            sessions(
                ids=[sid],
                term=[term.id],
                deputy=deputy,
                unit=unit,
                project=project,
                min_date=_dates(term)[0],
                max_date=_dates(term)[1],
            )
        )
        session = consistent_session(session, policy.quorum)
        held.append(attrs.evolve(session, number=numbers[term.id]))
    meetings = []
    for mid in pool["meetings"]:
        term = draw(st.sampled_from(terms))
        meeting = presidium_meetings(
            ids=[mid],
            term=[term.id],
            deputy=deputy,
            unit=unit,
            project=project,
            min_date=_dates(term)[0],
            max_date=_dates(term)[1],
        )
        meetings.append(draw(meeting))
    projects = []
    for pid in pool["projects"]:
        if not held:
            strategy = livelihood_projects(
                ids=[pid],
                session=[],
                responsible_unit=pool["units"],
                deputies=pool["deputies"],
                min_date=low,
                max_date=high,
            )
            projects.append(draw(strategy))
            continue
        voted_at = draw(st.sampled_from(held))
        strategy = livelihood_projects(
            ids=[pid],
            session=[voted_at.id],
            responsible_unit=pool["units"],
            deputies=pool["deputies"],
            min_date=voted_at.start,
            max_date=max(high, voted_at.start),
        )
        projects.append(draw(strategy))
    book = rulebook_records(draw, pool, low, high)
    meetings, book["election_plans"] = adoptions(draw, meetings, book["election_plans"])
    book["election_plans"] = by_elections_in_term(book["election_plans"], terms)
    needed = policy.min_signatories(level)
    raised = [_suggestion(draw, s, pool, held, needed, period) for s in pool["suggestions"]]
    raised = _numbered_once(raised)
    organisers = [congress.id, *pool["groups"], *pool["stations"], *pool["units"]]
    return RecordSet(
        congress=congress,
        terms=tuple(terms),
        units=tuple(unit_list),
        places=tuple(draw(places(ids=[v])) for v in pool["places"]),
        deputies=tuple(
            _deputy(draw, d, level, memberships_of, period, terms) for d in pool["deputies"]
        ),
        groups=tuple(
            draw(deputy_groups(ids=[g], term=pool["terms"], station=pool["stations"]))
            for g in pool["groups"]
        ),
        stations=tuple(
            draw(stations(ids=[s], place=pool["places"], min_date=low, max_date=high))
            for s in pool["stations"]
        ),
        sessions=tuple(_with_reported_totals(held, raised)),
        presidium_meetings=tuple(meetings),
        projects=tuple(projects),
        campaigns=tuple(
            draw(campaigns(ids=[k], deputies=pool["deputies"], min_date=low, max_date=high))
            for k in pool["campaigns"]
        ),
        suggestions=tuple(raised),
        activities=tuple(
            draw(
                activities(
                    ids=[a],
                    organiser=organisers,
                    group=pool["groups"],
                    station=pool["stations"],
                    campaign=pool["campaigns"],
                    participants=pool["deputies"],
                    places=pool["places"],
                    units=pool["units"],
                    projects=pool["projects"],
                    suggestions=pool["suggestions"],
                    earlier=[e for e in pool["activities"] if e != a],
                    min_date=low,
                    max_date=high,
                )
            )
            for a in pool["activities"]
        ),
        plans=tuple(
            draw(
                work_plans(
                    ids=[w],
                    congress=[congress.id],
                    units=pool["units"],
                    min_date=low,
                    max_date=high,
                )
            )
            for w in pool["plans"]
        ),
        evaluations=tuple(
            draw(
                work_evaluations(
                    ids=[e],
                    unit=pool["units"],
                    project=pool["projects"],
                    deputy=pool["deputies"],
                    activity=pool["activities"],
                    session=pool["sessions"],
                    suggestion=pool["suggestions"],
                    min_date=low,
                    max_date=high,
                )
            )
            for e in pool["evaluations"]
        ),
        handling_reports=tuple(
            draw(handling_reports(ids=[h], session=pool["sessions"], min_date=low, max_date=high))
            for h in pool["handling_reports"]
        ),
        **book,
    )
