"""Unit scorecards, opinions by disposition and continuous channels in summaries and reports.

Expected figures are worked out by hand from the records in each test.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    Count,
    Dispositions,
    Evaluated,
    HandlingReport,
    Implementation,
    Opinion,
    OpinionResolution,
    Outcome,
    Rate,
    Rating,
    RecordSet,
    Replied,
    Returned,
    Satisfaction,
    Suggestion,
    SuggestionKind,
    Unit,
    UnitKind,
    When,
    check,
    render_summary,
    summarize,
)

D = dt.date
SAT, BASIC, DIS = (
    Satisfaction.SATISFIED,
    Satisfaction.BASICALLY_SATISFIED,
    Satisfaction.DISSATISFIED,
)
RAISED = D(2020, 1, 13)
A = Assigned(on=D(2020, 1, 20), lead_unit="u1")


def rating(level: Satisfaction, n: int) -> Rating:
    return Rating(level=level, count=Count(n))


def report(**fields: object) -> HandlingReport:
    base: dict[str, object] = {
        "id": "h1",
        "title": "代表建议办理情况报告",
        "on": D(2020, 12, 20),
        "covers": When.of_year(2020),
    }
    return HandlingReport(**(base | fields))  # type: ignore[arg-type]


def suggestion(sid: str, *events: object, raised: D = RAISED) -> Suggestion:
    return Suggestion(
        id=sid,
        kind=SuggestionKind.SUGGESTION,
        title="路灯",
        lead="d1",
        raised_on=raised,
        events=events,
    )


# --- scorecards ------------------------------------------------------------------------


def scorecard_records() -> list[object]:
    return [
        Unit(id="u1", name="交通局", kind=UnitKind.DISTRICT_DEPARTMENT),
        # On time (due 20 April), class A, satisfied at the first evaluation.
        suggestion(
            "s1",
            A,
            Replied(on=D(2020, 3, 1), outcome=Outcome.A, implementation=Implementation.RESOLVED),
            Evaluated(on=D(2020, 3, 5), handling=SAT),
        ),
        # Late (reply 1 May), class B, dissatisfied, re-handled.
        suggestion(
            "s2",
            A,
            Replied(on=D(2020, 5, 1), outcome=Outcome.B),
            Evaluated(on=D(2020, 5, 5), handling=DIS),
        ),
        # Returned by u2 after two days, reassigned to u1, not replied: overdue.
        suggestion(
            "s3",
            Assigned(on=D(2020, 1, 20), lead_unit="u2"),
            Returned(on=D(2020, 1, 22), reason="非本单位职责"),
            Assigned(on=D(2020, 1, 24), lead_unit="u1"),
        ),
        # Assigned 1 December: due 1 March 2021, not in the closed cohort of 2020.
        suggestion("s4", Assigned(on=D(2020, 12, 1), lead_unit="u1"), raised=D(2020, 11, 20)),
    ]


def test_scorecards_count_the_closed_cohort_and_returns_by_the_returning_unit() -> None:
    """Figures per unit, worked out by hand from the four suggestions above."""
    u1, u2 = summarize(scorecard_records(), "2020").units
    assert (u1.id, u1.name, u2.id) == ("u1", "交通局", "u2")
    assert (u1.assigned, u1.due) == (4, 3)
    assert (u1.replied_on_time, u1.replied_late, u1.overdue) == (1, 1, 1)
    days = [(D(2020, 3, 1) - A.on).days, (D(2020, 5, 1) - A.on).days]  # 41 and 102
    assert u1.average_days_to_reply == pytest.approx(sum(days) / 2)
    assert u1.outcomes == {Outcome.A: 1, Outcome.B: 1}
    assert (u1.first_round_rated, u1.first_round_satisfied) == (2, 1)
    assert u1.implementation == {Implementation.RESOLVED: 1}
    assert (u1.returned, u2.returned, u2.assigned) == (0, 1, 0)
    rate = u1.on_time_rate
    assert rate is not None
    assert rate.of == "due"
    assert rate.percent == pytest.approx(100 / 3)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["md", "text"])
def test_the_unit_table_is_rendered_in_both_languages(lang: str, fmt: str) -> None:
    """summary --by unit: one row per unit, the unit's name where its record is known."""
    s = summarize(scorecard_records(), "2020")
    text = render_summary(s, format=fmt, lang=lang, by="unit")  # type: ignore[arg-type]
    heading = "按承办单位统计" if lang == "zh" else "by handling unit"
    assert heading in text
    row = next(line for line in text.splitlines() if "交通局" in line)
    assert "33%/33%/0%/0%" not in row  # shares are of replies, not of items assigned
    assert "50%/50%/0%/0%" in row


