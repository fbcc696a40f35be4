"""A small hand-written town congress for the summary and assessment tests.

``town()`` is modelled on the reference report's first half of 2020; its
figures are known by construction (they are written here, next to the
records), so tests can assert them without running the code under test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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
