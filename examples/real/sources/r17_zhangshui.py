"""章水镇 (2020): the presidium's notice (2020)7号 of a deputies' reception day.

Fact sheet: corpus-notes/17-zhangshui-presidium-reception-day-notice-2020.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Count,
    Deputy,
    Level,
    LevelCount,
    Place,
    PlaceKind,
    RecordSet,
    Station,
)

NAME = "zhangshui-2020"
SOURCE = {
    "title": "海曙区章水镇人民代表大会主席团公告 (2020)7号",
    "url": "http://zsrd.haishu.gov.cn/news/show-14662.aspx",
    "publisher": "宁波市海曙区章水镇人民代表大会主席团",
    "date": "2020-08-27",
    "sheet": "17-zhangshui-presidium-reception-day-notice-2020.md",
}
META = {
    "genre": "reception-day notice (代表接待日公告)",
    "province": "Zhejiang",
    "level": "town",
    "period": "2020",
}

_DEPUTIES = (
    ("d1", "周承威", Level.DISTRICT, "接待代表"),
    ("d2", "应国平", Level.TOWN, "接待代表；镇人代会代表团副团长"),
    ("d3", "赵焕成", Level.TOWN, "接待代表；镇人代会代表团副团长"),
    ("d4", "应桂芬", Level.TOWN, "进站反映社情民意的镇人大代表"),
    ("d5", "周松盛", Level.TOWN, "进站反映社情民意的镇人大代表"),
    ("d6", "郑琴芬", Level.TOWN, "进站反映社情民意的镇人大代表"),
)


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(id="zhangshui", name="章水镇人民代表大会", level=Level.TOWN, sources=src),
        places=(Place(id="pl-station", name="章水镇电管站大院", kind=PlaceKind.SITE, sources=src),),
        stations=(
            Station(id="st-liaison", name="章水镇人大代表联络站", place="pl-station", sources=src),
        ),
        deputies=tuple(
            Deputy(id=i, name=n, levels=(lv,), note=role, sources=src)
            for i, n, lv, role in _DEPUTIES
        ),
        activities=(
            Activity(
                id="a-reception-day",
                kind=ActivityKind.RECEPTION,
                title="代表接待日活动",
                start=dt.date(2020, 9, 1),
                start_time=dt.time(8, 30),
                end_time=dt.time(11, 0),
                organiser="zhangshui",
                station="st-liaison",
                participants=tuple(d[0] for d in _DEPUTIES),
                participants_by_level=(
                    LevelCount(level=Level.DISTRICT, count=Count(1)),
                    LevelCount(level=Level.TOWN, count=Count(5)),
                ),
                sources=(source(SOURCE, locator="主席团公告（2020）7号"),),
                note=(
                    "预告的接待日，上午8:30至11:00；依据年度工作安排。选民可事先向进站代表反映，"
                    "或当天到站反映；接待代表认真听取、记录并作解释。涉及镇部门的问题经人大主席团"
                    "汇总转镇人民政府；涉及区部门的由区人大代表经区人大常委会转区有关部门；属人大职权"
                    "或具有普遍性、代表性的问题形成议案或建议、批评和意见。人大一般不办理具体案件。"
                    "接待结果原文未载明。"
                ),
            ),
        ),
    )


FACTS = [
    ("Issuing body: 章水镇人民代表大会主席团", "typed", "$.activities[0].organiser"),
    ("Notice number: (2020)7号", "typed", "$.activities[0].sources[0].locator"),
    ("Basis: the annual work plan", "text", "$.activities[0].note", "context"),
    ("Event: 代表接待日活动", "typed", "$.activities[0].kind, .title"),
    ("Date: 2020-09-01", "typed", "$.activities[0].start"),
    ("Time: 8:30 to 11:00", "typed", "$.activities[0].start_time, .end_time"),
    (
        "Place: 章水镇人大代表联络站, in the power-supply station compound",
        "typed",
        "$.stations[0], $.places[0]",
    ),
    (
        "Receiving deputy: 周承威, district deputy",
        "typed",
        "$.deputies[0].levels, $.activities[0].participants_by_level",
    ),
    (
        "Receiving deputy: 应国平, deputy head of a delegation",
        "typed",
        "$.deputies[1] (role in note)",
    ),
    ("Receiving deputy: 赵焕成, deputy head of a delegation", "typed", "$.deputies[2]"),
    ("Attending town deputy: 应桂芬", "typed", "$.deputies[3]"),
    ("Attending town deputy: 周松盛", "typed", "$.deputies[4]"),
    ("Attending town deputy: 郑琴芬", "typed", "$.deputies[5]"),
    (
        "Rule: voters may raise issues before the day or on the day",
        "text",
        "$.activities[0].note",
        "rules",
    ),
    ("Rule: deputies listen, record and explain", "text", "$.activities[0].note", "rules"),
    (
        "Routing: town matters via the presidium to the town government",
        "text",
        "$.activities[0].note",
        "rules",
    ),
    (
        "Routing: district matters via the district standing committee",
        "text",
        "$.activities[0].note",
        "rules",
    ),
    (
        "Routing: matters within the congress's remit become motions or suggestions",
        "text",
        "$.activities[0].note",
        "rules",
    ),
    (
        "Rule: the congress does not handle individual cases",
        "text",
        "$.activities[0].note",
        "rules",
    ),
]

FIGURES = [
    ("2020 (notice year)", "主席团公告（2020）7号", "sources[1].locator"),
    ("7 (notice number)", "主席团公告（2020）7号", "sources[1].locator"),
    ("2020年9月1日 (reception date)", "2020-09-01", "activity_list[0].start"),
    ("8:30 (start time)", "08:30", "activity_list[0].start_time"),
    ("11:00 (end time)", "11:00", "activity_list[0].end_time"),
    ("2020-08-27 (date of the notice)", "2020-08-27", "sources[0].date"),
]
