"""崔家桥镇 (2017): the presidium's annual work report, reviewing 2017 (stored text partial).

Fact sheet: corpus-notes/02-cuijiaqiao-presidium-report-2017.md.
"""

from __future__ import annotations

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    ElectionPlan,
    Level,
    LevelSeats,
    Printed,
    RecordSet,
    ReportKind,
    ReportReview,
    Session,
    Term,
    When,
)

NAME = "cuijiaqiao-2017"
SOURCE = {
    "title": "崔家桥镇人大主席团工作报告",
    "url": "https://lgfwz.com/gz/gongzuojingxuan/2yv55.html",
    "publisher": "灵感范文站 (lgfwz.com), reproducing the report of the presidium of term 17",
    "date": None,
    "sheet": "02-cuijiaqiao-presidium-report-2017.md",
}
META = {
    "genre": "presidium annual work report (主席团工作报告)",
    "province": "Henan (implied)",
    "level": "town",
    "period": "2017",
}

_SRC = (source(SOURCE, locator="2017年工作回顾（存档文本至监督部分中断）"),)
_YEAR = When.of_year(2017)
_SUBJECTS = ("乡村清洁工程", "小散乱污企业治理", "脱贫攻坚工作")


def records() -> RecordSet:
    """The records the source supports."""
    src = _SRC
    return RecordSet(
        congress=Congress(
            id="cuijiaqiao",
            name="崔家桥镇人民代表大会",
            level=Level.TOWN,
            sources=src,
            note=(
                "报告由镇第十七届人民代表大会主席团提请大会审议；作报告的会议届次、日期及县名"
                "未载明。省份据所引《河南省选举实施细则》推定。"
            ),
        ),
        terms=(Term(id="t17", congress="cuijiaqiao", number=17, sources=src),),
        sessions=(
            Session(
                id="t17-s1",
                term="t17",
                number=1,
                start=_YEAR,
                agenda=(
                    ReportReview(report=ReportKind.GOVERNMENT_WORK, title="政府工作报告"),
                    ReportReview(report=ReportKind.BUDGET, title="财政预决算报告"),
                ),
                sources=src,
                note=(
                    "原文称“第十七届人大代表大会第一次全体会议”及“镇十七届人大一次会议”，"
                    "于换届选举后召开；会上选举产生新一届人大和政府领导班子（职务、人数、姓名未载明）。"
                    "日期仅知在2017年。"
                ),
            ),
        ),
        election_plans=(
            ElectionPlan(
                id="e-general",
                title="换届选举实施方案",
                term="t17",
                # The report tells of the elections in its review of 2017; the year of the
                # vote is read from that, not stated.
                election_day=When.of_year(2017, inferred=True),
                committee="乡镇选举委员会",
                stages=("准备阶段", "选民登记", "提名确定代表候选人", "组织投票选举"),
                legal_basis=("《地方组织法》", "《选举法》", "《河南省选举实施细则》"),
                elected_reported=(
                    LevelSeats(level=Level.COUNTY, seats=15),
                    LevelSeats(level=Level.TOWN, seats=77),
                ),
                printed=(Printed(field="elected_reported[1]", text="镇十六人大代表77名"),),
                sources=src,
                note=(
                    "县、乡人大同步换届选举；县级选出县十五届人大代表。镇代表届次原文作“十六”，"
                    "与报告他处“第十七届”不一，按第十七届记。投票日期未载明，年份据报告"
                    "“2017年工作回顾”推定。"
                ),
            ),
        ),
        activities=(
            Activity(
                id="a-suggestions",
                kind=ActivityKind.SUPERVISION,
                title="监督代表建议和批评意见办理",
                start=_YEAR,
                organiser="cuijiaqiao",
                sources=src,
                note="件数及办理结果未载明。",
            ),
            # Three inspections over the year, their subjects given together: one record
            # of three activities (occurrences), never three records with invented dates.
            Activity(
                id="a-inspections",
                kind=ActivityKind.INSPECTION,
                title="组织部分县、镇人大代表视察调研",
                start=_YEAR,
                occurrences=3,
                organiser="cuijiaqiao",
                topics=_SUBJECTS,
                sources=src,
                note="各次内容、日期及参加代表人数未分别载明。",
            ),
        ),
    )


FACTS = [
    (
        "Reporting body: the presidium of term 17",
        "typed",
        "$.terms[0].number (the presidium's report: the source's title)",
    ),
    ("Period reviewed: 2017", "typed", "$.sessions[0].start, $.activities[*].start (year)"),
    ("Leadership: the party committee and the county standing committee", "none", "context"),
    ("Convened the first plenary of term 17 in 2017", "typed", "$.sessions[0]"),
    ("Heard the government work report", "typed", "$.sessions[0].agenda[0]"),
    ("Heard the budget and final-accounts report", "typed", "$.sessions[0].agenda[1]"),
    ("Supervised the handling of suggestions (no count)", "typed", "$.activities[0].kind"),
    (
        "County and township congresses elected together",
        "typed",
        "$.election_plans[0].elected_reported (county and town)",
    ),
    ("Legal basis: 《地方组织法》", "typed", "$.election_plans[0].legal_basis[0]"),
    ("Legal basis: 《选举法》", "typed", "$.election_plans[0].legal_basis[1]"),
    ("Legal basis: 《河南省选举实施细则》", "typed", "$.election_plans[0].legal_basis[2]"),
    ("A township election committee was set up", "typed", "$.election_plans[0].committee"),
    ("An election implementation plan was drawn up", "typed", "$.election_plans[0]"),
    (
        "Election stages: preparation, registration, nomination, voting",
        "typed",
        "$.election_plans[0].stages",
    ),
    (
        "Elected: 15 county deputies (term 15)",
        "typed",
        "$.election_plans[0].elected_reported[0] (the county's term in its note)",
    ),
    (
        "Elected: 77 town deputies ('十六' as printed)",
        "typed",
        "$.election_plans[0].elected_reported[1], .printed[0]",
    ),
    (
        "After the elections session 1 of term 17 chose new leaders (not named)",
        "text",
        "$.sessions[0].note (an election needs its office)",
        "optional-fields",
    ),
    ("Supervision focus: key projects, tasks and practical projects", "none", "context"),
    ("Inspections and research: 3 times", "typed", "$.activities[1].occurrences"),
    ("Inspection subject: 乡村清洁工程", "typed", "$.activities[1].topics[0]"),
    ("Inspection subject: 小散乱污企业治理", "typed", "$.activities[1].topics[1]"),
    ("Inspection subject: 脱贫攻坚工作", "typed", "$.activities[1].topics[2]"),
]

FIGURES = [
    ("17 (term of the presidium)", 17, "sessions[0].term_number"),
    ("2017 (year reviewed)", "2017", "sessions[0].start"),
    ("1 (first plenary of term 17)", 1, "sessions[0].number"),
    ("15 (county congress term 15)", 15, None, "the county congress is not among the records"),
    ("15 (county deputies elected)", 15, "election_plans[0].elected_reported[0].seats"),
    ("16 (term as printed)", 16, None, "kept as printed text; the records count term 17"),
    ("77 (town deputies elected)", 77, "election_plans[0].elected_reported[1].seats"),
    ("17 (term in 镇十七届人大一次会议)", 17, "sessions[0].term_number"),
    ("1 (session in 镇十七届人大一次会议)", 1, "sessions[0].number"),
    ("3 (inspections and research)", 3, "activities_by_kind.inspection.activities"),
]
