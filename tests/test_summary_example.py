"""The summary of the bundled example reproduces the reference report's figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_STANDARD,
    ActivityKind,
    CampaignRoleKind,
    Count,
    Period,
    PeriodError,
    PeriodSummary,
    RecordSet,
    ReportKind,
    TargetMetric,
    Term,
    assess,
    example_records,
    summarize,
)

H1, H2 = Period.parse("2020-H1"), Period.parse("2020-H2")
K = ActivityKind


@pytest.fixture(scope="module")
def h1() -> PeriodSummary:
    return summarize(example_records(), H1)


def test_one_session_with_63_suggestions(h1: PeriodSummary) -> None:
    """Session 8 of term 19 on 13 January: three reports reviewed, resolutions, 63 suggestions."""
    (session,) = h1.sessions
    assert (session.term_number, session.number, session.start.isoformat()) == (
        19,
        8,
        "2020-01-13",
    )
    reports = {ReportKind.GOVERNMENT_WORK, ReportKind.PRESIDIUM_WORK, ReportKind.FISCAL}
    assert set(session.reports) == reports
    assert {r.report for r in session.resolutions} == reports
    assert all(r.adopted for r in session.resolutions)
    assert session.suggestions == Count(63)
    assert "p-sewage" in session.projects_selected
    # The 63, and those raised between sessions, with nothing counted twice.
    between = sum(1 for s in example_records().suggestions if s.session is None)
    assert h1.suggestions.raised == Count(63 + between)


def test_campaigns_and_the_14_villages(h1: PeriodSummary) -> None:
    """Epidemic roles as the report names them; the poverty campaign supervised 14 villages."""
    campaigns = {c.id: c for c in h1.campaigns}
    epidemic = {r.role for r in campaigns["c-epidemic"].roles}
    assert {
        CampaignRoleKind.GATEKEEPER,
        CampaignRoleKind.INVESTIGATOR,
        CampaignRoleKind.TEMPERATURE_CHECKER,
        CampaignRoleKind.PURCHASER,
        CampaignRoleKind.PRODUCE_SELLER,
    } <= epidemic
    poverty = campaigns["c-poverty"]
    assert {r.role for r in poverty.roles} >= {
        CampaignRoleKind.ASSESSMENT_INVESTIGATOR,
        CampaignRoleKind.POLICY_EXPLAINER,
        CampaignRoleKind.WORK_SUPERVISOR,
    }
    assert poverty.activities.villages == 14
    assert K.SUPERVISION in poverty.activities.by_kind


def test_four_stations_24_reception_days_200_people_20_opinions(h1: PeriodSummary) -> None:
    """4 stations, a reception day each month: 24 days, 200+ people, 20+ opinions."""
    assert len(h1.stations) == 4
    assert [s.reception_days for s in h1.stations] == [6] * 4
    assert [s.activities.by_kind.get(K.RECEPTION) for s in h1.stations] == [6] * 4
    reception = h1.activities_by_kind[K.RECEPTION]
    assert reception.activities == 24
    assert str(reception.people_received) == "200+"
    assert str(reception.opinions_collected) == "20+"


def test_inspections_surveys_study_and_projects(h1: PeriodSummary) -> None:
    """Surveys gave 10+ suggestions; study each quarter; the sewage plant was supervised."""
    assert str(h1.activities_by_kind[K.SURVEY].suggestions_arising) == "10+"
    assert K.INSPECTION in h1.activities.by_kind
    assert K.ENFORCEMENT_CHECK in h1.activities.by_kind
    for quarter in H1.quarters():
        months = [m for m in h1.activities_by_month if quarter.covers(m)]
        assert any(K.STUDY in h1.activities_by_month[m].by_kind for m in months)
    sewage = {p.id: p for p in h1.projects.projects}["p-sewage"]
    assert sewage.voted_in_period
    assert sewage.activities >= 1
    assert h1.projects.supervised >= 1


def test_the_h2_plan_and_its_targets_are_reported(h1: PeriodSummary) -> None:
    """The H1 summary carries the H2 plan; the H2 summary tracks each of its targets."""
    (plan,) = h1.next_plans
    assert (plan.id, plan.start.isoformat()) == ("plan-2020-h2", "2020-07-01")
    targets = {(t.metric, t.value) for t in plan.targets}
    assert (TargetMetric.UNITS_COVERED, 8) in targets  # 8 district departments evaluated
    assert (TargetMetric.ACTIVITIES, 24) in targets  # 4 stations x 6 months
    h2 = summarize(example_records(), H2)
    (progress,) = h2.plans
    assert [t.target for t in progress.targets] == list(plan.targets)
    evaluated = next(t for t in progress.targets if t.target.metric is TargetMetric.UNITS_COVERED)
    assert (evaluated.done, evaluated.needed, evaluated.met) == (Count(0), 8, False)


@pytest.mark.parametrize(
    ("period", "plans"),
    [
        ("2020-H1", ["plan-2020-h2"]),
        ("2020-01-01..2020-06-30", ["plan-2020-h2"]),  # followed by 2020-07-01..2020-12-31
        ("2020-Q2", []),  # the H2 plan is not a plan for the third quarter
        ("2020-06", []),
        ("2019-07-01..2019-12-31", []),  # the plan is two periods on, not the next
    ],
)
def test_next_plans_are_the_plans_within_the_next_period(period: str, plans: list[str]) -> None:
    """A plan is the next period's when its dates lie within period.next(), as reports title it."""
    summary = summarize(example_records(), period)
    assert [p.id for p in summary.next_plans] == plans
    for plan in summary.next_plans:
        assert summary.period.next().start <= plan.start <= plan.end <= summary.period.next().end


