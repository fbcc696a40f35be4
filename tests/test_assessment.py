"""Duty assessment: figures against independent counts, windows, part service, ranking."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_STANDARD,
    STANDARD_12345,
    Activity,
    ActivityKind,
    Attendance,
    Count,
    Deputy,
    DutyMetric,
    DutyRule,
    DutyStandard,
    DutyWindow,
    FieldTypeError,
    Level,
    Membership,
    MembershipKind,
    PartService,
    Period,
    PeriodError,
    PointsItem,
    PointsTable,
    Session,
    Speech,
    Suggestion,
    SuggestionKind,
    Term,
    UnknownRecordError,
    Verdict,
    When,
    assess,
    example_records,
)
from tests.counting import check_assessment
from tests.records import PERIODS, record_lists
from tests.town import town

M, W, K = DutyMetric, DutyWindow, ActivityKind

#: A standard using every metric and window, for the property tests.
EVERYTHING = DutyStandard(
    name="everything",
    rules=(
        DutyRule(code="a", metric=M.SUGGESTIONS_RAISED, threshold=2, window=W.YEAR),
        DutyRule(code="b", metric=M.SUGGESTIONS_LED, threshold=1, window=W.SESSION),
        DutyRule(code="c", metric=M.SPEECHES, threshold=3, window=W.SESSION),
        DutyRule(code="d", metric=M.SPEECHES, threshold=1, window=W.YEAR),
        DutyRule(code="e", metric=M.ACTIVITIES, threshold=4, window=W.YEAR,
                 activity_kinds=(K.RECEPTION, K.STUDY)),
        DutyRule(code="f", metric=M.ACTIVITIES, threshold=10, window=W.TERM),
        DutyRule(code="g", metric=M.HOUSEHOLDS_CONTACTED, threshold=5, window=W.YEAR),
        DutyRule(code="h", metric=M.REPORTS_TO_VOTERS, threshold=1, window=W.TERM),
        DutyRule(code="i", metric=M.SUGGESTIONS_RAISED, threshold=1, window=W.SESSION),
    ),
    points=PointsTable(
        name="all",
        items=(
            *(PointsItem(metric=m, points=2, cap=9) for m in DutyMetric),
            PointsItem(metric=M.ACTIVITIES, points=1, activity_kinds=(K.SURVEY,)),
        ),
    ),
)  # fmt: skip


@given(record_lists(), PERIODS)
def test_assessment_figures_equal_independent_counts(records: list[Any], text: str) -> None:
    """Every figure, share served, threshold, verdict and point matches a direct count."""
    check_assessment(records, assess(records, text, EVERYTHING))


@given(record_lists(), PERIODS)
def test_marking_part_service_keeps_the_threshold(records: list[Any], text: str) -> None:
    """Under 'mark', thresholds are never scaled, and a shortfall in part service is marked."""
    marking = attrs.evolve(EVERYTHING, part_service=PartService.MARK)
    for a in assess(records, text, marking).deputies:
        for r in a.results:
            assert r.threshold == r.rule.threshold
            if r.verdict is Verdict.PART_SERVED:
                assert r.served < 1
                assert r.figure.value < r.threshold


def test_the_example_town_assessed_for_2020_h1() -> None:
    """The bundled town: every town deputy assessed, figures match direct counts."""
    records = list(example_records())
    result = assess(records, "2020-H1", DEFAULT_STANDARD)
    check_assessment(records, result)
    assert len(result.deputies) == sum(
        1 for d in records if isinstance(d, Deputy) and Level.TOWN in d.levels
    )
    # The year and the term are not over on 30 June: nothing there is failed yet.
    for a in result.deputies:
        for r in a.results:
            if r.rule.window is not W.SESSION:
                assert r.verdict in (Verdict.MET, Verdict.PENDING)


def _deputy(joined: dt.date, left: dt.date | None = None) -> Deputy:
    term = Membership(kind=MembershipKind.TERM, of="t19", start=joined, end=left)
    return Deputy(id="d1", name="张华", levels=(Level.TOWN,), memberships=(term,))


def _activities(*days: dt.date) -> list[Activity]:
    return [
        Activity(id=f"a{i}", kind=K.INSPECTION, title="视察", start=day, participants=("d1",))
        for i, day in enumerate(days)
    ]


TERM19 = Term(id="t19", congress="xx", number=19, start=dt.date(2016, 12, 1),
              end=dt.date(2021, 11, 30))  # fmt: skip
ACTIVITIES_RULE = DutyStandard(
    name="4", rules=(DutyRule(code="4", metric=M.ACTIVITIES, threshold=4, window=W.YEAR),)
)
OCT, NOV, MAR = dt.date(2020, 10, 5), dt.date(2020, 11, 5), dt.date(2020, 3, 5)


@pytest.mark.parametrize(
    ("joined", "part_service", "days", "period", "threshold", "verdict"),
    [
        # Serving all year: 4 needed.
        (dt.date(2016, 12, 1), PartService.PRO_RATA, (OCT, NOV), "2020", 4, Verdict.NOT_MET),
        # Elected on 1 October: 92 of 366 days, 4 x 92/366 rounded up is 2.
        (dt.date(2020, 10, 1), PartService.PRO_RATA, (OCT, NOV), "2020", 2, Verdict.MET),
        (dt.date(2020, 10, 1), PartService.PRO_RATA, (OCT,), "2020", 2, Verdict.NOT_MET),
        # Marked instead: the threshold stays, the shortfall is marked, not failed.
        (dt.date(2020, 10, 1), PartService.MARK, (OCT, NOV), "2020", 4, Verdict.PART_SERVED),
        # The year is not over at the end of Q4's predecessor: pending, not failed.
        (dt.date(2016, 12, 1), PartService.PRO_RATA, (OCT,), "2020-Q3", 4, Verdict.PENDING),
        (dt.date(2016, 12, 1), PartService.MARK, (OCT,), "2020-10", 4, Verdict.PENDING),
    ],
)
def test_part_service_and_pending_windows(
    joined: dt.date,
    part_service: PartService,
    days: tuple[dt.date, ...],
    period: str,
    threshold: int,
    verdict: Verdict,
) -> None:
    """Part service is pro rata or marked as the standard says; open windows are pending."""
    standard = attrs.evolve(ACTIVITIES_RULE, part_service=part_service)
    result = assess([_deputy(joined), *_activities(*days)], period, standard)
    (r,) = result.deputy("d1").results
    assert (r.threshold, r.verdict) == (threshold, verdict)


def test_a_deputy_who_left_is_assessed_for_the_days_served() -> None:
    """A deputy whose term membership ended in March serves a quarter of 2020, pro rata."""
    records = [_deputy(dt.date(2016, 12, 1), dt.date(2020, 3, 31)), *_activities(OCT)]
    (r,) = assess(records, "2020", ACTIVITIES_RULE).deputy("d1").results
    assert r.served == Fraction(91, 366)
    assert r.threshold == 1
    # Only what the deputy did while a deputy counts: October is after leaving.
    assert (r.figure, r.verdict) == (Count(0), Verdict.NOT_MET)
    (r,) = assess([*records, *_activities(MAR)], "2020", ACTIVITIES_RULE).deputy("d1").results
    assert (r.figure, r.verdict) == (Count(1), Verdict.MET)


def test_records_count_for_the_term_membership_in_force_on_their_date() -> None:
    """Activities before election or after leaving do not count; a vague date across a
    membership's first day is left out, and the figure says "at least"."""
    joined = _deputy(dt.date(2020, 3, 16))
    records = [joined, *_activities(dt.date(2020, 3, 1), dt.date(2020, 3, 20), OCT)]
    (r,) = assess(records, "2020", ACTIVITIES_RULE).deputy("d1").results
    assert r.figure == Count(2)
    vague = Activity(id="v", kind=K.INSPECTION, title="视察", start=When.of_month(2020, 3),
                     participants=("d1",))  # fmt: skip
    (r,) = assess([*records, vague], "2020", ACTIVITIES_RULE).deputy("d1").results
    assert r.figure == Count(2, at_least=True)
    april = attrs.evolve(vague, id="w", start=When.of_month(2020, 4))
    (r,) = assess([*records, april], "2020", ACTIVITIES_RULE).deputy("d1").results
    assert r.figure == Count(3)
    # Two memberships that follow on (a new role from the next day) serve the whole month.
    split = Deputy(id="d1", name="张华", levels=(Level.TOWN,), memberships=(
        Membership(kind=MembershipKind.TERM, of="t19", start=dt.date(2016, 12, 1),
                   end=dt.date(2020, 3, 15)),
        Membership(kind=MembershipKind.TERM, of="t19", start=dt.date(2020, 3, 16), role="组长"),
    ))  # fmt: skip
    (r,) = assess([split, vague], "2020", ACTIVITIES_RULE).deputy("d1").results
    assert r.figure == Count(1)


