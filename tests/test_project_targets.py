"""Livelihood projects' measurable targets and year, and ballots' totals, from records to reports.

The expected figures and sentences here are written out by hand from the records
each test builds; none is computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given

from congresskit import (
    BallotCandidate,
    Congress,
    Count,
    DocumentError,
    FieldError,
    Level,
    LivelihoodProject,
    ProjectBallot,
    ProjectTarget,
    RecordSet,
    Session,
    Term,
    When,
    dumps,
    loads,
    render_summary,
    summarize,
)
from congresskit import strategies as cs

D = dt.date


def _t(what: str, quantity: int | None = None, **more: Any) -> ProjectTarget:
    at_least = more.pop("at_least", False)
    count = None if quantity is None else Count(quantity, at_least=at_least)
    return ProjectTarget(what=what, quantity=count, **more)


def _records(*projects: LivelihoodProject, ballot: ProjectBallot | None = None) -> RecordSet:
    """A town's session of 11 April 2018 that voted ``projects``."""
    listed = ballot or ProjectBallot(
        candidates=tuple(BallotCandidate(project=p.id) for p in projects)
    )
    return RecordSet(
        congress=Congress(id="sf", name="山福镇人民代表大会", level=Level.TOWN),
        terms=(Term(id="t1", congress="sf", number=1),),
        sessions=(Session(id="s3", term="t1", number=3, start=D(2018, 4, 11), agenda=(listed,)),),
        projects=projects,
    )


PARKING = LivelihoodProject(
    id="p02",
    name="交通惠民工程",
    session="s3",
    year=2018,
    targets=(
        _t("新增停车位", 200, unit="个", at_least=True),
        _t("改造提升公交站台", 10, unit="个", at_least=True),
    ),
)
STUDY = LivelihoodProject(
    id="p07",
    name="文化提升工程",
    session="s3",
    year=2018,
    targets=(
        _t("城市书房面积", 150, unit="平方米", up_to=300),
        _t("党建阵地", 500, unit="平方米", approximate=True),
        _t("建设传统文化教育基地"),
    ),
)


# -- bad targets and ballots, at their $-paths ---------------------------------------------------


def _document(**project: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dumps(_records(PARKING)))
    data["projects"][0]["targets"] = [project]
    return data


@pytest.mark.parametrize(
    ("target", "path", "words"),
    [
        ({"what": "书房", "quantity": 300, "up_to": 150}, "targets[0].up_to", "ends below"),
        (
            {"what": "车位", "quantity": {"value": 200, "at_least": True}, "up_to": 300},
            "targets[0].up_to",
            "at_least",
        ),
        ({"what": "公路", "unit": "公里"}, "targets[0].unit", "without a quantity"),
        ({"what": "阵地", "approximate": True}, "targets[0].approximate", "without a quantity"),
        ({"what": "阵地", "up_to": 3}, "targets[0].up_to", "without a quantity"),
        ({"what": "车位", "quantity": -1}, "targets[0].quantity", "negative"),
        ({"what": "", "quantity": 1}, "targets[0].what", ""),
        ({"quantity": 1}, "targets[0].what", ""),
        ({"what": "车位", "quantity": 1, "approximate": "yes"}, "targets[0].approximate", ""),
    ],
)
def test_a_bad_target_is_refused_at_its_path(target: dict[str, Any], path: str, words: str) -> None:
    """Each malformed target is a DocumentError at $.projects[0].<path>, saying why."""
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(_document(**target)))
    (problem,) = info.value.problems
    assert problem.path == f"$.projects[0].{path}"
    assert words in problem.message


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"selected_share": 100.1}, "selected_share", FieldError),
        ({"selected_share": -1}, "selected_share", FieldError),
        ({"plenary": 0}, "plenary", FieldError),
        ({"proposals_reported": -5}, "proposals_reported", FieldError),
        ({"secret": "yes"}, "secret", TypeError),
        ({"declared_valid": 1}, "declared_valid", TypeError),
    ],
)
def test_a_bad_ballot_total_is_refused(
    changes: dict[str, Any], field: str, error: type[Exception]
) -> None:
    """Constructing a ballot with a bad total raises the error naming the field, and
    reading one reports it at $.sessions[0].agenda[0].<field>."""
    with pytest.raises(error, match=field):
        ProjectBallot(**changes)
    data: dict[str, Any] = json.loads(dumps(_records(PARKING)))
    data["sessions"][0]["agenda"][0].update(changes)
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data))
    assert [p.path for p in info.value.problems] == [f"$.sessions[0].agenda[0].{field}"]


