"""银雀山街道 (2020): the working committee's reception summary and its 2021 plan.

Fact sheet: corpus-notes/07-yinqueshan-subdistrict-reception-2020.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Level,
    PlanItem,
    PlanSection,
    RecordSet,
    Target,
    TargetMetric,
    When,
    WorkPlan,
)

NAME = "yinqueshan-2020"
SOURCE = {
    "title": "2020年人大接待活动总结",
    "url": "http://www.lylsrd.gov.cn/info/1137/5805.htm",
    "publisher": "lylsrd.gov.cn",
    "date": None,
    "sheet": "07-yinqueshan-subdistrict-reception-2020.md",
}
META = {
    "genre": "sub-district committee annual summary (接待活动总结)",
    "province": "Shandong (inferred)",
    "level": "subdistrict",
    "period": "2020",
}

_PLAN = (
    (PlanSection.DEPUTY_SERVICE, "继续开展“办实事、谋发展、促和谐”主题活动"),
    (PlanSection.DEPUTY_SERVICE, "完善代表小组活动室和代表接待站(点)"),
    (PlanSection.DEPUTY_SERVICE, "根据需要新建代表接待站点"),
    (PlanSection.DEPUTY_SERVICE, "代表接待和代表小组活动常态化"),
    (PlanSection.DEPUTY_SERVICE, "开展网上接待"),
    (PlanSection.OTHER, "通过报刊和网络宣传"),
)


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    receptions = tuple(
        Activity(
            id=f"a-reception-{i}",
            kind=ActivityKind.RECEPTION,
            title="站内接待选民",
            start=When.of_year(2020),
            organiser="yinqueshan",
            sources=src,
        )
        for i in range(1, 7)
    )
    per_deputy = Target(
        metric=TargetMetric.ACTIVITIES,
        value=2,
        per_deputy=True,
        activity_kinds=(ActivityKind.RECEPTION,),
        description="每位代表年内接待2次以上（线上线下）",
    )
    return RecordSet(
        congress=Congress(
            id="yinqueshan",
            name="银雀山街道人大工委",
            level=Level.SUBDISTRICT,
            sources=src,
            note=(
                "驻街道区人大代表36名。每月20日为代表接待日，提前3天公告地点、时间和接待代表。"
                "全年接待选民群众96人次，收集意见建议24条，形成建议上报5条，现场答复15条，"
                "群众满意度100%。"
            ),
        ),
        activities=receptions,
        plans=(
            WorkPlan(
                id="plan-2021",
                congress="yinqueshan",
                title="2021年人大接待活动打算",
                start=dt.date(2021, 1, 1),
                end=dt.date(2021, 12, 31),
                items=(
                    *(PlanItem(section=s, text=t) for s, t in _PLAN),
                    PlanItem(
                        section=PlanSection.DEPUTY_SERVICE,
                        text="每位代表年内接待选民2次以上",
                        targets=(per_deputy,),
                    ),
                ),
                sources=src,
            ),
        ),
    )


FACTS = [
    ("Body: 银雀山街道人大工委", "typed", "$.congress (level subdistrict)"),
    ("Period: 2020", "typed", "$.activities[*].start (year)"),
    ("Framework: the district standing committee's arrangements", "none", "context"),
    ("Theme: 品牌化、特色化 activities", "none", "context"),
    (
        "Rule: the 20th of each month is reception day",
        "text",
        "$.congress.note (a station's reception_rule needs a named station)",
    ),
    ("Rule: announced 3 days in advance", "text", "$.congress.note"),
    ("Deputies: 36 district deputies based in the sub-district", "text", "$.congress.note"),
    ("Receptions held in the station: 6", "typed", "$.activities (6 records)"),
    ("Voters received: 96", "text", "$.congress.note"),
    ("Opinions collected: 24", "text", "$.congress.note"),
    ("Turned into suggestions: 5", "text", "$.congress.note"),
    ("Answered on the spot: 15", "text", "$.congress.note"),
    ("Public satisfaction: 100%", "text", "$.congress.note"),
    ("2021 plan: continue the theme", "typed", "$.plans[0].items[0]"),
    ("2021 plan: improve group rooms and reception points", "typed", "$.plans[0].items[1]"),
    ("2021 plan: new reception points as needed", "typed", "$.plans[0].items[2]"),
    ("2021 plan: routine receptions and group activities", "typed", "$.plans[0].items[3]"),
    ("2021 plan: online receptions", "typed", "$.plans[0].items[4]"),
    ("2021 plan: each deputy receives voters 2+ times", "typed", "$.plans[0].items[6].targets[0]"),
    ("2021 plan: publicity", "typed", "$.plans[0].items[5]"),
]

_TOTAL = "yearly totals are not split over the receptions"
FIGURES = [
    ("2020 (year)", 2020, None, "the year is the period asked for"),
    ("20 (reception day of each month)", 20, None, "no station to carry the rule"),
    ("3 (days' notice)", 3, None, "no place for announcement rules"),
    ("36 (district deputies)", 36, None, "deputies are not named"),
    ("6 (receptions held)", 6, "activities_by_kind.reception.activities"),
    ("96 (voters received)", 96, None, _TOTAL),
    ("24 (opinions collected)", 24, None, _TOTAL),
    ("5 (turned into suggestions)", 5, None, _TOTAL),
    ("15 (answered on the spot)", 15, None, _TOTAL),
    ("100% (satisfaction)", "100%", None, "no satisfaction of the public"),
    ("2021 (plan year)", "2021-01-01", "next_plans[0].start"),
    ("2 (receptions per deputy)", 2, "next_plans[0].items[6].targets[0].value"),
]