def test_term_and_session_windows() -> None:
    """A term rule counts the term's records before the period; a session needs membership."""
    session = Session(
        id="s8", term="t19", number=8, start=dt.date(2020, 1, 13),
        speeches=(Speech(deputy="d1"), Speech(deputy="d1")),
    )  # fmt: skip
    report = Activity(
        id="r", kind=K.REPORT_TO_VOTERS, title="述职", start=dt.date(2019, 12, 1),
        participants=("d1",),
    )  # fmt: skip
    records = [TERM19, session, report, _deputy(dt.date(2016, 12, 1))]
    results = assess(records, "2020", STANDARD_12345).deputy("d1").results
    by_code = {r.rule.code: r for r in results}
    assert by_code["1"].window == Period.of_term(TERM19)
    assert (by_code["1"].figure, by_code["1"].verdict) == (Count(1), Verdict.MET)
    assert (by_code["3"].session, by_code["3"].figure) == ("s8", Count(2))
    assert by_code["3"].verdict is Verdict.NOT_MET
    # Elected after the session: no session window; the term goes on, so no report is pending.
    late = assess([TERM19, session, _deputy(dt.date(2020, 2, 1))], "2020", STANDARD_12345)
    by_code = {r.rule.code: r for r in late.deputy("d1").results}
    assert "3" not in by_code
    assert TERM19.end is not None
    assert by_code["1"].served == Fraction((TERM19.end - dt.date(2020, 2, 1)).days + 1, 1826)
    assert (by_code["1"].threshold, by_code["1"].verdict) == (1, Verdict.PENDING)


