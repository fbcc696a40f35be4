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
    "period": "2011",
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
_ASAT = When.exact(dt.date(2011, 11, 29), inferred=True)


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
        handling_reports=(
            HandlingReport(
                id="h-13-4",
                title="县十三届人大四次会议代表建议、批评和意见办理情况",
                on=_ASAT,
                covers=When.of_year(2011, inferred=True),
                items=Count(81),
                units=Count(17),
                replied=Count(81),
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
                topics_incomplete=True,
                by_topic=tuple(
                    TopicCount(topic=topic, count=Count(n)) for topic, n in _AREAS
                ),
                sources=src,
            ),
        ),
    )


FACTS: list[tuple[str, ...]] = []
FIGURES: list[tuple[object, ...]] = []
