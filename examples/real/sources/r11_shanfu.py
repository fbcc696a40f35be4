"""山福镇 (鹿城区, 2018): ten livelihood projects chosen by the deputies at session 3 of term 1.

Fact sheet: corpus-notes/11-shanfu-livelihood-projects-ballot-2018.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    Attendance,
    BallotCandidate,
    Congress,
    Count,
    Level,
    LivelihoodProject,
    ProjectBallot,
    ProjectTarget,
    RecordSet,
    Session,
    Term,
    When,
)

NAME = "shanfu-2018"
SOURCE = {
    "title": "鹿城区山福镇:2018年十大民生实事出炉",
    "url": "http://www.wzrd.gov.cn/art/2018/4/16/art_1382130_17369576.html",
    "publisher": "温州市人大常委会办公室 (信息来源 山福镇人大)",
    "date": "2018-04-16",
    "sheet": "11-shanfu-livelihood-projects-ballot-2018.md",
}
META = {
    "genre": "livelihood-project ballot (民生实事票决)",
    "province": "Zhejiang",
    "level": "town",
    "period": "2018",
}


def _t(
    what: str,
    quantity: int | None = None,
    unit: str | None = None,
    *,
    at_least: bool = False,
    up_to: int | None = None,
    about: bool = False,
) -> ProjectTarget:
    """A target as the source states it (``at_least``: 不少于; ``about``: 约)."""
    count = None if quantity is None else Count(quantity, at_least=at_least)
    return ProjectTarget(what=what, quantity=count, unit=unit, up_to=up_to, approximate=about)


# (id, name, the targets the source states)
_PROJECTS = (
    (
        "p01",
        "低保暖心工程",
        (
            _t("低保户投保2018年度城乡小额人身意外保险", 431, "户"),
            _t("低保户投保2018年度城乡小额人身意外保险", 684, "人"),
        ),
    ),
    (
        "p02",
        "交通惠民工程",
        (
            _t("新增停车位", 200, "个", at_least=True),
            _t("改造提升公交站台", 10, "个", at_least=True),
        ),
    ),
    ("p03", "道路提升工程", (_t("临江东西街、任临线提升改造"), _t("朝阳路大中修"))),
    ("p04", "联网公路建设工程", (_t("农村联网公路提升改造", 6, "公里", at_least=True),)),
    (
        "p05",
        "红色领航工程",
        (
            _t("党建教育活动阵地", 500, "平方米", about=True),
            _t("设宣传展示区和活动功能区"),
            _t("活动功能区设红色教育区、主题党日活动区、群团服务区、党代表工作室"),
        ),
    ),
    (
        "p06",
        "地质灾害治理工程",
        (
            _t("地质灾害避让搬迁", 1, "处"),
            _t("地质灾害工程治理", 13, "处"),
            _t("协助330国道沿线边坡治理"),
        ),
    ),
    (
        "p07",
        "“文化山福”提升工程",
        (
            _t("城市书房（百姓书屋）", 1, "个"),
            _t("城市书房面积", 150, "平方米", up_to=300),
            _t("城市书房藏书", 10000, "册"),
            _t("建设传统文化教育基地"),
        ),
    ),
    (
        "p08",
        "深化“雪亮工程”",
        (
            _t("村道主要出入口监控"),
            _t("人员密集区域高空瞭望监控", 3, "个"),
            _t("电子警察抓拍设施"),
        ),
    ),
    (
        "p09",
        "农田水利基础设施建设提升工程",
        (
            _t("主要河道治理", 3, "条"),
            _t("岸边绿化提升", 1, "处"),
            _t("三面光渠道", 1000, "米"),
            _t("机耕路提升", 2000, "米"),
            _t("小农水工程", 15, "处"),
        ),
    ),
    (
        "p10",
        "城镇美化工程",
        (
            _t("临江东西街立面改造"),
            _t("荫溪沿岸绿化一期"),
            _t("美丽庭院", 30, "个", at_least=True),
            _t("口袋公园", 5, "个", at_least=True),
        ),
    ),
)


def records() -> RecordSet:
    """The records the source supports."""
    src = (source(SOURCE),)
    return RecordSet(
        congress=Congress(id="shanfu", name="山福镇人民代表大会", level=Level.TOWN, sources=src),
        terms=(Term(id="t1", congress="shanfu", number=1, sources=src),),
        sessions=(
            Session(
                id="t1-s3",
                term="t1",
                number=3,
                # Only the closing day is given (4月11日, the year from the projects' year).
                start=When(2018, 1, 1, latest=dt.date(2018, 4, 11), inferred=True),
                end=When.exact(dt.date(2018, 4, 11), inferred=True),
                agenda=(
                    ProjectBallot(
                        title="2018年十大民生实事项目票选",
                        candidates=tuple(
                            BallotCandidate(project=pid, selected=True) for pid, _, _ in _PROJECTS
                        ),
                        selected_reported=10,
                    ),
                ),
                attendance=Attendance(present=47),
                sources=src,
                note="47名正式代表参与讨论和票选（应到人数未载明）。",
            ),
        ),
        projects=tuple(
            LivelihoodProject(
                id=pid, name=name, session="t1-s3", year=2018, targets=targets, sources=src
            )
            for pid, name, targets in _PROJECTS
        ),
    )


def _at(project: int, *targets: int) -> str:
    """Where a project's targets are (``project`` counts from 1, as the source does)."""
    return ", ".join(f"$.projects[{project - 1}].targets[{t}]" for t in targets)


