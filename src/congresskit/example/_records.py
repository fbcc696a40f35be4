"""The bundled example: a town congress's first half of 2020 and its plan for the second.

:func:`example_records` builds, with the public models only, the records behind
a real town congress's work report (2020 first half, and its plan for the second
half): session 8 of term 19 on 13 January 2020 with its 63 suggestions and their
handling, the epidemic-prevention campaign and the poverty-alleviation "100-day
battle", inspections, checks, surveys, visits, quarterly study, the 4 stations
and their monthly reception days, and the plan. Every figure the report gives is
reproduced exactly; names, dates and per-activity figures are invented.

>>> from congresskit import check, example_records
>>> records = example_records()
>>> check(records)
()
>>> session = records.get(Session, "t19-s8")
>>> session.number, session.start.isoformat()
(8, '2020-01-13')
>>> sum(1 for s in records.suggestions if s.session == session.id)
63
>>> villages = {p for a in records.activities
...             if a.campaign == "c-poverty" and a.kind is ActivityKind.SUPERVISION
...             for p in a.places}
>>> len(villages)
14

The ids a summary keys on: congress ``xx-town`` (parent ``xx-district``), term
``t19``, session ``t19-s8``, campaigns ``c-epidemic`` and ``c-poverty``,
stations ``st1``-``st4`` (groups ``g1``-``g4``), villages ``v01`` (称沱村) to
``v14`` and the town centre ``centre``, the sewage-plant project ``p-sewage``
and the plan ``plan-2020-h2``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from congresskit.checking.recordset import RecordSet
from congresskit.example import _activities as acts
from congresskit.example import _data as data
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.counts import Count
from congresskit.records.enums import (
    ActivityKind,
    Level,
    MembershipKind,
    Outcome,
    PlanSection,
    ProjectStatus,
    ReportKind,
    ReviewDecision,
    Satisfaction,
    SuggestionKind,
    TargetMetric,
)
from congresskit.records.people import Deputy, DeputyGroup, Membership, Station
from congresskit.records.plans import PlanItem, Target, WorkPlan
from congresskit.records.projects import LivelihoodProject, ProjectProgress
from congresskit.records.sessions import (
    Attendance,
    BallotCandidate,
    PresidiumMeeting,
    ProjectBallot,
    ReportReview,
    Resolution,
    Session,
    Speech,
    Tally,
)
from congresskit.records.suggestions import (
    Assigned,
    Closed,
    Evaluated,
    Event,
    Extended,
    Rehandled,
    Replied,
    Reviewed,
    Suggestion,
)

__all__ = ["example_records"]

D = dt.date
_TERM_START, _TERM_END = D(2016, 12, 15), D(2021, 12, 14)
_GROUPS_FORMED = D(2017, 1, 10)
# Two stations opened in 2017, two more in 2018.
_STATIONS_OPENED = {
    "st1": D(2017, 3, 1),
    "st2": D(2017, 3, 1),
    "st3": D(2018, 5, 1),
    "st4": D(2018, 5, 1),
}
_BY_ELECTION, _MOVE = D(2019, 6, 20), D(2020, 4, 1)
_SESSION_DAY, _REVIEW_DAY, _ASSIGN_DAY = D(2020, 1, 13), D(2020, 1, 15), D(2020, 1, 17)
_REPLY_GIST = {
    Outcome.A: "已办理解决",
    Outcome.B: "正在解决，已列入工作计划",
    Outcome.C: "受条件限制暂不能解决，已向代表说明",
}
_SATISFACTION = {"S": Satisfaction.SATISFIED, "BS": Satisfaction.BASICALLY_SATISFIED}


@functools.cache
def example_records() -> RecordSet:
    """The reference town's records for 2020 H1 and its plan for 2020 H2.

    The result is built once and cached; it is immutable, so every caller
    shares it safely. It is deterministic: the same records on every call and
    in every process.

    Returns:
        A :class:`~congresskit.RecordSet` for which :func:`congresskit.check`
        finds no problem.
    """
    deputies = _deputies()
    stations = _stations()
    sessions = (_session(deputies),)
    suggestions = _session_suggestions(deputies) + _between_session_suggestions()
    return RecordSet(
        congress=Congress(
            id=data.CONGRESS,
            name="XX镇人民代表大会",
            level=Level.TOWN,
            parent=data.DISTRICT_CONGRESS,
        ),
        terms=(
            Term(id=data.TERM, congress=data.CONGRESS, number=19, start=_TERM_START, end=_TERM_END),
        ),
        units=tuple(Unit(id=i, name=n, kind=k, parent=p) for i, n, k, p in data.UNITS),
        places=tuple(Place(id=i, name=n, kind=k) for i, n, k in data.PLACES),
        deputies=deputies,
        groups=tuple(
            DeputyGroup(id=f"g{n}", name=f"第{zh}代表小组", term=data.TERM, station=f"st{n}")
            for n, zh in enumerate("一二三四", start=1)
        ),
        stations=stations,
        sessions=sessions,
        presidium_meetings=_presidium_meetings(),
        projects=_projects(),
        campaigns=acts.campaigns(),
        suggestions=suggestions,
        activities=acts.activities(deputies, stations),
        plans=(_plan(),),
    )


# People ------------------------------------------------------------------


def _deputies() -> tuple[Deputy, ...]:
    places = {i: n for i, n, _ in data.PLACES}
    result = []
    for row in data.DEPUTIES:
        joined = _BY_ELECTION if row.id == data.BY_ELECTED else _TERM_START
        station = "st" + row.group[1:]
        group_role = row.role if row.role == "组长" else None
        term_role = None if row.role == "组长" else row.role
        memberships: list[Membership] = []
        if Level.TOWN in row.levels:
            memberships.append(
                Membership(kind=MembershipKind.TERM, of=data.TERM, start=joined, role=term_role)
            )
        group_start = max(joined, _GROUPS_FORMED)
        station_start = max(joined, _STATIONS_OPENED[station])
        if row.id == data.MOVED:
            # Moved house in spring 2020: a new group and station from 1 April.
            last = _MOVE - dt.timedelta(days=1)
            new_group = data.MOVED_TO
            memberships += [
                Membership(kind=MembershipKind.GROUP, of=row.group, start=group_start, end=last),
                Membership(kind=MembershipKind.GROUP, of=new_group, start=_MOVE),
                Membership(kind=MembershipKind.STATION, of=station, start=station_start, end=last),
                Membership(kind=MembershipKind.STATION, of="st" + new_group[1:], start=_MOVE),
            ]
        else:
            memberships += [
                Membership(
                    kind=MembershipKind.GROUP, of=row.group, start=group_start, role=group_role
                ),
                Membership(kind=MembershipKind.STATION, of=station, start=station_start),
            ]
        result.append(
            Deputy(
                id=row.id,
                name=row.name,
                levels=row.levels,
                gender=row.gender,
                constituency=f"{places[row.home]}选区",
                memberships=tuple(memberships),
            )
        )
    return tuple(result)


def _present(deputies: Iterable[Deputy]) -> tuple[str, ...]:
    return tuple(d for d in acts.town_deputies(deputies, _SESSION_DAY) if d not in data.ON_LEAVE)


def _stations() -> tuple[Station, ...]:
    return tuple(
        Station(id=i, name=n, place=p, opened=_STATIONS_OPENED[i], reception_rule=rule)
        for i, n, p, rule in data.STATIONS
    )


# The session ---------------------------------------------------------------


def _session(deputies: tuple[Deputy, ...]) -> Session:
    roll = acts.town_deputies(deputies, _SESSION_DAY)
    present = _present(deputies)
    absent = len(roll) - len(present)

    def tally(yes: int, abstain: int = 0) -> Tally:
        return Tally(yes=yes, abstain=abstain, absent=absent, entitled=len(roll))

    speeches = tuple(
        Speech(deputy=d, subject=data.SPEECH_SUBJECTS[(i + k) % len(data.SPEECH_SUBJECTS)])
        for i, d in enumerate(present)
        for k in range(data.FEWER_SPEECHES.get(d, 3))
    )
    ballot = ProjectBallot(
        title="2020年民生实事项目票决",
        ballots_issued=len(present),
        ballots_returned=len(present),
        candidates=tuple(
            BallotCandidate(
                project=p.id, yes=p.yes, no=p.no, abstain=p.abstain, selected=p.selected
            )
            for p in data.PROJECTS
        ),
    )
    return Session(
        id=data.SESSION,
        term=data.TERM,
        number=8,
        start=_SESSION_DAY,
        venue="XX镇人民政府大会议室",
        attendance=Attendance(
            due=len(roll),
            present=len(present),
            on_leave=absent,
            excused=tuple(d for d in roll if d not in present),
        ),
        agenda=(
            ReportReview(report=ReportKind.GOVERNMENT_WORK, presenter="镇长", unit="gov"),
            ReportReview(report=ReportKind.PRESIDIUM_WORK, presenter="镇人大主席"),
            ReportReview(
                report=ReportKind.FISCAL,
                title="关于XX镇2019年财政收支情况的报告",
                unit="office-finance",
            ),
            ballot,
            Resolution(
                title="关于政府工作报告的决议",
                report=ReportKind.GOVERNMENT_WORK,
                tally=tally(len(present)),
            ),
            Resolution(
                title="关于人大主席团工作报告的决议",
                report=ReportKind.PRESIDIUM_WORK,
                tally=tally(len(present)),
            ),
            Resolution(
                title="关于财政收支情况报告的决议",
                report=ReportKind.FISCAL,
                tally=tally(len(present) - 1, abstain=1),
            ),
        ),
        speeches=speeches,
        suggestions_reported=Count(63),
    )


def _presidium_meetings() -> tuple[PresidiumMeeting, ...]:
    meetings = (
        (D(2020, 1, 6), ("研究第八次会议筹备工作", "审议人大主席团工作报告（草案）")),
        (D(2020, 1, 15), ("审议代表在第八次会议上提出的建议", "研究建议交办工作")),
        (D(2020, 3, 24), ("制定人大代表履职评分表，履职工作实行积分制",)),
        (D(2020, 6, 29), ("总结上半年人大工作", "研究2020年下半年工作计划")),
    )
    return tuple(
        PresidiumMeeting(id=f"pm-2020-{n:02d}", term=data.TERM, on=day, subjects=subjects)
        for n, (day, subjects) in enumerate(meetings, start=1)
    )


def _projects() -> tuple[LivelihoodProject, ...]:
    return tuple(
        LivelihoodProject(
            id=p.id,
            name=p.name,
            session=data.SESSION,
            responsible_unit=p.unit,
            description=p.description,
            progress=tuple(
                ProjectProgress(on=D.fromisoformat(day), status=ProjectStatus(status), note=note)
                for day, status, note in p.progress
            ),
        )
        for p in data.PROJECTS
    )


# Suggestions ---------------------------------------------------------------


def _session_suggestion_id(number: int) -> str:
    return f"s8-{number:03d}"


def _session_suggestions(deputies: tuple[Deputy, ...]) -> tuple[Suggestion, ...]:
    present = _present(deputies)
    result = []
    for i, row in enumerate(data.SESSION_SUGGESTIONS):
        # Leads take turns among the deputies present; co-signers number 0, 1, 2 in turn.
        lead = present[i % len(present)]
        cosigners = tuple(present[(i + k) % len(present)] for k in range(1, 1 + i % 3))
        result.append(
            Suggestion(
                id=_session_suggestion_id(i + 1),
                kind=SuggestionKind.SUGGESTION,
                title=row.title,
                category=row.category,
                lead=lead,
                cosigners=cosigners,
                raised_on=_SESSION_DAY,
                session=data.SESSION,
                events=_handling(i, row),
            )
        )
    return tuple(result)


def _reply(on: D, outcome: Outcome) -> Replied:
    return Replied(on=on, outcome=outcome, summary=_REPLY_GIST[outcome])


def _handling(i: int, row: data.SuggestionRow) -> tuple[Event, ...]:
    """The events of the ``i``-th session suggestion up to 30 June 2020, by its fate."""
    if row.fate == "merged":
        into = _session_suggestion_id(data.MERGED_INTO)
        return (
            Reviewed(on=_REVIEW_DAY, decision=ReviewDecision.MERGED, merged_into=into),
            Closed(on=_ASSIGN_DAY, note="与同类建议合并办理"),
        )
    start: tuple[Event, ...] = (
        Reviewed(on=_REVIEW_DAY, decision=ReviewDecision.ACCEPTED),
        Assigned(on=_ASSIGN_DAY, lead_unit=row.unit, assisting_units=row.assisting),
    )
    special: dict[str, tuple[Event, ...]] = {
        "overdue": (),
        "extended": (Extended(on=D(2020, 3, 20), note="需区级部门立项，申请延期答复"),),
        "extended-B": (
            Extended(on=D(2020, 4, 1), note="项目需区级审批，申请延期答复"),
            _reply(D(2020, 6, 12), Outcome.B),
        ),
        "late-B-BS": (
            _reply(D(2020, 4, 28), Outcome.B),
            Evaluated(on=D(2020, 5, 11), handling=Satisfaction.BASICALLY_SATISFIED),
        ),
        "late-B": (_reply(D(2020, 5, 8), Outcome.B),),
        "rehandled-closed": (
            _reply(D(2020, 3, 2), Outcome.B),
            Evaluated(on=D(2020, 3, 12), handling=Satisfaction.DISSATISFIED),
            Rehandled(on=D(2020, 3, 16), note="代表不满意，要求重新办理"),
            _reply(D(2020, 4, 10), Outcome.A),
            Evaluated(on=D(2020, 4, 20), handling=Satisfaction.SATISFIED),
            Closed(on=D(2020, 4, 27)),
        ),
        "rehandled": (
            _reply(D(2020, 3, 10), Outcome.C),
            Evaluated(
                on=D(2020, 3, 20),
                handling=Satisfaction.BASICALLY_SATISFIED,
                result=Satisfaction.DISSATISFIED,
            ),
            Rehandled(on=D(2020, 3, 25), note="对办理结果不满意，要求重新办理"),
            _reply(D(2020, 4, 22), Outcome.B),
            Evaluated(on=D(2020, 5, 6), handling=Satisfaction.BASICALLY_SATISFIED),
        ),
    }
    if row.fate in special:
        return start + special[row.fate]
    # The usual fates: "<reply class>[-<S|BS>][-closed]", replied 20-79 days
    # after assignment (well within the three months), evaluated 10 days
    # later and closed a week after that.
    outcome, *rest = row.fate.split("-")
    replied_on = _ASSIGN_DAY + dt.timedelta(days=20 + (i * 11) % 60)
    events: list[Event] = [_reply(replied_on, Outcome(outcome.lower()))]
    if rest:
        evaluated_on = replied_on + dt.timedelta(days=10)
        events.append(Evaluated(on=evaluated_on, handling=_SATISFACTION[rest[0]]))
        if rest[1:] == ["closed"]:
            events.append(Closed(on=evaluated_on + dt.timedelta(days=7)))
    return start + tuple(events)


def _between_session_suggestions() -> tuple[Suggestion, ...]:
    def suggestion(
        n: int, title: str, category: str, lead: str, cosigners: tuple[str, ...], raised: D
    ) -> Suggestion:
        return Suggestion(
            id=f"bs-2020-{n:02d}",
            kind=SuggestionKind.SUGGESTION,
            title=title,
            category=category,
            lead=lead,
            cosigners=cosigners,
            raised_on=raised,
        )

    satisfied = Satisfaction.SATISFIED
    parking = suggestion(1, "整治场镇车辆乱停乱放", "交通", "d04", ("d05", "d07"), D(2020, 4, 16))
    env = D(2020, 5, 19)
    garbage = suggestion(2, "完善农村生活垃圾收运体系，增加清运频次", "环境", "d14", (), env)
    toilets = suggestion(3, "推进农村改厕与生活污水治理衔接", "环境", "d09", ("d15",), env)
    upkeep = suggestion(4, "建立村庄清洁长效管护机制", "环境", "d19", (), env)
    rev = D(2020, 6, 12)
    citrus = suggestion(5, "发展称沱村柑橘特色产业", "农业", "d02", ("d09", "d12"), rev)
    tourism = suggestion(6, "完善称沱村乡村旅游配套设施", "文化", "d12", (), rev)
    lights = suggestion(7, "修复场镇背街小巷损坏路灯", "城镇建设", "d07", (), D(2020, 4, 10))
    ditch = suggestion(8, "疏通龙井村村道边沟", "道路", "d23", (), D(2020, 5, 29))
    return (
        parking.add(
            Assigned(
                on=D(2020, 4, 20),
                lead_unit="traffic-police",
                assisting_units=("police-station", "office-planning"),
            )
        )
        .add(Replied(on=D(2020, 5, 20), outcome=Outcome.A, summary="开展集中整治，施划停车位"))
        .add(Evaluated(on=D(2020, 6, 5), handling=satisfied))
        .add(Closed(on=D(2020, 6, 10))),
        garbage.add(Assigned(on=D(2020, 5, 25), lead_unit="office-planning")).add(
            _reply(D(2020, 6, 22), Outcome.A)
        ),
        toilets.add(
            Assigned(
                on=D(2020, 5, 25), lead_unit="office-planning", assisting_units=("office-agri",)
            )
        ).add(_reply(D(2020, 6, 29), Outcome.B)),
        upkeep.add(Assigned(on=D(2020, 5, 25), lead_unit="office-planning")),
        citrus.add(Assigned(on=D(2020, 6, 17), lead_unit="office-agri")),
        tourism.add(
            Assigned(
                on=D(2020, 6, 17), lead_unit="office-econ", assisting_units=("office-culture",)
            )
        ),
        lights.add(Assigned(on=D(2020, 4, 14), lead_unit="office-planning"))
        .add(Replied(on=D(2020, 5, 6), outcome=Outcome.A, summary="纳入场镇路灯安装民生实事项目"))
        .add(Evaluated(on=D(2020, 5, 15), handling=satisfied))
        .add(Closed(on=D(2020, 5, 20))),
        ditch.add(Assigned(on=D(2020, 6, 2), lead_unit="office-planning")).add(
            _reply(D(2020, 6, 19), Outcome.A)
        ),
    )


# The plan --------------------------------------------------------------------


def _plan() -> WorkPlan:
    lead, sup = PlanSection.LEADERSHIP, PlanSection.SUPERVISION
    serve, handle = PlanSection.DEPUTY_SERVICE, PlanSection.SUGGESTION_HANDLING
    items = (
        PlanItem(section=lead, text="坚持党的领导，自觉接受镇党委领导，围绕党委中心开展工作"),
        PlanItem(
            section=sup,
            text="对年度民生实事项目开展视察，对项目负责人进行现场询问，确保高质保量",
            targets=(
                Target(
                    metric=TargetMetric.PROJECTS_COVERED,
                    value=sum(p.selected for p in data.PROJECTS),
                    activity_kinds=(ActivityKind.INSPECTION,),
                    description="视察全部年度民生实事项目",
                ),
            ),
        ),
        PlanItem(section=sup, text="对扶贫、低保、农村人居环境整治等重点工作开展监督"),
        PlanItem(
            section=sup,
            text="积极配合区人大，组织辖区内的区、镇人大代表联动开展水污染防治工作评议",
        ),
        PlanItem(section=sup, text="落实公正司法年度报告制度，听取司法所人民调解工作开展情况"),
        PlanItem(
            section=sup,
            text="在区人大的指导下，对区民政局、区住建委、区水利局、区文旅委、区应急局、"
            "区信访办、区招商投资局、区机关事务局8个部门开展工作评议",
            targets=(
                Target(
                    metric=TargetMetric.UNITS_COVERED,
                    value=len(data.PLAN_DEPARTMENTS),
                    activity_kinds=(ActivityKind.WORK_EVALUATION,),
                    units=data.PLAN_DEPARTMENTS,
                ),
            ),
        ),
        PlanItem(
            section=serve,
            text="开展代表履职培训，组织代表学习习近平总书记在全国两会期间重要讲话精神、"
            "十三届全国人大三次会议精神、区委十三届二次全会精神、重庆市长寿区镇街人大工作考评办法等",
            targets=(
                Target(
                    metric=TargetMetric.PARTICIPATIONS,
                    value=1,
                    per_deputy=True,
                    activity_kinds=(ActivityKind.TRAINING,),
                    description="每位代表至少参加培训1次",
                ),
            ),
        ),
        PlanItem(
            section=serve,
            text="按照12345要求（任期内向选民述职1次，每年提建议至少2条，每次人代会至少发言3次，"
            "每年至少参加活动4次，联系选区内群众至少5户）对代表履职进行考核",
        ),
        PlanItem(section=serve, text="评选优秀人大代表"),
        PlanItem(
            section=serve,
            text="发挥人大工作站作用，组织好代表接访群众活动，收集群众意见建议",
            targets=(
                Target(
                    metric=TargetMetric.ACTIVITIES,
                    value=24,
                    activity_kinds=(ActivityKind.RECEPTION,),
                    description="4个人大工作站每月接访1次",
                ),
            ),
        ),
        PlanItem(section=serve, text="积极配合承办区人大常委会主任片区接待日活动"),
        PlanItem(
            section=handle,
            text="按照规定期限督促政府和相关职能部门办理好代表议案、建议、意见的办理答复工作",
        ),
        PlanItem(
            section=handle,
            text="加强与代表、承办单位的沟通联系，完善跟踪督办落实制度和回访代表听取办理意见的做法",
        ),
        PlanItem(
            section=handle,
            text="引导代表积极参与视察和调研，规范和优化建议提出、交办、办理、回复、评价等程序",
        ),
    )
    return WorkPlan(
        id=data.PLAN,
        congress=data.CONGRESS,
        title="2020年下半年工作计划",
        start=D(2020, 7, 1),
        end=D(2020, 12, 31),
        items=items,
    )