def test_the_json_summary_carries_the_scorecards() -> None:
    """JSON gives every figure of each scorecard."""
    data = json.loads(render_summary(summarize(scorecard_records(), "2020"), format="json"))
    first = data["units"][0]
    assert (first["id"], first["assigned"], first["due"], first["overdue"]) == ("u1", 4, 3, 1)


# --- receptions and channels --------------------------------------------------------


def reception(**fields: object) -> Activity:
    base: dict[str, object] = {
        "id": "a-rec",
        "kind": ActivityKind.RECEPTION,
        "title": "代表接待日",
        "start": D(2020, 5, 15),
    }
    return Activity(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("collected", "dispositions", "warned"),
    [
        (Count(10), Dispositions(answered_on_spot=Count(6), forwarded=Count(4)), False),
        (Count(10), Dispositions(answered_on_spot=Count(6), forwarded=Count(3)), True),
        (Count(10), Dispositions(answered_on_spot=Count(8), forwarded=Count(4)), True),
        (Count(10, at_least=True), Dispositions(answered_on_spot=Count(6)), False),
    ],
)
def test_dispositions_that_do_not_add_up_are_a_warning(
    collected: Count, dispositions: Dispositions, warned: bool
) -> None:
    """W006: counted dispositions account for exactly the opinions collected, when exact."""
    rs = RecordSet.from_records(
        [reception(opinions_collected=collected, dispositions=dispositions)]
    )
    problems = [p for p in check(rs) if p.rule == "dispositions_mismatch"]
    assert [p.path for p in problems] == (["$.activities[0].dispositions"] if warned else [])
    assert all(p.code == "W006" and p.is_warning for p in problems)


def test_opinions_are_split_by_disposition_itemised_and_counted_together() -> None:
    """Itemised opinions and counted dispositions add up; a pending opinion is unaccounted."""
    records = [
        reception(
            dispositions=Dispositions(answered_on_spot=Count(6), forwarded=Count(2)),
            opinions=(
                Opinion(text="路灯不亮", resolution=OpinionResolution.ANSWERED_ON_SPOT),
                Opinion(text="垃圾清运", resolution=OpinionResolution.PENDING),
            ),
            public_ratings=(rating(SAT, 20), rating(BASIC, 3)),
        ),
    ]
    o = summarize(records, "2020").opinions
    assert (o.answered_on_spot, o.forwarded, o.unaccounted) == (Count(7), Count(2), Count(1))
    assert o.turned_into_suggestions is None  # no record states it
    assert o.public_ratings == {SAT: Count(20), BASIC: Count(3)}
    assert o.counted == 1


def test_a_channels_own_reports_are_summed_apart_from_the_handling_totals() -> None:
    """A channel's monthly ratings do not count again in the congress's handling totals."""
    records = [
        report(id="h-year", items=Count(46)),
        report(
            id="h-may",
            covers=When.of_month(2020, 5),
            channel="民情直通车",
            items=Count(12),
            ratings=(rating(SAT, 11), rating(DIS, 1)),
        ),
        Suggestion(
            id="s-ch",
            kind=SuggestionKind.OPINION,
            title="菜市场",
            lead="d1",
            raised_on=D(2020, 5, 3),
            channel="民情直通车",
        ),
    ]
    s = summarize(records[:2], "2020")
    assert s.handling.items == Count(46)
    (channel,) = summarize(records, "2020").channels
    assert (channel.name, channel.suggestions, channel.handling.items) == (
        "民情直通车",
        1,
        Count(12),
    )
    assert channel.handling.ratings == {SAT: Count(11), DIS: Count(1)}


def test_a_pooled_satisfaction_is_a_share_of_all_items_only() -> None:
    """满意率 pooling satisfied and basically satisfied: of all items; of those rated, unknown."""
    h = summarize([report(items=Count(18), satisfied_or_basically=Count(18))], "2020").handling
    assert h.satisfaction_of_all == Rate(part=Count(18), base=Count(18), of="all")
    assert h.satisfaction_of_rated is None
