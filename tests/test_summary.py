"""The period summary: the town's figures, the combination law, and independent counts."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    Count,
    FieldTypeError,
    Outcome,
    Period,
    PeriodError,
    PeriodSummary,
    Policy,
    ProjectStatus,
    RecordSet,
    ReportKind,
    Satisfaction,
    Status,
    Suggestion,
    Summarizer,
    SummaryError,
    TargetMetric,
    changes,
    summarize,
)
from tests.counting import check_summary
from tests.records import PERIODS, record_lists
from tests.town import town

H1 = Period.parse("2020-H1")
H2 = Period.parse("2020-H2")


@pytest.fixture(scope="module")
def h1() -> PeriodSummary:
    return summarize(town(), H1)


def test_the_session_with_its_agenda_and_63_suggestions(h1: PeriodSummary) -> None:
    """One session, 8th of term 19, three reports, a ballot, three resolutions, 63 suggestions."""
    (session,) = h1.sessions
    assert (session.term_number, session.number, session.start) == (19, 8, dt.date(2020, 1, 13))
    assert session.reports == (
        ReportKind.GOVERNMENT_WORK,
        ReportKind.PRESIDIUM_WORK,
        ReportKind.FISCAL,
    )
    assert [r.adopted for r in session.resolutions] == [True, True, True]
    assert session.projects_selected == ("p1", "p2")
    # Three of the 63 are itemised: they are part of the total, not added to it.
    assert (session.suggestions, session.suggestions_itemised) == (Count(63), 3)
    assert session.speeches == 7
    # The 63 plus the parking suggestion raised after the police-station inspection.
    assert h1.suggestions.raised == Count(64)


def test_campaigns_villages_and_roles(h1: PeriodSummary) -> None:
    """The poverty campaign's supervision covered 14 villages; epidemic roles name 3 deputies."""
    by_id = {c.id: c for c in h1.campaigns}
    assert set(by_id) == {"epidemic", "poverty"}  # the 2019 campaign is not in view
    assert by_id["poverty"].activities.villages == 14
    assert by_id["poverty"].deputies_in_roles == 4
    assert by_id["epidemic"].deputies_in_roles == 3
    # 30+ deputies took part though only 3 are named: one activity's participants are
    # distinct deputies, so at least 30 distinct deputies took part (not "3+").
    assert by_id["epidemic"].activities.participations == Count(30, at_least=True)
    assert by_id["epidemic"].activities.deputies == Count(30, at_least=True)


def test_stations_and_reception_days(h1: PeriodSummary) -> None:
    """4 stations, 6 scheduled and 6 held reception days each: 200+ people, 20+ opinions."""
    assert [s.id for s in h1.stations] == ["s1", "s2", "s3", "s4"]
    assert [s.reception_days for s in h1.stations] == [6, 6, 6, 6]
    assert [s.activities.by_kind for s in h1.stations] == [{ActivityKind.RECEPTION: 6}] * 4
    reception = h1.activities_by_kind[ActivityKind.RECEPTION]
    assert reception.activities == 24
    assert str(reception.people_received) == "200+"
    assert str(reception.opinions_collected) == "20+"


def test_activities_by_kind_month_and_group(h1: PeriodSummary) -> None:
    """Totals, the survey's 10+ suggestions, six months of four receptions, groups' activities."""
    assert h1.activities.activities == 24 + 6 + 4 + 5  # receptions, visits, studies, others
    survey = h1.activities_by_kind[ActivityKind.SURVEY]
    assert survey.suggestions_arising == Count(10, at_least=True)
    assert tuple(h1.activities_by_month) == H1.months()
    assert all(m.by_kind[ActivityKind.RECEPTION] == 4 for m in h1.activities_by_month.values())
    groups = {g.id: g for g in h1.groups}
    assert groups["g1"].activities.activities == 6 + 2 + 1  # visits, studies, inspection
    assert groups["g1"].activities.units == 2
    assert groups["g2"].activities.activities == 2


def test_suggestions_by_group_follow_the_lead_deputys_membership(h1: PeriodSummary) -> None:
    """sg1, sg3 and sg4 were led by members of group 1, sg2 by a member of group 2."""
    groups = {g.id: g.suggestions for g in h1.groups}
    assert groups["g1"].suggestions == 3
    assert groups["g1"].by_category == {"交通": 2, "环境": 1}
    assert groups["g2"].suggestions == 1
    assert groups["g2"].rehandled == 1


