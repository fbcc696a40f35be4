"""Collectives assessed against a standard's criteria, recounted here from the records.

The expected scores are counted in this file from the generated records (who
belongs to which group, who took part in what), never by calling the code
under test.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    CongresskitError,
    Criterion,
    Deduction,
    DeductionBasis,
    Deputy,
    DeputyGroup,
    DutyMetric,
    DutyStandard,
    FieldError,
    FieldTypeError,
    Membership,
    MembershipKind,
    StandardError,
    Suggestion,
    SuggestionKind,
    assess,
    dump_standard,
    load_standard,
    render_assessment,
)
from congresskit.cli import main

B, M, K = DeductionBasis, DutyMetric, ActivityKind
YEAR = 2015
GROUPS = ("v1", "v2", "v3")
KINDS = (K.VOTER_VISIT, K.REPORT_TO_VOTERS, K.STUDY)
REAL = Path(__file__).resolve().parent.parent / "examples" / "real"


def _standard(visit: int, report: int, absence: int, floor: int | None) -> DutyStandard:
    """A standard with one criterion of each measured kind and a manual one."""
    return DutyStandard(
        name="村两委考核",
        total=100,
        criteria=(
            Criterion(code="A", points=30, manual=True),
            Criterion(
                code="B",
                points=30,
                floor=floor,
                deductions=(
                    Deduction(basis=B.IN_PART, points=visit, metric=M.ACTIVITIES,
                              activity_kinds=(K.VOTER_VISIT,)),
                    Deduction(basis=B.NONE_DONE, metric=M.SUGGESTIONS_RAISED),
                ),
            ),
            Criterion(code="C", points=20, floor=floor, deductions=(
                Deduction(basis=B.PER_DEPUTY, points=report, metric=M.ACTIVITIES,
                          activity_kinds=(K.REPORT_TO_VOTERS,), threshold=2),)),
            Criterion(code="D", points=20, floor=floor, deductions=(
                Deduction(basis=B.PER_ABSENCE, points=absence, metric=M.ACTIVITIES),)),
        ),
    )  # fmt: skip


@st.composite
def towns(draw: st.DrawFn) -> dict[str, Any]:
    """Deputies in village groups (some joining mid-year), activities and suggestions of 2015."""
    n = draw(st.integers(1, 7))
    deputies = []
    for i in range(n):
        group = draw(st.sampled_from(GROUPS))
        joined = dt.date(YEAR, draw(st.sampled_from([1, 1, 5, 9])), 1)
        deputies.append((f"d{i}", group, joined))
    ids = [d for d, _, _ in deputies]
    activities = []
    for j in range(draw(st.integers(0, 8))):
        activities.append(
            (
                f"a{j}",
                draw(st.sampled_from(KINDS)),
                dt.date(YEAR, draw(st.integers(1, 12)), draw(st.integers(1, 28))),
                draw(st.sampled_from([None, None, *GROUPS])),
                tuple(draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))),
            )
        )
    leads = draw(st.lists(st.sampled_from(ids), max_size=3))
    return {"deputies": deputies, "activities": activities, "leads": leads}


def _records(town: dict[str, Any]) -> list[Any]:
    records: list[Any] = [DeputyGroup(id=g, name=f"{g}村") for g in GROUPS]
    records += [
        Deputy(id=d, name=d, memberships=(Membership(kind=MembershipKind.GROUP, of=g, start=on),))
        for d, g, on in town["deputies"]
    ]
    records += [
        Activity(id=a, kind=kind, title="活动", start=on, group=group, participants=who)
        for a, kind, on, group, who in town["activities"]
    ]
    records += [
        Suggestion(id=f"s{i}", kind=SuggestionKind.SUGGESTION, title="建议", lead=lead,
                   raised_on=dt.date(YEAR, 6, 1))
        for i, lead in enumerate(town["leads"])
    ]  # fmt: skip
    return records


def _recount(town: dict[str, Any], group: str, standard: DutyStandard) -> dict[str, int]:
    """Each measured criterion's score for ``group``, counted from the generated data."""
    members = [(d, on) for d, g, on in town["deputies"] if g == group]
    acts = town["activities"]
    b, c, d = standard.criteria[1:]

    def took_part(deputy: str, kind: ActivityKind) -> int:
        return sum(1 for _, k, _, _, who in acts if k is kind and deputy in who)

    def floor(criterion: Criterion, score: int) -> int:
        return score if criterion.floor is None else max(score, criterion.floor)

    if not any(lead in [m for m, _ in members] for lead in town["leads"]):
        score_b = 0
    else:
        some_missed = any(took_part(m, K.VOTER_VISIT) < 1 for m, _ in members)
        score_b = floor(b, 30 - (b.deductions[0].points or 0) * some_missed)
    short = sum(1 for m, _ in members if took_part(m, K.REPORT_TO_VOTERS) < 2)
    score_c = floor(c, 20 - (c.deductions[0].points or 0) * short)
    missed = sum(
        1
        for _, _, on, of, who in acts
        if of in (None, group)
        for m, joined in members
        if joined <= on and m not in who
    )
    score_d = floor(d, 20 - (d.deductions[0].points or 0) * missed)
    return {"B": score_b, "C": score_c, "D": score_d}


