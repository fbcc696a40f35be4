"""芦阳镇 (2006): replies to the 18 proposals deputies made at session 1 of term 16.

Fact sheet: corpus-notes/05-luyang-proposal-replies-2006.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Congress,
    Count,
    HandlingMeasure,
    HandlingReport,
    Level,
    Printed,
    RecordSet,
    Session,
    Term,
)

NAME = "luyang-2006"
SOURCE = {
    "title": "芦阳镇认真做好镇第十六届人民代表大会代表提案答复工作",
    "url": "http://m.fqjz1.com/gongkai/show/20181009084800-171388-00-000.html",
    "publisher": "芦阳镇人民政府 (政府信息公开, mirrored copy)",
    "date": "2007-02-02",
    "sheet": "05-luyang-proposal-replies-2006.md",
}
META = {
    "genre": "suggestion-handling report (提案答复)",
    "province": "Sichuan (inferred)",
    "level": "town",
    "period": "2006",
}


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(id="luyang", name="芦阳镇人民代表大会", level=Level.TOWN, sources=src),
        terms=(Term(id="t16", congress="luyang", number=16, sources=src),),
        sessions=(
            Session(
                id="t16-s1",
                term="t16",
                number=1,
                start=dt.date(2006, 11, 11),
                suggestions_reported=Count(18),
                sources=src,
                note=(
                    "原文称代表提案。涉及城镇基础设施建设、公共卫生、道路交通等方面；"
                    "截至2007年2月2日办结率100%，代表满意率100%。"
                ),
            ),
        ),
        handling_reports=(
            HandlingReport(
                id="h-2007-02-02",
                title="芦阳镇认真做好镇第十六届人民代表大会代表提案答复工作",
                on=dt.date(2007, 2, 2),
                covers=dt.date(2006, 11, 11),
                session="t16-s1",
                items=Count(18),
                # 办结 (handling finished, with written replies) for all 18: 办结率100%.
                replied=Count(18),
                # 满意率100%: whether 基本满意 is in it is not stated.
                satisfied_or_basically=Count(18),
                printed=(
                    Printed(field="replied", text="办结率100%"),
                    Printed(field="satisfied_or_basically", text="代表满意率100%"),
                ),
                topics=("城镇基础设施建设", "公共卫生", "道路交通"),
                topics_incomplete=True,  # "等方面"
                responsible=("芦阳镇党委", "芦阳镇政府", "芦阳镇人大"),
                measures=(
                    HandlingMeasure.MEETING,  # 提案办理研讨会, held by the 镇党委
                    HandlingMeasure.LEADING_GROUP,
                    HandlingMeasure.ASSIGNED_TO_STAFF,
                    HandlingMeasure.AT_ONCE,
                    HandlingMeasure.COORDINATED,
                    HandlingMeasure.REFERRED_UP,  # to the 县委 and 县政府
                    HandlingMeasure.WRITTEN_REPLY,
                    HandlingMeasure.DELIVERED_IN_PERSON,
                    HandlingMeasure.FEEDBACK_HEARD,
                ),
                sources=src,
                note="书面答复，由专人当面送交代表并听取意见；状态截至2007年2月2日。",
            ),
        ),
    )


FACTS = [
    ("Session: term 16, session 1", "typed", "$.sessions[0].number, $.terms[0].number"),
    ("Session date: 2006-11-11", "typed", "$.sessions[0].start"),
    ("Proposals received: 18", "typed", "$.sessions[0].suggestions_reported"),
    ("Subject area: 城镇基础设施建设", "typed", "$.handling_reports[0].topics[0]"),
    ("Subject area: 公共卫生", "typed", "$.handling_reports[0].topics[1]"),
    ("Subject area: 道路交通", "typed", "$.handling_reports[0].topics[2]"),
    ("Further areas implied by 等方面", "typed", "$.handling_reports[0].topics_incomplete"),
    (
        "Responsible: the town's party committee, government and congress",
        "typed",
        "$.handling_reports[0].responsible",
    ),
    (
        "Step: the party committee held a seminar on handling",
        "typed",
        "$.handling_reports[0].measures[0] (that the 镇党委 held it is not typed)",
    ),
    ("Step: a leading group for handling was set up", "typed", "$.handling_reports[0].measures[1]"),
    (
        "Step: proposals sorted and assigned to named staff",
        "typed",
        "$.handling_reports[0].measures[2]",
    ),
    (
        "Rule: those closable at once implemented at once",
        "typed",
        "$.handling_reports[0].measures[3]",
    ),
    (
        "Rule: those needing other departments coordinated",
        "typed",
        "$.handling_reports[0].measures[4]",
    ),
    (
        "Rule: those beyond the town reported to the county",
        "typed",
        "$.handling_reports[0].measures[5]",
    ),
    (
        "Reply mode: written replies handed over in person",
        "typed",
        "$.handling_reports[0].measures[6:9]",
    ),
    ("Completion rate: 100% of 18", "typed", "$.handling_reports[0].replied, .printed[0]"),
    (
        "Satisfaction rate: 100%",
        "typed",
        "$.handling_reports[0].satisfied_or_basically, .printed[1]",
    ),
    ("Status as at publication (2007-02-02)", "typed", "$.sessions[0].sources[0].date"),
]

FIGURES = [
    ("16 (term)", 16, "sessions[0].term_number"),
    ("1 (session)", 1, "sessions[0].number"),
    ("2006-11-11 (session date)", "2006-11-11", "sessions[0].start"),
    ("18 (proposals)", 18, "sessions[0].suggestions"),
    (
        "100% (办结率): 18 of all 18 finished",
        {"part": 18, "base": 18, "of": "all"},
        "handling.completion",
    ),
    (
        "100% (满意率): 18 of all 18",
        {"part": 18, "base": 18, "of": "all"},
        "handling.satisfaction_of_all",
    ),
    ("2007-02-02 11:57 (publication time)", "2007-02-02", "sources[0].date"),
    ("2007年2月2日 (signature date)", "2007-02-02", "sources[0].date"),
]
