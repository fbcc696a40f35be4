"""Summaries that count what the records say: ratings, reception days, plans, deadlines."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    Count,
    Evaluated,
    Extended,
    FieldError,
    Period,
    PlanItem,
    PlanSection,
    Replied,
    Satisfaction,
    Station,
    Suggestion,
    SuggestionKind,
    Target,
    TargetMetric,
    WorkPlan,
    render_summary,
    summarize,
)
from congresskit.records.enums import Outcome

D = dt.date


# -- item 12: both of a deputy's ratings ----------------------------------------------------


def _rated(sid: str, handling: Satisfaction, result: Satisfaction | None) -> Suggestion:
    return Suggestion(
        id=sid,
        kind=SuggestionKind.SUGGESTION,
        title="整治车辆乱停",
        lead="d1",
        raised_on=D(2020, 1, 13),
        events=(
            Assigned(on=D(2020, 1, 20), lead_unit="u1"),
            Replied(on=D(2020, 3, 1), outcome=Outcome.A),
            Evaluated(on=D(2020, 3, 5), handling=handling, result=result),
        ),
    )


def test_the_result_rating_is_counted_apart_from_the_handling() -> None:
    """Satisfied with the handling, dissatisfied with the result: 100% and 0%, not 100%."""
    records = [_rated(f"s{i}", Satisfaction.SATISFIED, Satisfaction.DISSATISFIED) for i in (1, 2)]
    h = summarize(records, "2020-H1").suggestions.in_hand
    assert h.satisfaction == {Satisfaction.SATISFIED: 2}
    assert h.result_satisfaction == {Satisfaction.DISSATISFIED: 2}
    assert (h.evaluated, h.result_evaluated) == (2, 2)
    assert h.satisfied_rate == 1
    assert h.result_satisfied_rate == 0
    assert h.result_satisfied_or_basically_rate == 0


def test_a_single_rating_has_no_result_rate() -> None:
    """A suggestion rated once (handling only) gives no result rating at all."""
    h = summarize([_rated("s1", Satisfaction.BASICALLY_SATISFIED, None)], "2020").suggestions
    assert h.in_hand.result_satisfaction == {}
    assert h.in_hand.result_satisfied_rate is None
    assert h.in_hand.satisfied_or_basically_rate == 1


def test_reports_say_which_rating_each_rate_uses() -> None:
    """The reports name the handling rate and the result rate, in Chinese and English."""
    records = [_rated(f"s{i}", Satisfaction.SATISFIED, Satisfaction.DISSATISFIED) for i in (1, 2)]
    summary = summarize(records, "2020-H1")
    zh = render_summary(summary, lang="zh")
    assert "办理工作满意和基本满意率100.0%" in zh
    assert "对办理结果评价2条，不满意2条，办理结果满意和基本满意率0.0%" in zh
    en = render_summary(summary, lang="en")
    assert "100.0% satisfied or basically satisfied with the handling" in en
    assert "0.0% satisfied or basically satisfied with the result" in en


# -- item 13: reception rules anchored on the station ---------------------------------------


def test_an_interval_rule_counts_from_the_opening_day() -> None:
    """Every other month from January 2020: 3 days in H1 whether asked as H1 or month by month."""
    station = Station(
        id="st1",
        name="一号站",
        opened=D(2020, 1, 1),
        reception_rule="FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15",
    )
    h1 = Period.parse("2020-H1")
    assert station.reception_days(h1.start, h1.end) == (
        D(2020, 1, 15),
        D(2020, 3, 15),
        D(2020, 5, 15),
    )
    by_month = sum(len(station.reception_days(m.start, m.end)) for m in h1.months())
    assert by_month == 3
    summaries = [summarize([station], m).stations[0].reception_days for m in h1.months()]
    assert summaries == [1, 0, 1, 0, 1, 0]


def test_a_count_rule_counts_from_its_dtstart() -> None:
    """COUNT=3 from 1 February: 15 Feb, Mar and Apr; Q2 holds one of them, not three."""
    station = Station(
        id="st1",
        name="一号站",
        reception_rule="DTSTART:20200201\nRRULE:FREQ=MONTHLY;COUNT=3;BYMONTHDAY=15",
    )
    assert summarize([station], "2020-H1").stations[0].reception_days == 3
    assert summarize([station], "2020-Q2").stations[0].reception_days == 1
    assert summarize([station], "2020-H2").stations[0].reception_days == 0


_RULES = st.sampled_from(
    [
        "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO",
        "FREQ=WEEKLY;INTERVAL=3",
        "FREQ=DAILY;INTERVAL=10",
        "FREQ=MONTHLY;COUNT=7;BYMONTHDAY=1",
        "FREQ=YEARLY;INTERVAL=2",
    ]
)


@given(opened=st.dates(D(2015, 1, 1), D(2022, 12, 31)), rule=_RULES, year=st.integers(2014, 2024))
def test_the_halves_of_a_year_add_up_to_the_year(opened: dt.date, rule: str, year: int) -> None:
    """H1 + H2 = the year, and the months add up to it too, for any rule and opening day."""
    station = Station(id="st1", name="一号站", opened=opened, reception_rule=rule)
    whole = Period.year(year)

    def days(period: Period) -> int:
        return len(station.reception_days(period.start, period.end))

    assert days(Period.half(year, 1)) + days(Period.half(year, 2)) == days(whole)
    assert sum(days(m) for m in whole.months()) == days(whole)
    assert all(day >= opened for day in station.reception_days(whole.start, whole.end))


@pytest.mark.parametrize(
    ("rule", "opened", "said"),
    [
        ("every month on the 15th", None, "not an RFC 5545 recurrence rule"),
        ("FREQ=HOURLY", None, "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=MONTHLY;COUNT=3", None, "give the opening day, or a DTSTART"),
    ],
)
def test_a_bad_reception_rule_is_explained_in_plain_words(
    rule: str, opened: dt.date | None, said: str
) -> None:
    """The message says what is wrong without the parser's own exception text."""
    with pytest.raises(FieldError) as caught:
        Station(id="st1", name="一号站", opened=opened, reception_rule=rule)
    message = str(caught.value)
    assert said in message
    # Nothing but our sentence and the value: no "(not enough values to unpack ...)".
    sentence = message.rsplit(" (got ", 1)[0]
    assert "(" not in sentence


