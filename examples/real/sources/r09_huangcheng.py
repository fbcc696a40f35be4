"""皇城镇 (肃南, 2015): congress work scored in the villages' target-responsibility assessment.

Fact sheet: corpus-notes/09-huangcheng-renda-work-scoring-2015.md.

The scheme scores the village committees (collectives), not deputies: it is
encoded as a duty standard with four criteria (``STANDARD``, written beside
the document as ``huangcheng-2015.standard.json``). The source names no
village, so the records hold no group for the standard to assess.
"""

from __future__ import annotations

from _common import source

from congresskit import (
    ActivityKind,
    Allowance,
    AllowanceBasis,
    BudgetKind,
    BudgetLine,
    Congress,
    Criterion,
    Deduction,
    DeductionBasis,
    DutyMetric,
    DutyStandard,
    Honour,
    Level,
    RecipientKind,
    RecordSet,
    RuleDocument,
    RuleKind,
    Station,
    StationKind,
    When,
)

NAME = "huangcheng-2015"
SOURCE = {
    "title": "肃南:皇城镇党委首次将人大工作纳入考核范围",
    "url": "http://www.gsrdw.gov.cn/html/2015/sxrd_0403/8355.html",
    "publisher": "gsrdw.gov.cn (稿件来源 人民之声报)",
    "date": "2015-04-03",
    "sheet": "09-huangcheng-renda-work-scoring-2015.md",
}
META = {
    "genre": "duty assessment scheme (百分制考核)",
    "province": "Gansu",
    "level": "town",
    "period": "2015",
}

_RULES = (
    ("人大代表履职考勤考核制度", RuleKind.ATTENDANCE_ASSESSMENT),
    ("人大代表向选民述职制度", RuleKind.REPORT_TO_VOTERS),
    ("人大代表接受选民监督制度", RuleKind.VOTER_SUPERVISION),
    ("人大代表接待选民日制度", RuleKind.RECEPTION_DAY),
)
_BUDGET = (BudgetKind.SESSION_EXPENSES, BudgetKind.CONGRESS_WORK, BudgetKind.DEPUTY_ACTIVITIES)


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(
            id="huangcheng",
            name="皇城镇人民代表大会",
            level=Level.TOWN,
            sources=src,
            note=(
                "2015年镇党委将镇人大工作列入党委、政府重点工作，并首次纳入农牧村目标管理责任书考核，"
                "考核对象为村“两委”（评分标准见 huangcheng-2015.standard.json）。"
            ),
        ),
        stations=(
            Station(id="st-home", name="人大代表之家", kind=StationKind.DEPUTIES_HOME, sources=src),
        ),
        rules=tuple(
            RuleDocument(id=f"r{i}", title=title, kind=kind, sources=src)
            for i, (title, kind) in enumerate(_RULES, start=1)
        ),
        honours=(
            Honour(
                id="h2014",
                title="双联“人大代表在行动”先进集体",
                recipient_kind=RecipientKind.CONGRESS,
                recipient_name="皇城镇人大",
                awarded_by="张掖市人大常委会",
                on=When.parse("2014"),
                campaign="双联“人大代表在行动”",
                sources=src,
            ),
        ),
        budget_lines=tuple(
            BudgetLine(
                id=f"b-{kind.value}", kind=kind, funder="镇政府", note="全额纳入预算", sources=src
            )
            for kind in _BUDGET
        ),
        allowances=(
            Allowance(
                id="lost-time",
                name="误工补贴",
                amount=60,
                basis=AllowanceBasis.PERSON_DAY,
                eligible="不脱产代表",
                sources=src,
            ),
        ),
    )


_D, _M = DeductionBasis, DutyMetric