def test_suggestion_handling_at_the_end_of_the_period(h1: PeriodSummary) -> None:
    """On time, late, overdue, open, outcomes and satisfaction as of 30 June 2020."""
    raised = h1.suggestions.itemised
    assert raised.suggestions == 4
    assert raised.by_status == {
        Status.RAISED: 1,
        Status.ASSIGNED: 1,
        Status.REHANDLING: 1,
        Status.CLOSED: 1,
    }
    assert raised.by_unit == {"police": 1, "town": 2}
    assert (raised.replied_on_time, raised.replied_late, raised.overdue) == (1, 1, 1)
    assert (raised.open, raised.rehandled) == (3, 1)
    assert raised.outcomes == {Outcome.A: 1, Outcome.B: 1}
    assert raised.satisfied_rate == Fraction(1, 2)
    # sg5, raised in 2019 and never answered, is still in hand (and overdue);
    # sg6 was closed in 2019 and is not.
    in_hand = h1.suggestions.in_hand
    assert (in_hand.suggestions, in_hand.overdue) == (5, 2)


def test_deputies_are_credited_with_households(h1: PeriodSummary) -> None:
    """Each listed participant is credited with an activity's households contacted."""
    deputies = {d.id: d for d in h1.deputies}
    assert "d09" not in deputies  # elected in October: not serving in H1, no records
    assert deputies["d01"].households_contacted == Count(6 * 3 + 40, at_least=True)
    assert deputies["d03"].households_contacted == Count(0)
    assert (deputies["d01"].speeches, deputies["d01"].suggestions_led) == (3, 1)
    assert deputies["d02"].suggestions_cosigned == 1


def test_livelihood_projects(h1: PeriodSummary) -> None:
    """Two projects voted, the sewage plant supervised and delayed, a 2019 project still open."""
    projects = h1.projects
    assert [p.id for p in projects.projects] == ["p1", "p2", "p4"]
    assert (projects.voted, projects.selected, projects.supervised) == (2, 2, 1)
    assert [p.selected for p in projects.projects] == [True, True, None]
    assert projects.by_status == {
        ProjectStatus.VOTED: 1,
        ProjectStatus.IN_PROGRESS: 1,
        ProjectStatus.DELAYED: 1,
    }


def test_plan_progress_and_the_next_plan(h1: PeriodSummary) -> None:
    """The year plan's targets so far, and the H2 plan's targets as planned."""
    (plan,) = h1.plans
    receptions, people, study = plan.targets
    assert (receptions.done, receptions.needed, receptions.met) == (Count(24), 48, False)
    assert (people.done, people.met) == (Count(200, at_least=True), True)
    # Eight deputies serve in H1; six of them studied.
    assert (study.done, study.needed, study.met) == (Count(6), 8, False)
    (next_plan,) = h1.next_plans
    assert next_plan.id == "plan-2020-h2"
    assert [(t.metric, t.value) for t in next_plan.targets] == [
        (TargetMetric.UNITS_COVERED, 8),
        (TargetMetric.ACTIVITIES, 1),
    ]


def test_the_second_half_tracks_its_plan() -> None:
    """In H2 the H2 plan is tracked: nothing evaluated or trained yet, nine deputies serving."""
    h2 = summarize(town(), H2)
    plans = {p.id: p for p in h2.plans}
    assert set(plans) == {"plan-2020", "plan-2020-h2"}
    evaluated, trained = plans["plan-2020-h2"].targets
    assert (evaluated.done, evaluated.needed, evaluated.met) == (Count(0), 8, False)
    assert (trained.done, trained.needed) == (Count(0), 9)
    assert h2.plans[1].items[2].targets == ()  # an item without targets is still listed
    # sg1 was closed in March; the other four 2020 suggestions and sg5 remain.
    assert h2.suggestions.in_hand.suggestions == 4
    assert h2.suggestions.raised == Count(0)
    assert changes(summarize(town(), H1), h2)["activities"].delta == -39