FACTS = [
    ("Body: 山福镇第一届人民代表大会 (term 1)", "typed", "$.terms[0].number"),
    ("Meeting: session 3, closed on 4月11日", "typed", "$.sessions[0].number, .end"),
    ("Voters: 47 formal deputies", "typed", "$.sessions[0].attendance.present (due not stated)"),
    ("Result: 10 livelihood projects for 2018", "typed", "$.sessions[0].agenda[0], $.projects"),
    ("Project 1: insure 431 households, 684 people", "typed", _at(1, 0, 1)),
    ("Project 2: at least 200 new parking spaces", "typed", _at(2, 0)),
    ("Project 2: at least 10 bus stops", "typed", _at(2, 1)),
    ("Project 3: upgrade 临江东西街 and 任临线", "typed", _at(3, 0)),
    ("Project 3: repair of 朝阳路", "typed", _at(3, 1)),
    ("Project 4: at least 6 km of rural roads", "typed", _at(4, 0)),
    ("Project 5: Party venue of about 500 m²", "typed", _at(5, 0)),
    ("Project 5: two zones", "typed", _at(5, 1)),
    ("Project 5: four sub-areas", "typed", _at(5, 2)),
    ("Project 6: 1 relocation", "typed", _at(6, 0)),
    ("Project 6: 13 engineering treatments", "typed", _at(6, 1)),
    ("Project 6: slope treatment along 330国道", "typed", _at(6, 2)),
    ("Project 7: city study room, 150-300 m², 10000 books", "typed", _at(7, 0, 1, 2)),
    ("Project 7: traditional-culture education base", "typed", _at(7, 3)),
    ("Project 8: cameras at village road entrances", "typed", _at(8, 0)),
    ("Project 8: 3 high-altitude cameras", "typed", _at(8, 1)),
    ("Project 8: traffic enforcement cameras", "typed", _at(8, 2)),
    ("Project 9: 3 rivers treated", "typed", _at(9, 0)),
    ("Project 9: 1 riverbank greened", "typed", _at(9, 1)),
    ("Project 9: 1000 m of lined channels", "typed", _at(9, 2)),
    ("Project 9: 2000 m of farm roads", "typed", _at(9, 3)),
    ("Project 9: 15 small irrigation works", "typed", _at(9, 4)),
    ("Project 10: façade renovation on 临江东西街", "typed", _at(10, 0)),
    ("Project 10: 荫溪 greening, phase 1", "typed", _at(10, 1)),
    ("Project 10: at least 30 model courtyards", "typed", _at(10, 2)),
    ("Project 10: at least 5 pocket parks", "typed", _at(10, 3)),
]


def _line(project: int, target: int) -> str:
    """Where the summary's project line shows a target (``project`` counts from 1)."""
    return f"projects.projects[{project - 1}].targets[{target}].quantity"


def _at_least(value: int) -> dict[str, object]:
    return {"value": value, "at_least": True}


FIGURES = [
    ("1 (term)", 1, "sessions[0].term_number"),
    ("3 (session)", 3, "sessions[0].number"),
    ("4月11日 (closing date)", "2018-04-11", "sessions[0].end.earliest"),
    ("47 (formal deputies voting)", 47, "sessions[0].attendance.present"),
    ("2018 (project year)", 2018, "projects.projects[0].year"),
    ("10 (projects chosen)", 10, "projects.selected"),
    ("431 (households insured)", 431, _line(1, 0)),
    ("684 (people insured)", 684, _line(1, 1)),
    ("200 (parking spaces)", _at_least(200), _line(2, 0)),
    ("10 (bus stops)", _at_least(10), _line(2, 1)),
    ("6 (km of rural roads)", _at_least(6), _line(4, 0)),
    ("500 (m², Party venue)", 500, _line(5, 0)),
    ("1 (hazard relocation)", 1, _line(6, 0)),
    ("13 (hazard treatments)", 13, _line(6, 1)),
    ("330 (national road number)", 330, None, "a road's number, part of a target's name"),
    ("1 (city study room)", 1, _line(7, 0)),
    (
        "150-300 (m², study room)",
        {
            "what": "城市书房面积",
            "quantity": 150,
            "up_to": 300,
            "unit": "平方米",
            "approximate": False,
        },
        "projects.projects[6].targets[1]",
    ),
    ("10000 (books)", 10000, _line(7, 2)),
    ("3 (high-altitude cameras)", 3, _line(8, 1)),
    ("3 (rivers treated)", 3, _line(9, 0)),
    ("1 (riverbank greened)", 1, _line(9, 1)),
    ("1000 (m of lined channels)", 1000, _line(9, 2)),
    ("2000 (m of farm roads)", 2000, _line(9, 3)),
    ("15 (small irrigation works)", 15, _line(9, 4)),
    ("1 (荫溪 greening phase)", 1, None, "a phase number, part of a target's name"),
    ("30 (model courtyards)", _at_least(30), _line(10, 2)),
    ("5 (pocket parks)", _at_least(5), _line(10, 3)),
    ("2018-04-16 (publication date)", "2018-04-16", "sources[0].date"),
]
