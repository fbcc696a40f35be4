"""皇城镇 (肃南, 2015): congress work scored in the villages' target-responsibility assessment.

Fact sheet: corpus-notes/09-huangcheng-renda-work-scoring-2015.md.
"""

from __future__ import annotations

from _common import source

from congresskit import Congress, Level, RecordSet, Station

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
                "制度：《人大代表履职考勤考核制度》《人大代表向选民述职制度》《人大代表接受选民监督制度》"
                "《人大代表接待选民日制度》。镇政府足额预算人代会会议经费、人大工作经费、代表活动经费；"
                "不脱产代表误工补贴每人每天60元。2014年获张掖市人大常委会双联“人大代表在行动”先进集体。"
                "2015年镇党委将镇人大工作列入党委、政府重点工作，并首次纳入农牧村目标管理责任书考核，百分制考核村“两委”："
                "宣传人大制度，完成30分、未完成0分、不完整扣15分；闭会期间代表走访选民并提出建议30分，"
                "代表未走访选民扣10分，全年未提建议0分；组织代表向选民述职评议20分，每名代表未参加扣5分；"
                "保证代表按时参加镇人大活动20分，每名代表每缺席一次扣2分。"
            ),
        ),
        stations=(Station(id="st-home", name="人大代表之家", sources=src),),
    )


FACTS = [
    ("Body setting the rules: 镇人大, guided by the party committee", "typed", "$.congress"),
    ("Rule document: 人大代表履职考勤考核制度", "text", "$.congress.note", "rules"),
    ("Rule document: 人大代表向选民述职制度", "text", "$.congress.note", "rules"),
    ("Rule document: 人大代表接受选民监督制度", "text", "$.congress.note", "rules"),
    ("Rule document: 人大代表接待选民日制度", "text", "$.congress.note", "rules"),
    ("Funding: session costs budgeted in full", "text", "$.congress.note", "funding"),
    ("Funding: congress work costs budgeted in full", "text", "$.congress.note", "funding"),
    ("Funding: deputies' activity costs budgeted in full", "text", "$.congress.note", "funding"),
    (
        "Allowance: 60 元 per person per day for deputies not released",
        "text",
        "$.congress.note",
        "funding",
    ),
    ("Facility: a 人大代表之家 was built", "typed", "$.stations[0]"),
    (
        "Award: 2014 先进集体 from the 张掖市 standing committee",
        "text",
        "$.congress.note",
        "honours",
    ),
    ("Decision: 2015 congress work among the key tasks", "text", "$.congress.note", "context"),
    (
        "Decision: 2015 first included in the villages' assessment",
        "text",
        "$.congress.note",
        "unit-scoring",
    ),
    ("Scoring: out of 100", "text", "$.congress.note", "unit-scoring"),
    ("Assessed party: the village 两委", "text", "$.congress.note", "unit-scoring"),
    ("Criterion A: publicity, +30 / 0 / -15", "text", "$.congress.note", "unit-scoring"),
    (
        "Criterion B: visiting voters and suggestions, +30 / -10 / 0",
        "text",
        "$.congress.note",
        "unit-scoring",
    ),
    (
        "Criterion C: report-to-voters evaluations, +20, -5 per deputy absent",
        "text",
        "$.congress.note",
        "unit-scoring",
    ),
    (
        "Criterion D: attendance at activities, +20, -2 per absence",
        "text",
        "$.congress.note",
        "unit-scoring",
    ),
]

FIGURES = [
    ("60 (元 per person per day)", 60, None, "no allowances"),
    ("2014 (year of the award)", 2014, None, "no honours"),
    ("2015 (first inclusion)", 2015, None, "no unit scoring"),
    ("100 (百分制)", 100, None, "no unit scoring"),
    ("30 (publicity)", 30, None, "no unit scoring"),
    ("15 (deduction, incomplete publicity)", 15, None, "no unit scoring"),
    ("30 (visiting voters and suggestions)", 30, None, "no unit scoring"),
    ("10 (deduction, not visiting voters)", 10, None, "no unit scoring"),
    ("20 (holding 述职评议)", 20, None, "no unit scoring"),
    ("5 (deduction per deputy absent)", 5, None, "no unit scoring"),
    ("20 (ensuring attendance)", 20, None, "no unit scoring"),
    ("2 (deduction per missed activity)", 2, None, "no unit scoring"),
    ("2015-04-03 (publication time)", "2015-04-03", "sources[0].date"),
]