@given(
    towns(),
    st.integers(1, 30),
    st.integers(1, 20),
    st.integers(1, 5),
    st.sampled_from([0, None]),
    st.dictionaries(st.sampled_from(GROUPS), st.integers(0, 30)),
)
def test_collectives_score_as_counted_from_the_records(
    town: dict[str, Any],
    visit: int,
    report: int,
    absence: int,
    floor: int | None,
    manual: dict[str, int],
) -> None:
    """Each group's scores are the criteria's points less what the rules take off, recounted."""
    standard = _standard(visit, report, absence, floor)
    scores = {g: {"A": s} for g, s in manual.items()}
    result = assess(_records(town), str(YEAR), standard, scores=scores)
    with_deputies = sorted({g for _, g, _ in town["deputies"]})
    assert [c.collective for c in sorted(result.collectives, key=lambda c: c.collective)] == (
        with_deputies
    )
    for collective in result.collectives:
        group = collective.collective
        expected = _recount(town, group, standard)
        found = {r.criterion.code: r.score for r in collective.results}
        assert found["A"] == manual.get(group)  # not given: not stated, never 0
        assert {k: found[k] for k in "BCD"} == expected
        total = None if group not in manual else manual[group] + sum(expected.values())
        assert collective.score == total
        assert collective.known == manual.get(group, 0) + sum(expected.values())
    # Ranked by score, those without one last; equal scores share a place.
    ordered = [(c.score is None, -(c.score or 0)) for c in result.collectives]
    assert ordered == sorted(ordered)
    for before, after in zip(result.collectives, result.collectives[1:], strict=False):
        assert (after.rank == before.rank) == (after.score == before.score)


def test_a_group_without_deputies_and_a_standard_without_criteria_assess_no_collective() -> None:
    """Nothing to answer for, or nothing to answer to: no collective is assessed."""
    joined = dt.date(YEAR, 1, 1)
    member = Deputy(id="d1", name="张", memberships=(
        Membership(kind=MembershipKind.GROUP, of="v1", start=joined),))  # fmt: skip
    records = [DeputyGroup(id="v1", name="一村"), DeputyGroup(id="v2", name="二村"), member]
    result = assess(records, "2015", _standard(10, 5, 2, 0))
    assert [c.collective for c in result.collectives] == ["v1"]
    with pytest.raises(CongresskitError, match="v2"):
        result.collective("v2")
    assert assess(records, "2015", DutyStandard(name="空")).collectives == ()


def test_an_activity_without_itemised_participants_is_no_absence() -> None:
    """Who took part is not stated: nobody is counted absent (unknown is not zero)."""
    joined = dt.date(YEAR, 1, 1)
    member = Deputy(id="d1", name="张", memberships=(
        Membership(kind=MembershipKind.GROUP, of="v1", start=joined),))  # fmt: skip
    unlisted = Activity(id="a1", kind=K.STUDY, title="学习", start=dt.date(YEAR, 3, 1))
    records = [DeputyGroup(id="v1", name="一村"), member, unlisted]
    d = assess(records, "2015", _standard(10, 5, 2, 0)).collective("v1").results[3]
    assert (d.score, d.deductions[0].count) == (20, 0)


CRITERION: dict[str, Any] = {
    "code": "C",
    "points": 20,
    "deductions": [
        {"basis": "per_deputy", "points": 5, "metric": "activities",
         "activity_kinds": ["report_to_voters"]},
    ],
}  # fmt: skip


def _standard_with(**changes: Any) -> dict[str, Any]:
    criterion = {**CRITERION, **changes}
    return {"name": "村两委考核", "criteria": [criterion], "total": 20}


