"""Membership at the date: a record counts for the group, station and term of its day.

A summary or assessment of a past period must not change when a deputy moves
afterwards; a date too vague to say which membership was in force is counted
apart, never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from congresskit import (
    STANDARD_12345,
    Activity,
    ActivityKind,
    Deputy,
    DeputyGroup,
    Level,
    Membership,
    MembershipKind,
    PeriodSummary,
    Station,
    Suggestion,
    SuggestionKind,
    When,
    assess,
    summarize,
)
from congresskit.reports._json import to_json
from tests.budget import examples

D = dt.date
G, S, T = MembershipKind.GROUP, MembershipKind.STATION, MembershipKind.TERM
PERIOD = "2020"
GROUPS = [DeputyGroup(id=f"g{i}", name=f"第{i + 1}代表小组") for i in range(3)]
STATIONS = [Station(id=f"st{i}", name=f"{i + 1}号站") for i in range(2)]


def _membership(kind: MembershipKind, of: str, start: dt.date, end: dt.date | None) -> Membership:
    return Membership(kind=kind, of=of, start=start, end=end)


@st.composite
def _deputy(draw: st.DrawFn, did: str) -> Deputy:
    """A deputy of term t19 in one group and station, who may change both within 2020."""
    held = [_membership(T, "t19", D(2016, 12, 1), None)]
    for kind, pool in ((G, [g.id for g in GROUPS]), (S, [s.id for s in STATIONS])):
        first = draw(st.sampled_from(pool))
        if draw(st.booleans()):
            # A move within the period: the old membership ends the day before the new one.
            day = draw(st.dates(D(2020, 1, 2), D(2020, 12, 31)))
            then = draw(st.sampled_from(pool))
            held.append(_membership(kind, first, D(2019, 1, 1), day - dt.timedelta(days=1)))
            held.append(_membership(kind, then, day, None))
        else:
            held.append(_membership(kind, first, D(2019, 1, 1), None))
    return Deputy(id=did, name=f"代表{did}", levels=(Level.TOWN,), memberships=tuple(held))


_DAYS = st.one_of(
    st.dates(D(2020, 1, 1), D(2020, 12, 31)),
    st.builds(When.of_month, st.just(2020), st.integers(1, 12)),
)


@st.composite
def _records(draw: st.DrawFn) -> list[Any]:
    deputies = [draw(_deputy(f"d{i}")) for i in range(draw(st.integers(1, 3)))]
    ids = [d.id for d in deputies]
    suggestions = [
        Suggestion(
            id=f"s{i}",
            kind=SuggestionKind.SUGGESTION,
            title="建议",
            lead=draw(st.sampled_from([*ids, None])),
            raised_on=draw(_DAYS),
        )
        for i in range(draw(st.integers(0, 6)))
    ]
    activities = [
        Activity(
            id=f"a{i}",
            kind=draw(st.sampled_from([ActivityKind.INSPECTION, ActivityKind.VOTER_VISIT])),
            title="活动",
            start=draw(_DAYS),
            participants=tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=3))),
        )
        for i in range(draw(st.integers(0, 5)))
    ]
    return [*GROUPS, *STATIONS, *deputies, *suggestions, *activities]


def _moved_after_the_period(deputy: Deputy, day: dt.date) -> Deputy:
    """``deputy`` moved on ``day`` (after 2020) to group g2 and station st1."""
    held = []
    for m in deputy.memberships:
        if m.kind is not T and m.end is None:
            held.append(attrs.evolve(m, end=day - dt.timedelta(days=1)))
            held.append(_membership(m.kind, "g2" if m.kind is G else "st1", day, None))
        else:
            held.append(m)
    return attrs.evolve(deputy, memberships=tuple(held))


@settings(max_examples=examples(60))
@given(_records(), st.dates(D(2021, 1, 1), D(2022, 12, 31)))
def test_a_move_after_the_period_changes_neither_summary_nor_assessment(
    records: list[Any], day: dt.date
) -> None:
    """Moving every deputy to another group and station after 2020 leaves 2020 as it was."""
    moved = [_moved_after_the_period(r, day) if isinstance(r, Deputy) else r for r in records]
    assert moved != records or not any(isinstance(r, Deputy) for r in records)
    assert to_json(summarize(moved, PERIOD)) == to_json(summarize(records, PERIOD))
    assert assess(moved, PERIOD, STANDARD_12345) == assess(records, PERIOD, STANDARD_12345)


@settings(max_examples=examples(60))
@given(_records(), st.data())
def test_parts_merged_equal_the_whole(records: list[Any], data: st.DataObject) -> None:
    """Summaries of parts (a deputy's record in one part, its suggestions in others) add up."""
    n = data.draw(st.integers(1, 3))
    parts: list[list[Any]] = [[] for _ in range(n)]
    for r in records:
        parts[data.draw(st.integers(0, n - 1))].append(r)
    whole = summarize(records, PERIOD)
    assert PeriodSummary.sum(summarize(p, PERIOD) for p in parts) == whole
    assert PeriodSummary.sum(summarize(p, PERIOD) for p in reversed(parts)) == whole


def _in_force(deputy: Deputy, kind: MembershipKind, of: str, day: dt.date) -> str:
    """'all', 'some' or 'none' of the days ``day`` may be, counted day by day."""
    first = day.earliest if isinstance(day, When) else day
    last = day.latest if isinstance(day, When) else day
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    held = [
        any(
            m.kind is kind and m.of == of and m.start <= d and (m.end is None or d <= m.end)
            for m in deputy.memberships
        )
        for d in days
    ]
    return "all" if all(held) else "some" if any(held) else "none"


@settings(max_examples=examples(60))
@given(_records())
def test_group_and_station_figures_equal_day_by_day_counts(records: list[Any]) -> None:
    """Each group's and station's suggestions and possible ones, counted day by day."""
    summary = summarize(records, PERIOD)
    deputies = {d.id: d for d in records if isinstance(d, Deputy)}
    raised = [r for r in records if isinstance(r, Suggestion)]
    for kind, figures in ((G, summary.groups), (S, summary.stations)):
        for f in figures:
            held = [
                "none" if s.lead is None else _in_force(deputies[s.lead], kind, f.id, s.raised_on)
                for s in raised
            ]
            assert f.suggestions.suggestions == held.count("all")
            assert f.suggestions_possible == held.count("some")


def test_a_suggestion_in_the_month_of_a_move_is_possibly_either_groups() -> None:
    """Raised 'in March' by a deputy who moved on 16 March: neither group counts it as
    certainly theirs; both show it as possible; an exact day goes to one group."""
    deputy = Deputy(id="d1", name="张华", memberships=(
        _membership(G, "g0", D(2019, 1, 1), D(2020, 3, 15)),
        _membership(G, "g1", D(2020, 3, 16), None),
    ))  # fmt: skip
    march = Suggestion(id="s1", kind=SuggestionKind.SUGGESTION, title="建议", lead="d1",
                       raised_on=When.of_month(2020, 3))  # fmt: skip
    exact = attrs.evolve(march, id="s2", raised_on=D(2020, 3, 15))
    later = attrs.evolve(march, id="s3", raised_on=D(2020, 3, 16))
    groups = {g.id: g for g in summarize([*GROUPS, deputy, march, exact, later], PERIOD).groups}
    assert (groups["g0"].suggestions.suggestions, groups["g0"].suggestions_possible) == (1, 1)
    assert (groups["g1"].suggestions.suggestions, groups["g1"].suggestions_possible) == (1, 1)
    assert (groups["g2"].suggestions.suggestions, groups["g2"].suggestions_possible) == (0, 0)
