"""四屏镇 (2023): one livelihood project chosen from two by a competitive ballot at session 4.

Fact sheet: corpus-notes/12-siping-livelihood-ballot-2023.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Attendance,
    Congress,
    Deputy,
    Level,
    LivelihoodProject,
    Official,
    ProjectBallot,
    RecordSet,
    Session,
    Term,
    When,
)

NAME = "siping-2023"
SOURCE = {
    "title": None,
    "url": "https://jjwmsj.cbg.cn/show/8138-2656457.html",
    "publisher": "jjwmsj.cbg.cn",
    "date": None,
    "sheet": "12-siping-livelihood-ballot-2023.md",
}
META = {
    "genre": "livelihood-project ballot (差额票决)",
    "province": "Chongqing (inferred)",
    "level": "town",
    "period": "2023",
}


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(id="siping", name="四屏镇人民代表大会", level=Level.TOWN, sources=src),
        terms=(Term(id="t2", congress="siping", number=2, sources=src),),
        deputies=(
            Deputy(id="d1", name="刘先全", levels=(Level.TOWN,), note="镇党委书记", sources=src),
        ),
        sessions=(
            Session(
                id="t2-s4",
                term="t2",
                number=4,
                # 2月23日; the year from the projects' year (2023).
                start=When.exact(dt.date(2023, 2, 23), inferred=True),
                agenda=(
                    ProjectBallot(
                        title="2023年四屏镇府民生实事项目票决",
                        candidates_reported=2,
                        selected_reported=1,
                        ballots_issued=45,
                        ballots_returned=45,
                        plenary=2,
                        proposals_from=When.of_month(2022, 12),
                        selected_share=93.3,
                        secret=True,
                        declared_valid=True,
                        note="差额票决。未载明当选的是哪一个候选项目。",
                    ),
                ),
                attendance=Attendance(present=45),
                officials=(Official(name="刘先全", office="镇党委书记", deputy="d1"),),
                sources=src,
            ),
        ),
        projects=(
            LivelihoodProject(
                id="p-environment",
                name="农村人居环境整治和饮水工程",
                session="t2-s4",
                year=2023,
                sources=src,
            ),
            LivelihoodProject(
                id="p-road", name="民生公路", session="t2-s4", year=2023, sources=src
            ),
        ),
    )


FACTS = [
    ("Body: 四屏镇第二届人民代表大会 (term 2)", "typed", "$.terms[0].number"),
    ("Meeting: session 4, 2月23日", "typed", "$.sessions[0].number, .start (inferred year)"),
    ("Voters: 45 deputies", "typed", "$.sessions[0].attendance.present (due not stated)"),
    ("Method: secret ballot", "typed", "$.sessions[0].agenda[0].secret"),
    ("Vote at the second plenary meeting", "typed", "$.sessions[0].agenda[0].plenary"),
    ("Object: the 2023 livelihood project", "typed", "$.sessions[0].agenda[0].title, .year"),
    (
        "Competitive: 1 to be chosen from 2",
        "typed",
        "$.sessions[0].agenda[0].candidates_reported, .selected_reported",
    ),
    ("Ballots issued: 45", "typed", "$.sessions[0].agenda[0].ballots_issued"),
    ("Ballots returned: 45", "typed", "$.sessions[0].agenda[0].ballots_returned"),
    (
        "Vote share of the chosen project: 93.3%",
        "typed",
        "$.sessions[0].agenda[0].selected_share",
    ),
    ("The ballot was declared valid", "typed", "$.sessions[0].agenda[0].declared_valid"),
    ("Collection: public call from 2022年12月", "typed", "$.sessions[0].agenda[0].proposals_from"),
    ("Process: summarised, consulted, revised, finalised", "none", "ballot-aggregate"),
    ("Candidates: 2", "typed", "$.sessions[0].agenda[0].candidates_reported"),
    ("Candidate: 农村人居环境整治和饮水工程", "typed", "$.projects[0]"),
    ("Candidate: 民生公路", "typed", "$.projects[1]"),
    ("Model: 群众点单、代表定单、政府领单、人大验单", "none", "context"),
    ("Stages: 收集、讨论、票选、监督、落实", "none", "context"),
    (
        "Named person: 刘先全, party secretary and deputy",
        "typed",
        "$.deputies[0], $.sessions[0].officials[0]",
    ),
    ("Next step: the congress follows the project", "none", "context"),
]

FIGURES = [
    ("2 (term)", 2, "sessions[0].term_number"),
    ("4 (session)", 4, "sessions[0].number"),
    ("2月23日 (meeting date)", "2023-02-23", "sessions[0].start.earliest"),
    ("45 (deputies voting)", 45, "sessions[0].attendance.present"),
    ("2 (第二次全体会议)", 2, "sessions[0].ballots[0].plenary"),
    ("2023 (project year)", 2023, "projects.projects[0].year"),
    ("2 (candidate projects)", 2, "sessions[0].ballots[0].candidates_reported"),
    ("1 (project to be chosen)", 1, "sessions[0].ballots[0].selected_reported"),
    ("45 (ballots issued)", 45, "sessions[0].ballots[0].ballots_issued"),
    ("45 (ballots returned)", 45, "sessions[0].ballots[0].ballots_returned"),
    ("93.3% (vote share)", 93.3, "sessions[0].ballots[0].selected_share"),
    ("2022年12月 (start of the call)", "2022-12", "sessions[0].ballots[0].proposals_from"),
    ("2 (候选项目 formed)", 2, "projects.voted"),
]
