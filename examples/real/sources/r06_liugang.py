"""刘岗镇 (2022, year inferred): deputy group No. 1's fourth-quarter activity, four items.

Fact sheet: corpus-notes/06-liugang-deputy-group-q4-activity.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Count,
    Deputy,
    DeputyGroup,
    Finding,
    Level,
    LivelihoodProject,
    Place,
    PlaceKind,
    RecordSet,
    Station,
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
_COMMON = {
    "start": _DAY,
    "organiser": "liugang",
    "group": "g1",
    "station": "st-yandian",
    "sources": _SOURCES,
}


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
                note="今年人大代表民生实事票决项目（票决会议未载明）",
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
        groups=(DeputyGroup(id="g1", name="刘岗镇人大第一代表小组", station="st-yandian"),),
        activities=(
            Activity(
                id="a1-supervision",
                kind=ActivityKind.SUPERVISION,
                title="第四季度集中活动：督查重点工程项目",
                places=("pl-tangmian",),
                projects=("p-farmland",),
                findings=(
                    Finding(issue="田块平整不到位", correction="镇政府督促施工方整改"),
                    Finding(issue="渠埂塌方", correction="镇政府督促施工方整改"),
                ),
                **_COMMON,
            ),
            Activity(
                id="a2-report",
                kind=ActivityKind.REPORT_TO_VOTERS,
                title="第四季度集中活动：代表述职评议",
                participants=("d1",),
                participants_reported=Count(6),
                people_received=Count(30, at_least=True),
                note="李永维等6名县镇人大代表述职，30多名选民测评（结果未载明），意见转有关部门并要求答复。",
                **_COMMON,
            ),
            Activity(
                id="a3-evaluation",
                kind=ActivityKind.WORK_EVALUATION,
                title="第四季度集中活动：站所评议",
                units=("u-bank", "u-health"),
                note=(
                    "代表此前对刘岗镇农商行提出7个方面、对镇卫健办提出5个方面的问题和建议；"
                    "两单位负责人逐条汇报整改情况，代表进行满意度测评，结果报镇党委和其上级主管部门。"
                ),
                **_COMMON,
            ),
            Activity(
                id="a4-replies",
                kind=ActivityKind.OTHER,
                title="第四季度集中活动：评议代表建议办理答复工作",
                units=("u-civility",),
                note=(
                    "每月对“聚民意，惠民生”建议办理答复开展满意度测评；"
                    "镇文明办（镇党委委员陈传侠牵头）被评为代表建议办理答复先进单位。"
                ),
                **_COMMON,
            ),
        ),
    )


FACTS = [
    ("Body: 刘岗镇人大第一代表小组", "typed", "$.groups[0]"),
    ("Venue: 烟店村代表工作站", "typed", "$.stations[0], $.activities[*].station"),
    ("Date: 11月28日, no year (2022 from the URL id)", "typed", "$.activities[*].start"),
    ("Activity kind: 第四季度集中活动", "text", "$.activities[*].title"),
    ("Items on the programme: 4", "typed", "$.activities (4 records)"),
    ("Item 1 kind: supervision of a key project", "typed", "$.activities[0].kind"),
    ("Item 1 project: 塘面村高标准农田项目", "typed", "$.projects[0], $.activities[0].projects"),
    (
        "Item 1: the project was chosen by deputies' ballot this year",
        "text",
        "$.projects[0].note",
        "optional-fields",
    ),
    ("Item 1 defect: fields not properly levelled", "typed", "$.activities[0].findings[0]"),
    ("Item 1 defect: channel embankments collapsed", "typed", "$.activities[0].findings[1]"),
    (
        "Item 1 follow-up: contractor to rectify, deputies supervise",
        "typed",
        "$.activities[0].findings[*].correction",
    ),
    ("Item 2 kind: deputies report to voters and are evaluated", "typed", "$.activities[1].kind"),
    (
        "Item 2: 6 county and town deputies reported, one named 李永维",
        "typed",
        "$.activities[1].participants_reported, $.deputies[0]",
    ),
    ("Item 2: more than 30 voters took part", "typed", "$.activities[1].people_received"),
    (
        "Item 2: voters rated the deputies (results not given)",
        "text",
        "$.activities[1].note",
        "rating-of-deputies",
    ),
    (
        "Item 2: voters raised opinions to be passed on",
        "text",
        "$.activities[1].note",
        "aggregate-handling",
    ),
    ("Item 3 kind: evaluation of town units", "typed", "$.activities[2].kind"),
    ("Item 3 unit: 刘岗镇农商行 (7 aspects raised earlier)", "typed", "$.activities[2].units[0]"),
    ("Item 3 unit: 镇卫健办 (5 aspects raised earlier)", "typed", "$.activities[2].units[1]"),
    (
        "Item 3: heads reported their rectification",
        "text",
        "$.activities[2].note",
        "unit-evaluation",
    ),
    (
        "Item 3: satisfaction rating of the 2 units",
        "text",
        "$.activities[2].note",
        "unit-evaluation",
    ),
    (
        "Item 3: results reported to the party committee",
        "text",
        "$.activities[2].note",
        "unit-evaluation",
    ),
    ("Item 4 kind: evaluation of replies to suggestions", "text", "$.activities[3].title"),
    (
        "Item 4: monthly satisfaction rating of replies",
        "text",
        "$.activities[3].note",
        "aggregate-handling",
    ),
    ("Item 4 award: 镇文明办 named an advanced unit", "text", "$.activities[3].note", "honours"),
]

FIGURES = [
    ("1 (group number)", 1, None, "only in the group's name"),
    ("11月28日 (date, no year)", "11-28", None, "the summary lists no activity dates"),
    ("4 (fourth quarter)", 4, None, "only in the titles"),
    ("4 (items on the programme)", 4, "groups[0].activities.activities"),
    ("6 (deputies reporting to voters)", 6, "activities_by_kind.report_to_voters.participations"),
    (
        "30多 (voters evaluating)",
        {"value": 30, "at_least": True},
        "activities_by_kind.report_to_voters.people_received",
    ),
    ("7 (aspects raised for the bank)", 7, None, "no per-unit issues raised"),
    ("5 (aspects raised for the health office)", 5, None, "no per-unit issues raised"),
    ("2 (units evaluated)", 2, "activities_by_kind.work_evaluation.units"),
]
