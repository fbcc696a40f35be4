"""醪桥镇 (2021): the first session of the sixth congress, with its elections.

Fact sheet: corpus-notes/01-laoqiao-town-session-2021.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Attendance,
    Ceremony,
    CeremonyKind,
    Congress,
    Election,
    Level,
    Official,
    OfficialRole,
    RecordSet,
    ReportKind,
    ReportReview,
    Session,
    Term,
    When,
)

NAME = "laoqiao-2021"
SOURCE = {
    "title": "醪桥镇第六届人民代表大会第一次会议胜利召开",
    "url": "http://www.jsxrd.gov.cn/contents/54/713.html",
    "publisher": "jsxrd.gov.cn (新闻动态 / 代表工作)",
    "date": "2021-09-10",
    "sheet": "01-laoqiao-town-session-2021.md",
}
META = {
    "genre": "session news (镇人代会召开)",
    "province": "Jiangxi (inferred)",
    "level": "town",
    "period": "2021",
}


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(id="laoqiao", name="醪桥镇人民代表大会", level=Level.TOWN, sources=src),
        terms=(Term(id="t6", congress="laoqiao", number=6, sources=src),),
        sessions=(
            Session(
                id="t6-s1",
                term="t6",
                number=1,
                start=When.exact(dt.date(2021, 9, 8), inferred=True),
                agenda=(
                    ReportReview(report=ReportKind.GOVERNMENT_WORK, title="醪桥镇人民政府工作报告"),
                    ReportReview(
                        report=ReportKind.PRESIDIUM_WORK, title="醪桥镇人大主席团工作报告"
                    ),
                    Election(office="镇人大主席", elected_reported=1, secret=True),
                    Election(office="人大副主席", elected_reported=1, secret=True),
                    Election(office="镇长", elected_reported=1, secret=True),
                    Election(office="副镇长", seats=3, elected_reported=3, secret=True),
                ),
                attendance=Attendance(present=59, non_deputies=38, total=97),
                officials=(
                    Official(
                        name="黄祯裕", office="县委组织部常务副部长", roles=(OfficialRole.GUEST,)
                    ),
                    Official(
                        name="刘建凌",
                        office="镇长",
                        roles=(OfficialRole.LED_OATH, OfficialRole.STATEMENT),
                    ),
                    Official(name="彭兵兵", office="镇人大主席", roles=(OfficialRole.STATEMENT,)),
                    Official(name="张嗣云", office="镇党委书记", roles=(OfficialRole.SPEECH,)),
                ),
                ceremonies=(
                    Ceremony(kind=CeremonyKind.NATIONAL_ANTHEM),
                    Ceremony(kind=CeremonyKind.FILM, title="警钟长鸣", by="全体参会人员"),
                    Ceremony(kind=CeremonyKind.OATH, by="新当选人员"),
                ),
                sources=src,
                note=(
                    "正文只写9月8日，年份据发布日期推定。应到代表人数未载明。"
                    "审议通过各项决议（数目与标题未载明）。黄祯裕另为县政协副主席提名人选。"
                ),
            ),
        ),
    )


FACTS = [
    ("Body: 醪桥镇第六届人民代表大会 (term 6)", "typed", "$.terms[0].number"),
    ("Meeting: session 1 of term 6", "typed", "$.sessions[0].number"),
    (
        "Meeting date: 9月8日 (year from the publication date)",
        "typed",
        "$.sessions[0].start (inferred)",
    ),
    ("Attendance: 59 town deputies", "typed", "$.sessions[0].attendance.present (due not stated)"),
    ("Attendance: 38 non-deputy attendees", "typed", "$.sessions[0].attendance.non_deputies"),
    ("Attendance: 97 in total", "typed", "$.sessions[0].attendance.total"),
    ("Guest: 黄祯裕, 县委组织部常务副部长", "typed", "$.sessions[0].officials[0]"),
    ("Agenda: national anthem", "typed", "$.sessions[0].ceremonies[0]"),
    ("Agenda: warning-education film 《警钟长鸣》", "typed", "$.sessions[0].ceremonies[1]"),
    ("Report: 醪桥镇人民政府工作报告", "typed", "$.sessions[0].agenda[0]"),
    ("Report: 醪桥镇人大主席团工作报告", "typed", "$.sessions[0].agenda[1]"),
    ("Resolutions passed (number and titles not given)", "text", "$.sessions[0].note"),
    ("Election method: secret ballot", "typed", "$.sessions[0].agenda[2:].secret"),
    ("Elected: 1 镇人大主席", "typed", "$.sessions[0].agenda[2].elected_reported"),
    ("Elected: 1 人大副主席", "typed", "$.sessions[0].agenda[3].elected_reported"),
    ("Elected: 1 镇长", "typed", "$.sessions[0].agenda[4].elected_reported"),
    ("Elected: 3 副镇长", "typed", "$.sessions[0].agenda[5].elected_reported"),
    ("Officeholder: 镇长 刘建凌", "typed", "$.sessions[0].officials[1]"),
    ("Officeholder: 镇人大主席 彭兵兵", "typed", "$.sessions[0].officials[2]"),
    ("Oath taken by the newly elected", "typed", "$.sessions[0].ceremonies[2]"),
    ("Closing speech: 镇党委书记 张嗣云", "typed", "$.sessions[0].officials[3].roles"),
]

FIGURES = [
    ("6 (term)", 6, "sessions[0].term_number"),
    ("1 (session)", 1, "sessions[0].number"),
    ("9月8日 (meeting date)", "2021-09-08", "sessions[0].start.earliest"),
    ("59 (deputies attending)", 59, "sessions[0].attendance.present"),
    ("38 (列席)", 38, "sessions[0].attendance.non_deputies"),
    ("97 (total participants)", 97, "sessions[0].attendance.total"),
    ("1 (镇人大主席 elected)", 1, "sessions[0].elections[0].elected_reported"),
    ("1 (人大副主席 elected)", 1, "sessions[0].elections[1].elected_reported"),
    ("1 (镇长 elected)", 1, "sessions[0].elections[2].elected_reported"),
    ("3 (副镇长 elected)", 3, "sessions[0].elections[3].elected_reported"),
    ("2021-09-10 (publication date)", "2021-09-10", "sources[0].date"),
]
