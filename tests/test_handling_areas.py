"""Handling totals per subject area, and each outcome and rating as a share of all items.

Expected figures are counted by hand from the records in each test; none is
taken from the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given

import congresskit.strategies as cs
from congresskit import (
    Count,
    FieldError,
    HandlingReport,
    Outcome,
    OutcomeCount,
    Rate,
    Rating,
    RecordSet,
    Satisfaction,
    TopicCount,
    When,
    check,
    dumps,
    loads,
    render_summary,
    summarize,
)

D = dt.date


def area(topic: str, n: int, *, at_least: bool = False) -> TopicCount:
    return TopicCount(topic=topic, count=Count(n, at_least=at_least))


def handling(**fields: Any) -> HandlingReport:
    base: dict[str, Any] = {
        "id": "h1",
        "title": "建议办理情况",
        "on": D(2011, 11, 29),
        "covers": When.of_year(2011),
    }
    return HandlingReport(**(base | fields))


def test_an_area_is_counted_once_in_a_report() -> None:
    """The same area twice in one report is refused, naming the field."""
    with pytest.raises(FieldError, match="by_topic"):
        handling(items=Count(5), by_topic=(area("水务", 2), area("水务", 3)))


def test_an_area_needs_its_name() -> None:
    """An area with an empty name is refused."""
    with pytest.raises(FieldError, match="topic"):
        TopicCount(topic="", count=Count(1))


def test_areas_read_from_a_document_and_back() -> None:
    """A document's by_topic reads into TopicCount entries and writes back the same."""
    text = json.dumps(
        {
            "format": "congresskit",
            "version": 2,
            "profile": "public",
            "handling_reports": [
                {
                    "id": "h1",
                    "title": "建议办理情况",
                    "on": "2011-11-29",
                    "covers": "2011",
                    "items": 81,
                    "by_topic": [{"topic": "水务", "count": 19}, {"topic": "交通", "count": 14}],
                }
            ],
        },
        ensure_ascii=False,
    )
    records = loads(text)
    (report,) = records.handling_reports
    assert report.by_topic == (area("水务", 19), area("交通", 14))
    assert loads(dumps(records)) == records


def test_areas_adding_up_to_more_than_the_items_are_warned_of() -> None:
    """19 + 14 items by area in a report of 30 items: a warning at the by_topic path."""
    report = handling(items=Count(30), by_topic=(area("水务", 19), area("交通", 14)))
    problems = [
        p for p in check(RecordSet(handling_reports=(report,))) if p.rule == "totals_exceed"
    ]
    assert [p.path for p in problems] == ["$.handling_reports[0].by_topic"]
    assert problems[0].severity == "warning"
    assert "33" in problems[0].message


def test_areas_within_the_items_are_not_warned_of() -> None:
    """Areas adding up to the items (19 + 14 of 33) raise no problem."""
    report = handling(items=Count(33), by_topic=(area("水务", 19), area("交通", 14)))
    assert [
        p for p in check(RecordSet(handling_reports=(report,))) if p.rule == "totals_exceed"
    ] == []


def test_the_summary_adds_areas_up_across_reports() -> None:
    """An area counted by two reports is their sum; one counted by one report is a lower bound."""
    a = handling(items=Count(40), by_topic=(area("水务", 19), area("交通", 14)))
    b = handling(id="h2", items=Count(10), by_topic=(area("交通", 3),))
    h = summarize([a, b], "2011").handling
    assert h.by_topic == {"水务": Count(19, at_least=True), "交通": Count(17)}
    assert list(h.by_topic) == ["水务", "交通"]  # the order the reports give


def test_a_report_without_areas_leaves_them_out() -> None:
    """No area counted: the summary has none (not areas with 0 items)."""
    h = summarize([handling(items=Count(5), topics=("交通",))], "2011").handling
    assert h.by_topic == {}


def test_the_json_summary_shows_each_area() -> None:
    """The JSON summary keys the areas by name, each with its count."""
    report = handling(items=Count(33), by_topic=(area("水务", 19), area("交通", 14)))
    data = json.loads(render_summary(summarize([report], "2011"), format="json"))
    assert data["handling"]["by_topic"] == {
        "水务": {"value": 19, "at_least": False},
        "交通": {"value": 14, "at_least": False},
    }


def test_both_reports_list_the_areas() -> None:
    """The zh and en reports say the items per area, in the reports' order."""
    report = handling(items=Count(33), by_topic=(area("水务", 19), area("交通", 14)))
    summary = summarize([report], "2011")
    assert "分方面：水务19件、交通14件" in render_summary(summary)
    assert "items by area: 水务 19, 交通 14" in render_summary(summary, lang="en")


@given(cs.handling_reports(min_date=D(2011, 1, 1), max_date=D(2011, 12, 31)))
def test_drawn_areas_never_count_more_than_the_items(report: HandlingReport) -> None:
    """The strategy draws areas that fit in the report's items, so check is quiet on them."""
    problems = check(RecordSet(handling_reports=(report,)))
    assert "$.handling_reports[0].by_topic" not in [p.path for p in problems]


def test_each_outcome_and_rating_is_a_share_of_all_items() -> None:
    """14 of 81 items solved (printed 17.3%), 70 of 81 satisfied (86.4%): shares of all items."""
    report = handling(
        items=Count(81),
        outcomes=(
            OutcomeCount(outcome=Outcome.A, count=Count(14)),
            OutcomeCount(outcome=Outcome.B, count=Count(41)),
        ),
        ratings=(Rating(level=Satisfaction.SATISFIED, count=Count(70)),),
    )
    h = summarize([report], "2011").handling
    assert h.outcome_shares == {
        Outcome.A: Rate(part=Count(14), base=Count(81), of="all"),
        Outcome.B: Rate(part=Count(41), base=Count(81), of="all"),
    }
    assert h.rating_shares == {
        Satisfaction.SATISFIED: Rate(part=Count(70), base=Count(81), of="all")
    }
    share = h.outcome_shares[Outcome.A].percent
    assert share is not None
    assert round(share, 1) == 17.3


def test_no_shares_when_the_items_are_not_stated() -> None:
    """Outcomes without a stated number of items have no share (not a share of 0)."""
    report = handling(outcomes=(OutcomeCount(outcome=Outcome.A, count=Count(14)),))
    h = summarize([report], "2011").handling
    assert h.outcomes == {Outcome.A: Count(14)}
    assert h.outcome_shares == {}
    assert "%" not in render_summary(summarize([report], "2011"), lang="en").split("replies by")[1]


def test_shares_of_itemised_suggestions_are_of_those_raised() -> None:
    """With itemised suggestions, the base is the number raised in the period."""
    from congresskit import example_records

    h = summarize(example_records(), "2020-H1").handling
    assert h.basis == "itemised"
    assert h.outcomes
    assert h.items is not None
    for outcome, n in h.outcomes.items():
        assert h.outcome_shares[outcome] == Rate(part=n, base=h.items, of="all")


def test_both_reports_give_each_share() -> None:
    """The zh and en reports put each outcome's share of all items beside its count."""
    report = handling(items=Count(81), outcomes=(OutcomeCount(outcome=Outcome.A, count=Count(14)),))
    summary = summarize([report], "2011")
    assert "14件（占全部件数的17.3%）" in render_summary(summary)
    assert "14 (17.3% of all items)" in render_summary(summary, lang="en")
