"""Duty standards as data: the bundled ones, round trips, and strict loading."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_STANDARD,
    STANDARD_12345,
    TOWN_POINTS_TABLE,
    ActivityKind,
    CongresskitError,
    Crediting,
    DutyMetric,
    DutyRule,
    DutyStandard,
    DutyWindow,
    FieldError,
    PartService,
    PointsItem,
    PointsTable,
    StandardError,
    When,
    assess,
    dump_standard,
    example_records,
    load_standard,
    render_assessment,
)
from congresskit.strategies import vague_dates


def test_the_12345_standard_says_what_the_report_says() -> None:
    """Once a term; 2 suggestions, 4 activities, 5 households a year; 3 speeches a session."""
    assert [(r.metric, r.threshold, r.window) for r in STANDARD_12345.rules] == [
        (DutyMetric.REPORTS_TO_VOTERS, 1, DutyWindow.TERM),
        (DutyMetric.SUGGESTIONS_RAISED, 2, DutyWindow.YEAR),
        (DutyMetric.SPEECHES, 3, DutyWindow.SESSION),
        (DutyMetric.ACTIVITIES, 4, DutyWindow.YEAR),
        (DutyMetric.HOUSEHOLDS_CONTACTED, 5, DutyWindow.YEAR),
    ]
    assert STANDARD_12345.part_service is PartService.PRO_RATA
    assert DEFAULT_STANDARD.rules == STANDARD_12345.rules
    assert DEFAULT_STANDARD.points is TOWN_POINTS_TABLE
    assert all(item.cap is not None for item in TOWN_POINTS_TABLE.items)


def test_bundled_standards_survive_json() -> None:
    """dump_standard gives JSON-ready data that load_standard reads back unchanged."""
    for standard in (STANDARD_12345, DEFAULT_STANDARD):
        text = json.dumps(dump_standard(standard), ensure_ascii=False)
        assert load_standard(json.loads(text)) == standard


KINDS = st.lists(st.sampled_from(ActivityKind), max_size=3, unique=True).map(tuple)


@st.composite
def rules(draw: st.DrawFn, code: str) -> DutyRule:
    window = draw(st.sampled_from(DutyWindow))
    per_session = [DutyMetric.SPEECHES, DutyMetric.SUGGESTIONS_RAISED, DutyMetric.SUGGESTIONS_LED]
    metric = draw(st.sampled_from(per_session if window is DutyWindow.SESSION else DutyMetric))
    return DutyRule(
        code=code,
        metric=metric,
        threshold=draw(st.integers(1, 50)),
        window=window,
        activity_kinds=draw(KINDS) if metric is DutyMetric.ACTIVITIES else (),
        description=draw(st.none() | st.text(min_size=1).filter(str.strip)),
    )


@st.composite
def points_items(draw: st.DrawFn) -> PointsItem:
    metric = draw(st.sampled_from(DutyMetric))
    return PointsItem(
        metric=metric,
        points=draw(st.integers(1, 20)),
        cap=draw(st.none() | st.integers(1, 100)),
        activity_kinds=draw(KINDS) if metric is DutyMetric.ACTIVITIES else (),
    )


#: Days the strategies' vague dates are drawn around (their range of years).
DAYS = st.dates(dt.date(2000, 1, 1), dt.date(2039, 12, 31))


@st.composite
def standards(draw: st.DrawFn) -> DutyStandard:
    codes = draw(st.lists(st.sampled_from("12345abc"), unique=True, max_size=5))
    table = st.builds(PointsTable, name=st.just("表"), items=st.lists(points_items()).map(tuple))
    return DutyStandard(
        name=draw(st.sampled_from(["12345", "两个一"])),
        rules=tuple(draw(rules(c)) for c in codes),
        part_service=draw(st.sampled_from(PartService)),
        points=draw(st.none() | table),
        crediting=draw(st.sampled_from(Crediting)),
        in_force_from=draw(st.none() | DAYS.flatmap(vague_dates)),
    )


@given(standards())
def test_any_standard_round_trips_through_plain_data(standard: DutyStandard) -> None:
    """load_standard(dump_standard(s)) == s, through JSON text too."""
    data = dump_standard(standard)
    assert load_standard(data) == standard
    assert load_standard(json.loads(json.dumps(data))) == standard


GOOD: dict[str, Any] = {
    "name": "12345",
    "part_service": "pro_rata",
    "rules": [{"code": "4", "metric": "activities", "threshold": 4, "window": "year"}],
    "points": {"name": "表", "items": [{"metric": "speeches", "points": 2, "cap": 10}]},
}


def _with(path: str, value: Any) -> dict[str, Any]:
    """GOOD with the value at ``path`` (``a.b.0.c``) replaced, or removed if ``value`` is ..."""
    data = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is ...:
        del node[last]
    elif isinstance(node, list) and int(last) == len(node):
        node.append(value)
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (_with("name", 12345), "$.name: expected a string, got int 12345"),
        (_with("name", ...), "$.name: required field missing"),
        (_with("rules.0.threshold", "4"), "$.rules[0].threshold: expected an integer, got str '4'"),
        (_with("rules.0.threshold", True), "$.rules[0].threshold: expected an integer, got bool"),
        (_with("rules.0.threshold", 4.0), "$.rules[0].threshold: expected an integer, got float"),
        (_with("rules.0.threshold", 0), "$.rules[0]: DutyRule.threshold: must be 1 or more"),
        (_with("rules.0.metric", "speech"), "$.rules[0].metric: unknown DutyMetric 'speech'"),
        (_with("rules.0.metric", 3), "$.rules[0].metric: expected one of 'suggestions_raised'"),
        (_with("rules.0.window", "month"), "$.rules[0].window: unknown DutyWindow 'month'"),
        (_with("rules.0.window", "session"), "$.rules[0]: DutyRule.metric, window: only speeches"),
        (
            _with("rules.0.activity_kinds", "reception"),
            "$.rules[0].activity_kinds: expected a list",
        ),
        (
            _with("rules.0.activity_kinds", ["reception", "party"]),
            "$.rules[0].activity_kinds[1]: unknown ActivityKind 'party'",
        ),
        (
            _with("rules.0.activity_kinds", ["reception", "reception"]),
            "$.rules[0]: DutyRule.activity_kinds: lists the same value twice",
        ),
        (_with("rules.0.code", ...), "$.rules[0].code: required field missing"),
        (_with("rules.0.limit", 3), "$.rules[0]: unknown field 'limit'"),
        (_with("rules", {"code": "4"}), "$.rules: expected a list, got dict"),
        (
            _with("rules.1", GOOD["rules"][0]),
            "$: DutyStandard.rules[1].code: two rules share a code",
        ),
        (_with("part_service", "prorata"), "$.part_service: unknown PartService 'prorata'"),
        (_with("crediting", "equal"), "$.crediting: unknown Crediting 'equal'"),
        (
            _with("crediting", True),
            "$.crediting: expected one of 'full' (全额计入每位参加代表), 'shared' (按人均分摊), "
            "'none' (不计入), got bool True",
        ),
        (_with("points.items.0.cap", 0), "$.points.items[0]: PointsItem.cap: must be 1 or more"),
        (_with("points.items.0.cap", "10"), "$.points.items[0].cap: expected an integer"),
        (
            _with("points.items.0.activity_kinds", ["study"]),
            "$.points.items[0]: PointsItem.metric, activity_kinds: activity_kinds narrows",
        ),
        (_with("points.rows", []), "$.points: unknown field 'rows'"),
        (_with("in_force_from", 2015), "$.in_force_from: expected a date as a string"),
        (_with("in_force_from", "2015-13"), "$.in_force_from: no such day or month"),
        (_with("in_force_from", "15"), "$.in_force_from: expected a date YYYY-MM-DD"),
        (
            _with("in_force_from", {"earliest": "2016", "latest": "2015"}),
            "$.in_force_from: the latest day 2015-12-31 is before the earliest 2016-01-01",
        ),
        (_with("in_force_from", {"on": "2015"}), "$.in_force_from: a date object has earliest"),
        ([GOOD], "$: expected an object (a dict), got list"),
        ("12345", "$: expected an object (a dict), got str '12345'"),
    ],
)
def test_bad_standards_are_refused_with_their_paths(data: Any, problem: str) -> None:
    """Each bad document raises StandardError (a ValueError) listing the problem at its path."""
    with pytest.raises(StandardError) as info:
        load_standard(data)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, CongresskitError)
    assert any(p.startswith(problem) for p in info.value.problems), info.value.problems
    assert problem in str(info.value)


def test_every_problem_is_reported_at_once() -> None:
    """Several problems in one document are all reported, each with its own path."""
    data = _with("rules.0.threshold", "4")
    data["part_service"] = "sometimes"
    data["points"]["items"][0]["points"] = None
    with pytest.raises(StandardError) as info:
        load_standard(data)
    paths = sorted(re.match(r"(\S+):", p).group(1) for p in info.value.problems)  # type: ignore[union-attr]
    assert paths == ["$.part_service", "$.points.items[0].points", "$.rules[0].threshold"]


@pytest.mark.parametrize(
    ("make", "fields"),
    [
        (
            lambda: DutyRule(code="x", metric=DutyMetric.ACTIVITIES, threshold=1,
                             window=DutyWindow.SESSION),
            "DutyRule.metric, window",
        ),
        (
            lambda: DutyRule(code="x", metric=DutyMetric.SPEECHES, threshold=1,
                             window=DutyWindow.YEAR, activity_kinds=(ActivityKind.STUDY,)),
            "DutyRule.metric, activity_kinds",
        ),
        (
            lambda: DutyRule(code=" ", metric=DutyMetric.SPEECHES, threshold=1,
                             window=DutyWindow.YEAR),
            "DutyRule.code",
        ),
        (lambda: PointsItem(metric=DutyMetric.SPEECHES, points=0), "PointsItem.points"),
        (
            lambda: DutyStandard(name="x", rules=STANDARD_12345.rules * 2),
            "DutyStandard.rules[5].code",
        ),
    ],
)  # fmt: skip
def test_inconsistent_rules_are_field_errors(make: Any, fields: str) -> None:
    """Rules that cannot be assessed are refused when built, naming the fields."""
    with pytest.raises(FieldError, match=re.escape(fields + ":")):
        make()


def test_households_are_shared_unless_the_standard_says_otherwise() -> None:
    """A standard without 'crediting' shares households equally; the bundled ones do too."""
    plain = load_standard(GOOD)  # no "crediting" key
    assert plain.crediting is Crediting.SHARED
    assert DEFAULT_STANDARD.crediting is STANDARD_12345.crediting is Crediting.SHARED
    assert dump_standard(plain)["crediting"] == "shared"
    assert load_standard({**GOOD, "crediting": "full"}).crediting is Crediting.FULL


def test_a_standard_applies_from_the_day_month_or_year_it_states() -> None:
    """in_force_from reads as precise as written, refuses a period that ends before it,
    and the report names it beside the standard in both languages."""
    data = _with("in_force_from", "2020-03")
    standard = load_standard(data)
    assert standard.in_force_from == When.of_month(2020, 3)
    assert dump_standard(standard)["in_force_from"] == "2020-03"
    with pytest.raises(FieldError) as info:
        assess(example_records(), "2019", standard=standard)
    assert isinstance(info.value, ValueError)
    assert "first applies on 2020-03" in str(info.value)
    # A period that ends after the standard applies is assessed (here it starts before it).
    result = assess(example_records(), "2020-H1", standard=standard)
    assert "考核标准：12345，2020年3月起施行（" in render_assessment(result)
    assert "Standard: 12345, in force from March 2020 (" in render_assessment(result, lang="en")
    unstated = assess(example_records(), "2020-H1", standard=load_standard(GOOD))
    assert "施行" not in render_assessment(unstated)
