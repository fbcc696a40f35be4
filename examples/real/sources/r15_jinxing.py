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
    Dimension,
    Evaluation,
    EvaluationMethod,
    Level,
    RateMeasure,
    RecordSet,
    StatedRate,
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
                constituency="中南(金城)选区",
                methods=(EvaluationMethod.REPORT_HEARD, EvaluationMethod.QUESTIONS),
                evaluators_reported=Count(40, at_least=True),
                voters_present=Count(40, at_least=True),
                # "五个方面" with four named and then "等".
                dimensions=(
                    Dimension(name="参加闭会期间活动的情况"),
                    Dimension(name="联系原选举单位和群众的情况"),
                    Dimension(name="贯彻法律法规和人大决议情况"),
                    Dimension(name="改进措施"),
                ),
                dimensions_reported=Count(5),
                results_announced=True,
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
                    constituency=name,
                    sources=src,
                )
                for key, name in (
                    ("zhongqiao", "中桥选区"),
                    ("langshi", "朗诗选区"),
                    ("zhongbei", "中北选区"),
                    ("yangguang", "阳光选区"),
                )
            ),
            # Totals over the reports of recent years, as given in the item (dated by
            # its URL); "近三年来" puts the first round in 2018, worked out, not stated.
            Evaluation(
                id="e-reports-to-date",
                subject_kind=SubjectKind.DEPUTY,
                title="近三年来区人大代表回选区述职（累计）",
                on=dt.date(2020, 12, 14),
                since=When.of_year(2018, inferred=True),
                subjects_reported=Count(17),
                rates=(
                    StatedRate(measure=RateMeasure.COVERAGE, percent=85),
                    StatedRate(measure=RateMeasure.AVERAGE_SATISFACTION, percent=90, at_least=True),
                ),
                sources=src,
                note="代表述职率的基数（应述职代表人数）未载明。",
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
    ("Format: questions from voter representatives", "typed", "$.evaluations[0].methods[1]"),
    ("Rating organiser: 街道人大工委", "typed", "$.activities[0].organiser"),
    ("Rating dimension: activities in the recess", "typed", "$.evaluations[0].dimensions[0]"),
    (
        "Rating dimension: contact with the electing unit and the public",
        "typed",
        "$.evaluations[0].dimensions[1]",
    ),
    (
        "Rating dimension: implementing laws and resolutions",
        "typed",
        "$.evaluations[0].dimensions[2]",
    ),
    ("Rating dimension: measures for improvement", "typed", "$.evaluations[0].dimensions[3]"),
    ("Dimensions counted as 5", "typed", "$.evaluations[0].dimensions_reported"),
    (
        "Results counted and announced on the spot (values not given)",
        "typed",
        "$.evaluations[0].results_announced",
    ),
    (
        "Practice: for nearly 3 years, deputies report each year",
        "text",
        "$.congress.note ($.evaluations[5].since holds the span's start, inferred)",
        "rules",
    ),
    (
        "This year: 5 deputies reported in 5 constituencies",
        "typed",
        "$.evaluations[0:5] (of subject kind deputy)",
    ),
    (
        "Constituencies this year: 中南(金城), 中桥, 朗诗, 中北, 阳光",
        "typed",
        "$.evaluations[0:5].constituency",
    ),
    ("Cumulative: 17 deputies have reported", "typed", "$.evaluations[5].subjects_reported"),
    ("Cumulative: 代表述职率 85%", "typed", "$.evaluations[5].rates[0]"),
    ("Cumulative: average voter satisfaction above 90%", "typed", "$.evaluations[5].rates[1]"),
]

FIGURES = [
    (
        "12月10日 (report meeting; the year worked out)",
        {"earliest": "2020-12-10", "inferred": True},
        "evaluations.held[4].on",
    ),
    ("40余 (voter representatives)", {"value": 40, "at_least": True}, "activities.people_received"),
    ("5 (rating dimensions)", 5, "evaluations.held[4].dimensions"),
    ("3 (years of the practice)", 3, None, "no record of a practice"),
    ("5 (deputies reporting this year)", 5, "evaluations.by_subject_kind.deputy"),
    ("5 (constituencies this year)", 5, "evaluations.evaluations"),
    ("17 (deputies reported so far)", 17, "evaluations.to_date[0].subjects"),
    (
        "85% (代表述职率)",
        {"measure": "coverage", "percent": 85, "at_least": False, "base": None},
        "evaluations.to_date[0].rates[0]",
    ),
    (
        "90% (average voter satisfaction, 90%以上)",
        {"measure": "average_satisfaction", "percent": 90, "at_least": True, "base": None},
        "evaluations.to_date[0].rates[1]",
    ),
    ("2020-12-14 (publication date)", "2020-12-14", "sources[0].date"),
]
