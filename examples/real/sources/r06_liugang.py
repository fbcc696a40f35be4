"""刘岗镇 (2022, year inferred): deputy group No. 1's fourth-quarter activity, four items.

Fact sheet: corpus-notes/06-liugang-deputy-group-q4-activity.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityItem,
    ActivityKind,
    Cadence,
    Congress,
    Count,
    Defect,
    Deputy,
    DeputyGroup,
    Evaluation,
    Honour,
    Level,
    LivelihoodProject,
    ParticipantKind,
    Place,
    PlaceKind,
    RecipientKind,
    RecordSet,
    Station,
    SubjectKind,
    SupervisionVisit,
    Unit,
    UnitKind,
    When,
)

NAME = "liugang-2022"
SOURCE = {
    "title": None,
    "url": "https://rd.shouxian.gov.cn/content/detail/6386bb0bda357f9d5656245b.html",
    "publisher": "rd.shouxian.gov.cn (author 王军)",
    "date": None,
    "sheet": "06-liugang-deputy-group-q4-activity.md",
}
META = {
    "genre": "deputy group activity (代表小组活动)",
    "province": "Anhui (inferred)",
    "level": "town",
    "period": "2022",
}

# The source gives 11月28日 without a year; 2022 is read from the page's URL id.
_DAY = When.exact(dt.date(2022, 11, 28), inferred=True)
_SOURCES = (source(SOURCE),)
_FIX = "镇政府督促施工方整改，代表全程监督"


def records() -> RecordSet:
    """The records the source supports."""
    src = _SOURCES
    return RecordSet(
        congress=Congress(id="liugang", name="刘岗镇人民代表大会", level=Level.TOWN, sources=src),
        deputies=(
            Deputy(id="d1", name="李永维", note="县镇人大代表（级别未分别载明）", sources=src),
        ),
        projects=(
            LivelihoodProject(
                id="p-farmland",
                name="塘面村高标准农田项目",
                year=2022,
                visits=(
                    SupervisionVisit(
                        on=_DAY,
                        defects=(
                            Defect(issue="田块平整不到位", rectification=_FIX),
                            Defect(issue="渠埂塌方", rectification=_FIX),
                        ),
                    ),
                ),
                note="今年人大代表民生实事票决项目（票决会议未载明；年份由网址推定）",
                sources=src,
            ),
        ),
        places=(
            Place(id="pl-yandian", name="烟店村", kind=PlaceKind.VILLAGE),
            Place(id="pl-tangmian", name="塘面村", kind=PlaceKind.VILLAGE),
        ),
        units=(
            Unit(id="u-bank", name="刘岗镇农商行", kind=UnitKind.ENTERPRISE),
            Unit(id="u-health", name="镇卫健办", kind=UnitKind.TOWN_OFFICE),
            Unit(id="u-civility", name="镇文明办", kind=UnitKind.TOWN_OFFICE),
        ),
        stations=(Station(id="st-yandian", name="烟店村代表工作站", place="pl-yandian"),),
        groups=(
            DeputyGroup(
                id="g1",
                name="刘岗镇人大第一代表小组",
                number=1,
                station="st-yandian",
                cadence=Cadence.QUARTERLY,
                sources=src,
            ),
        ),
        activities=(
            Activity(
                id="a-q4",
                kind=ActivityKind.OTHER,
                title="第四季度集中活动",
                start=_DAY,
                organiser="liugang",
                group="g1",
                station="st-yandian",
                places=("pl-yandian", "pl-tangmian"),
                participants=("d1",),
                participants_reported=Count(6, at_least=True),
                items=(
                    ActivityItem(
                        kind=ActivityKind.SUPERVISION,
                        title="督查重点工程项目",
                        projects=("p-farmland",),
                    ),
                    ActivityItem(kind=ActivityKind.REPORT_TO_VOTERS, title="代表述职评议"),
                    ActivityItem(
                        kind=ActivityKind.WORK_EVALUATION,
                        title="站所评议",
                        units=("u-bank", "u-health"),
                    ),
                    ActivityItem(
                        kind=ActivityKind.WORK_EVALUATION, title="评议代表建议办理答复工作"
                    ),
                ),
                others_taking_part=Count(30, at_least=True),
                other_kinds=(ParticipantKind.VOTERS,),
                sources=src,
                note=(
                    "参加代表人数未载明：述职的6名县镇人大代表在场。选民意见转有关部门并要求答复。"
                    "每月对“聚民意，惠民生”建议办理答复开展满意度测评。"
                ),
            ),
        ),
        evaluations=(
            Evaluation(
                id="e-report",
                subject_kind=SubjectKind.DEPUTY,
                subject="d1",
                subject_name="李永维等6名县镇人大代表",
                title="代表述职评议",
                on=_DAY,
                activity="a-q4",
                voters_present=Count(30, at_least=True),
                sources=src,
                note="选民测评结果未载明。",
            ),
            *(
                Evaluation(
                    id=f"e-{unit}",
                    subject_kind=kind,
                    subject=f"u-{unit}",
                    title="站所评议：满意度测评",
                    on=_DAY,
                    activity="a-q4",
                    issues_raised=Count(issues),
                    sent_to=("镇党委", "上级主管部门"),
                    sources=src,
                    note="负责人逐条汇报整改情况；测评结果未载明。",
                )
                for unit, kind, issues in (
                    ("bank", SubjectKind.OUTSIDE_BODY, 7),
                    ("health", SubjectKind.DEPARTMENT, 5),
                )
            ),
        ),
        honours=(
            Honour(
                id="h-civility",
                title="代表建议办理答复先进单位",
                recipient_kind=RecipientKind.UNIT,
                recipient="u-civility",
                recipient_name="镇文明办",
                on=_DAY,
                leader="陈传侠",
                sources=src,
            ),
        ),
    )


FACTS = [
    ("Body: 刘岗镇人大第一代表小组", "typed", "$.groups[0] (number 1)"),
    ("Venue: 烟店村代表工作站", "typed", "$.stations[0], $.activities[0].station"),
    ("Date: 11月28日, no year (2022 from the URL id)", "typed", "$.activities[0].start"),
    (
        "Activity kind: 第四季度集中活动",
        "typed",
        "$.groups[0].cadence (quarterly), $.activities[0].items",
    ),
    ("Items on the programme: 4", "typed", "$.activities[0].items (4)"),
    ("Item 1 kind: supervision of a key project", "typed", "$.activities[0].items[0].kind"),
    (
        "Item 1 project: 塘面村高标准农田项目",
        "typed",
        "$.projects[0], $.activities[0].items[0].projects",
    ),
    (
        "Item 1: the project was chosen by deputies' ballot this year",
        "typed",
        "$.projects[0].year (the ballot's session is not stated)",
    ),
    ("Item 1 defect: fields not properly levelled", "typed", "$.projects[0].visits[0].defects[0]"),
    ("Item 1 defect: channel embankments collapsed", "typed", "$.projects[0].visits[0].defects[1]"),
    (
        "Item 1 follow-up: contractor to rectify, deputies supervise",
        "typed",
        "$.projects[0].visits[0].defects[*].rectification",
    ),
    ("Item 2 kind: deputies report to voters and are evaluated", "typed", "$.evaluations[0]"),
    (
        "Item 2: 6 county and town deputies reported, one named 李永维",
        "typed",
        "$.activities[0].participants_reported, $.evaluations[0].subject",
    ),
    ("Item 2: more than 30 voters took part", "typed", "$.evaluations[0].voters_present"),
    (
        "Item 2: voters rated the deputies (results not given)",
        "typed",
        "$.evaluations[0] (no ratings: not stated)",
    ),
    (
        "Item 2: voters raised opinions to be passed on",
        "text",
        "$.activities[0].note",
        "aggregate-handling",
    ),
    ("Item 3 kind: evaluation of town units", "typed", "$.activities[0].items[2].kind"),
    (
        "Item 3 unit: 刘岗镇农商行 (7 aspects raised earlier)",
        "typed",
        "$.evaluations[1].subject, .issues_raised",
    ),
    (
        "Item 3 unit: 镇卫健办 (5 aspects raised earlier)",
        "typed",
        "$.evaluations[2].subject, .issues_raised",
    ),
    (
        "Item 3: heads reported their rectification",
        "text",
        "$.evaluations[1:].note",
        "unit-evaluation",
    ),
    (
        "Item 3: satisfaction rating of the 2 units",
        "typed",
        "$.evaluations[1:] (results not stated)",
    ),
    ("Item 3: results reported to the party committee", "typed", "$.evaluations[1:].sent_to"),
    ("Item 4 kind: evaluation of replies to suggestions", "typed", "$.activities[0].items[3]"),
    (
        "Item 4: monthly satisfaction rating of replies",
        "text",
        "$.activities[0].note",
        "aggregate-handling",
    ),
    ("Item 4 award: 镇文明办 named an advanced unit", "typed", "$.honours[0]"),
]

FIGURES = [
    ("1 (group number)", 1, "groups[0].number"),
    (
        "11月28日 (date, no year)",
        {"earliest": "2022-11-28", "inferred": True},
        "activity_list[0].start",
    ),
    ("4 (fourth quarter)", "2022-Q4", "groups[0].stretches_held_in[0]"),
    ("4 (items on the programme)", 4, "groups[0].activities.items"),
    (
        "6 (deputies reporting to voters; at least 6 took part)",
        {"value": 6, "at_least": True},
        "activities.participations",
    ),
    (
        "30多 (voters evaluating)",
        {"value": 30, "at_least": True},
        "evaluations.voters_present",
    ),
    ("7 (aspects raised for the bank)", 7, "evaluations.held[0].issues_raised"),
    ("5 (aspects raised for the health office)", 5, "evaluations.held[1].issues_raised"),
    ("2 (units evaluated)", 2, "activities.units"),
]
