"""香格里拉县 (2011): the 81 suggestions of session 4 of the 13th county congress, all replied to.

Fact sheet: corpus-notes/18-xianggelila-county-suggestion-handling-2011.md.
"""

from __future__ import annotations

import datetime as dt

from _common import UNTITLED

from congresskit import (
    Congress,
    Count,
    HandlingReport,
    Level,
    NonResolutionReason,
    Outcome,
    OutcomeCount,
    Printed,
    Rating,
    ReasonCount,
    RecordSet,
    Satisfaction,
    Session,
    Source,
    Term,
    TopicCount,
    When,
)

NAME = "xianggelila-2011"
SOURCE = {
    "title": None,
    "url": "http://xgll.com.cn/xwzx/2011-12/04/content_27763.htm",
    "publisher": "香格里拉网 (xgll.com.cn; 通讯员 文发勇)",
    # Not printed in the stored text: the day is the URL's path (xwzx/2011-12/04/).
    "date": "2011-12-04",
    "sheet": "18-xianggelila-county-suggestion-handling-2011.md",
}
META = {
    "genre": "suggestion-handling report (建议办理情况)",
    "province": "Yunnan (inferred)",
    "level": "county",
    # The session's date is not stated: its items count over the days up to the as-at date.
    "period": "0001-01-01..2011-12-04",
}

#: Items per area, in the source's order ("发改、财政、旅游、卫生和移民方面的各有2件").
_AREAS = (
    ("水务", 19),
    ("政府综合", 18),
    ("交通", 14),
    ("农牧", 6),
    ("城市建设", 6),
    ("林业", 4),
    ("发改", 2),
    ("财政", 2),
    ("旅游", 2),
    ("卫生", 2),
    ("移民", 2),
    ("公安", 1),
    ("民政", 1),
    ("工商", 1),
    ("宗教事务", 1),
)
#: "截止11月29日": the year is the URL's.
_ASAT = When.exact(dt.date(2011, 11, 29), inferred=True)
#: Session 4 of the 13th congress: its date is not stated, only that it came before.
_SESSION = When.between(dt.date(1, 1, 1), dt.date(2011, 11, 29), inferred=True)


def records() -> RecordSet:
    """The records the source supports."""
    src = (
        Source(
            title=UNTITLED,
            url=SOURCE["url"],
            publisher=SOURCE["publisher"],
            date=When.parse(SOURCE["date"], inferred=True),
        ),
    )
    return RecordSet(
        congress=Congress(
            id="xianggelila", name="香格里拉县人民代表大会", level=Level.COUNTY, sources=src
        ),
        terms=(Term(id="t13", congress="xianggelila", number=13, sources=src),),
        sessions=(
            Session(
                id="t13-s4",
                term="t13",
                number=4,
                start=_SESSION,
                suggestions_reported=Count(81),
                sources=src,
                note="会议日期未载明。原文称“建议、批评和意见”，共81件。",
            ),
        ),
        handling_reports=(
            HandlingReport(
                id="h-13-4",
                title="县十三届人大四次会议代表建议、批评和意见办理情况",
                on=_ASAT,
                covers=_SESSION,
                session="t13-s4",
                items=Count(81),
                units=Count(17),
                replied=Count(81),
                # The source names the four outcomes in words, not by class letter.
                outcomes=(
                    OutcomeCount(outcome=Outcome.A, count=Count(14)),
                    OutcomeCount(outcome=Outcome.B, count=Count(41)),
                    OutcomeCount(outcome=Outcome.C, count=Count(15)),
                    OutcomeCount(outcome=Outcome.D, count=Count(11)),
                ),
                ratings=(
                    Rating(level=Satisfaction.SATISFIED, count=Count(70)),
                    Rating(level=Satisfaction.BASICALLY_SATISFIED, count=Count(11)),
                ),
                reasons=(
                    ReasonCount(
                        reason=NonResolutionReason.OTHER, count=Count(15), text="政策和条件限制"
                    ),
                ),
                topics=("政治", "经济", "文化", "人民生活", "社会管理"),
                topics_incomplete=True,  # "等各个方面"
                by_topic=tuple(TopicCount(topic=topic, count=Count(n)) for topic, n in _AREAS),
                responsible=("香格里拉县人民政府",),
                printed=(
                    Printed(field="replied", text="办复率达100%"),
                    Printed(field="ratings[0]", text="86.4%"),
                    Printed(field="ratings[1]", text="13.6%"),
                    Printed(field="outcomes[0]", text="17.3%"),
                    Printed(field="outcomes[1]", text="50.6%"),
                    Printed(field="outcomes[2]", text="18.5%"),
                    Printed(field="outcomes[3]", text="约11%"),
                ),
                sources=src,
                note=(
                    "县人大常委会交由县人民政府办理；按“分级负责，归口办理”原则交办到17个单位。"
                    "交办率100%，面商率100%。D类所印“约11%”与11件占81件之比（13.6%）不符。"
                ),
            ),
        ),
    )


_H = "$.handling_reports[0]"

