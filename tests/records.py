"""Records for the summary and assessment tests.

``town()`` is a small hand-written town congress modelled on the reference
report's first half of 2020; its figures are known by construction (they are
written here, next to the records). ``record_lists()`` generates random record
lists whose references mostly resolve, for property tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    BallotCandidate,
    Campaign,
    CampaignKind,
    CampaignRole,
    CampaignRoleKind,
    Closed,
    Congress,
    Count,
    Deputy,
    DeputyGroup,
    Evaluated,
    Extended,
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
    ProjectBallot,
    ProjectProgress,
    ProjectStatus,
    RecordSet,
    Rehandled,
    Replied,
    ReportKind,
    ReportReview,
    Resolution,
    ReviewDecision,
    Reviewed,
    Satisfaction,
    Session,
    Speech,
    Station,
    Suggestion,
    SuggestionKind,
    Target,
    TargetMetric,
    Term,
    Unit,
    UnitKind,
    WorkPlan,
)

D = dt.date
TERM_START = D(2016, 12, 1)
VILLAGES = tuple(f"v{i:02d}" for i in range(1, 15))
DEPARTMENTS = tuple(f"dept{i}" for i in range(1, 9))


def _deputy(number: int, group: str, station: str, joined: dt.date = TERM_START) -> Deputy:
    return Deputy(
        id=f"d{number:02d}",
        name=f"代表{number}",
        levels=(Level.TOWN,),
        memberships=(
            Membership(kind=MembershipKind.TERM, of="t19", start=joined),
            Membership(kind=MembershipKind.GROUP, of=group, start=joined),
            Membership(kind=MembershipKind.STATION, of=station, start=joined),
        ),
    )


def _suggestion(number: int, lead: str, raised: dt.date, *events: Any, **fields: Any) -> Suggestion:
    return Suggestion(
        id=f"sg{number}",
        kind=fields.pop("kind", SuggestionKind.SUGGESTION),
        title=f"建议{number}",
        lead=lead,
        raised_on=raised,
        events=events,
        **fields,
    )


def _receptions() -> list[Activity]:
    """24 reception days: 4 stations x 6 months, 200+ people and 20+ opinions in all."""
    result = []
    for s in range(1, 5):
        for month in range(1, 7):
            last = month == 6
            # 20 days with 8 people each, 4 days (June) with "10 or more": 200+.
            people = Count(10, at_least=True) if last else Count(8)
            # 20 itemised opinions on the first five months' days; June gives "some".
            opinions = () if last else (Opinion(text=f"意见{s}-{month}"),)
            result.append(
                Activity(
                    id=f"rec-s{s}-{month}",
                    kind=ActivityKind.RECEPTION,
                    title="代表接访日",
                    start=D(2020, month, 15),
                    station=f"s{s}",
                    participants=(f"d{2 * s - 1:02d}", f"d{2 * s:02d}"),
                    people_received=people,
                    opinions=opinions,
                    opinions_collected=Count(0, at_least=True) if last else None,
                )
            )
    return result


def town() -> RecordSet:
    """A town congress's records for 2020 H1 (and a little of 2019 and 2020 H2)."""
    deputies = [_deputy(n, "g1" if n <= 4 else "g2", f"s{(n + 1) // 2}") for n in range(1, 9)]
    # A deputy elected in a by-election on 1 October 2020: a quarter of the year served.
    deputies.append(_deputy(9, "g2", "s4", joined=D(2020, 10, 1)))
    s8 = Session(
        id="se8",
        term="t19",
        number=8,
        start=D(2020, 1, 13),
        agenda=(
            ReportReview(report=ReportKind.GOVERNMENT_WORK),
            ReportReview(report=ReportKind.PRESIDIUM_WORK),
            ReportReview(report=ReportKind.FISCAL),
            ProjectBallot(
                candidates=(
                    BallotCandidate(project="p1", yes=60),
                    BallotCandidate(project="p2", yes=58),
                ),
                ballots_issued=62,
                ballots_returned=62,
            ),
            Resolution(title="关于政府工作报告的决议", report=ReportKind.GOVERNMENT_WORK),
            Resolution(title="关于主席团工作报告的决议", report=ReportKind.PRESIDIUM_WORK),
            Resolution(title="关于财政收支情况报告的决议", report=ReportKind.FISCAL),
        ),
        speeches=tuple(Speech(deputy=d) for d in ("d01",) * 3 + ("d02",) * 3 + ("d03",)),
        suggestions_reported=Count(63),
    )
    s7 = Session(id="se7", term="t19", number=7, start=D(2019, 1, 10))
    assigned = Assigned(on=D(2020, 1, 20), lead_unit="town")
    suggestions = [
        # Three of the session's 63 suggestions are itemised.
        _suggestion(
            1,
            "d01",
            D(2020, 1, 13),
            assigned,
            Replied(on=D(2020, 3, 1), outcome=Outcome.A),
            Evaluated(on=D(2020, 3, 10), handling=Satisfaction.SATISFIED),
            Closed(on=D(2020, 3, 11)),
            session="se8",
            category="交通",
            cosigners=("d02",),
        ),
        _suggestion(
            2,
            "d05",
            D(2020, 1, 13),
            assigned,
            Replied(on=D(2020, 5, 1), outcome=Outcome.B),  # due 20 April: late
            Evaluated(on=D(2020, 5, 10), handling=Satisfaction.DISSATISFIED),
            Rehandled(on=D(2020, 5, 11)),  # due 11 June, unanswered: overdue
            session="se8",
            category="环境",
        ),
        _suggestion(3, "d03", D(2020, 1, 13), session="se8", category="环境"),
        # From the police-station inspection: parking in the town centre.
        _suggestion(
            4,
            "d02",
            D(2020, 4, 10),
            Reviewed(on=D(2020, 4, 12), decision=ReviewDecision.ACCEPTED),
            Assigned(on=D(2020, 4, 15), lead_unit="police"),
            Extended(on=D(2020, 5, 1)),
            category="交通",
        ),
        # Raised in 2019, still in hand in 2020; and one closed in 2019.
        _suggestion(
            5,
            "d06",
            D(2019, 1, 10),
            Assigned(on=D(2019, 1, 20), lead_unit="town"),
            session="se7",
        ),
        _suggestion(
            6,
            "d06",
            D(2019, 1, 10),
            Assigned(on=D(2019, 1, 20), lead_unit="town"),
            Replied(on=D(2019, 2, 1), outcome=Outcome.C),
            Closed(on=D(2019, 2, 2)),
            session="se7",
        ),
    ]
    visits = [
        Activity(
            id=f"visit-{month}",
            kind=ActivityKind.VOTER_VISIT,
            title="走访选民",
            start=D(2020, month, 5),
            group="g1",
            participants=("d01", "d02"),
            households_contacted=Count(3),
        )
        for month in range(1, 7)
    ]
    studies = [
        Activity(
            id=f"study-{g}-{q}",
            kind=ActivityKind.STUDY,
            title="学习宪法、组织法、代表法",
            start=D(2020, 3 * q, 20),
            group=g,
            participants=members,
        )
        for q in (1, 2)
        for g, members in (("g1", ("d01", "d02", "d03", "d04")), ("g2", ("d05", "d06")))
    ]
    others = [
        Activity(
            id="poverty-check",
            kind=ActivityKind.SUPERVISION,
            title="脱贫攻坚百日大会战督查",
            start=D(2020, 5, 10),
            campaign="poverty",
            participants=("d01", "d03", "d05", "d07"),
            places=VILLAGES,
        ),
        Activity(
            id="epidemic",
            kind=ActivityKind.CAMPAIGN_WORK,
            title="疫情防控",
            start=D(2020, 2, 1),
            end=D(2020, 3, 31),
            campaign="epidemic",
            participants=("d01", "d02", "d04"),
            participants_reported=Count(30, at_least=True),
            households_contacted=Count(40, at_least=True),
        ),
        Activity(
            id="police-inspection",
            kind=ActivityKind.INSPECTION,
            title="视察派出所、交巡警工作",
            start=D(2020, 4, 8),
            group="g1",
            units=("police", "traffic"),
            places=("centre",),
            participants=("d02", "d04"),
            suggestions=("sg4",),
        ),
        Activity(
            id="sewage",
            kind=ActivityKind.SUPERVISION,
            title="称沱污水处理厂建设监督",
            start=D(2020, 6, 5),
            projects=("p1",),
            places=("plant",),
            participants=("d05", "d06"),
        ),
        Activity(
            id="living-survey",
            kind=ActivityKind.SURVEY,
            title="农村人居环境、乡村振兴调研",
            start=D(2020, 5, 20),
            places=("v01", "v02"),
            participants=("d07", "d08"),
            suggestions_reported=Count(10, at_least=True),
        ),
        Activity(
            id="report-2019",
            kind=ActivityKind.REPORT_TO_VOTERS,
            title="向选民述职",
            start=D(2019, 12, 20),
            participants=("d01",),
        ),
    ]
    h2_plan = WorkPlan(
        id="plan-2020-h2",
        congress="xx",
        title="2020年下半年工作计划",
        start=D(2020, 7, 1),
        end=D(2020, 12, 31),
        items=(
            PlanItem(
                section=PlanSection.SUPERVISION,
                text="对区级8个部门开展工作评议",
                targets=(
                    Target(
                        metric=TargetMetric.UNITS_COVERED,
                        value=8,
                        activity_kinds=(ActivityKind.WORK_EVALUATION,),
                        units=DEPARTMENTS,
                    ),
                ),
            ),
            PlanItem(
                section=PlanSection.DEPUTY_SERVICE,
                text="开展代表履职培训",
                targets=(
                    Target(
                        metric=TargetMetric.ACTIVITIES,
                        value=1,
                        per_deputy=True,
                        activity_kinds=(ActivityKind.TRAINING,),
                    ),
                ),
            ),
            PlanItem(section=PlanSection.LEADERSHIP, text="坚持党的领导"),
        ),
    )
    year_plan = WorkPlan(
        id="plan-2020",
        congress="xx",
        title="2020年工作要点",
        start=D(2020, 1, 1),
        end=D(2020, 12, 31),
        items=(
            PlanItem(
                section=PlanSection.DEPUTY_SERVICE,
                text="每月安排一天作为代表接访日",
                targets=(
                    Target(
                        metric=TargetMetric.ACTIVITIES,
                        value=48,
                        activity_kinds=(ActivityKind.RECEPTION,),
                    ),
                    Target(metric=TargetMetric.PEOPLE_RECEIVED, value=150),
                    Target(
                        metric=TargetMetric.ACTIVITIES,
                        value=1,
                        per_deputy=True,
                        activity_kinds=(ActivityKind.STUDY,),
                    ),
                ),
            ),
        ),
    )
    return RecordSet.from_records(
        [
            Congress(id="xx", name="XX镇人民代表大会", level=Level.TOWN),
            Term(id="t19", congress="xx", number=19, start=TERM_START, end=D(2021, 11, 30)),
            *(
                Unit(id=u, name=f"区部门{u}", kind=UnitKind.DISTRICT_DEPARTMENT)
                for u in DEPARTMENTS
            ),
            Unit(id="town", name="镇政府", kind=UnitKind.TOWN_GOVERNMENT),
            Unit(id="police", name="派出所", kind=UnitKind.POLICE),
            Unit(id="traffic", name="交巡警", kind=UnitKind.POLICE),
            *(Place(id=v, name=f"村{v}") for v in VILLAGES),
            Place(id="centre", name="场镇", kind=PlaceKind.TOWN),
            Place(id="plant", name="称沱污水处理厂", kind=PlaceKind.SITE),
            *deputies,
            DeputyGroup(id="g1", name="第一代表小组", term="t19", station="s1"),
            DeputyGroup(id="g2", name="第二代表小组", term="t19", station="s3"),
            *(
                Station(
                    id=f"s{i}", name=f"第{i}代表工作站", reception_rule="FREQ=MONTHLY;BYMONTHDAY=15"
                )
                for i in range(1, 5)
            ),
            s7,
            s8,
            LivelihoodProject(
                id="p1",
                name="称沱污水处理厂建设",
                session="se8",
                progress=(
                    ProjectProgress(on=D(2020, 3, 1), status=ProjectStatus.IN_PROGRESS),
                    ProjectProgress(on=D(2020, 6, 1), status=ProjectStatus.DELAYED),
                ),
            ),
            LivelihoodProject(id="p2", name="村道硬化", session="se8"),
            LivelihoodProject(
                id="p3",
                name="便民服务中心",
                session="se7",
                progress=(ProjectProgress(on=D(2019, 11, 1), status=ProjectStatus.COMPLETED),),
            ),
            LivelihoodProject(
                id="p4",
                name="饮水工程",
                session="se7",
                progress=(ProjectProgress(on=D(2019, 6, 1), status=ProjectStatus.IN_PROGRESS),),
            ),
            Campaign(
                id="epidemic",
                kind=CampaignKind.EPIDEMIC_PREVENTION,
                name="疫情防控",
                start=D(2020, 1, 25),
                end=D(2020, 4, 30),
                roles=(
                    CampaignRole(role=CampaignRoleKind.GATEKEEPER, deputies=("d01", "d02")),
                    CampaignRole(role=CampaignRoleKind.TEMPERATURE_CHECKER, deputies=("d02",)),
                    CampaignRole(role=CampaignRoleKind.PURCHASER, deputies=("d04",)),
                ),
            ),
            Campaign(
                id="poverty",
                kind=CampaignKind.POVERTY_ALLEVIATION,
                name="脱贫攻坚百日大会战",
                start=D(2020, 3, 1),
                end=D(2020, 6, 8),
                roles=(
                    CampaignRole(
                        role=CampaignRoleKind.WORK_SUPERVISOR, deputies=("d01", "d03", "d05", "d07")
                    ),
                ),
            ),
            Campaign(
                id="old",
                kind=CampaignKind.OTHER,
                name="2019年专项",
                start=D(2019, 3, 1),
                end=D(2019, 4, 1),
            ),
            *suggestions,
            *_receptions(),
            *visits,
            *studies,
            *others,
            h2_plan,
            year_plan,
        ]
    )