def test_ranking_and_excellent_deputies() -> None:
    """More points rank first; equal points and rules met share a rank; excellence needs all."""
    result = assess(list(town()), "2020", DEFAULT_STANDARD)
    ranks = [(d.rank, d.points) for d in result.deputies]
    assert ranks == sorted(ranks, key=lambda e: (e[0], -e[1]))
    assert result.excellent()
    assert all(d.rules_failed == 0 for d in result.excellent())
    assert [d.deputy for d in result.excellent()] == [
        d.deputy for d in result.deputies if Verdict.NOT_MET not in {r.verdict for r in d.results}
    ]
    assert result.excellent(1) == result.excellent()[:1]
    # d09, elected in October, is assessed pro rata for the year.
    year_rules = [r for r in result.deputy("d09").results if r.rule.window is W.YEAR]
    assert {r.served for r in year_rules} == {Fraction(92, 366)}
    with pytest.raises(UnknownRecordError, match="no assessed deputy with id 'nobody'"):
        result.deputy("nobody")


@pytest.mark.parametrize(
    ("standard", "period", "error", "message"),
    [
        ({"name": "12345"}, "2020", FieldTypeError, r"assess\.standard: expected a DutyStandard"),
        (STANDARD_12345, 2020, FieldTypeError, r"assess\.period: expected a Period or its text"),
        (STANDARD_12345, "2020-Q5", PeriodError, "a quarter is numbered 1..4"),
    ],
)
def test_assess_refuses_bad_arguments(
    standard: Any, period: Any, error: type[Exception], message: str
) -> None:
    """A standard must be a DutyStandard and a period a Period or its text."""
    with pytest.raises(error, match=message):
        assess([], period, standard)


