"""Livelihood projects after the vote: ballot rules, milestones, visits and defects."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    Attendance,
    BallotCandidate,
    BallotRule,
    Congress,
    Count,
    Defect,
    FieldError,
    Level,
    LivelihoodProject,
    Majority,
    Milestone,
    ProjectBallot,
    RecordSet,
    Session,
    SupervisionVisit,
    Term,
    check,
    dumps,
    loads,
    render_summary,
    summarize,
)
from congresskit.records.project_life import rolled_up

D = dt.date


def _ballot(*tallies: tuple[str, int, bool], rule: BallotRule, returned: int = 45) -> Any:
    return ProjectBallot(
        candidates=tuple(BallotCandidate(project=p, yes=n, selected=s) for p, n, s in tallies),
        ballots_issued=returned,
        ballots_returned=returned,
        rule=rule,
    )


def _records(ballot: ProjectBallot, *projects: LivelihoodProject) -> RecordSet:
    ids = {c.project for c in ballot.candidates} - {p.id for p in projects}
    listed = (*projects, *(LivelihoodProject(id=p, name=p, session="m4") for p in sorted(ids)))
    return RecordSet(
        congress=Congress(id="sp", name="四屏镇人民代表大会", level=Level.TOWN),
        terms=(Term(id="t2", congress="sp", number=2),),
        sessions=(
            Session(
                id="m4",
                term="t2",
                number=4,
                start=D(2023, 2, 23),
                attendance=Attendance(due=50, present=45),
                agenda=(ballot,),
            ),
        ),
        projects=listed,
    )


ONE_PLACE = BallotRule(places=1, majority=Majority.BALLOTS_RETURNED)


# -- the ballot's rule -------------------------------------------------------------------------


def test_the_rule_selects_the_most_votes_with_a_majority() -> None:
    """四屏: one place from two candidates; 42 of 45 is selected, 3 is not."""
    ok = _records(_ballot(("water", 42, True), ("roads", 3, False), rule=ONE_PLACE))
    assert check(ok) == ()
    wrong = _records(_ballot(("water", 42, False), ("roads", 3, True), rule=ONE_PLACE))
    assert [(p.code, p.path) for p in check(wrong)] == [
        ("X024", "$.sessions[0].agenda[0].candidates")
    ]


def test_a_tie_for_the_last_place_is_a_warning_and_either_may_be_selected() -> None:
    """Two candidates with 30 votes for one place: W009, whichever the source selected."""
    for first in (True, False):
        ballot = _ballot(("a", 30, first), ("b", 30, not first), ("c", 2, False), rule=ONE_PLACE)
        assert [p.code for p in check(_records(ballot))] == ["W009"]


def test_a_majority_of_all_deputies_counts_the_deputies_due() -> None:
    """With 50 deputies due, 25 votes are not a majority of all; 26 are."""
    rule = BallotRule(places=2, majority=Majority.ALL_DEPUTIES)
    assert check(_records(_ballot(("a", 26, True), ("b", 25, False), rule=rule))) == ()
    wrong = _records(_ballot(("a", 26, True), ("b", 25, True), rule=rule))
    assert [p.code for p in check(wrong)] == ["X024"]


def test_a_rule_is_not_applied_without_every_tally() -> None:
    """A candidate whose tally is not stated leaves the selection unchecked."""
    ballot = ProjectBallot(
        candidates=(BallotCandidate(project="a", yes=1), BallotCandidate(project="b")),
        ballots_returned=45,
        rule=ONE_PLACE,
    )
    assert check(_records(ballot)) == ()


@given(
    st.dictionaries(st.sampled_from("abcdef"), st.integers(0, 60), min_size=1), st.integers(1, 3)
)
def test_the_derived_selection_is_the_best_with_a_majority(
    yes: dict[str, int], places: int
) -> None:
    """Selected projects have a majority and beat every unselected one; ties leave places open."""
    rule = BallotRule(places=places, majority=Majority.BALLOTS_RETURNED)
    selection = rule.select(yes, ballots_returned=60, entitled=None)
    assert selection is not None
    chosen, tied = set(selection.selected), set(selection.tied)
    assert len(chosen) <= places
    assert all(2 * yes[p] > 60 for p in chosen | tied)
    for p in chosen:
        assert all(yes[p] > yes[q] for q in set(yes) - chosen - tied)
    if tied:
        assert len({yes[p] for p in tied}) == 1
        assert len(chosen) + len(tied) > places
    else:
        passing = {p for p in yes if 2 * yes[p] > 60}
        assert len(chosen) == min(places, len(passing))


# -- life after the vote -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Milestone(title="路面", progress=101), "progress"),
        (lambda: Milestone(title="路面", weight=0), "weight"),
        (lambda: LivelihoodProject(id="p", name="路", budget=5), "budget"),  # type: ignore[arg-type]
        (
            lambda: LivelihoodProject(
                id="p", name="路", planned_start=D(2023, 5, 1), planned_end=D(2023, 4, 1)
            ),
            "planned_start, planned_end",
        ),
        (lambda: SupervisionVisit(on=D(2023, 5, 1), deputies=("d1", "d1")), "deputies"),
    ],
)
def test_bad_fields_are_refused_naming_the_field(build: Any, field: str) -> None:
    """Each bad value raises an error that names its record and field."""
    with pytest.raises((FieldError, TypeError)) as info:
        build()
    assert f".{field}:" in str(info.value)


@given(st.lists(st.tuples(st.integers(1, 9), st.integers(0, 100)), min_size=1, max_size=5))
def test_progress_rolls_up_as_a_weighted_mean(parts: list[tuple[int, int]]) -> None:
    """Progress is the weighted mean of the parts, between the least and the most advanced."""
    milestones = [Milestone(title=str(i), weight=w, progress=p) for i, (w, p) in enumerate(parts)]
    total = sum(w for w, _ in parts)
    expected = sum(w * p for w, p in parts) / total
    done = rolled_up(milestones)
    assert done is not None
    assert abs(done - expected) <= 0.5
    assert min(p for _, p in parts) <= done <= max(p for _, p in parts)


def test_unknown_parts_leave_progress_unknown() -> None:
    """A part without progress, or weights on some parts only, leaves the whole unknown."""
    assert rolled_up([Milestone(title="a", progress=50), Milestone(title="b")]) is None
    some = [Milestone(title="a", weight=1, progress=50), Milestone(title="b", progress=10)]
    assert rolled_up(some) is None
    assert rolled_up([Milestone(title="a", done=D(2023, 5, 1))]) == 100
    assert rolled_up([]) is None


ROAD = LivelihoodProject(
    id="roads",
    name="民生公路",
    session="m4",
    budget=Count(1_200_000),
    spent=Count(300_000),
    milestones=(
        Milestone(
            title="路基", weight=3, progress=100, planned=D(2023, 5, 31), done=D(2023, 5, 20)
        ),
        Milestone(title="路面", weight=1, progress=20, planned=D(2023, 6, 30)),
        Milestone(title="验收", weight=1, progress=0, planned=D(2023, 11, 30)),
    ),
    visits=(
        SupervisionVisit(
            on=D(2023, 6, 10),
            deputies=(),
            defects=(
                Defect(issue="边沟未清理", rectification="限期清理", rectified_on=D(2023, 6, 20)),
                Defect(issue="路面厚度不足", rectification="返工"),
            ),
        ),
    ),
)


def test_the_summary_reports_progress_overdue_milestones_and_open_defects() -> None:
    """At 30 June nothing is overdue and one defect is open; at the year's end two milestones."""
    ballot = _ballot(("roads", 42, True), ("water", 3, False), rule=ONE_PLACE)
    records = _records(ballot, ROAD)
    assert check(records) == ()
    h1 = summarize(records, "2023-H1").projects
    line = next(line for line in h1.projects if line.id == "roads")
    assert (line.percent_done, line.overdue_milestones, line.open_defects) == (64, 0, 1)
    assert (line.budget, line.spent) == (Count(1_200_000), Count(300_000))
    year = summarize(records, "2023").projects
    assert (year.overdue_milestones, year.defects_open) == (2, 1)
    assert loads(dumps(records)) == records


def test_reports_give_progress_and_what_is_overdue_or_open() -> None:
    """Both languages give the rolled-up progress, overdue milestones and open defects."""
    records = _records(_ballot(("roads", 42, True), ("water", 3, False), rule=ONE_PLACE), ROAD)
    s = summarize(records, "2023")
    zh = render_summary(s)
    assert "民生公路完成64%。" in zh
    assert "逾期未完成节点2个，监督发现问题尚未整改1个。" in zh
    en = render_summary(s, lang="en")
    assert "民生公路 is 64% done." in en
    assert "2 milestones are overdue; 1 defect found by supervision is open." in en