def _deduction(**changes: Any) -> dict[str, Any]:
    return _standard_with(deductions=[{**CRITERION["deductions"][0], **changes}])


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (_standard_with(points="20"), "$.criteria[0].points: expected an integer, got str '20'"),
        (_standard_with(points=-1), "$.criteria[0]: Criterion.points: must not be negative"),
        (_standard_with(manual="yes"), "$.criteria[0].manual: expected true or false"),
        (_standard_with(floor=30), "$.criteria[0]: Criterion.floor, points: the floor"),
        (_standard_with(manual=True), "$.criteria[0]: Criterion.deductions[0].metric: a manual"),
        (_standard_with(weight=2), "$.criteria[0]: unknown field 'weight'"),
        (_deduction(basis="per_village"), "$.criteria[0].deductions[0].basis: unknown Deduct"),
        (_deduction(points=None), "$.criteria[0].deductions[0]: Deduction.basis, points:"),
        (_deduction(basis="none_done"), "$.criteria[0].deductions[0]: Deduction.basis, points:"),
        (_deduction(points=0), "$.criteria[0].deductions[0]: Deduction.points: must be 1"),
        (
            _deduction(metric=None, activity_kinds=[]),
            "$.criteria[0]: Criterion.deductions[0].metric: say what",
        ),
        (
            _deduction(basis="per_absence", metric="speeches", activity_kinds=[]),
            "$.criteria[0].deductions[0]: Deduction.basis, metric: 'per_absence' counts",
        ),
        (
            _deduction(metric="speeches"),
            "$.criteria[0].deductions[0]: Deduction.metric, activity_kinds:",
        ),
        (_deduction(threshold=0), "$.criteria[0].deductions[0]: Deduction.threshold: must be 1"),
        (
            {**_standard_with(), "total": 100},
            "$: DutyStandard.total, criteria: the criteria's points add up to 20, not 100",
        ),
        (
            {**_standard_with(), "criteria": [CRITERION, CRITERION]},
            "$: DutyStandard.criteria[1].code: two criteria share a code",
        ),
        ({**_standard_with(), "criteria": CRITERION}, "$.criteria: expected a list, got dict"),
    ],
)
def test_bad_criteria_are_refused_with_their_paths(data: Any, problem: str) -> None:
    """Each bad criterion raises StandardError (a ValueError) naming the problem at its path."""
    with pytest.raises(StandardError) as info:
        load_standard(data)
    assert isinstance(info.value, ValueError)
    assert any(p.startswith(problem) for p in info.value.problems), info.value.problems


def test_standards_with_criteria_round_trip() -> None:
    """dump_standard and load_standard keep criteria, deductions, floors and the total."""
    standard = _standard(10, 5, 2, None)
    assert load_standard(json.loads(json.dumps(dump_standard(standard)))) == standard


@pytest.mark.parametrize(
    ("scores", "error", "path"),
    [
        ({"v1": {"B": 10}}, FieldError, "assess.scores['v1']['B']: not a manual criterion"),
        ({"v1": {"A": 31}}, FieldError, "assess.scores['v1']['A']: a score from 0 to 30"),
        ({"v1": {"A": -1}}, FieldError, "assess.scores['v1']['A']: a score from 0 to 30"),
        ({"v1": {"A": "30"}}, FieldTypeError, "assess.scores['v1']['A']: expected an integer"),
        ({"v1": 30}, FieldTypeError, "assess.scores['v1']: expected a mapping"),
        ([("v1", 30)], FieldTypeError, "assess.scores: expected a mapping"),
    ],
)
def test_bad_manual_scores_are_refused(scores: Any, error: type[Exception], path: str) -> None:
    """A score for a measured criterion, out of range, or of the wrong type names its place."""
    with pytest.raises(error, match=path.replace("[", r"\[").replace("]", r"\]")):
        assess([], "2015", _standard(10, 5, 2, 0), scores=scores)


def _village() -> list[Any]:
    joined = dt.date(YEAR, 1, 1)
    people = [
        Deputy(id=d, name=n, memberships=(Membership(kind=MembershipKind.GROUP, of="v1",
                                                     start=joined),))
        for d, n in (("d1", "张华"), ("d2", "李明"))
    ]  # fmt: skip
    study = Activity(id="a1", kind=K.STUDY, title="学习", start=dt.date(YEAR, 3, 1),
                     participants=("d1",))  # fmt: skip
    return [DeputyGroup(id="v1", name="一村"), *people, study]


