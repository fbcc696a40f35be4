"""山福镇 (鹿城区, 2018): ten livelihood projects chosen by the deputies at session 3 of term 1.

Fact sheet: corpus-notes/11-shanfu-livelihood-projects-ballot-2018.md.
"""

from __future__ import annotations

import datetime as dt

from _common import source

from congresskit import (
    BallotCandidate,
    Congress,
    Level,
    LivelihoodProject,
    ProjectBallot,
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

# (id, name, what the source says the project will do)
_PROJECTS = (
    ("p1", "低保暖心工程", "为低保户431户684人投保2018年度《城乡小额人身意外保险》"),
    ("p2", "交通惠民工程", "新增停车位不少于200个；改造提升公交站台不少于10个"),
    ("p3", "道路提升工程", "临江东西街、任临线提升改造；朝阳路大中修"),
    ("p4", "联网公路建设工程", "农村联网公路提升改造不少于6公里"),
    (
        "p5",
        "红色领航工程",
        "建设约500平方米党建教育活动阵地，设宣传展示区和活动功能区"
        "（红色教育区、主题党日活动区、群团服务区、党代表工作室）",
    ),
    ("p6", "地质灾害治理工程", "地质灾害避让搬迁1处、工程治理13处；协助330国道沿线边坡治理"),
    (
        "p7",
        "“文化山福”提升工程",
        "建设城市书房（百姓书屋）1个，面积150-300平方米，藏书10000册；建设传统文化教育基地",
    ),
    ("p8", "深化“雪亮工程”", "村道主要出入口监控；人员密集区域高空瞭望监控3个；电子警察抓拍设施"),
    (
        "p9",
        "农田水利基础设施建设提升工程",
        "主要河道治理3条；岸边绿化提升1处；三面光渠道1000米；机耕路提升2000米；小农水工程15处",
    ),
    (
        "p10",
        "城镇美化工程",
        "临江东西街立面改造；荫溪沿岸绿化一期；美丽庭院不少于30个；口袋公园不少于5个",
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
                sources=src,
                note="47名正式代表参与讨论和票选（应到人数未载明）。",
            ),
        ),
        projects=tuple(
            LivelihoodProject(
                id=pid, name=name, session="t1-s3", year=2018, description=what, sources=src
            )
            for pid, name, what in _PROJECTS
        ),
    )


FACTS = [
    ("Body: 山福镇第一届人民代表大会 (term 1)", "typed", "$.terms[0].number"),
    ("Meeting: session 3, closed on 4月11日", "typed", "$.sessions[0].number, .end"),
    ("Voters: 47 formal deputies", "text", "$.sessions[0].note (attendance needs 'due')"),
    ("Result: 10 livelihood projects for 2018", "typed", "$.sessions[0].agenda[0], $.projects"),
    ("Project 1: insure 431 households, 684 people", "text", "$.projects[0].description"),
    ("Project 2: at least 200 new parking spaces", "text", "$.projects[1].description"),
    ("Project 2: at least 10 bus stops", "text", "$.projects[1].description"),
    ("Project 3: upgrade 临江东西街 and 任临线", "text", "$.projects[2].description"),
    ("Project 3: repair of 朝阳路", "text", "$.projects[2].description"),
    ("Project 4: at least 6 km of rural roads", "text", "$.projects[3].description"),
    ("Project 5: Party venue of about 500 m²", "text", "$.projects[4].description"),
    ("Project 5: two zones", "text", "$.projects[4].description"),
    ("Project 5: four sub-areas", "text", "$.projects[4].description"),
    ("Project 6: 1 relocation", "text", "$.projects[5].description"),
    ("Project 6: 13 engineering treatments", "text", "$.projects[5].description"),
    ("Project 6: slope treatment along 330国道", "text", "$.projects[5].description"),
    ("Project 7: city study room, 150-300 m², 10000 books", "text", "$.projects[6].description"),
    ("Project 7: traditional-culture education base", "text", "$.projects[6].description"),
    ("Project 8: cameras at village road entrances", "text", "$.projects[7].description"),
    ("Project 8: 3 high-altitude cameras", "text", "$.projects[7].description"),
    ("Project 8: traffic enforcement cameras", "text", "$.projects[7].description"),
    ("Project 9: 3 rivers treated", "text", "$.projects[8].description"),
    ("Project 9: 1 riverbank greened", "text", "$.projects[8].description"),
    ("Project 9: 1000 m of lined channels", "text", "$.projects[8].description"),
    ("Project 9: 2000 m of farm roads", "text", "$.projects[8].description"),
    ("Project 9: 15 small irrigation works", "text", "$.projects[8].description"),
    ("Project 10: façade renovation on 临江东西街", "text", "$.projects[9].description"),
    ("Project 10: 荫溪 greening, phase 1", "text", "$.projects[9].description"),
    ("Project 10: at least 30 model courtyards", "text", "$.projects[9].description"),
    ("Project 10: at least 5 pocket parks", "text", "$.projects[9].description"),
]

_TARGET = "project targets are text only"
FIGURES = [
    ("1 (term)", 1, "sessions[0].term_number"),
    ("3 (session)", 3, "sessions[0].number"),
    ("4月11日 (closing date)", "2018-04-11", "sessions[0].end.earliest"),
    ("47 (formal deputies voting)", 47, None, "attendance needs the number of deputies due"),
    ("2018 (project year)", 2018, None, "the summary leaves out a project's year"),
    ("10 (projects chosen)", 10, "projects.selected"),
    ("431 (households insured)", 431, None, _TARGET),
    ("684 (people insured)", 684, None, _TARGET),
    ("200 (parking spaces)", 200, None, _TARGET),
    ("10 (bus stops)", 10, None, _TARGET),
    ("6 (km of rural roads)", 6, None, _TARGET),
    ("500 (m², Party venue)", 500, None, _TARGET),
    ("1 (hazard relocation)", 1, None, _TARGET),
    ("13 (hazard treatments)", 13, None, _TARGET),
    ("330 (national road number)", 330, None, _TARGET),
    ("1 (city study room)", 1, None, _TARGET),
    ("150-300 (m², study room)", "150-300", None, _TARGET),
    ("10000 (books)", 10000, None, _TARGET),
    ("3 (high-altitude cameras)", 3, None, _TARGET),
    ("3 (rivers treated)", 3, None, _TARGET),
    ("1 (riverbank greened)", 1, None, _TARGET),
    ("1000 (m of lined channels)", 1000, None, _TARGET),
    ("2000 (m of farm roads)", 2000, None, _TARGET),
    ("15 (small irrigation works)", 15, None, _TARGET),
    ("1 (荫溪 greening phase)", 1, None, _TARGET),
    ("30 (model courtyards)", 30, None, _TARGET),
    ("5 (pocket parks)", 5, None, _TARGET),
    ("2018-04-16 (publication date)", "2018-04-16", "sources[0].date"),
]
