"""宝山路街道 (2024): city and district deputies' second concentrated community contact.

Fact sheet: corpus-notes/08-baoshanlu-subdistrict-community-contact-2024.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Count,
    DeputyGroup,
    Level,
    RecordSet,
)

NAME = "baoshanlu-2024"
SOURCE = {
    "title": "街道组织市、区人大代表开展2024年第二次集中联系社区活动",
    "url": "http://ep.sqcbmedia.com/bs/2024/11/13/20241113023_20241113105957.html",
    "publisher": "新闻晨报 (e-paper, 第02版)",
    "date": "2024-11-13",
    "sheet": "08-baoshanlu-subdistrict-community-contact-2024.md",
}
META = {
    "genre": "sub-district committee activity (集中联系社区)",
    "province": "Shanghai (inferred)",
    "level": "subdistrict",
    "period": "2024",
}


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(
            id="baoshanlu", name="人大宝山路街道工委", level=Level.SUBDISTRICT, sources=src
        ),
        groups=(DeputyGroup(id="g-street", name="街道代表组", sources=src),),
        activities=(
            Activity(
                id="a-contact-2024-2",
                kind=ActivityKind.RECEPTION,
                title="2024年第二次集中联系社区活动",
                start=dt.date(2024, 10, 15),
                end=dt.date(2024, 10, 25),
                organiser="baoshanlu",
                group="g-street",
                topics=(
                    "助力发展、服务民生",
                    "民生热点难点问题",
                    "市人大常委会2025年监督工作及讨论决定重大事项议题",
                ),
                people_received=Count(122),
                opinions_collected=Count(10),
                sources=src,
                note=(
                    "市人大代表2名、区人大代表20名，在18个人大代表居民区联系点开展；"
                    "召开群众座谈会20场，出席122人；市、区代表视察街道相关重点工作12次。"
                    "收集意见建议10条：当场答复8条，街道层面解决1条，区层面解决1条；"
                    "涉及民生、城区管理、城区改造。代表还核查了第一次活动10条建议的办理结果并向选民反馈，"
                    "察看2024年区、街道民生实事项目进展；邀请国家机关工作人员、社区工作者、律师参加。"
                ),
            ),
        ),
    )


FACTS = [
    ("Body: 人大宝山路街道工委", "typed", "$.congress (level subdistrict)"),
    ("Deputy grouping: 街道代表组", "typed", "$.groups[0]"),
    ("Activity: 2024年第二次集中联系社区活动", "typed", "$.activities[0].title"),
    ("Dates: 10月15日 to 25日 (2024)", "typed", "$.activities[0].start, .end"),
    (
        "Kind: deputies go down to the communities to receive voters",
        "typed",
        "$.activities[0].kind",
    ),
    ("Theme: 助力发展、服务民生", "typed", "$.activities[0].topics[0]"),
    ("Topic 1: residents' opinions on 民生热点难点问题", "typed", "$.activities[0].topics[1]"),
    (
        "Topic 2: suggestions on the city standing committee's 2025 monitoring work",
        "typed",
        "$.activities[0].topics[2]",
    ),
    ("Participants: 2 city deputies", "text", "$.activities[0].note", "activity-breakdown"),
    ("Participants: 20 district deputies", "text", "$.activities[0].note", "activity-breakdown"),
    ("Contact points: 18 residential contact points", "text", "$.activities[0].note", "facilities"),
    (
        "Methods: forums, visits, site inspections",
        "text",
        "$.activities[0].note",
        "activity-breakdown",
    ),
    (
        "Follow-up: results of the first activity's 10 suggestions fed back",
        "text",
        "$.activities[0].note",
        "aggregate-handling",
    ),
    (
        "Follow-up: progress of the 2024 livelihood projects checked",
        "text",
        "$.activities[0].note",
        "activity-breakdown",
    ),
    ("Output: 20 residents' forums", "text", "$.activities[0].note", "activity-breakdown"),
    ("Output: 122 attending", "typed", "$.activities[0].people_received"),
    ("Output: 12 inspections of key work", "text", "$.activities[0].note", "activity-breakdown"),
    ("Suggestions collected: 10", "typed", "$.activities[0].opinions_collected"),
    ("Handling: 8 answered on the spot", "text", "$.activities[0].note", "aggregate-handling"),
    (
        "Handling: 1 resolved at sub-district level",
        "text",
        "$.activities[0].note",
        "aggregate-handling",
    ),
    (
        "Handling: 1 resolved at district level",
        "text",
        "$.activities[0].note",
        "aggregate-handling",
    ),
    ("Issue areas: 民生, 城区管理, 城区改造", "text", "$.activities[0].note", "aggregate-handling"),
    (
        "Invited: state-organ staff, community workers, lawyers",
        "text",
        "$.activities[0].note",
        "activity-breakdown",
    ),
    ("Use: groundwork for deputies' motions and suggestions", "none", "context"),
]

FIGURES = [
    ("2024 (year)", 2024, None, "the summary lists no activity dates"),
    ("2 (second activity of 2024)", 2, None, "the ordinal is only in the title"),
    ("10月15日 (start)", "2024-10-15", None, "the summary lists no activity dates"),
    ("25日 (end)", "2024-10-25", None, "the summary lists no activity dates"),
    ("2 (topics)", 2, None, "topics are not counted"),
    ("2025 (year of the monitoring plan)", 2025, None, "only in a topic"),
    ("2 (city deputies)", 2, None, "no participants by level"),
    ("20 (district deputies)", 20, None, "no participants by level"),
    ("18 (contact points)", 18, None, "unnamed facilities have no place"),
    ("10 (suggestions of the first activity, followed up)", 10, None, "no follow-up record"),
    ("20 (forums)", 20, None, "no counts inside an activity"),
    ("122 (attendance)", 122, "activities.people_received"),
    ("12 (inspections)", 12, None, "no counts inside an activity"),
    ("10 (suggestions collected)", 10, "activities.opinions_collected"),
    ("8 (answered on the spot)", 8, None, "opinion outcomes need itemised opinions"),
    ("1 (resolved at sub-district level)", 1, None, "opinion outcomes need itemised opinions"),
    ("1 (resolved at district level)", 1, None, "opinion outcomes need itemised opinions"),
    ("2024-11-13 (publication date)", "2024-11-13", "sources[0].date"),
    ("02 (newspaper page)", 2, None, "provenance is not summarised"),
]
