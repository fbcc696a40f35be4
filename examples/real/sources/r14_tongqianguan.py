"""铜钱关乡 (2009): deputies evaluate 14 township offices and 6 village committees.

Fact sheet: corpus-notes/14-tongqianguan-station-evaluation-2009.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Count,
    Evaluation,
    EvaluationMethod,
    Level,
    Printed,
    Rating,
    RecordSet,
    Satisfaction,
    SubjectGroup,
    SubjectKind,
    When,
)

NAME = "tongqianguan-2009"
SOURCE = {
    "title": "铜钱关人大评议满意度百姓说了算",
    "url": "https://www.xyx.gov.cn/Content-1190826.html",
    "publisher": "旬阳市人民政府 (作者 胡自银)",
    "date": "2009-09-16",
    "sheet": "14-tongqianguan-station-evaluation-2009.md",
}
META = {
    "genre": "evaluation of offices (站所评议)",
    "province": "Shaanxi (inferred)",
    "level": "township",
    "period": "2009",
}


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(
            id="tongqianguan", name="铜钱关乡人民代表大会", level=Level.TOWNSHIP, sources=src
        ),
        activities=(
            Activity(
                id="a-evaluation",
                kind=ActivityKind.WORK_EVALUATION,
                title="站所评议：14个站办所和6个村委会",
                # "近期", about a week, before the item was published on 2009-09-16.
                start=When(2009, 1, 1, latest=dt.date(2009, 9, 16)),
                organiser="tongqianguan",
                sources=src,
                note=(
                    "县、乡部分人大代表参加，历时约一周；发放征求意见表、设立代表信箱、公布投诉电话。"
                    "评议出满意单位17个(85%)、不满意单位3个(15%)；乡人大向3个不满意单位"
                    "下发整改通知，限期整改。服务于“迎国庆、保稳定、抓发展”。"
                ),
            ),
        ),
        evaluations=(
            Evaluation(
                id="e-units",
                # 14 站办所 and 6 村委会 rated together; which units got which grade
                # is not stated, so the grades are counts over all 20.
                subject_kind=SubjectKind.DEPARTMENT,
                subject_name="14个站办所和6个村委会",
                title="站所评议：满意度测评",
                on=When(2009, 1, 1, latest=dt.date(2009, 9, 16)),
                activity="a-evaluation",
                evaluator_levels=(Level.COUNTY, Level.TOWNSHIP),
                methods=(
                    EvaluationMethod.OPINION_FORMS,
                    EvaluationMethod.MAILBOX,
                    EvaluationMethod.HOTLINE,
                ),
                subjects_reported=Count(20),
                subject_groups=(
                    SubjectGroup(kind=SubjectKind.DEPARTMENT, name="站办所", count=Count(14)),
                    SubjectGroup(kind=SubjectKind.COLLECTIVE, name="村委会", count=Count(6)),
                ),
                grades=(
                    Rating(level=Satisfaction.SATISFIED, count=Count(17)),
                    Rating(level=Satisfaction.DISSATISFIED, count=Count(3)),
                ),
                notices=Count(3),
                printed=(
                    Printed(field="grades[0].count", text="满意单位17个(85%)"),
                    Printed(field="grades[1].count", text="不满意单位3个(15%)"),
                ),
                sources=src,
                note="乡人大向3个不满意单位下发整改通知，要求提出整改措施、限期整改。",
            ),
        ),
    )


FACTS = [
    ("Body: 铜钱关乡人大", "typed", "$.congress"),
    (
        "Evaluators: some county and township deputies",
        "typed",
        "$.evaluations[0].evaluator_levels (county, township; how many not stated)",
    ),
    (
        "Duration: about one week, just before 2009-09-16",
        "typed",
        "$.activities[0].start (a range ending on the publication day)",
    ),
    ("Units evaluated: 14 站办所", "typed", "$.evaluations[0].subject_groups[0]"),
    ("Units evaluated: 6 村委会", "typed", "$.evaluations[0].subject_groups[1]"),
    ("Units evaluated: 20 in total", "typed", "$.evaluations[0].subjects_reported"),
    ("Method: opinion forms", "typed", "$.evaluations[0].methods[0]"),
    ("Method: deputies' mailbox", "typed", "$.evaluations[0].methods[1]"),
    ("Method: complaint telephone", "typed", "$.evaluations[0].methods[2]"),
    ("Result: 17 satisfactory units, 85%", "typed", "$.evaluations[0].grades[0], .printed[0]"),
    ("Result: 3 unsatisfactory units, 15%", "typed", "$.evaluations[0].grades[1], .printed[1]"),
    ("Scale: 满意 / 不满意 only", "typed", "$.evaluations[0].grades (two levels)"),
    ("Follow-up: rectification notices to the 3 units", "typed", "$.evaluations[0].notices"),
    ("Context: 迎国庆、保稳定、抓发展", "text", "$.activities[0].note", "context"),
]

FIGURES = [
    ("1 (week)", 1, None, "a duration has no place"),
    ("14 (站办所)", 14, "evaluations.subjects_by_kind.department"),
    ("6 (村委会)", 6, "evaluations.subjects_by_kind.collective"),
    ("20 (units in total)", 20, "evaluations.subjects"),
    ("17 (satisfactory)", 17, "evaluations.grades.satisfied"),
    (
        "85% (17 of the 20 units graded)",
        {"part": 17, "base": 20, "of": "graded"},
        "evaluations.grade_shares.satisfied",
    ),
    ("3 (unsatisfactory)", 3, "evaluations.grades.dissatisfied"),
    (
        "15% (3 of the 20 units graded)",
        {"part": 3, "base": 20, "of": "graded"},
        "evaluations.grade_shares.dissatisfied",
    ),
    ("3 (rectification notices)", 3, "evaluations.notices"),
    ("2009-09-16 (publication)", "2009-09-16", "sources[0].date"),
]
