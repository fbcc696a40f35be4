"""五松镇 (2013): the town congress's year-end work summary (stored text partial).

Fact sheet: corpus-notes/03-wusong-town-renda-summary-2013.md.
"""

from __future__ import annotations

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Campaign,
    CampaignKind,
    Congress,
    ElectionKind,
    ElectionPlan,
    Level,
    LevelSeats,
    PlanItem,
    PlanSection,
    RecordSet,
    RuleDocument,
    RuleKind,
    StudyKind,
    Target,
    TargetMetric,
    When,
    WorkPlan,
)

NAME = "wusong-2013"
SOURCE = {
    "title": "镇人大工作总结报告",
    "url": "https://xiaomilidoc.com/p-2069754.html",
    "publisher": "xiaomilidoc.com (document-sharing site), reproducing a summary of 五松镇人大",
    "date": None,
    "sheet": "03-wusong-town-renda-summary-2013.md",
}
META = {
    "genre": "town congress annual work summary (镇人大工作总结)",
    "province": "Anhui (inferred)",
    "level": "town",
    "period": "2013",
}

_SRC = (source(SOURCE),)
_YEAR = When.of_year(2013)
# The text masks some years as "20xx"; it names 2013 for the session planned and for the
# activities, so the items it does not date are read as of 2013.
_YEAR_READ = When.of_year(2013, inferred=True)

#: (id, kind, title, study subtype, topic) of the activities the summary lists without a day.
_ACTIVITIES = (
    (
        "a-lowincome",
        ActivityKind.SUPERVISION,
        "听取五松镇关于城乡低保工作情况汇报",
        None,
        "城乡低保",
    ),
    (
        "a-community",
        ActivityKind.SUPERVISION,
        "听取五松镇社区服务体系情况汇报",
        None,
        "社区服务体系",
    ),
    ("a-housing", ActivityKind.SUPERVISION, "听取五松镇廉租房情况汇报", None, "廉租房"),
    (
        "a-county-lowincome",
        ActivityKind.SURVEY,
        "参加县人大城乡低保工作情况调研",
        None,
        "城乡低保",
    ),
    (
        "a-county-community",
        ActivityKind.SURVEY,
        "参加县人大全县社区服务体系情况调研",
        None,
        "社区服务体系",
    ),
    (
        "a-county-housing",
        ActivityKind.INSPECTION,
        "参加县人大全县保障性住房视察",
        None,
        "保障性住房",
    ),
    ("a-jinqiao", ActivityKind.INSPECTION, "参加金桥园10周年现场视察", None, "金桥园"),
    (
        "a-maanshan",
        ActivityKind.STUDY,
        "赴马鞍山xx县考察美好乡村建设",
        StudyKind.FIELD_TRIP,
        "美好乡村建设",
    ),
    (
        "a-union-law",
        ActivityKind.OTHER,
        "参加县人大《中华人民共和国工会法》相关活动",
        None,
        "《中华人民共和国工会法》",
    ),
)


def records() -> RecordSet:
    """The records the source supports."""
    src = _SRC
    return RecordSet(
        congress=Congress(
            id="wusong",
            name="五松镇人民代表大会",
            level=Level.TOWN,
            sources=src,
            note=(
                "在镇党委领导和“xx县人大”指导下工作（县名原文隐去）。主席团会议定期召开"
                "（次数、日期未载明），研究补选县十六届人大代表2名（见选举方案）、食品安全活动"
                "实施方案和县人大代表述职工作实施意见。依普法规划宣传宪法、法律和人民代表大会制度；"
                "列席党政会议，督查政府工作报告所定目标（均无数字）。届次、代表人数未载明。"
            ),
        ),
        campaigns=(
            Campaign(
                id="k-food",
                kind=CampaignKind.OTHER,
                name="食品安全江淮行在铜陵",
                start=_YEAR,
                sources=src,
            ),
        ),
        rules=(
            RuleDocument(
                id="r-food",
                title="五松镇20xx年“食品安全江淮行在铜陵”活动实施方案",
                sources=src,
                note="经主席团会议研究；年份原文隐去。",
            ),
            RuleDocument(
                id="r-report",
                title="五松镇20xx年度县人大代表述职工作实施意见",
                kind=RuleKind.REPORT_TO_VOTERS,
                sources=src,
                note="经主席团会议研究；年份原文隐去。",
            ),
        ),
        activities=(
            Activity(
                id="a-food-safety",
                kind=ActivityKind.ENFORCEMENT_CHECK,
                title="“食品安全江淮行在铜陵”：视察检查全镇食品安全工作",
                start=_YEAR,
                organiser="wusong",
                campaign="k-food",
                topics=("食品安全",),
                sources=src,
                note="部分镇人大代表参加，并邀请部分市、县人大代表（人数未载明）。",
            ),
            Activity(
                id="a-style-survey",
                kind=ActivityKind.WORK_EVALUATION,
                title="组织部分县人大代表开展2013年度县机关作风评议问卷调查",
                start=_YEAR,
                organiser="wusong",
                topics=("县机关作风",),
                sources=src,
            ),
            *(
                Activity(
                    id=i,
                    kind=kind,
                    title=title,
                    start=_YEAR_READ,
                    study=study,
                    topics=(topic,),
                    sources=src,
                )
                for i, kind, title, study, topic in _ACTIVITIES
            ),
        ),
        election_plans=(
            ElectionPlan(
                id="e-by-county",
                title="补选县十六届人大代表",
                kind=ElectionKind.BY_ELECTION,
                seats_reported=(LevelSeats(level=Level.COUNTY, seats=2),),
                sources=src,
                note="经主席团会议研究（会议日期未载明）；县人大第十六届不在本记录中，补选日期未载明。",
            ),
        ),
        plans=(
            WorkPlan(
                id="plan-session",
                congress="wusong",
                title="拟召开镇人民代表大会",
                start=When.of_month(2013, 12),
                end=When.of_month(2013, 12),
                items=(
                    PlanItem(section=PlanSection.OTHER, text="听取和审议镇政府工作报告"),
                    PlanItem(section=PlanSection.OTHER, text="听取和审议镇人大工作报告"),
                    PlanItem(
                        section=PlanSection.OTHER,
                        text="选举副镇长1名",
                        targets=(
                            Target(
                                metric=TargetMetric.OFFICEHOLDERS_ELECTED,
                                value=1,
                                offices=("副镇长",),
                            ),
                        ),
                    ),
                ),
                sources=src,
                note="拟于2013年12月底在五松镇六楼会议室召开；总结成文时会议尚未召开。",
            ),
        ),
    )