@given(st.data(), st.sampled_from([H1, H2]))
def test_town_summaries_of_any_split_add_up(data: st.DataObject, period: Period) -> None:
    """summarize(a) + summarize(b) == summarize(a | b) for any split of the town's records."""
    records = list(town())
    flags = data.draw(st.lists(st.booleans(), min_size=len(records), max_size=len(records)))
    a = RecordSet.from_records(r for r, f in zip(records, flags, strict=True) if f)
    b = RecordSet.from_records(r for r, f in zip(records, flags, strict=True) if not f)
    assert summarize(a, period) + summarize(b, period) == summarize(a | b, period)
    assert summarize(a | b, period) == summarize(records, period)


@given(record_lists(), st.data(), PERIODS)
def test_summaries_of_generated_records_add_up(
    records: list[Any], data: st.DataObject, period: str
) -> None:
    """The combination law over generated records split at random, in any order."""
    flags = data.draw(st.lists(st.booleans(), min_size=len(records), max_size=len(records)))
    a = [r for r, f in zip(records, flags, strict=True) if f]
    b = [r for r, f in zip(records, flags, strict=True) if not f]
    whole = summarize(records, period)
    assert summarize(a, period) + summarize(b, period) == whole
    assert summarize(b, period) + summarize(a, period) == whole
    assert summarize(RecordSet.from_records(records), period) == whole
    assert PeriodSummary.empty(period) + whole == whole


@given(record_lists(), PERIODS)
def test_figures_equal_independent_counts(records: list[Any], text: str) -> None:
    """Activity and suggestion figures equal counts made directly over the records."""
    period = Period.parse(text)
    check_summary(records, summarize(records, period))


def test_the_summarizer_keeps_no_activity_or_suggestion() -> None:
    """After summarising a stream, no activity or suggestion it read is still referenced."""
    refs: list[weakref.ref[Any]] = []

    def stream() -> Any:
        yield from (r for r in town() if not isinstance(r, (Activity, Suggestion)))
        for record in town():
            if isinstance(record, (Activity, Suggestion)):
                refs.append(weakref.ref(record))
                yield record

    summary = summarize(stream(), H1)
    gc.collect()
    assert refs
    assert all(ref() is None for ref in refs)
    assert summary == summarize(town(), H1)


def test_a_summary_does_not_change_when_the_summarizer_goes_on() -> None:
    """summary() is a snapshot; records added later do not reach it."""
    records = list(town())
    summarizer = Summarizer(H1).update(records[:60])
    before = summarizer.summary()
    summarizer.update(records[60:])
    assert before == summarize(records[:60], H1)
    assert summarizer.summary() == summarize(records, H1)


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([object()], r"summarize\.records\[0\]: expected a congresskit record"),
        ([town().congress, "sg1"], r"summarize\.records\[1\]: expected a congresskit record"),
        ([None], r"summarize\.records\[0\]"),
    ],
)
def test_a_non_record_is_a_type_error_with_its_position(records: list[Any], message: str) -> None:
    """Anything but a record in the stream is a FieldTypeError naming its position."""
    with pytest.raises(FieldTypeError, match=message):
        summarize(records, H1)


@pytest.mark.parametrize(
    ("period", "error", "message"),
    [
        ("2020-H3", PeriodError, "a half is numbered 1..2"),
        (2020, FieldTypeError, r"Summarizer\.period: expected a Period or its text"),
        (dt.date(2020, 1, 1), FieldTypeError, r"Summarizer\.period"),
    ],
)
def test_a_bad_period_is_refused(period: Any, error: type[Exception], message: str) -> None:
    """The period must be a Period or its text."""
    with pytest.raises(error, match=message):
        summarize([], period)


def test_summaries_of_different_periods_or_policies_do_not_add() -> None:
    """Adding summaries of different periods or policies is a SummaryError (a ValueError)."""
    with pytest.raises(SummaryError, match="summarise both parts over the same period"):
        _ = summarize([], H1) + summarize([], H2)
    with pytest.raises(ValueError, match="different policies"):
        _ = summarize([], H1) + summarize([], H1, policy=Policy(quorum=Fraction(1, 2)))
    # The same days under another name add up.
    same_days = Period.between(H1.start, H1.end)
    assert summarize([], H1) + summarize([], same_days) == summarize([], H1)


def test_ratings_without_evaluations_have_no_rate() -> None:
    """A satisfaction rate needs at least one evaluation."""
    figures = summarize([], H1).suggestions.itemised
    assert figures.satisfied_rate is None
    assert figures.satisfied_or_basically_rate is None
    assert Satisfaction.SATISFIED not in figures.satisfaction
