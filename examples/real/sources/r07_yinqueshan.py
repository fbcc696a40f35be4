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
    Count,
    Dispositions,
    Level,
    LevelCount,
    PlanItem,
    PlanSection,
    RecordSet,
    RuleDocument,
    RuleKind,
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
    # The year's receptions are given as totals: one record of 6, never split into dates.
    receptions = Activity(
        id="a-receptions-2020",
        kind=ActivityKind.RECEPTION,
        title="站内接待选民",
        start=When.of_year(2020),
        occurrences=6,
        organiser="yinqueshan",
        themes=("品牌化、特色化",),
        people_received=Count(96),
        opinions_collected=Count(24),
        dispositions=Dispositions(turned_into_suggestions=Count(5), answered_on_spot=Count(15)),
        public_satisfaction=Count(100),
        sources=src,
        note="其余4条意见的去向原文未载明；接待的代表和日期未载明。",
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
            deputies_by_level=(LevelCount(level=Level.DISTRICT, count=Count(36)),),
            sources=src,
            note="驻街道区人大代表（未具名）；按区人大常委会工作要求和区人大统一部署开展工作。",
        ),
        rules=(
            RuleDocument(
                id="r-reception-day",
                title="代表接待日",
                kind=RuleKind.RECEPTION_DAY,
                calendar_rule="FREQ=MONTHLY;BYMONTHDAY=20",
                notice_days=3,
                notice_content=("地点", "时间", "接待代表"),
                sources=src,
                note="原文未载明制度名称和通过日期；公告在全街道范围发布。",
            ),
        ),
        activities=(receptions,),
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
    ("Period: 2020", "typed", "$.activities[0].start (the year)"),
    ("Framework: the district standing committee's arrangements", "none", "context"),
    ("Theme: 品牌化、特色化 activities", "typed", "$.activities[0].themes"),
    ("Rule: the 20th of each month is reception day", "typed", "$.rules[0].calendar_rule"),
    ("Rule: announced 3 days in advance", "typed", "$.rules[0].notice_days, .notice_content"),
    (
        "Deputies: 36 district deputies based in the sub-district",
        "typed",
        "$.congress.deputies_by_level",
    ),
    ("Receptions held in the station: 6", "typed", "$.activities[0].occurrences"),
    ("Voters received: 96", "typed", "$.activities[0].people_received"),
    ("Opinions collected: 24", "typed", "$.activities[0].opinions_collected"),
    (
        "Turned into suggestions: 5",
        "typed",
        "$.activities[0].dispositions.turned_into_suggestions",
    ),
    ("Answered on the spot: 15", "typed", "$.activities[0].dispositions.answered_on_spot"),
    ("Public satisfaction: 100%", "typed", "$.activities[0].public_satisfaction"),
    ("2021 plan: continue the theme", "typed", "$.plans[0].items[0]"),
    ("2021 plan: improve group rooms and reception points", "typed", "$.plans[0].items[1]"),
    ("2021 plan: new reception points as needed", "typed", "$.plans[0].items[2]"),
    ("2021 plan: routine receptions and group activities", "typed", "$.plans[0].items[3]"),
    ("2021 plan: online receptions", "typed", "$.plans[0].items[4]"),
    ("2021 plan: each deputy receives voters 2+ times", "typed", "$.plans[0].items[6].targets[0]"),
    ("2021 plan: publicity", "typed", "$.plans[0].items[5]"),
]

FIGURES = [
    ("2020 (year)", "2020", "activity_list[0].start"),
    ("20 (reception day of each month)", 20, "rules[0].day_of_month"),
    ("3 (days' notice)", 3, "rules[0].notice_days"),
    ("36 (district deputies)", 36, "congresses[0].deputies_by_level[0].count"),
    ("6 (receptions held)", 6, "activities_by_kind.reception.activities"),
    ("96 (voters received)", 96, "activities.people_received"),
    ("24 (opinions collected)", 24, "activities.opinions_collected"),
    ("5 (turned into suggestions)", 5, "opinions.turned_into_suggestions"),
    ("15 (answered on the spot)", 15, "opinions.answered_on_spot"),
    ("100% (satisfaction)", 100, "opinions.public_satisfaction[0]"),
    ("2021 (plan year)", "2021-01-01", "next_plans[0].start"),
    ("2 (receptions per deputy)", 2, "next_plans[0].items[6].targets[0].value"),
]
