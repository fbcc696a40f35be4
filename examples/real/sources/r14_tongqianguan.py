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
    Level,
    Printed,
    Rating,
    RecordSet,
    Satisfaction,
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
                # 14 站办所 and 6 村委会 rated together; the split of the results by kind
                # is not stated, so one evaluation holds them.
                subject_kind=SubjectKind.DEPARTMENT,
                subject_name="14个站办所和6个村委会",
                title="站所评议：满意度测评",
                on=When(2009, 1, 1, latest=dt.date(2009, 9, 16)),
                activity="a-evaluation",
                ratings=(
                    Rating(level=Satisfaction.SATISFIED, count=Count(17)),
                    Rating(level=Satisfaction.DISSATISFIED, count=Count(3)),
                ),
                printed=(
                    Printed(field="ratings[0].count", text="满意单位17个(85%)"),
                    Printed(field="ratings[1].count", text="不满意单位3个(15%)"),
                ),
                sources=src,
                note="乡人大向3个不满意单位下发整改通知，要求提出整改措施、限期整改。",
            ),
        ),
    )


FACTS = [
    ("Body: 铜钱关乡人大", "typed", "$.congress"),
    ("Evaluators: some county and township deputies", "text", "$.activities[0].note"),
    (
        "Duration: about one week, just before 2009-09-16",
        "typed",
        "$.activities[0].start (a range ending on the publication day)",
    ),
    ("Units evaluated: 14 站办所", "text", "$.activities[0].title"),
    ("Units evaluated: 6 村委会", "text", "$.activities[0].title"),
    ("Units evaluated: 20 in total", "typed", "$.evaluations[0].ratings (17 + 3 units rated)"),
    ("Method: opinion forms", "text", "$.activities[0].note"),
    ("Method: deputies' mailbox", "text", "$.activities[0].note"),
    ("Method: complaint telephone", "text", "$.activities[0].note"),
    ("Result: 17 satisfactory units, 85%", "typed", "$.evaluations[0].ratings[0], .printed[0]"),
    ("Result: 3 unsatisfactory units, 15%", "typed", "$.evaluations[0].ratings[1], .printed[1]"),
    ("Scale: 满意 / 不满意 only", "typed", "$.evaluations[0].ratings (two levels)"),
    (
        "Follow-up: rectification notices to the 3 units",
        "text",
        "$.evaluations[0].note",
        "unit-evaluation",
    ),
    ("Context: 迎国庆、保稳定、抓发展", "text", "$.activities[0].note"),
]

_EVAL = "unnamed units and their grades have no place"
FIGURES = [
    ("1 (week)", 1, None, "a duration has no place"),
    ("14 (站办所)", 14, None, _EVAL),
    ("6 (村委会)", 6, None, _EVAL),
    ("20 (units in total)", 20, "evaluations.rated"),
    ("17 (satisfactory)", 17, "evaluations.ratings.satisfied"),
    ("85%", "85%", None, "kept as printed; the summary gives counts, not shares of units"),
    ("3 (unsatisfactory)", 3, "evaluations.ratings.dissatisfied"),
    ("15%", "15%", None, "kept as printed; the summary gives counts, not shares of units"),
    ("3 (rectification notices)", 3, None, _EVAL),
    ("2009-09-16 (publication)", "2009-09-16", "sources[0].date"),
]
