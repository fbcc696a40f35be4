"""石景山区 (2013): the district standing committee hears how 92 deputies' suggestions were handled.

Fact sheet: corpus-notes/19-shijingshan-suggestion-handling-2013.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Congress,
    Count,
    HandlingReport,
    Level,
    NonResolutionReason,
    Outcome,
    OutcomeCount,
    Printed,
    RateMeasure,
    ReasonCount,
    RecordSet,
    Session,
    StatedRate,
    Term,
    When,
)

NAME = "shijingshan-2013"
SOURCE = {
    "title": "92件代表建议办理完毕并逐件答复",
    "url": "http://106.37.81.211:8082/wlyq/sjs_wlyq-2957.html",
    "publisher": "106.37.81.211:8082 (本网讯; site not named, 石景山区图书馆 inferred)",
    "date": None,
    "sheet": "19-shijingshan-suggestion-handling-2013.md",
}
META = {
    "genre": "suggestion-handling totals heard by the standing committee (代表建议办理情况)",
    "province": "Beijing (inferred)",
    "level": "district",
    "period": "2013",
}

# 11月14日 with no year: 2013 is inferred (the next session is set for 2014-01-07,
# and the items were raised "今年").
_MEETING = When.exact(dt.date(2013, 11, 14), inferred=True)
# The 3rd session's dates are not stated: some day of 2013 before the meeting.
_SESSION = When.between(dt.date(2013, 1, 1), dt.date(2013, 11, 13), inferred=True)


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(
            id="shijingshan",
            name="石景山区人民代表大会",
            level=Level.DISTRICT,
            sources=src,
            note="市、省未载明（北京市系据地名推定）。",
        ),
        terms=(Term(id="t15", congress="shijingshan", number=15, sources=src),),
        sessions=(
            Session(
                id="t15-s3",
                term="t15",
                number=3,
                start=_SESSION,
                suggestions_reported=Count(92),
                sources=src,
                note="会期未载明；原文称代表在会议期间提出建议、批评和意见92件（“今年”）。",
            ),
        ),
        handling_reports=(
            HandlingReport(
                id="h-2013-11-14",
                title="区人大代表建议、批评和意见办理情况（区十五届人大常委会第十三次会议审议）",
                on=_MEETING,
                covers=_SESSION,
                session="t15-s3",
                items=Count(92),
                # 全部办理完毕, 逐件答复 (the title): every item handled and answered.
                replied=Count(92),
                outcomes=(
                    OutcomeCount(outcome=Outcome.A, count=Count(33)),
                    OutcomeCount(outcome=Outcome.B, count=Count(42)),
                    OutcomeCount(outcome=Outcome.C, count=Count(17)),
                ),
                # 代表满意度率93%: no count, no base, and whether 基本满意 is in it
                # is not stated; 93 of 92 items cannot be written as a count.
                rates=(StatedRate(measure=RateMeasure.SATISFACTION, percent=93),),
                reasons=(
                    ReasonCount(
                        reason=NonResolutionReason.OBJECTIVE_CONSTRAINTS,
                        count=Count(17),
                        text="受政策、财力等因素制约",
                    ),
                ),
                printed=(
                    Printed(field="outcomes[0].count", text="已解决或部分解决的33件，占36%"),
                    Printed(
                        field="outcomes[1].count",
                        text="列入计划、推动工作取得一定成效的42件，占46%",
                    ),
                    Printed(field="outcomes[2].count", text="尚不能解决…的17件，占18%"),
                    Printed(field="rates[0]", text="代表满意度率93%"),
                ),
                topics=("环境治理", "民生改善", "道路交通", "市政建设"),
                topics_incomplete=True,  # "等方面"
                responsible=("石景山区人民政府",),
                sources=src,
                note=(
                    "区第十五届人大常委会第十三次会议（11月14日，年份据上下文推定为2013年）"
                    "听取审议。92件中重点建议7件。代表满意度率93%（满意件数或人数未载明，"
                    "是否含基本满意未载明）。C类17件已向代表作出说明解释。委员们对办理工作"
                    "提出意见和建议（内容未载明）。会议还听取审议了《关于我区园林绿化可持续"
                    "发展情况的报告》，并决定区第十五届人民代表大会第四次会议于2014年1月7日召开。"
                ),
            ),
        ),
    )


FACTS = [
    ("Body: 石景山区人大", "typed", "$.congress (level district)"),
    (
        "Meeting: 15th standing committee, 13th meeting",
        "text",
        "$.handling_reports[0].title, .note",
        "standing-committee",
    ),
    (
        "Meeting date: 11月14日 (2013 inferred)",
        "typed",
        "$.handling_reports[0].on (inferred year)",
    ),
    (
        "Items raised at session 3 of the 15th congress",
        "typed",
        "$.handling_reports[0].session, $.sessions[0].number, $.terms[0].number",
    ),
    (
        "Suggestions, criticisms and opinions: 92",
        "typed",
        "$.sessions[0].suggestions_reported, $.handling_reports[0].items",
    ),
    (
        "Key suggestions among them: 7",
        "text",
        "$.handling_reports[0].note",
        "aggregate-handling",
    ),
    ("All handled and answered one by one", "typed", "$.handling_reports[0].replied"),
    (
        "Deputies' satisfaction rate: 93% (no count)",
        "typed",
        "$.handling_reports[0].rates[0], .printed[3]",
    ),
    ("Subject area: 环境治理", "typed", "$.handling_reports[0].topics[0]"),
    ("Subject area: 民生改善", "typed", "$.handling_reports[0].topics[1]"),
    ("Subject area: 道路交通", "typed", "$.handling_reports[0].topics[2]"),
    (
        "Subject area: 市政建设, and further areas (等方面)",
        "typed",
        "$.handling_reports[0].topics[3], .topics_incomplete",
    ),
    (
        "Resolved or partly resolved: 33 (36%)",
        "typed",
        "$.handling_reports[0].outcomes[0], .printed[0]",
    ),
    (
        "Listed in plans, some progress: 42 (46%)",
        "typed",
        "$.handling_reports[0].outcomes[1], .printed[1]",
    ),
    (
        "Cannot be resolved for now (policy, funds), explained: 17 (18%)",
        "typed",
        "$.handling_reports[0].outcomes[2], .reasons[0], .printed[2]",
    ),
    ("Handled by the district government", "typed", "$.handling_reports[0].responsible"),
    (
        "Committee members commented on the handling",
        "text",
        "$.handling_reports[0].note",
        "standing-committee",
    ),
    (
        "The meeting also heard a report on parks and greenery",
        "text",
        "$.handling_reports[0].note",
        "standing-committee",
    ),
    (
        "The meeting set session 4 of the 15th congress for 2014-01-07",
        "text",
        "$.handling_reports[0].note",
        "standing-committee",
    ),
]

FIGURES = [
    (
        "11月14日 (meeting date, no year)",
        "11-14",
        None,
        "a standing committee meeting has no record of its own (its date is the report's `on`)",
    ),
    ("15 (term)", 15, "sessions[0].term_number"),
    (
        "13 (standing committee meeting number)",
        13,
        None,
        "a standing committee meeting has no record of its own",
    ),
    ("3 (session)", 3, "sessions[0].number"),
    ("92 (suggestions, criticisms and opinions)", 92, "handling.items"),
    ("7 (key suggestions)", 7, None, "key (重点) items are not counted apart"),
    (
        "93% (deputies' satisfaction, no count)",
        93,
        "handling.stated_rates.h-2013-11-14[0].percent",
    ),
    ("33 (resolved or partly resolved)", 33, "handling.outcomes.a"),
    (
        "36% (33 of all 92: resolved)",
        {"part": 33, "base": 92, "of": "all"},
        "handling.outcome_shares.a",
    ),
    ("42 (listed in plans)", 42, "handling.outcomes.b"),
    (
        "46% (42 of all 92: planned)",
        {"part": 42, "base": 92, "of": "all"},
        "handling.outcome_shares.b",
    ),
    ("17 (cannot be resolved for now)", 17, "handling.outcomes.c"),
    (
        "18% (17 of all 92: not resolvable)",
        {"part": 17, "base": 92, "of": "all"},
        "handling.outcome_shares.c",
    ),
    ("4 (next session)", 4, None, "a session only decided on has no record"),
    (
        "2014年1月7日 (date set for the next session)",
        "2014-01-07",
        None,
        "a session only decided on has no record",
    ),
]