FACTS = [
    (
        "Handed by the 县人大常委会 to the 县人民政府 for handling",
        "typed",
        f"{_H}.responsible (the standing committee's handing over: {_H}.note)",
    ),
    (
        "Raised at session 4 of the 13th county congress",
        "typed",
        "$.sessions[0].number, $.terms[0].number",
    ),
    (
        "Items: 81 suggestions, criticisms and opinions",
        "typed",
        f"{_H}.items, $.sessions[0].suggestions_reported",
    ),
    (
        "All 81 replied to as at 11月29日 (year from the URL)",
        "typed",
        f"{_H}.replied, {_H}.on (inferred)",
    ),
    (
        "Areas in general: 政治, 经济, 文化, 人民生活, 社会管理 and others",
        "typed",
        f"{_H}.topics, {_H}.topics_incomplete",
    ),
    ("Area: 水务 19", "typed", f"{_H}.by_topic[0]"),
    ("Area: 政府综合 18", "typed", f"{_H}.by_topic[1]"),
    ("Area: 交通 14", "typed", f"{_H}.by_topic[2]"),
    ("Area: 农牧 6", "typed", f"{_H}.by_topic[3]"),
    ("Area: 城市建设 6", "typed", f"{_H}.by_topic[4]"),
    ("Area: 林业 4", "typed", f"{_H}.by_topic[5]"),
    ("Areas: 发改, 财政, 旅游, 卫生, 移民, 2 each", "typed", f"{_H}.by_topic[6:11]"),
    ("Areas: 公安, 民政, 工商, 宗教事务, 1 each", "typed", f"{_H}.by_topic[11:15]"),
    ("Handling principle: 分级负责, 归口办理", "text", f"{_H}.note", "rules"),
    ("Handling units: 17", "typed", f"{_H}.units"),
    ("交办率 (assignment rate): 100%", "text", f"{_H}.note", "aggregate-handling"),
    ("办复率 (reply rate): 100%", "typed", f"{_H}.replied, .printed[0]"),
    (
        "面商率 (discussed face to face with the deputy): 100%",
        "text",
        f"{_H}.note",
        "aggregate-handling",
    ),
    ("Deputies' feedback: 满意 70 (86.4%)", "typed", f"{_H}.ratings[0], .printed[1]"),
    ("Deputies' feedback: 基本满意 11 (13.6%)", "typed", f"{_H}.ratings[1], .printed[2]"),
    ("Outcome: solved or basically solved, 14 (17.3%)", "typed", f"{_H}.outcomes[0], .printed[3]"),
    ("Outcome: being solved or planned, 41 (50.6%)", "typed", f"{_H}.outcomes[1], .printed[4]"),
    (
        "Outcome: hard to solve for now (policy and conditions), 15 (18.5%)",
        "typed",
        f"{_H}.outcomes[2], .reasons[0], .printed[5]",
    ),
    (
        "Outcome: for reference or reported up, 11 (约11%)",
        "typed",
        f"{_H}.outcomes[3], .printed[6]",
    ),
]

FIGURES = [
    (
        "11月29日 (as-at date)",
        "2011-11-29",
        None,
        "a handling report's own date is not in the summary",
    ),
    ("13 (term)", 13, "sessions[0].term_number"),
    ("4 (session)", 4, "sessions[0].number"),
    ("81 (items)", 81, "handling.items"),
    *((f"{n} ({topic})", n, f"handling.by_topic.{topic}") for topic, n in _AREAS),
    ("17 (handling units)", 17, "handling.units"),
    ("100% (交办率)", 100, None, "assignment (交办) is not counted in a handling report"),
    (
        "100% (办复率): 81 of all 81 replied",
        {"part": 81, "base": 81, "of": "all"},
        "handling.completion",
    ),
    ("100% (面商率)", 100, None, "face-to-face consultation is not counted in a handling report"),
    ("70 (满意)", 70, "handling.ratings.satisfied"),
    (
        "86.4% (满意, 70 of 81)",
        {"part": 70, "base": 81, "of": "all"},
        "handling.rating_shares.satisfied",
    ),
    ("11 (基本满意)", 11, "handling.ratings.basically_satisfied"),
    (
        "13.6% (基本满意, 11 of 81)",
        {"part": 11, "base": 81, "of": "all"},
        "handling.rating_shares.basically_satisfied",
    ),
    ("14 (solved or basically solved)", 14, "handling.outcomes.a"),
    (
        "17.3% (14 of 81)",
        {"part": 14, "base": 81, "of": "all"},
        "handling.outcome_shares.a",
    ),
    ("41 (being solved or planned)", 41, "handling.outcomes.b"),
    (
        "50.6% (41 of 81)",
        {"part": 41, "base": 81, "of": "all"},
        "handling.outcome_shares.b",
    ),
    ("15 (hard to solve for now)", 15, "handling.outcomes.c"),
    (
        "18.5% (15 of 81)",
        {"part": 15, "base": 81, "of": "all"},
        "handling.outcome_shares.c",
    ),
    ("11 (for reference or reported up)", 11, "handling.outcomes.d"),
    ("约11% (printed; 11 of 81 is 13.6%)", 11, None, "the printed share does not match its count"),
]