def test_suggestions_per_session_count_the_sessions_own() -> None:
    """A per-session suggestions rule counts suggestions raised at that session only."""
    session = Session(id="s8", term="t19", number=8, start=dt.date(2020, 1, 13))
    at = Suggestion(id="x", kind=SuggestionKind.SUGGESTION, title="建议", lead="d1",
                    raised_on=dt.date(2020, 1, 13), session="s8")  # fmt: skip
    elsewhere = attrs.evolve(at, id="y", session=None)
    rule = DutyRule(code="s", metric=M.SUGGESTIONS_LED, threshold=1, window=W.SESSION)
    standard = DutyStandard(name="s", rules=(rule,))
    records = [TERM19, session, _deputy(dt.date(2016, 12, 1)), elsewhere]
    (r,) = assess(records, "2020", standard).deputy("d1").results
    assert (r.figure, r.verdict) == (Count(0), Verdict.NOT_MET)
    (r,) = assess([*records, at], "2020", standard).deputy("d1").results
    assert (r.figure, r.verdict) == (Count(1), Verdict.MET)


@given(st.sampled_from(list(DutyMetric)), st.integers(0, 30), st.integers(1, 5))
def test_points_are_capped(metric: DutyMetric, figure: int, points: int) -> None:
    """An item scores points per unit up to its cap."""
    item = PointsItem(metric=metric, points=points, cap=12)
    assert item.score(figure) == min(points * figure, 12)
    assert attrs.evolve(item, cap=None).score(figure) == points * figure


def test_records_stream_once() -> None:
    """assess reads a one-shot iterator of records."""
    records = list(town())
    assert assess(iter(records), "2020", DEFAULT_STANDARD) == assess(
        records, "2020", DEFAULT_STANDARD
    )


def test_a_deputy_on_leave_from_a_session_is_excused_not_failed() -> None:
    """The per-session speech rule excuses a deputy the roll names as on leave, and no other."""
    other = attrs.evolve(_deputy(dt.date(2016, 12, 1)), id="d2", name="李明")
    session = Session(
        id="s8", term="t19", number=8, start=dt.date(2020, 1, 13),
        attendance=Attendance(due=2, present=1, on_leave=1, excused=("d1",)),
    )  # fmt: skip
    result = assess([TERM19, session, _deputy(dt.date(2016, 12, 1)), other], "2020", STANDARD_12345)
    speeches = {
        d: next(r for r in result.deputy(d).results if r.rule.code == "3") for d in ("d1", "d2")
    }
    assert (speeches["d1"].figure, speeches["d1"].verdict) == (Count(0), Verdict.EXCUSED)
    assert speeches["d2"].verdict is Verdict.NOT_MET
    assert not speeches["d1"].met


def test_the_example_towns_deputies_on_leave_are_excused() -> None:
    """In the bundled town, exactly the deputies named on leave at session 8 are excused."""
    records = example_records()
    roll = records.get(Session, "t19-s8").attendance
    assert roll is not None
    assert len(roll.excused) == roll.on_leave > 0
    result = assess(records, "2020-H1", DEFAULT_STANDARD)
    excused = {a.deputy for a in result.deputies for r in a.results if r.verdict is Verdict.EXCUSED}
    assert excused == set(roll.excused)


def test_assess_takes_summarize_order_with_the_default_standard() -> None:
    """assess(records, period) uses DEFAULT_STANDARD, as summarize(records, period) reads."""
    records = example_records()
    assert assess(records, "2020-H1") == assess(records, "2020-H1", standard=DEFAULT_STANDARD)
    assert assess(records, "2020-H1").standard is DEFAULT_STANDARD


def test_assess_old_argument_order_warns_and_gives_the_same_result() -> None:
    """The earlier order assess(records, standard, period) still works, with a warning."""
    records = example_records()
    with pytest.warns(DeprecationWarning, match=r"assess\(records, period, standard=standard\)"):
        old = assess(records, STANDARD_12345, "2020-H1")  # type: ignore[arg-type]
    assert old == assess(records, "2020-H1", standard=STANDARD_12345)