# -- random records ------------------------------------------------------------------------

FIRST, LAST = D(2019, 6, 1), D(2021, 6, 30)
DAYS = st.dates(min_value=FIRST, max_value=LAST)
DEPUTY_IDS = tuple(f"d{i}" for i in range(6))
GROUP_IDS = ("g0", "g1")
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
    lead = draw(st.sampled_from((*DEPUTY_IDS, "d-unknown")))
    others = tuple(d for d in draw(subsets(DEPUTY_IDS)) if d != lead)
    return Suggestion(
        id=suggestion_id,
        kind=draw(st.sampled_from(SuggestionKind)),
        title="建议",
        lead=lead,
        cosigners=others,
        raised_on=raised,
        session=draw(st.none() | st.sampled_from(SESSION_IDS)),
        category=draw(st.none() | st.sampled_from(["交通", "环境"])),
        events=draw(events(raised)),
    )


@st.composite
def activities(draw: st.DrawFn, activity_id: str) -> Activity:
    """An activity with random figures, participants and references."""
    start = draw(DAYS)
    return Activity(
        id=activity_id,
        kind=draw(st.sampled_from(ActivityKind)),
        title="活动",
        start=start,
        end=draw(st.none() | later(start, 5)),
        group=draw(st.none() | st.sampled_from(GROUP_IDS)),
        station=draw(st.none() | st.sampled_from(STATION_IDS)),
        campaign=draw(st.none() | st.sampled_from(CAMPAIGN_IDS)),
        participants=draw(subsets((*DEPUTY_IDS, "d-unknown"), 4)),
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
def record_lists(draw: st.DrawFn) -> list[Any]:
    """A shuffled list of records of every type, with distinct ids of each type."""
    records: list[Any] = [
        Congress(id="c", name="测试镇人民代表大会", level=Level.TOWN),
        Term(id="t1", congress="c", number=1, start=D(2018, 1, 1), end=D(2022, 12, 31)),
        *(Unit(id=u, name=u) for u in UNIT_IDS),
        *(Place(id=p, name=p, kind=draw(st.sampled_from(PlaceKind))) for p in PLACE_IDS),
        *(DeputyGroup(id=g, name=g) for g in GROUP_IDS),
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
    # Places and campaigns are sometimes missing, so that references go unresolved.
    kept = [r for r in records if not isinstance(r, (Place, Campaign)) or draw(st.booleans())]
    return draw(st.permutations(kept))
