"""Random records for the summary and assessment property tests.

``record_lists()`` generates shuffled lists of records of every type, with
references that mostly resolve and some that do not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityItem,
    ActivityKind,
    Allowance,
    AllowanceBasis,
    Assigned,
    Cadence,
    Campaign,
    CampaignKind,
    Candidate,
    Closed,
    Congress,
    Count,
    Deputy,
    DeputyGroup,
    Election,
    ElectionKind,
    ElectionPlan,
    Evaluated,
    Extended,
    Honour,
    Level,
    LevelSeats,
    LivelihoodProject,
    Membership,
    MembershipKind,
    Opinion,
    OpinionResolution,
    Outcome,
    ParticipantFigures,
    Place,
    PlaceKind,
    PlanItem,
    PlanSection,
    ProjectProgress,
    ProjectStatus,
    RecipientKind,
    Rehandled,
    Replied,
    ReviewDecision,
    Reviewed,
    RuleDocument,
    RuleKind,
    Satisfaction,
    Session,
    Speech,
    Station,
    StudyKind,
    Suggestion,
    SuggestionKind,
    Target,
    TargetMetric,
    Term,
    Unit,
    WorkPlan,
)

D = dt.date
FIRST, LAST = D(2019, 6, 1), D(2021, 6, 30)
DAYS = st.dates(min_value=FIRST, max_value=LAST)
DEPUTY_IDS = tuple(f"d{i}" for i in range(6))
GROUP_IDS = ("g0", "g1")
THEMES = ("乡村振兴", "代表履职月", "我为群众办实事")
OFFICES = ("镇长", "副镇长")
STUDIED = (ActivityKind.STUDY, ActivityKind.TRAINING)
STATION_IDS = ("s0", "s1")
PLACE_IDS = ("v0", "v1", "v2", "v3")
UNIT_IDS = ("u0", "u1", "u2")
SESSION_IDS = ("se0", "se1", "se2")
PROJECT_IDS = ("p0", "p1", "p2")
CAMPAIGN_IDS = ("c0", "c1")
SUGGESTION_IDS = tuple(f"sg{i}" for i in range(8))
ACTIVITY_IDS = tuple(f"a{i}" for i in range(12))
#: Periods the property tests summarise over.
PERIODS = st.sampled_from(
    ["2020", "2020-H1", "2020-H2", "2020-Q2", "2020-05", "2019-06-01..2021-06-30"]
)

RESOLUTIONS = tuple(
    r for r in OpinionResolution if r is not OpinionResolution.TURNED_INTO_SUGGESTION
)

counts = st.none() | st.builds(Count, st.integers(0, 40), at_least=st.booleans())
#: A deputy's own figure on an activity.
OWN = st.builds(Count, st.integers(0, 20), at_least=st.booleans())


def subsets(pool: tuple[str, ...], max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    """Distinct ids from ``pool``, as a tuple."""
    return st.lists(st.sampled_from(pool), max_size=max_size, unique=True).map(tuple)


def later(day: dt.date, days: int = 90) -> st.SearchStrategy[dt.date]:
    """A day from ``day`` up to ``days`` later."""
    return st.integers(0, days).map(lambda n: day + dt.timedelta(days=n))


@st.composite
def memberships(draw: st.DrawFn, kind: MembershipKind, pool: tuple[str, ...]) -> list[Membership]:
    """Dated memberships of ``kind`` in ids drawn from ``pool``."""
    result = []
    for of in draw(subsets(pool, 2)):
        start = draw(DAYS)
        end = draw(st.none() | later(start, 600))
        result.append(Membership(kind=kind, of=of, start=start, end=end))
    return result


@st.composite
def deputies(draw: st.DrawFn, deputy_id: str) -> Deputy:
    """A deputy with random term, group and station memberships."""
    return Deputy(
        id=deputy_id,
        name=draw(st.sampled_from(["张华", "李明"])),  # names repeat: ids identify
        levels=(Level.TOWN,),
        memberships=(
            *draw(memberships(MembershipKind.TERM, ("t1",))),
            *draw(memberships(MembershipKind.GROUP, GROUP_IDS)),
            *draw(memberships(MembershipKind.STATION, STATION_IDS)),
        ),
    )


@st.composite
def events(draw: st.DrawFn, raised: dt.date) -> tuple[Any, ...]:
    """A legal sequence of handling events for a suggestion raised on ``raised``."""
    result: list[Any] = []
    status, day = "raised", raised
    for _ in range(draw(st.integers(0, 7))):
        day = draw(later(day, 120))
        last = result[-1] if result else None
        if status == "raised":
            event: Any = draw(
                st.sampled_from(
                    [
                        Assigned(on=day, lead_unit=draw(st.sampled_from(UNIT_IDS))),
                        Reviewed(on=day, decision=ReviewDecision.ACCEPTED),
                        Reviewed(on=day, decision=ReviewDecision.NOT_ACCEPTED),
                    ]
                )
            )
        elif status == "accepted":
            event = Assigned(on=day, lead_unit=draw(st.sampled_from(UNIT_IDS)))
        elif status == "closed":
            break
        elif status == "not_accepted":
            event = Closed(on=day)
        elif status in ("assigned", "rehandling"):
            can_extend = status == "assigned" and not isinstance(last, Extended)
            outcome = draw(st.sampled_from(Outcome))
            options: list[Any] = [Replied(on=day, outcome=outcome)]
            options += [Extended(on=day)] if can_extend else []
            event = draw(st.sampled_from(options))
        elif status == "replied":
            rating = draw(st.sampled_from(Satisfaction))
            event = draw(st.sampled_from([Evaluated(on=day, handling=rating), Closed(on=day)]))
        else:  # evaluated
            options = [Closed(on=day)]
            if isinstance(last, Evaluated) and last.dissatisfied:
                options.append(Rehandled(on=day))
            event = draw(st.sampled_from(options))
        result.append(event)
        status = {
            Assigned: "assigned",
            Extended: "assigned",
            Replied: "replied",
            Evaluated: "evaluated",
            Rehandled: "rehandling",
            Closed: "closed",
        }.get(type(event), "")
        if isinstance(event, Reviewed):
            status = event.decision.value
    return tuple(result)


@st.composite
def suggestions(draw: st.DrawFn, suggestion_id: str) -> Suggestion:
    """A suggestion with a legal handling history."""
    raised = draw(DAYS)
    # A lead not stated (None) counts for nobody and has no co-signers.
    lead = draw(st.sampled_from((*DEPUTY_IDS, "d-unknown", None)))
    others = () if lead is None else tuple(d for d in draw(subsets(DEPUTY_IDS)) if d != lead)
    return Suggestion(
        id=suggestion_id,
        kind=draw(st.sampled_from(SuggestionKind)),
        title="建议",
        lead=lead,
        cosigners=others,
        raised_on=raised,
        session=draw(st.none() | st.sampled_from(SESSION_IDS)),
        number=draw(st.none() | st.integers(1, 20)),
        category=draw(st.none() | st.sampled_from(["交通", "环境"])),
        events=draw(events(raised)),
    )


@st.composite
def activities(draw: st.DrawFn, activity_id: str) -> Activity:
    """An activity with random figures, participants and references, and own figures for some."""
    start = draw(DAYS)
    taking_part = draw(subsets((*DEPUTY_IDS, "d-unknown"), 4))
    own = draw(subsets((*taking_part, "d01"), 3)) if taking_part else ()
    kind = draw(st.sampled_from(ActivityKind))
    return Activity(
        id=activity_id,
        kind=kind,
        title="活动",
        start=start,
        end=draw(st.none() | later(start, 5)),
        group=draw(st.none() | st.sampled_from(GROUP_IDS)),
        station=draw(st.none() | st.sampled_from(STATION_IDS)),
        campaign=draw(st.none() | st.sampled_from(CAMPAIGN_IDS)),
        participants=taking_part,
        participants_reported=draw(counts),
        places=draw(subsets((*PLACE_IDS, "v-unknown"))),
        units=draw(subsets(UNIT_IDS)),
        projects=draw(subsets(PROJECT_IDS, 2)),
        people_received=draw(counts),
        opinions_collected=draw(counts),
        households_contacted=draw(counts),
        opinions=tuple(
            Opinion(text="意见", resolution=draw(st.sampled_from(RESOLUTIONS)))
            for _ in range(draw(st.integers(0, 2)))
        ),
        suggestions=draw(subsets(SUGGESTION_IDS, 2)),
        suggestions_reported=draw(counts),
        # Own figures need not fit the totals here: check() would report those that do not.
        participant_figures=tuple(
            ParticipantFigures(
                deputy=d, households_contacted=draw(OWN), people_received=draw(counts)
            )
            for d in own
        ),
        items=tuple(
            ActivityItem(
                kind=draw(st.sampled_from(ActivityKind)),
                units=draw(subsets(UNIT_IDS, 2)),
                projects=draw(subsets(PROJECT_IDS, 2)),
                suggestion=draw(st.none() | st.sampled_from(SUGGESTION_IDS)),
            )
            for _ in range(draw(st.integers(0, 3)))
        ),
        study=draw(st.none() | st.sampled_from(StudyKind)) if kind in STUDIED else None,
        others_taking_part=draw(counts),
        themes=draw(subsets(THEMES, 2)),
    )


@st.composite
def sessions(draw: st.DrawFn, number: int) -> Session:
    """A one- or two-day session with speeches and, perhaps, a reported total."""
    start = draw(DAYS)
    return Session(
        id=SESSION_IDS[number],
        term="t1",
        number=number + 1,
        start=start,
        end=draw(st.none() | later(start, 1)),
        speeches=tuple(Speech(deputy=d) for d in draw(st.lists(st.sampled_from(DEPUTY_IDS)))),
        suggestions_reported=draw(counts),
        agenda=tuple(draw(st.lists(elections, max_size=2))),
    )


#: Elections at a session: candidates marked elected or not, perhaps none, perhaps a number.
elections = st.builds(
    Election,
    office=st.sampled_from(OFFICES),
    seats=st.just(2),
    candidates=st.lists(st.booleans(), max_size=2).map(
        lambda flags: tuple(Candidate(name=f"候选人{i}", elected=e) for i, e in enumerate(flags))
    ),
    elected_reported=st.none() | st.integers(0, 2),
)


@st.composite
def election_plans(draw: st.DrawFn, plan_id: str) -> ElectionPlan:
    """A general election or a by-election, dated or not (then listed in every period)."""
    seats = draw(st.lists(st.integers(1, 5), max_size=1))
    return ElectionPlan(
        id=plan_id,
        title="补选县人大代表",
        kind=draw(st.sampled_from(ElectionKind)),
        adopted_on=draw(st.none() | DAYS),
        election_day=draw(st.none() | DAYS),
        seats_reported=tuple(LevelSeats(level=Level.COUNTY, seats=n) for n in seats),
    )


@st.composite
def projects(draw: st.DrawFn, project_id: str) -> LivelihoodProject:
    """A livelihood project with dated progress reports."""
    days = sorted(draw(st.lists(DAYS, max_size=3)))
    statuses = draw(
        st.lists(st.sampled_from(ProjectStatus), min_size=len(days), max_size=len(days))
    )
    return LivelihoodProject(
        id=project_id,
        name="项目",
        session=draw(st.sampled_from(SESSION_IDS)),
        progress=tuple(
            ProjectProgress(on=d, status=s) for d, s in zip(days, statuses, strict=True)
        ),
    )


targets = st.builds(
    Target,
    metric=st.sampled_from(TargetMetric),
    value=st.integers(1, 10),
    per_deputy=st.booleans(),
    activity_kinds=st.lists(st.sampled_from(ActivityKind), max_size=2, unique=True).map(tuple),
    units=subsets(UNIT_IDS),
).flatmap(
    # A target counting officeholders elected sometimes names the offices.
    lambda t: (
        subsets(OFFICES).map(lambda o: attrs.evolve(t, offices=o))
        if t.metric is TargetMetric.OFFICEHOLDERS_ELECTED
        else st.just(t)
    )
)


@st.composite
def plans(draw: st.DrawFn, plan_id: str) -> WorkPlan:
    """A work plan over a random span, with random targets."""
    start = draw(DAYS)
    items = draw(
        st.lists(
            st.builds(
                PlanItem,
                section=st.sampled_from(PlanSection),
                text=st.just("计划"),
                targets=st.lists(targets, max_size=2).map(tuple),
            ),
            max_size=2,
        )
    )
    end = draw(later(start, 500))
    return WorkPlan(
        id=plan_id, congress="c", title="计划", start=start, end=end, items=tuple(items)
    )


def _some(ids: tuple[str, ...], make: Any) -> st.SearchStrategy[list[Any]]:
    return st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)).flatmap(
        lambda chosen: st.tuples(*(make(i) for i in sorted(chosen))).map(list)
    )


@st.composite
def rule_documents(draw: st.DrawFn, rule_id: str) -> RuleDocument:
    """A reception-day rule on a fixed day each month, perhaps for some stations."""
    return RuleDocument(
        id=rule_id,
        title="人大代表接待选民日制度",
        kind=RuleKind.RECEPTION_DAY,
        adopted_on=draw(st.none() | DAYS),
        calendar_rule=f"FREQ=MONTHLY;BYMONTHDAY={draw(st.integers(1, 28))}",
        stations=draw(subsets(STATION_IDS)),
    )


@st.composite
def honours(draw: st.DrawFn, honour_id: str) -> Honour:
    """An honour to the congress, dated or not."""
    return Honour(
        id=honour_id,
        title="先进集体",
        recipient_kind=RecipientKind.CONGRESS,
        on=draw(st.none() | DAYS),
    )


_some_allowances = st.lists(
    st.tuples(st.sampled_from(("al0", "al1")), st.sampled_from(AllowanceBasis)),
    unique_by=lambda t: t[0],
    max_size=2,
)


@st.composite
def record_lists(draw: st.DrawFn) -> list[Any]:
    """A shuffled list of records of every type, with distinct ids of each type."""
    records: list[Any] = [
        Congress(id="c", name="测试镇人民代表大会", level=Level.TOWN),
        Term(id="t1", congress="c", number=1, start=D(2018, 1, 1), end=D(2022, 12, 31)),
        *(Unit(id=u, name=u) for u in UNIT_IDS),
        *(Place(id=p, name=p, kind=draw(st.sampled_from(PlaceKind))) for p in PLACE_IDS),
        *(
            DeputyGroup(id=g, name=g, cadence=draw(st.none() | st.sampled_from(Cadence)))
            for g in GROUP_IDS
        ),
        *(
            Station(
                id=s,
                name=s,
                reception_rule="FREQ=MONTHLY;BYMONTHDAY=15",
                opened=draw(st.none() | DAYS),
            )
            for s in STATION_IDS
        ),
        *(
            Campaign(id=c, kind=CampaignKind.OTHER, name=c, start=start, end=end)
            for c in CAMPAIGN_IDS
            for start in [draw(DAYS)]
            for end in [draw(st.none() | later(start, 200))]
        ),
    ]
    records += draw(_some(DEPUTY_IDS, deputies))
    records += [draw(sessions(i)) for i in draw(st.sets(st.sampled_from((0, 1, 2))))]
    records += draw(_some(PROJECT_IDS, projects))
    records += draw(_some(SUGGESTION_IDS, suggestions))
    records += draw(_some(ACTIVITY_IDS, activities))
    records += draw(_some(("plan0", "plan1"), plans))
    records += draw(_some(("e0", "e1"), election_plans))
    records += draw(_some(("r0", "r1"), rule_documents))
    records += draw(_some(("h0", "h1"), honours))
    records += [
        Allowance(id=a, name="误工补贴", amount=draw(st.integers(0, 100)), basis=basis)
        for a, basis in draw(_some_allowances)
    ]
    # Places and campaigns are sometimes missing, so that references go unresolved.
    kept = [r for r in records if not isinstance(r, (Place, Campaign)) or draw(st.booleans())]
    return draw(st.permutations(kept))
