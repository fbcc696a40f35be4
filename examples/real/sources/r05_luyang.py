"""芦阳镇 (2006): replies to the 18 proposals deputies made at session 1 of term 16.

Fact sheet: corpus-notes/05-luyang-proposal-replies-2006.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Congress,
    Count,
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
                sources=src,
                note="书面答复，由专人当面送交代表并听取意见；状态截至2007年2月2日。",
            ),
        ),
    )


FACTS = [
    ("Session: term 16, session 1", "typed", "$.sessions[0].number, $.terms[0].number"),
    ("Session date: 2006-11-11", "typed", "$.sessions[0].start"),
    ("Proposals received: 18", "typed", "$.sessions[0].suggestions_reported"),
    ("Subject area: 城镇基础设施建设", "text", "$.sessions[0].note"),
    ("Subject area: 公共卫生", "text", "$.sessions[0].note"),
    ("Subject area: 道路交通", "text", "$.sessions[0].note"),
    ("Further areas implied by 等方面", "text", "$.sessions[0].note"),
    ("Responsible: the town's party committee, government and congress", "none", "rules"),
    ("Step: the party committee held a seminar on handling", "none", "aggregate-handling"),
    ("Step: a leading group for handling was set up", "none", "aggregate-handling"),
    ("Step: proposals sorted and assigned to named staff", "none", "aggregate-handling"),
    ("Rule: those closable at once implemented at once", "none", "rules"),
    ("Rule: those needing other departments coordinated", "none", "rules"),
    ("Rule: those beyond the town reported to the county", "none", "rules"),
    (
        "Reply mode: written replies handed over in person",
        "text",
        "$.handling_reports[0].note",
        "aggregate-handling",
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
    ("100% (办结率): 18 of 18 replied", 18, "handling.replied"),
    (
        "100% (满意率): 18 of all 18",
        {"part": 18, "base": 18, "of": "all"},
        "handling.satisfaction_of_all",
    ),
    ("2007-02-02 11:57 (publication time)", "2007-02-02", "sources[0].date"),
    ("2007年2月2日 (signature date)", "2007-02-02", "sources[0].date"),
]