FACTS = [
    ("Body: 五松镇人大", "typed", "$.congress"),
    (
        "Presidium meetings held regularly (no count or dates)",
        "text",
        "$.congress.note",
        "aggregate-activities",
    ),
    (
        "Presidium business: by-election of 2 county deputies (term 16)",
        "typed",
        "$.election_plans[0] (kind by_election, seats_reported; term 16 in its title)",
    ),
    ("Presidium business: plan for the food-safety campaign", "typed", "$.rules[0]"),
    (
        "Presidium business: plan for county deputies reporting to voters",
        "typed",
        "$.rules[1] (kind report_to_voters)",
    ),
    (
        "Planned session at the end of December 2013, 6th-floor room",
        "typed",
        "$.plans[0].start (month; the room in its note)",
    ),
    ("Planned agenda: the government work report", "typed", "$.plans[0].items[0]"),
    ("Planned agenda: the congress's work report", "typed", "$.plans[0].items[1]"),
    ("Planned agenda: elect 1 deputy mayor", "typed", "$.plans[0].items[2].targets[0]"),
    (
        "Enforcement inspection of food safety in the 2013 campaign",
        "typed",
        "$.activities[0] (kind enforcement_check, campaign)",
    ),
    ("Legal publicity under the 普法规划 (no figures)", "text", "$.congress.note", "context"),
    ("Work supervision through party and government meetings", "none", "context"),
    ("Report heard: 城乡低保", "typed", "$.activities[2]"),
    ("Report heard: 社区服务体系", "typed", "$.activities[3]"),
    ("Report heard: 廉租房", "typed", "$.activities[4]"),
    (
        "County deputies' questionnaire for the 2013 county work-style evaluation",
        "typed",
        "$.activities[1] (kind work_evaluation)",
    ),
    ("County research: 城乡低保", "typed", "$.activities[5] (kind survey)"),
    ("County research: 全县社区服务体系", "typed", "$.activities[6] (kind survey)"),
    ("County inspection: 全县保障性住房", "typed", "$.activities[7] (kind inspection)"),
    ("Site inspection: 金桥园 10th anniversary", "typed", "$.activities[8]"),
    ("Visit to 马鞍山xx县: 美好乡村建设", "typed", "$.activities[9] (study, field trip)"),
    ("County activity on 《工会法》 (text cut off)", "typed", "$.activities[10]"),
]

FIGURES = [
    ("2 (county deputies to be by-elected)", 2, "election_cycle[0].seats_stated.county"),
    ("16 (county congress term 16)", 16, None, "the county congress is not among the records"),
    ("2013 (year of the session planned and the activities)", "2013", "campaigns[0].start"),
    ("12月底 (month of the session planned)", "2013-12", "plans_within[0].start"),
    ("6 (floor of the session room)", 6, None, "a venue is text"),
    (
        "1 (deputy mayor to be elected)",
        1,
        "plans_within[0].items[2].targets[0].target.value",
    ),
    ("10 (金桥园's anniversary)", 10, None, "only in the activity's title"),
]
