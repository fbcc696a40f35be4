"""沙溪镇 (undated): deputies receive the public at 18 “香山号” liaison points at once.

Fact sheet: corpus-notes/16-shaxi-liaison-stations-reception.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Count,
    Level,
    LevelCount,
    RecordSet,
    Station,
    StationKind,
    When,
)

NAME = "shaxi"
SOURCE = {
    "title": None,
    "url": "http://www.zhyypme.com/Article/view/cateid/170/id/13613.html",
    "publisher": "zhyypme.com",
    "date": None,
    "sheet": "16-shaxi-liaison-stations-reception.md",
}
# The source says only "近日" and gives no date or year; the fact sheet was read on
# 2026-12-01. The day is left open up to then (from the earliest a date can be).
_WHEN = When.between(dt.date(1, 1, 1), dt.date(2026, 12, 1), inferred=True)
META = {
    "genre": "liaison stations' reception (代表联络站接待)",
    "province": "Guangdong (inferred)",
    "level": "town",
    "period": "0001-01-01..2026-12-01",
}


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(
            id="shaxi",
            name="沙溪镇人民代表大会",
            level=Level.TOWN,
            sources=src,
            note="市、省未载明（“香山号”指中山，广东系推定）。原文为繁体字。",
        ),
        stations=(
            Station(
                id="st-xiangshan",
                name="“香山号”人大代表直通车联络服务站点",
                kind=StationKind.LIAISON_STATION,
                count=18,
                sources=src,
                note="18个站点同步开展，未逐一具名。",
            ),
        ),
        activities=(
            Activity(
                id="a-reception",
                kind=ActivityKind.RECEPTION,
                title="人大代表联系接待群众活动",
                start=_WHEN,
                organiser="shaxi",
                station="st-xiangshan",
                channel="香山号人大代表直通车",
                participants_reported=Count(80),
                participants_by_level=(
                    LevelCount(level=Level.PROVINCE, count=Count(1)),
                    LevelCount(level=Level.CITY, count=Count(5)),
                    LevelCount(level=Level.TOWN, count=Count(74)),
                ),
                people_received=Count(200),
                opinions_collected=Count(101),
                topics=("文明城市创建", "政府、村（社区）其他方面工作"),
                sources=src,
                note=(
                    "原文称“近日”，日期、年份未载明。18个“香山号人大代表直通车联络服务站点”"
                    "同步开展（站点名称未载明），开上街头、开进公园广场，流动接待。参加代表中"
                    "省代表1名、市代表5名、镇代表74名。意见建议将直接交政府职能部门和村居办理，"
                    "或形成代表建议、批评和意见后按有关规定处理（分流件数及结果未载明）。"
                ),
            ),
        ),
    )


FACTS = [
    ("Body: 沙溪镇人大", "typed", "$.congress, $.activities[0].organiser"),
    (
        "18 “香山号” liaison service points acting at once",
        "typed",
        "$.stations[0].count, $.activities[0].station",
    ),
    ("Activity: deputies contact and receive the public", "typed", "$.activities[0].kind"),
    ("Topic: 文明城市创建", "typed", "$.activities[0].topics[0]"),
    ("Topic: other work of the government and villages", "typed", "$.activities[0].topics[1]"),
    ("Deputies taking part: 80", "typed", "$.activities[0].participants_reported"),
    ("Deputies by level: 1 provincial", "typed", "$.activities[0].participants_by_level[0]"),
    ("Deputies by level: 5 city", "typed", "$.activities[0].participants_by_level[1]"),
    ("Deputies by level: 74 town", "typed", "$.activities[0].participants_by_level[2]"),
    ("Members of the public received: 200", "typed", "$.activities[0].people_received"),
    ("Opinions and suggestions collected: 101", "typed", "$.activities[0].opinions_collected"),
    (
        "Form: mobile reception at outdoor roving points",
        "text",
        "$.activities[0].note (the channel's name in .channel)",
        "activity-breakdown",
    ),
    (
        "Routing: passed directly to departments and villages",
        "text",
        "$.activities[0].note",
        "rules",
    ),
    (
        "Routing: or turned into deputies' suggestions",
        "text",
        "$.activities[0].note",
        "rules",
    ),
]

FIGURES = [
    ("18 (liaison service points)", 18, "stations[0].count"),
    ("80 (deputies taking part)", 80, "activities_by_kind.reception.participations"),
    ("1 (provincial deputy)", 1, "activities.participations_by_level.province"),
    ("5 (city deputies)", 5, "activities.participations_by_level.city"),
    ("74 (town deputies)", 74, "activities.participations_by_level.town"),
    ("200 (public received)", 200, "activities_by_kind.reception.people_received"),
    ("101 (opinions collected)", 101, "activities_by_kind.reception.opinions_collected"),
]