# -- item 14: plan progress counts the plan's whole period ----------------------------------


def _plan() -> WorkPlan:
    target = Target(
        metric=TargetMetric.ACTIVITIES, value=2, activity_kinds=(ActivityKind.INSPECTION,)
    )
    return WorkPlan(
        id="w1",
        congress="c1",
        title="2020年下半年工作计划",
        start=D(2020, 7, 1),
        end=D(2020, 12, 31),
        items=(PlanItem(section=PlanSection.SUPERVISION, text="视察", targets=(target,)),),
    )


def _inspection(aid: str, day: dt.date) -> Activity:
    return Activity(id=aid, kind=ActivityKind.INSPECTION, title="视察", start=day)


def test_a_target_met_in_q3_is_not_zero_in_q4() -> None:
    """Q4 of an H2 plan cannot see Q3: the target is unknown there, never "0 of 2"."""
    records = [_plan(), _inspection("a1", D(2020, 8, 3)), _inspection("a2", D(2020, 8, 20))]
    (progress,) = summarize(records, "2020-Q4").plans[0].targets
    assert (progress.done, progress.met, progress.needed) == (None, None, 2)
    (progress,) = summarize(iter(records), "2020-Q4").plans[0].targets
    assert progress.done is None


def test_the_plans_period_to_date_counts_the_whole_plan() -> None:
    """The plan's period up to the end of Q4 counts July to December, not June."""
    records = [_plan(), _inspection("a1", D(2020, 8, 3)), _inspection("a2", D(2020, 8, 20))]
    more = [*records, _inspection("a3", D(2020, 11, 5)), _inspection("a0", D(2020, 6, 30))]
    to_date = Period.between(_plan().start, Period.parse("2020-Q4").end)
    (progress,) = summarize(records, to_date).plans[0].targets
    assert (progress.done, progress.met) == (Count(2), True)
    (progress,) = summarize(more, to_date).plans[0].targets
    assert progress.done == Count(3)


# -- item 15: a late extension leaves the round late ----------------------------------------


def _extended(on: dt.date) -> Suggestion:
    # Assigned 10 January: due 10 April, or 10 July when extended in time.
    return Suggestion(
        id="s1",
        kind=SuggestionKind.SUGGESTION,
        title="修路",
        lead="d1",
        raised_on=D(2020, 1, 5),
        events=(
            Assigned(on=D(2020, 1, 10), lead_unit="u1"),
            Extended(on=on),
            Replied(on=D(2020, 5, 1), outcome=Outcome.B),
        ),
    )


def test_an_extension_on_the_deadline_extends_it() -> None:
    """Extended on 10 April, the last day: due 10 July, and the May reply is on time."""
    (round_,) = _extended(D(2020, 4, 10)).rounds()
    assert (round_.extended, round_.due, round_.on_time) == (True, D(2020, 7, 10), True)
    h = summarize([_extended(D(2020, 4, 10))], "2020-H1").suggestions.in_hand
    assert (h.replied_on_time, h.replied_late) == (1, 0)


def test_an_extension_after_the_deadline_leaves_the_round_late() -> None:
    """Extended on 11 April, a day late: still due 10 April, and the May reply is late."""
    (round_,) = _extended(D(2020, 4, 11)).rounds()
    assert (round_.extended, round_.due, round_.on_time) == (False, D(2020, 4, 10), False)
    h = summarize([_extended(D(2020, 4, 11))], "2020-H1").suggestions.in_hand
    assert (h.replied_on_time, h.replied_late) == (0, 1)
    assert Fraction(h.replied_late, h.suggestions) == 1