def test_reports_show_criteria_scores_and_a_missing_manual_score_as_not_stated() -> None:
    """zh and en: each criterion's points in words, scores, 未载明 / not stated, deductions."""
    result = assess(_village(), "2015", _standard(10, 5, 2, 0))
    zh = render_assessment(result)
    assert zh.startswith("# 集体考核（2015年）")
    assert "| 1 | 一村 | 2 | 未载明 | 0 | 10 | 18 | 未载明 |" in zh
    assert "每名代表每缺席一次活动，扣2分" in zh
    en = render_assessment(result, lang="en")
    assert "not stated" in en
    assert "minus 2 per deputy per activity missed" in en
    scored = assess(_village(), "2015", _standard(10, 5, 2, 0), scores={"v1": {"A": 25}})
    assert "| 1 | 一村 | 2 | 25 | 0 | 10 | 18 | 53 |" in render_assessment(scored)


def test_the_huangcheng_scheme_reads_and_reports_its_figures() -> None:
    """皇城镇's 百分制: four criteria of 30, 30, 20 and 20 points, and their deductions."""
    standard = load_standard(json.loads((REAL / "huangcheng-2015.standard.json").read_text()))
    assert standard.total == 100
    assert [c.points for c in standard.criteria] == [30, 30, 20, 20]
    text = render_assessment(assess([], "2015", standard))
    said = (
        "A（30分）",
        "未全部完成的，扣15分",
        "有代表未走访的，扣10分",
        "每名代表未向选民述职的，扣5分",
        "每名代表每缺席一次活动，扣2分",
        "（100）",
    )
    for words in said:
        assert words in text


def test_the_cli_takes_manual_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """congresskit assess --score v1:A=25 gives the manual score; a malformed one is refused."""
    from congresskit import RecordSet, dump

    records = tmp_path / "village.json"
    standard = tmp_path / "standard.json"
    village = _village()
    dump(RecordSet(groups=(village[0],), deputies=tuple(village[1:3]), activities=(village[3],)),
         records)  # fmt: skip
    standard.write_text(json.dumps(dump_standard(_standard(10, 5, 2, 0))), "utf-8")
    argv = ["assess", str(records), "--period", "2015", "--standard", str(standard)]
    assert main([*argv, "--score", "v1:A=25"]) == 0
    assert "| 1 | 一村 | 2 | 25 | 0 | 10 | 18 | 53 |" in capsys.readouterr().out
    assert main([*argv, "--score", "v1=25"]) != 0
    assert "COLLECTIVE:CODE=POINTS" in capsys.readouterr().err
    assert main([*argv, "--score", "v1:B=25"]) == 1
    assert "not a manual criterion" in capsys.readouterr().err


@given(
    st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 12), st.booleans()), max_size=8),
    st.integers(1, 40),
    st.integers(1, 3),
)
def test_a_per_deputy_quota_is_tracked_against_a_roster_count(
    receptions: list[tuple[ActivityKind, int, bool]], roster: int, quota: int
) -> None:
    """Deputies not listed: roster x quota participations needed, done recounted from the totals."""
    from congresskit import Count, PlanItem, PlanSection, Target, TargetMetric, WorkPlan, summarize

    activities = [
        Activity(id=f"a{i}", kind=kind, title="接待选民", start=dt.date(YEAR, 5, 1),
                 participants_reported=Count(n, at_least=bound))
        for i, (kind, n, bound) in enumerate(receptions)
    ]  # fmt: skip
    target = Target(metric=TargetMetric.PARTICIPATIONS, value=quota, per_deputy=True,
                    roster=roster, activity_kinds=(K.VOTER_VISIT,))  # fmt: skip
    plan = WorkPlan(id="p", congress="c", title="2015年工作要点", start=dt.date(YEAR, 1, 1),
                    end=dt.date(YEAR, 12, 31),
                    items=(PlanItem(section=PlanSection.DEPUTY_SERVICE, text="每名代表每年接待选民",
                                    targets=(target,)),))  # fmt: skip
    (progress,) = summarize([plan, *activities], str(YEAR)).plans[0].targets
    done = sum(n for kind, n, _ in receptions if kind is K.VOTER_VISIT)
    bound = any(b for kind, _, b in receptions if kind is K.VOTER_VISIT)
    assert progress.pooled
    assert progress.needed == roster * quota
    assert progress.done == Count(done, at_least=bound)
    # A lower bound below the quota may reach it: whether it was met is not known.
    reached = done >= roster * quota
    assert progress.met == (True if reached else None if bound else False)


def test_a_roster_needs_a_per_deputy_target() -> None:
    """A roster on a total target is refused, naming both fields."""
    from congresskit import Target, TargetMetric

    with pytest.raises(FieldError, match=r"Target\.roster, per_deputy"):
        Target(metric=TargetMetric.PARTICIPATIONS, value=2, roster=30)