TERM_19 = "term-19:2016-12-15..2021-12-14"  # the example's Term record, as documented


@pytest.mark.parametrize("order", ["as given", "term last", "one pass"])
def test_summarize_and_assess_look_a_bare_term_up_in_the_records(order: str) -> None:
    """ "term-19" gives the same summary and assessment as the term's dates, in any order."""
    records = list(example_records())
    if order == "term last":
        records.sort(key=lambda r: isinstance(r, Term))
    source = (lambda: iter(records)) if order == "one pass" else (lambda: records)
    summary = summarize(source(), "term-19")
    assert str(summary.period) == TERM_19
    assert summary == summarize(example_records(), TERM_19)
    assessment = assess(source(), "term-19", DEFAULT_STANDARD)
    assert assessment == assess(example_records(), TERM_19, DEFAULT_STANDARD)


def _other_term_19(records: list[object]) -> list[object]:
    return [*records, Term(id="t19b", congress="xx", number=19, start=H1.start, end=H2.end)]


@pytest.mark.parametrize(
    ("records", "reason"),
    [
        (list, "the records hold no term 19; their terms: none"),
        (lambda: [r for r in example_records() if not isinstance(r, Term)], "no term 19"),
        (lambda: _other_term_19(list(example_records())), "two terms numbered 19"),
    ],
)
@pytest.mark.parametrize("how", ["summarize", "assess"])
def test_a_bare_term_the_records_do_not_settle_is_a_period_error(
    records: Any, reason: str, how: str
) -> None:
    """No term 19 among the records, or two with other dates: PeriodError saying so."""
    run: Callable[[Any], object] = {
        "summarize": lambda r: summarize(r, "term-19"),
        "assess": lambda r: assess(r, "term-19", DEFAULT_STANDARD),
    }[how]
    with pytest.raises(PeriodError, match=reason) as caught:
        run(records())
    assert caught.value.text == "term-19"


@given(st.data(), st.sampled_from([H1, H2]))
def test_the_example_splits_and_adds_up(data: st.DataObject, period: Period) -> None:
    """summarize(a) + summarize(b) == summarize(a | b) for any split of the example."""
    records = list(example_records())
    flags = data.draw(st.lists(st.booleans(), min_size=len(records), max_size=len(records)))
    parts = [
        RecordSet.from_records(r for r, f in zip(records, flags, strict=True) if f is side)
        for side in (True, False)
    ]
    assert summarize(parts[0], period) + summarize(parts[1], period) == summarize(
        example_records(), period
    )
