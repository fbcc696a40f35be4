"""白地镇 (year not stated): the presidium checks how suggestions from session 13-3 were handled.

Fact sheet: corpus-notes/04-baidi-suggestion-handling-check.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Activity,
    ActivityItem,
    ActivityKind,
    Closed,
    Congress,
    Count,
    HandlingReport,
    Level,
    PresidiumMeeting,
    Printed,
    RecordSet,
    ReportKind,
    ReportReview,
    Session,
    Suggestion,
    SuggestionKind,
    Term,
    When,
)

NAME = "baidi"
SOURCE = {
    "title": None,
    "url": "https://www.ahjd.gov.cn/News/show/632441.html",
    "publisher": "ahjd.gov.cn",
    "date": None,
    "sheet": "04-baidi-suggestion-handling-check.md",
}
# The source gives 10月17日 and no year; the fact sheet was read on 2026-12-01. The check
# was therefore on 17 October of a year up to 2026, and the session before it; a When
# spans the years that leaves open (the earliest a date can be, to the last such day).
_CHECK = When.between(dt.date(1, 10, 17), dt.date(2026, 10, 17), inferred=True)
_SESSION = When.between(dt.date(1, 1, 1), dt.date(2026, 10, 16), inferred=True)
# 均在规定时间内办结: each was closed by the day of the check, on a day not stated.
_CLOSED = When.between(dt.date(1, 1, 1), dt.date(2026, 10, 17), inferred=True)
META = {
    "genre": "check of suggestion handling (建议办理督查)",
    "province": "Anhui (inferred)",
    "level": "town",
    "period": "0001-01-01..2026-10-17",
}
_SRC = (source(SOURCE),)
# The three suggestions whose sites were checked: (record id, number, title). The source
# names them by number and title only: who proposed them is not stated (no lead).
_CHECKED = (
    ("s16", 16, "重建和平桥"),
    ("s6", 6, "玉水河两岸生态护岸保护与建设"),
    ("s15", 15, "白三路拓宽"),
)


def records() -> RecordSet:
    """The records the source supports."""
    src = _SRC
    return RecordSet(
        congress=Congress(
            id="baidi",
            name="白地镇人民代表大会",
            level=Level.TOWN,
            sources=src,
            note="县、省未载明（安徽系据网站域名推定）。",
        ),
        terms=(Term(id="t13", congress="baidi", number=13, sources=src),),
        sessions=(
            Session(
                id="t13-s3",
                term="t13",
                number=3,
                start=_SESSION,
                suggestions_reported=Count(19),
                sources=src,
                note="会议日期未载明，只知在10月17日督查之前。",
            ),
        ),
        presidium_meetings=(
            PresidiumMeeting(
                id="pm-check",
                on=_CHECK,
                subjects=("通报镇十三届人大三次会议代表建议办理情况",),
                agenda=(
                    ReportReview(report=ReportKind.SUGGESTION_HANDLING, presenter="镇人大主席"),
                ),
                sources=src,
                note="原文日期为10月17日，无年份。镇政府分管领导列席。",
            ),
        ),
        handling_reports=(
            HandlingReport(
                id="h-13-3",
                title="镇十三届人大三次会议代表建议办理情况（主席团会议通报）",
                on=_CHECK,
                covers=_SESSION,
                session="t13-s3",
                items=Count(19),
                units=Count(7),
                replied=Count(19),
                replied_on_time=Count(19),
                # 满意率100%: whether 基本满意 is in it is not stated.
                satisfied_or_basically=Count(19),
                printed=(
                    Printed(field="units", text="镇政府7个部门"),
                    Printed(field="replied_on_time", text="均在规定时间内办结"),
                    Printed(field="satisfied_or_basically", text="代表满意率100%"),
                ),
                sources=src,
                note="部分建议已经落实、正在解决（件数未载明）；承办部门名称未载明。",
            ),
        ),
        suggestions=tuple(
            Suggestion(
                id=sid,
                kind=SuggestionKind.SUGGESTION,
                title=title,
                number=number,
                session="t13-s3",
                raised_on=_SESSION,
                events=(Closed(on=_CLOSED),),
                sources=src,
                note="提出代表（领衔代表）未载明；办结日期和答复类别未逐件载明。",
            )
            for sid, number, title in _CHECKED
        ),
        activities=(
            Activity(
                id="a-sites",
                kind=ActivityKind.SUPERVISION,
                title="主席团督查代表建议办理工程现场",
                start=_CHECK,
                organiser="baidi",
                items=tuple(
                    ActivityItem(
                        kind=ActivityKind.SUPERVISION,
                        title=f"{number}号建议“{title}”工程",
                        suggestion=sid,
                    )
                    for sid, number, title in _CHECKED
                ),
                sources=src,
                note=(
                    "主席团会议后进行；各工程现场由分管领导汇报项目建设情况，主席团成员对工程"
                    "建设质量和进度提出意见和建议（内容未载明）。"
                ),
            ),
        ),
    )


FACTS = [
    ("Body: 白地镇人大主席团", "typed", "$.presidium_meetings[0], $.congress"),
    (
        "Suggestions checked: from session 3 of term 13",
        "typed",
        "$.handling_reports[0].session, $.sessions[0]",
    ),
    (
        "Date of the check: 10月17日, no year",
        "text",
        "$.presidium_meetings[0].note (the date is a range over the years left open)",
        "imprecise-date",
    ),
    ("Step 1: a presidium meeting", "typed", "$.presidium_meetings[0]"),
    ("The government leader in charge attended (列席)", "none", "non-deputy-attendance"),
    (
        "The congress chair reported on the handling",
        "typed",
        "$.presidium_meetings[0].agenda[0] (suggestion_handling, presenter)",
    ),
    (
        "Suggestions made by deputies: 19",
        "typed",
        "$.sessions[0].suggestions_reported, $.handling_reports[0].items",
    ),
    ("Assigned to 7 departments of the town government", "typed", "$.handling_reports[0].units"),
    (
        "All completed within the set time",
        "typed",
        "$.handling_reports[0].replied, .replied_on_time, $.suggestions[*].events[0]",
    ),
    (
        "Deputies' satisfaction rate: 100%",
        "typed",
        "$.handling_reports[0].satisfied_or_basically, .printed[2]",
    ),
    (
        "Some implemented or being resolved (no counts)",
        "text",
        "$.handling_reports[0].note",
        "aggregate-handling",
    ),
    ("Step 2: site checks of individual suggestions", "typed", "$.activities[0]"),
    (
        "Site check: No. 16, rebuild 和平桥",
        "typed",
        "$.activities[0].items[0].suggestion, $.suggestions[0].number",
    ),
    (
        "Site check: No. 6, 玉水河 embankment",
        "typed",
        "$.activities[0].items[1].suggestion, $.suggestions[1].number",
    ),
    (
        "Site check: No. 15, widening of 白三路",
        "typed",
        "$.activities[0].items[2].suggestion, $.suggestions[2].number",
    ),
    (
        "At each site the leader in charge reported progress",
        "text",
        "$.activities[0].note",
        "officeholders",
    ),
    (
        "Presidium members gave opinions on quality and progress",
        "text",
        "$.activities[0].note",
        "activity-breakdown",
    ),
]

FIGURES = [
    ("13 (term)", 13, "sessions[0].term_number"),
    ("3 (session)", 3, "sessions[0].number"),
    ("10月17日 (date of the check, no year)", "10-17", None, "a day without a year"),
    ("19 (suggestions)", 19, "sessions[0].suggestions"),
    ("7 (departments handling them)", 7, "handling.units"),
    (
        "100% (satisfaction): 19 of all 19",
        {"part": 19, "base": 19, "of": "all"},
        "handling.satisfaction_of_all",
    ),
    ("16 (suggestion number, 和平桥)", 16, "activity_list[0].item_numbers[0]"),
    ("6 (suggestion number, 玉水河)", 6, "activity_list[0].item_numbers[1]"),
    ("15 (suggestion number, 白三路)", 15, "activity_list[0].item_numbers[2]"),
]