#: The scheme's scoring of the village committees, out of 100. The source
#: states no least score for criteria C and D (``floor=None``: none applied).
STANDARD = DutyStandard(
    name="农牧村目标管理责任书（人大工作）",
    assessed="村“两委”",
    total=100,
    in_force_from=When.parse("2015"),
    criteria=(
        Criterion(
            code="A",
            points=30,
            manual=True,
            description="宣传人大制度和代表性质、地位、作用",
            deductions=(Deduction(basis=_D.NONE_DONE), Deduction(basis=_D.IN_PART, points=15)),
        ),
        Criterion(
            code="B",
            points=30,
            floor=None,
            description="闭会期间代表走访选民、提出建议",
            deductions=(
                Deduction(
                    basis=_D.IN_PART,
                    points=10,
                    metric=_M.ACTIVITIES,
                    activity_kinds=(ActivityKind.VOTER_VISIT,),
                ),
                Deduction(basis=_D.NONE_DONE, metric=_M.SUGGESTIONS_RAISED),
            ),
        ),
        Criterion(
            code="C",
            points=20,
            floor=None,
            description="组织代表向选民述职评议",
            deductions=(
                Deduction(
                    basis=_D.PER_DEPUTY,
                    points=5,
                    metric=_M.ACTIVITIES,
                    activity_kinds=(ActivityKind.REPORT_TO_VOTERS,),
                ),
            ),
        ),
        Criterion(
            code="D",
            points=20,
            floor=None,
            description="保证代表按时参加镇人大活动",
            deductions=(Deduction(basis=_D.PER_ABSENCE, points=2, metric=_M.ACTIVITIES),),
        ),
    ),
)

FACTS = [
    ("Body setting the rules: 镇人大, guided by the party committee", "typed", "$.congress"),
    ("Rule document: 人大代表履职考勤考核制度", "typed", "$.rules[0]"),
    ("Rule document: 人大代表向选民述职制度", "typed", "$.rules[1]"),
    ("Rule document: 人大代表接受选民监督制度", "typed", "$.rules[2]"),
    ("Rule document: 人大代表接待选民日制度", "typed", "$.rules[3]"),
    ("Funding: session costs budgeted in full", "typed", "$.budget_lines[0]"),
    ("Funding: congress work costs budgeted in full", "typed", "$.budget_lines[1]"),
    ("Funding: deputies' activity costs budgeted in full", "typed", "$.budget_lines[2]"),
    ("Allowance: 60 元 per person per day for deputies not released", "typed", "$.allowances[0]"),
    ("Facility: a 人大代表之家 was built", "typed", "$.stations[0]"),
    ("Award: 2014 先进集体 from the 张掖市 standing committee", "typed", "$.honours[0]"),
    ("Decision: 2015 congress work among the key tasks", "text", "$.congress.note", "context"),
    ("Decision: 2015 first included in the villages' assessment", "typed",
     "standard:$.in_force_from"),
    ("Scoring: out of 100", "typed", "standard:$.total"),
    ("Assessed party: the village 两委", "typed", "standard:$.assessed"),
    ("Criterion A: publicity, +30 / 0 / -15", "typed", "standard:$.criteria[0]"),
    ("Criterion B: visiting voters and suggestions, +30 / -10 / 0", "typed",
     "standard:$.criteria[1]"),
    ("Criterion C: report-to-voters evaluations, +20, -5 per deputy absent", "typed",
     "standard:$.criteria[2]"),
    ("Criterion D: attendance at activities, +20, -2 per absence", "typed",
     "standard:$.criteria[3]"),
]  # fmt: skip

_C = "assessment:standard.criteria"  # the standard the assessment applied
FIGURES = [
    ("60 (元 per person per day)", 60, "money.allowances[0].allowance.amount"),
    ("2014 (year of the award)", 2014, None, "the honour is of 2014, before the period summarised"),
    ("2015 (first inclusion)", "2015", "assessment:standard.in_force_from"),
    ("100 (百分制)", 100, "assessment:standard.total"),
    ("30 (publicity)", 30, _C + "[0].points"),
    ("15 (deduction, incomplete publicity)", 15, _C + "[0].deductions[1].points"),
    ("30 (visiting voters and suggestions)", 30, _C + "[1].points"),
    ("10 (deduction, not visiting voters)", 10, _C + "[1].deductions[0].points"),
    ("20 (holding 述职评议)", 20, _C + "[2].points"),
    ("5 (deduction per deputy absent)", 5, _C + "[2].deductions[0].points"),
    ("20 (ensuring attendance)", 20, _C + "[3].points"),
    ("2 (deduction per missed activity)", 2, _C + "[3].deductions[0].points"),
    ("2015-04-03 (publication time)", "2015-04-03", "sources[0].date"),
]  # fmt: skip
