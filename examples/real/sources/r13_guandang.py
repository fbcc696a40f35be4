"""官垱镇 (2021): session 2 of term 16 and its ballot on the 2021 livelihood projects.

Fact sheet: corpus-notes/13-guandang-session-livelihood-ballot-2021.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    BallotCandidate,
    Congress,
    Level,
    LivelihoodProject,
    Printed,
    ProjectBallot,
    RecordSet,
    ReportKind,
    ReportReview,
    Resolution,
    Session,
    Term,
)

NAME = "guandang-2021"
SOURCE = {
    "title": "官垱镇召开第十六届人民代表大会第二次会议",
    "url": "https://www.axnews.cn/content/2021/12/17/10628926.html",
    "publisher": "安乡新闻网 (来源 官垱镇)",
    "date": "2021-12-17",
    "sheet": "13-guandang-session-livelihood-ballot-2021.md",
}
META = {
    "genre": "session news and livelihood ballot",
    "province": "Hunan (inferred)",
    "level": "town",
    "period": "2021",
}

_PROJECTS = (
    ("p-road", "紫金社区农村产业路建设"),
    ("p-house", "广福社区幸福屋场"),
    ("p-lights", "鄢中安村路灯亮化建设"),
    ("p-irrigation", "团结村新建农田灌溉电排"),
)


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(id="guandang", name="官垱镇人民代表大会", level=Level.TOWN, sources=src),
        terms=(Term(id="t16", congress="guandang", number=16, sources=src),),
        sessions=(
            Session(
                id="t16-s2",
                term="t16",
                number=2,
                start=dt.date(2021, 12, 17),
                agenda=(
                    ReportReview(report=ReportKind.GOVERNMENT_WORK, title="官垱镇人民政府工作报告"),
                    ReportReview(
                        report=ReportKind.OTHER,
                        title="官垱镇2021年政府民生实事候选项目形成过程及基本情况的报告",
                    ),
                    Resolution(
                        title="官垱镇人民代表大会关于政府民生实事项目人大代表票决制的实施办法"
                    ),
                    ProjectBallot(
                        title="官垱镇2021年民生实事项目票决",
                        candidates=tuple(
                            BallotCandidate(project=pid, selected=True) for pid, _ in _PROJECTS
                        ),
                        candidates_reported=5,
                        selected_reported=5,
                        proposals_reported=50,
                        investment_estimated=1530000,
                        printed=(
                            Printed(field="candidates", text="4个民生实事项目"),
                            Printed(field="investment_estimated", text="据测算总投资约153万元"),
                        ),
                        note="高票通过；第五个项目原文未列名；总投资是否含第五个项目未载明。",
                    ),
                ),
                sources=src,
                note="代表年内走访选民收集意见，形成民生实事提案，经座谈研究提出候选项目。",
            ),
        ),
        projects=tuple(
            LivelihoodProject(id=pid, name=name, session="t16-s2", year=2021, sources=src)
            for pid, name in _PROJECTS
        ),
    )


FACTS = [
    ("Body: 官垱镇第十六届人民代表大会 (term 16)", "typed", "$.terms[0].number"),
    ("Meeting: session 2, 12月17日 morning", "typed", "$.sessions[0].number, .start"),
    ("Object: the 2021 livelihood projects", "typed", "$.projects[*].year"),
    ("Rule adopted: measures for the deputies' ballot", "typed", "$.sessions[0].agenda[2]"),
    ("Report: 官垱镇人民政府工作报告", "typed", "$.sessions[0].agenda[0]"),
    ("Report: how the 2021 candidate projects were formed", "typed", "$.sessions[0].agenda[1]"),
    ("Projects voted: 5", "typed", "$.sessions[0].agenda[3].selected_reported"),
    ("Project: 紫金社区农村产业路建设", "typed", "$.projects[0]"),
    ("Project: 广福社区幸福屋场", "typed", "$.projects[1]"),
    ("Project: 鄢中安村路灯亮化建设", "typed", "$.projects[2]"),
    ("Project: 团结村新建农田灌溉电排", "typed", "$.projects[3]"),
    (
        "The naming sentence counts 4; passed by a large majority",
        "typed",
        "$.sessions[0].agenda[3].printed, .note",
    ),
    (
        "Investment: about 153万元",
        "typed",
        "$.sessions[0].agenda[3].investment_estimated (as printed in .printed[1])",
    ),
    ("Collection: deputies visited voters during the year", "text", "$.sessions[0].note"),
    ("Collection: 50 proposals formed", "typed", "$.sessions[0].agenda[3].proposals_reported"),
    (
        "Selection: 5 candidates put to the session",
        "typed",
        "$.sessions[0].agenda[3].candidates_reported",
    ),
]

FIGURES = [
    ("16 (term)", 16, "sessions[0].term_number"),
    ("2 (session)", 2, "sessions[0].number"),
    ("12月17日 (session date)", "2021-12-17", "sessions[0].start"),
    ("2021 (project year)", 2021, "projects.projects[0].year"),
    ("5 (projects voted)", 5, "sessions[0].ballots[0].selected_reported"),
    ("4 (projects named, 4个)", 4, "projects.voted"),
    ("153万元 (investment)", 1530000, "sessions[0].ballots[0].investment_estimated"),
    ("50 (proposals gathered)", 50, "sessions[0].ballots[0].proposals_reported"),
    ("5 (candidates)", 5, "sessions[0].ballots[0].candidates_reported"),
    ("2021-12-17 16:00:17 (publication)", "2021-12-17", "sources[0].date"),
]