@given(cs.project_targets())
def test_a_target_states_a_range_only_from_an_exact_lower_end(t: ProjectTarget) -> None:
    """Generated targets: a range runs upwards from an exact quantity; a unit needs a quantity."""
    if t.up_to is not None:
        assert t.quantity is not None
        assert not t.quantity.at_least
        assert t.up_to >= t.quantity.value
    if t.quantity is None:
        assert (t.unit, t.up_to, t.approximate) == (None, None, False)


# -- the summary ---------------------------------------------------------------------------------


def test_the_summary_lines_give_the_year_and_the_targets() -> None:
    """Each project line carries its year and its targets as recorded, in the JSON summary too."""
    summary = summarize(_records(PARKING, STUDY), "2018")
    lines = {line.id: line for line in summary.projects.projects}
    assert lines["p02"].year == 2018
    assert lines["p02"].targets == PARKING.targets
    data = json.loads(render_summary(summary, format="json"))
    first, second = data["projects"]["projects"]
    assert first["year"] == 2018
    assert first["targets"][0]["quantity"] == {"value": 200, "at_least": True}
    assert first["targets"][0]["unit"] == "个"
    assert second["targets"][0]["quantity"] == {"value": 150, "at_least": False}
    assert second["targets"][0]["up_to"] == 300
    assert second["targets"][1]["approximate"] is True
    assert second["targets"][2]["quantity"] is None


def test_a_project_of_unknown_year_has_no_year_in_its_line() -> None:
    """A project whose year the source does not state shows none (not the session's year)."""
    unstated = LivelihoodProject(id="p1", name="道路", session="s3")
    (line,) = summarize(_records(unstated), "2018").projects.projects
    assert line.year is None
    assert line.targets == ()


# -- the reports ---------------------------------------------------------------------------------


def test_the_chinese_report_lists_the_projects_with_year_and_targets() -> None:
    """不少于 for a lower bound, a range with its dash, 约 for an approximate figure."""
    text = render_summary(summarize(_records(PARKING, STUDY), "2018"))
    assert (
        "交通惠民工程（2018年度；目标：新增停车位不少于200个、改造提升公交站台不少于10个）"
    ) in text
    assert (
        "文化提升工程（2018年度；目标：城市书房面积150-300平方米、党建阵地约500平方米、"
        "建设传统文化教育基地）"
    ) in text


def test_the_english_report_lists_the_projects_with_year_and_targets() -> None:
    """The English report keeps the source's words and units, and says at least and about."""
    text = render_summary(summarize(_records(PARKING, STUDY), "2018"), lang="en")
    assert (
        "交通惠民工程 (for 2018; targets: 新增停车位: at least 200 个; "
        "改造提升公交站台: at least 10 个)"
    ) in text
    assert "城市书房面积: 150-300 平方米; 党建阵地: about 500 平方米; 建设传统文化教育基地" in text


def test_a_candidate_turned_down_is_not_listed_with_targets() -> None:
    """A project the ballot did not select keeps its line but is left out of the report's list."""
    ballot = ProjectBallot(
        candidates=(
            BallotCandidate(project="p02", selected=True),
            BallotCandidate(project="p07", selected=False),
        )
    )
    text = render_summary(summarize(_records(PARKING, STUDY, ballot=ballot), "2018"))
    assert "交通惠民工程（2018年度" in text
    assert "文化提升工程（" not in text


def test_the_ballot_totals_reach_the_session_sentence() -> None:
    """Proposals, candidates, plenary meeting, secrecy, validity and share, in both languages."""
    ballot = ProjectBallot(
        candidates_reported=2,
        selected_reported=1,
        plenary=2,
        proposals_reported=50,
        proposals_from=When.of_month(2022, 12),
        selected_share=93.3,
        secret=True,
        declared_valid=True,
        investment_estimated=1530000,
    )
    summary = summarize(_records(ballot=ballot), "2018")
    zh = render_summary(summary)
    assert (
        "2022年12月起征集项目，征集民生实事提案50件，候选项目2个，于第二次全体会议票决，"
        "无记名投票，票决有效，当选项目得票率93.3%，项目总投资1530000元"
    ) in zh
    en = render_summary(summary, lang="en")
    assert (
        "proposals called for from December 2022, 50 proposals gathered, 2 candidate projects, "
        "voted at plenary meeting 2, by secret ballot, declared valid, "
        "the selected project had 93.3% of the votes, a total investment of 1,530,000 yuan"
    ) in en
    data = json.loads(render_summary(summary, format="json"))
    (found,) = data["sessions"][0]["ballots"]
    assert (found["proposals_from"], found["selected_share"], found["plenary"]) == (
        "2022-12",
        93.3,
        2,
    )
    assert found["investment_estimated"] == 1530000
