"""金星街道 (梁溪区, 2020): a district deputy reports to the voters of his constituency.

Fact sheet: corpus-notes/15-jinxing-subdistrict-deputy-report-to-voters-2020.md.
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
    Evaluation,
    Level,
    RecordSet,
    SubjectKind,
    When,
)

NAME = "jinxing-2020"
SOURCE = {
    "title": None,
    "url": "http://www.wxlx.gov.cn/doc/2020/12/14/3140622.shtml",
    "publisher": "wxlx.gov.cn (梁溪区金星街道)",
    "date": "2020-12-14",
    "sheet": "15-jinxing-subdistrict-deputy-report-to-voters-2020.md",
}
META = {
    "genre": "deputy's report to voters (述职测评)",
    "province": "Jiangsu (inferred)",
    "level": "subdistrict",
    "period": "2020",
}


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(
            id="jinxing",
            name="金星街道人大工委",
            level=Level.SUBDISTRICT,
            sources=src,
            note=(
                "近三年来每年组织代表回选区述职。今年5名代表在中南(金城)、中桥、朗诗、中北、"
                "阳光5个选区述职；累计述职17名，代表述职率85%，选民平均满意率90%以上。"
            ),
        ),
        deputies=(
            Deputy(
                id="d1",
                name="柳向魁",
                levels=(Level.DISTRICT,),
                constituency="中南(金城)选区",
                sources=src,
            ),
        ),
        activities=(
            Activity(
                id="a-report-2020-12-10",
                kind=ActivityKind.REPORT_TO_VOTERS,
                title="区人大代表回选区述职测评会",
                start=When.exact(dt.date(2020, 12, 10), inferred=True),
                organiser="jinxing",
                participants=("d1",),
                topics=("履行《代表法》规定的职责",),
                people_received=Count(40, at_least=True),
                sources=src,
                note=(
                    "原选区40余名选民代表参加并提问；测评内容包括参加闭会期间活动、联系原选举单位和群众、"
                    "贯彻法律法规和人大决议、改进措施等五个方面，结果当场统计公布（未载明）。"
                ),
            ),
        ),
        evaluations=(
            Evaluation(
                id="e-report-d1",
                subject_kind=SubjectKind.DEPUTY,
                subject="d1",
                title="区人大代表柳向魁回中南(金城)选区述职测评",
                on=When.exact(dt.date(2020, 12, 10), inferred=True),
                activity="a-report-2020-12-10",
                evaluators_reported=Count(40, at_least=True),
                voters_present=Count(40, at_least=True),
                sources=src,
                note="测评结果当场统计公布，数值未载明。",
            ),
            # The other four reports of the year: constituencies named, deputies and dates not.
            *(
                Evaluation(
                    id=f"e-report-{key}",
                    subject_kind=SubjectKind.DEPUTY,
                    title=f"区人大代表回{name}述职测评",
                    on=When.of_year(2020),
                    sources=src,
                )
                for key, name in (
                    ("zhongqiao", "中桥选区"),
                    ("langshi", "朗诗选区"),
                    ("zhongbei", "中北选区"),
                    ("yangguang", "阳光选区"),
                )
            ),
        ),
    )


FACTS = [
    (
        "Event: district deputy reports to the constituency and is rated",
        "typed",
        "$.activities[0].kind, .title",
    ),
    (
        "Date: 12月10日 (2020 by the publication date)",
        "typed",
        "$.activities[0].start (inferred)",
    ),
    ("Constituency: 中南(金城)选区", "typed", "$.deputies[0].constituency"),
    ("Reporting deputy: 柳向魁, district deputy", "typed", "$.deputies[0]"),
    ("Audience: more than 40 voter representatives", "typed", "$.activities[0].people_received"),
    ("Content: the duties in the 代表法", "typed", "$.activities[0].topics[0]"),
    (
        "Format: questions from voter representatives",
        "text",
        "$.activities[0].note",
        "activity-breakdown",
    ),
    ("Rating organiser: 街道人大工委", "typed", "$.activities[0].organiser"),
    (
        "Rating dimension: activities in the recess",
        "text",
        "$.activities[0].note",
        "rating-of-deputies",
    ),
    (
        "Rating dimension: contact with the electing unit and the public",
        "text",
        "$.activities[0].note",
        "rating-of-deputies",
    ),
    (
        "Rating dimension: implementing laws and resolutions",
        "text",
        "$.activities[0].note",
        "rating-of-deputies",
    ),
    (
        "Rating dimension: measures for improvement",
        "text",
        "$.activities[0].note",
        "rating-of-deputies",
    ),
    ("Dimensions counted as 5", "text", "$.activities[0].note", "rating-of-deputies"),
    (
        "Results counted and announced on the spot (values not given)",
        "text",
        "$.evaluations[0].note",
        "rating-of-deputies",
    ),
    ("Practice: for nearly 3 years, deputies report each year", "text", "$.congress.note", "rules"),
    (
        "This year: 5 deputies reported in 5 constituencies",
        "typed",
        "$.evaluations (5 of subject kind deputy)",
    ),
    (
        "Constituencies this year: 中南(金城), 中桥, 朗诗, 中北, 阳光",
        "text",
        "$.evaluations[*].title",
        "aggregate-activities",
    ),
    ("Cumulative: 17 deputies have reported", "text", "$.congress.note", "aggregate-activities"),
    ("Cumulative: 代表述职率 85%", "text", "$.congress.note", "rating-of-deputies"),
    (
        "Cumulative: average voter satisfaction above 90%",
        "text",
        "$.congress.note",
        "rating-of-deputies",
    ),
]

FIGURES = [
    ("12月10日 (report meeting)", "2020-12-10", None, "the summary lists no activity dates"),
    ("40余 (voter representatives)", {"value": 40, "at_least": True}, "activities.people_received"),
    ("5 (rating dimensions)", 5, None, "no rating of deputies"),
    ("3 (years of the practice)", 3, None, "no record of a practice"),
    ("5 (deputies reporting this year)", 5, "evaluations.by_subject_kind.deputy"),
    ("5 (constituencies this year)", 5, "evaluations.evaluations"),
    ("17 (deputies reported so far)", 17, None, "no cumulative totals"),
    ("85% (代表述职率)", "85%", None, "no rating of deputies"),
    ("90% (average voter satisfaction)", "90%+", None, "no rating of deputies"),
    ("2020-12-14 (publication date)", "2020-12-14", "sources[0].date"),
]
