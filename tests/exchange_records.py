"""Record sets for the exchange tests: consistent (``check`` finds nothing) and varied.

A stand-in until ``congresskit.strategies.record_sets`` reaches main; it covers
what the exchange format must carry: every record type, optional fields set
and unset, counts that are lower bounds, tagged agenda items and handling
events, contact details, created/modified stamps in several time zones
(including an offset with seconds), and tombstones.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    Attendance,
    Campaign,
    CampaignKind,
    CampaignRole,
    CampaignRoleKind,
    Candidate,
    Closed,
    Congress,
    Contact,
    Count,
    Deputy,
    DeputyGroup,
    Election,
    Evaluated,
    Finding,
    Gender,
    Inquiry,
    Level,
    LivelihoodProject,
    Membership,
    MembershipKind,
    Opinion,
    OpinionResolution,
    Outcome,
    Place,
    PlaceKind,
    PlanItem,
    PlanSection,
    PresidiumMeeting,
    ProjectProgress,
    ProjectStatus,
    RecordSet,
    Rehandled,
    Replied,
    ReportKind,
    ReportReview,
    Resolution,
    Satisfaction,
    Session,
    Speech,
    Station,
    Suggestion,
    SuggestionKind,
    Tally,
    Target,
    TargetMetric,
    Term,
    Tombstone,
    Unit,
    UnitKind,
    WorkPlan,
)

ZONES = (
    dt.timezone.utc,
    dt.timezone(dt.timedelta(hours=8)),
    dt.timezone(dt.timedelta(hours=-3, minutes=-30)),
    # Local mean time of old zone data: RFC 3339 cannot write it, so the
    # format writes the same instant in UTC.
    dt.timezone(dt.timedelta(hours=8, minutes=5, seconds=43)),
)

ids = st.text(string.ascii_lowercase + string.digits + "-_.", min_size=1, max_size=5)
texts = st.text(st.characters(codec="utf-8"), min_size=1, max_size=10).filter(str.strip)
maybe_texts = st.none() | texts
days = st.dates(dt.date(2016, 1, 1), dt.date(2024, 12, 31))
moments = st.datetimes(
    dt.datetime(2000, 1, 1), dt.datetime(2039, 1, 1), timezones=st.sampled_from(ZONES)
)
small = st.integers(0, 10**6)
counts = st.builds(Count, small, at_least=st.booleans())
lower_bounds = st.none() | st.builds(Count, small, at_least=st.just(True))


def pick(draw: Any, pool: list[str], *, max_size: int = 3) -> tuple[str, ...]:
    """Distinct ids from ``pool``."""
    if not pool:
        return ()
    return tuple(draw(st.lists(st.sampled_from(pool), unique=True, max_size=max_size)))


def one(draw: Any, pool: list[str]) -> str | None:
    return draw(st.none() | st.sampled_from(pool)) if pool else None


def stamps(draw: Any) -> dict[str, Any]:
    created = draw(st.none() | moments)
    modified = draw(st.none() | moments)
    if created and modified and modified < created:
        created, modified = modified, created
    return {"created": created, "modified": modified}


def after(draw: Any, day: dt.date, most: int = 60) -> dt.date:
    return day + dt.timedelta(days=draw(st.integers(0, most)))


def events(draw: Any, raised: dt.date, units: list[str]) -> tuple[Any, ...]:
    """A legal handling sequence: assigned, replied, evaluated, (re-handled, replied), closed."""
    if not units:
        return ()
    day = after(draw, raised)
    chain: list[Any] = [Assigned(on=day, lead_unit=draw(st.sampled_from(units)))]
    chain.append(Replied(on=(day := after(draw, day)), outcome=draw(st.sampled_from(Outcome))))
    rating = draw(st.sampled_from(Satisfaction))
    chain.append(Evaluated(on=(day := after(draw, day)), handling=rating, result=draw(st.none())))
    if rating is Satisfaction.DISSATISFIED:
        chain.append(Rehandled(on=(day := after(draw, day)), note=draw(maybe_texts)))
        chain.append(Replied(on=(day := after(draw, day)), outcome=Outcome.B, summary="再次答复"))
    chain.append(Closed(on=after(draw, day)))
    return tuple(chain[: draw(st.integers(0, len(chain)))])


def agenda(draw: Any, deputies: list[str], units: list[str]) -> tuple[Any, ...]:
    items: list[Any] = [
        ReportReview(report=draw(st.sampled_from(ReportKind)), unit=one(draw, units)),
        Resolution(
            title=draw(texts),
            adopted=draw(st.booleans()),
            tally=draw(st.none() | st.builds(Tally, yes=st.integers(0, 50))),
        ),
        Election(
            office=draw(texts),
            candidates=(Candidate(name=draw(texts), votes=draw(st.integers(0, 50)), elected=True),),
        ),
    ]
    if deputies and units:
        items.append(
            Inquiry(
                deputies=pick(draw, deputies) or (deputies[0],), subject="s", addressed_to=units[0]
            )
        )
    return tuple(draw(st.lists(st.sampled_from(items), max_size=3)))


@st.composite
def record_sets(draw: Any) -> RecordSet:
    """A consistent record set of one congress, with tombstones."""
    level = draw(st.sampled_from([Level.COUNTY, Level.TOWN, Level.DISTRICT]))
    congress = draw(
        st.none() | st.builds(Congress, id=st.just("c"), name=texts, level=st.just(level))
    )
    names = draw(st.lists(ids, unique=True, min_size=4, max_size=14))
    term_ids, unit_ids, place_ids, deputy_ids = (names[i::4] for i in range(4))
    terms = []
    for i, tid in enumerate(term_ids):
        start = draw(days)
        terms.append(
            Term(
                id=tid, congress="c", number=i + 1, start=start, end=start + dt.timedelta(days=1800)
            )
        )
    units = [
        Unit(id=u, name=draw(texts), kind=draw(st.sampled_from(UnitKind)), **stamps(draw))
        for u in unit_ids
    ]
    places = [
        Place(id=p, name=draw(texts), kind=draw(st.sampled_from(PlaceKind))) for p in place_ids
    ]
    deputies = [
        Deputy(
            id=d,
            name=draw(texts),
            levels=tuple(
                draw(st.lists(st.sampled_from(Level), unique=True, min_size=1, max_size=2))
            ),
            gender=draw(st.none() | st.sampled_from(Gender)),
            constituency=draw(maybe_texts),
            memberships=tuple(
                Membership(kind=MembershipKind.TERM, of=t.id, start=t.start, role=draw(maybe_texts))
                for t in terms[: draw(st.integers(0, len(terms)))]
            ),
            contact=draw(st.none() | st.builds(Contact, phone=maybe_texts, address=maybe_texts)),
            **stamps(draw),
        )
        for d in deputy_ids
    ]
    stations = [
        Station(
            id=f"st-{p}", name=draw(texts), place=p, reception_rule="FREQ=MONTHLY;BYMONTHDAY=15"
        )
        for p in pick(draw, place_ids, max_size=2)
    ]
    groups = [
        DeputyGroup(
            id=f"g-{t.id}", name=draw(texts), term=t.id, station=one(draw, [s.id for s in stations])
        )
        for t in terms[:2]
    ]
    sessions = [
        Session(
            id=f"s-{t.id}",
            term=t.id,
            number=draw(st.integers(1, 9)),
            start=(start := after(draw, t.start, 1000)),
            end=draw(st.none() | st.just(start + dt.timedelta(days=1))),
            venue=draw(maybe_texts),
            agenda=agenda(draw, deputy_ids, unit_ids),
            attendance=draw(st.none() | st.just(Attendance(due=10**6, present=50, on_leave=2))),
            speeches=tuple(
                Speech(deputy=d, subject=draw(maybe_texts)) for d in pick(draw, deputy_ids)
            ),
            suggestions_reported=draw(lower_bounds),
            **stamps(draw),
        )
        for t in terms
    ]
    meetings = [
        PresidiumMeeting(id=f"pm-{t.id}", term=t.id, on=t.start, subjects=(draw(texts),))
        for t in terms[: draw(st.integers(0, 1))]
    ]
    projects = [
        LivelihoodProject(
            id=f"p-{s.id}",
            name=draw(texts),
            session=s.id,
            responsible_unit=one(draw, unit_ids),
            progress=(ProjectProgress(on=s.start, status=draw(st.sampled_from(ProjectStatus))),),
        )
        for s in sessions[:1]
    ]
    suggestions = []
    for i, lead in enumerate(deputy_ids[:3]):
        raised = draw(days)
        others = [d for d in deputy_ids if d != lead]
        suggestions.append(
            Suggestion(
                id=f"sg{i}",
                kind=draw(
                    st.sampled_from([k for k in SuggestionKind if k is not SuggestionKind.MOTION])
                ),
                title=draw(texts),
                lead=lead,
                raised_on=raised,
                cosigners=pick(draw, others),
                content=draw(maybe_texts),
                category=draw(maybe_texts),
                events=events(draw, raised, unit_ids),
                **stamps(draw),
            )
        )
    suggestion_ids = [s.id for s in suggestions]
    campaigns = [
        Campaign(
            id="camp",
            kind=draw(st.sampled_from(CampaignKind)),
            name=draw(texts),
            start=draw(days),
            roles=(
                CampaignRole(
                    role=draw(st.sampled_from(CampaignRoleKind)), deputies=pick(draw, deputy_ids)
                ),
            ),
        )
    ][: draw(st.integers(0, 1))]
    activities = []
    for i in range(draw(st.integers(0, 3))):
        start = draw(days)
        turned = one(draw, suggestion_ids)
        activities.append(
            Activity(
                id=f"a{i}",
                kind=draw(st.sampled_from(ActivityKind)),
                title=draw(texts),
                start=start,
                end=draw(st.none() | st.just(after(draw, start))),
                station=one(draw, [s.id for s in stations]),
                campaign=one(draw, [c.id for c in campaigns]),
                participants=pick(draw, deputy_ids),
                participants_reported=draw(lower_bounds),
                places=pick(draw, place_ids),
                units=pick(draw, unit_ids),
                topics=tuple(draw(st.lists(texts, max_size=2))),
                people_received=draw(st.none() | counts),
                opinions_collected=draw(lower_bounds),
                households_contacted=draw(st.none() | counts),
                opinions=(
                    Opinion(
                        text=draw(texts),
                        resolution=OpinionResolution.TURNED_INTO_SUGGESTION,
                        suggestion=turned,
                    )
                    if turned
                    else Opinion(text=draw(texts)),
                ),
                findings=(
                    Finding(
                        issue=draw(texts),
                        unit=one(draw, unit_ids),
                        corrected_on=draw(st.none() | days),
                    ),
                ),
                suggestions=pick(draw, suggestion_ids),
                suggestions_reported=draw(lower_bounds),
                **stamps(draw),
            )
        )
    plans = [
        WorkPlan(
            id="plan",
            congress="c",
            title=draw(texts),
            start=dt.date(2020, 7, 1),
            end=dt.date(2020, 12, 31),
            items=(
                PlanItem(
                    section=draw(st.sampled_from(PlanSection)),
                    text=draw(texts),
                    targets=(
                        Target(
                            metric=draw(st.sampled_from(TargetMetric)),
                            value=draw(st.integers(1, 20)),
                            per_deputy=draw(st.booleans()),
                            activity_kinds=pick(draw, list(ActivityKind)),  # type: ignore[arg-type]
                            units=pick(draw, unit_ids),
                        ),
                    ),
                ),
            ),
        )
    ][: draw(st.integers(0, 1))]
    tombstones = [
        Tombstone(type=kind, id=f"gone-{i}", deleted=draw(moments))
        for i, kind in enumerate(
            draw(st.lists(st.sampled_from(["deputy", "activity", "unit"]), max_size=2))
        )
    ]
    return RecordSet(
        congress=congress,
        terms=tuple(terms),
        units=tuple(units),
        places=tuple(places),
        deputies=tuple(deputies),
        groups=tuple(groups),
        stations=tuple(stations),
        sessions=tuple(sessions),
        presidium_meetings=tuple(meetings),
        projects=tuple(projects),
        campaigns=tuple(campaigns),
        suggestions=tuple(suggestions),
        activities=tuple(activities),
        plans=tuple(plans),
        tombstones=tuple(tombstones),
    )
