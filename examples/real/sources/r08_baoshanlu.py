"""宝山路街道 (2024): city and district deputies' second concentrated community contact.

Fact sheet: corpus-notes/08-baoshanlu-subdistrict-community-contact-2024.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityItem,
    ActivityKind,
    Congress,
    Count,
    DeputyGroup,
    Dispositions,
    Level,
    LevelCount,
    OpinionFollowUp,
    ParticipantKind,
    RecordSet,
    Station,
    StationKind,
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
    src = (source(SOURCE, locator="第02版"),)
    return RecordSet(
        congress=Congress(
            id="baoshanlu", name="人大宝山路街道工委", level=Level.SUBDISTRICT, sources=src
        ),
        groups=(DeputyGroup(id="g-street", name="街道代表组", sources=src),),
        stations=(
            Station(
                id="st-contact-points",
                name="人大代表居民区联系点",
                kind=StationKind.RECEPTION_POINT,
                count=18,
                sources=src,
                note="18个联系点未逐一具名。",
            ),
        ),
        activities=(
            Activity(
                id="a-contact-2024-2",
                kind=ActivityKind.RECEPTION,
                title="2024年第二次集中联系社区活动",
                start=dt.date(2024, 10, 15),
                end=dt.date(2024, 10, 25),
                number=2,
                organiser="baoshanlu",
                group="g-street",
                station="st-contact-points",
                themes=("助力发展、服务民生",),
                topics=(
                    "民生热点难点问题",
                    "市人大常委会2025年监督工作及讨论决定重大事项议题",
                ),
                participants_by_level=(
                    LevelCount(level=Level.CITY, count=Count(2)),
                    LevelCount(level=Level.DISTRICT, count=Count(20)),
                ),
                items=(
                    ActivityItem(kind=ActivityKind.OTHER, title="群众座谈会", times=Count(20)),
                    ActivityItem(
                        kind=ActivityKind.INSPECTION,
                        title="视察街道相关重点工作",
                        times=Count(12),
                    ),
                    ActivityItem(kind=ActivityKind.VOTER_VISIT, title="走访慰问"),
                    ActivityItem(
                        kind=ActivityKind.SUPERVISION,
                        title="察看2024年区、街道民生实事项目进展",
                    ),
                ),
                people_received=Count(122),
                opinions_collected=Count(10),
                dispositions=Dispositions(
                    answered_on_spot=Count(8),
                    forwarded=Count(2),
                    resolved_by_level=(
                        LevelCount(level=Level.SUBDISTRICT, count=Count(1)),
                        LevelCount(level=Level.DISTRICT, count=Count(1)),
                    ),
                ),
                follow_ups=(
                    OpinionFollowUp(
                        opinions=Count(10),
                        earlier="2024年第一次集中联系社区活动",
                        reported_back=True,
                    ),
                ),
                other_kinds=(
                    ParticipantKind.OFFICIALS,
                    ParticipantKind.STAFF,
                    ParticipantKind.OTHER,
                ),
                sources=src,
                note=(
                    "出席群众座谈会122人。意见涉及民生、城区管理、城区改造。"
                    "邀请国家机关工作人员、社区工作者、律师参加。"
                    "参加代表总数未载明（市、区代表可能重合）。"
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
    ("Theme: 助力发展、服务民生", "typed", "$.activities[0].themes[0]"),
    ("Topic 1: residents' opinions on 民生热点难点问题", "typed", "$.activities[0].topics[0]"),
    (
        "Topic 2: suggestions on the city standing committee's 2025 monitoring work",
        "typed",
        "$.activities[0].topics[1]",
    ),
    ("Participants: 2 city deputies", "typed", "$.activities[0].participants_by_level[0]"),
    ("Participants: 20 district deputies", "typed", "$.activities[0].participants_by_level[1]"),
    ("Contact points: 18 residential contact points", "typed", "$.stations[0].count"),
    ("Methods: forums, visits, site inspections", "typed", "$.activities[0].items[0:3]"),
    (
        "Follow-up: results of the first activity's 10 suggestions fed back",
        "typed",
        "$.activities[0].follow_ups[0]",
    ),
    (
        "Follow-up: progress of the 2024 livelihood projects checked",
        "typed",
        "$.activities[0].items[3] (the projects are not named)",
    ),
    ("Output: 20 residents' forums", "typed", "$.activities[0].items[0].times"),
    ("Output: 122 attending", "typed", "$.activities[0].people_received"),
    ("Output: 12 inspections of key work", "typed", "$.activities[0].items[1].times"),
    ("Suggestions collected: 10", "typed", "$.activities[0].opinions_collected"),
    ("Handling: 8 answered on the spot", "typed", "$.activities[0].dispositions.answered_on_spot"),
    (
        "Handling: 1 resolved at sub-district level",
        "typed",
        "$.activities[0].dispositions.resolved_by_level[0]",
    ),
    (
        "Handling: 1 resolved at district level",
        "typed",
        "$.activities[0].dispositions.resolved_by_level[1]",
    ),
    ("Issue areas: 民生, 城区管理, 城区改造", "text", "$.activities[0].note", "aggregate-handling"),
    (
        "Invited: state-organ staff, community workers, lawyers",
        "typed",
        "$.activities[0].other_kinds",
    ),
    ("Use: groundwork for deputies' motions and suggestions", "none", "context"),
]

FIGURES = [
    ("2024 (year)", "2024-10-15", "activity_list[0].start"),
    ("2 (second activity of 2024)", 2, "activity_list[0].number"),
    ("10月15日 (start)", "2024-10-15", "activity_list[0].start"),
    ("25日 (end)", "2024-10-25", "activity_list[0].end"),
    ("2 (topics)", 2, "activities.topics"),
    ("2025 (year of the monitoring plan)", 2025, None, "only in a topic"),
    ("2 (city deputies)", 2, "activities.participations_by_level.city"),
    ("20 (district deputies)", 20, "activities.participations_by_level.district"),
    ("18 (contact points)", 18, "stations[0].count"),
    (
        "10 (suggestions of the first activity, followed up)",
        10,
        "activities.opinions_followed_up",
    ),
    ("20 (forums)", 20, "activities.item_times_by_kind.other"),
    ("122 (attendance)", 122, "activities.people_received"),
    ("12 (inspections)", 12, "activities.item_times_by_kind.inspection"),
    ("10 (suggestions collected)", 10, "activities.opinions_collected"),
    ("8 (answered on the spot)", 8, "opinions.answered_on_spot"),
    ("1 (resolved at sub-district level)", 1, "opinions.resolved_by_level.subdistrict"),
    ("1 (resolved at district level)", 1, "opinions.resolved_by_level.district"),
    ("2024-11-13 (publication date)", "2024-11-13", "sources[0].date"),
    ("02 (newspaper page)", "第02版", "sources[0].locator"),
]
