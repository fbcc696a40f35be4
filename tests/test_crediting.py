"""Crediting an activity's figures to its participants: own figures, and the three rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import congresskit.strategies as cs
from congresskit import (
    STANDARD_12345,
    Activity,
    ActivityKind,
    Count,
    Crediting,
    Deputy,
    DutyMetric,
    FieldError,
    ParticipantFigures,
    assess,
    check,
    credited,
)
from congresskit.records.activities import FIGURES, Figure
from tests.counting import count_independently, served_days
from tests.records import PERIODS, record_lists

#: Activities as check() accepts them: own figures of listed deputies, within exact totals.
ACTIVITIES = cs.activities(participants=[f"d{i}" for i in range(8)], max_participants=8)
RULES = st.sampled_from(Crediting)
FIGURE = st.sampled_from(FIGURES)


def _total(a: Activity, figure: Figure) -> Count | None:
    """The activity's total, reported or itemised, worked out here."""
    reported: Count | None = getattr(a, figure)
    itemised = {"opinions_collected": len(a.opinions), "suggestions_reported": len(a.suggestions)}
    n = itemised.get(figure, 0)
    if reported is None:
        return Count(n) if n else None
    return reported if reported.value >= n else Count(n, at_least=reported.at_least)


def _own(a: Activity, figure: Figure) -> dict[str, int]:
    return {
        f.deputy: getattr(f, figure).value
        for f in a.participant_figures
        if getattr(f, figure) is not None
    }


@given(ACTIVITIES, FIGURE, st.sampled_from([Crediting.SHARED, Crediting.NONE]))
def test_shared_and_own_figures_never_credit_more_than_the_total(
    a: Activity, figure: Figure, rule: Crediting
) -> None:
    """Under 'shared' and 'none' (own figures only) the credits add up to no more than the total.

    When the total is a lower bound ("20+"), own figures may go beyond its
    figure, and then nothing more is credited.
    """
    credits = credited(a, figure, rule)
    given_sum = sum(credits.values(), Count(0)).value
    total = _total(a, figure)
    own = sum(_own(a, figure).values())
    if total is None:
        assert given_sum == own
    elif total.at_least:
        assert given_sum <= max(total.value, own)
    else:
        assert given_sum <= total.value


@given(ACTIVITIES, FIGURE, RULES)
def test_own_figures_always_win(a: Activity, figure: Figure, rule: Crediting) -> None:
    """A deputy with an own figure is credited with exactly it, whatever the rule."""
    credits = credited(a, figure, rule)
    for deputy, value in _own(a, figure).items():
        assert credits[deputy].value == value
    assert set(credits) <= set(a.participants)


@given(ACTIVITIES, FIGURE)
def test_shared_credits_others_equally_and_full_gives_each_the_rest(
    a: Activity, figure: Figure
) -> None:
    """'shared' gives the others equal parts that fit the rest; 'full' gives each all of it."""
    own = _own(a, figure)
    others = [d for d in a.participants if d not in own]
    total = _total(a, figure)
    shared, full = credited(a, figure, Crediting.SHARED), credited(a, figure, Crediting.FULL)
    if total is None or not others:
        assert shared == full == {d: c for d, c in shared.items() if d in own}
        return
    rest = max(0, total.value - sum(own.values()))
    assert {full[d].value for d in others} == {rest}
    parts = {shared[d].value for d in others}
    assert len(parts) == 1
    (part,) = parts
    sharing = a.participations - len(own)  # participants reported but not listed share too
    assert part * sharing <= rest < (part + 1) * sharing


@given(ACTIVITIES, FIGURE)
def test_full_without_own_figures_is_the_old_rule(a: Activity, figure: Figure) -> None:
    """With no own figures, 'full' credits every participant with the activity's whole total."""
    a = attrs.evolve(a, participant_figures=())
    total = _total(a, figure)
    expected = {} if total is None else dict.fromkeys(a.participants, total)
    assert credited(a, figure, Crediting.FULL) == expected


@given(record_lists(), PERIODS)
def test_full_crediting_assesses_as_before(records: list[Any], text: str) -> None:
    """Under 'full', records without own figures give each deputy all households, as before."""
    records = [
        attrs.evolve(r, participant_figures=()) if isinstance(r, Activity) else r for r in records
    ]
    full = attrs.evolve(STANDARD_12345, crediting=Crediting.FULL)
    result = assess(records, text, full)
    deputies = {d.id: d for d in records if isinstance(d, Deputy)}
    for deputy in result.deputies:
        # Only activities dated while the deputy held a term membership count.
        served = served_days(deputies[deputy.deputy])
        for r in deputy.results:
            if r.rule.metric is DutyMetric.HOUSEHOLDS_CONTACTED:
                end = min(r.window.end, result.period.end)
                old = sum(
                    a.households_contacted.value
                    for a in records
                    if isinstance(a, Activity)
                    and a.households_contacted is not None
                    and deputy.deputy in a.participants
                    and r.window.start <= a.start <= end
                    and any(first <= a.start.toordinal() <= last for first, last in served)
                )
                assert r.figure.value == old


def test_generated_activities_pass_the_check() -> None:
    """The shipped strategy's own figures are ones check() accepts (see test_strategies too)."""

    @given(cs.record_sets(max_size=3))
    def inner(records: Any) -> None:
        # Warnings (a deputy with no term membership) are allowed; errors are not.
        assert [p for p in check(records) if not p.is_warning] == []

    inner()


def test_an_entry_without_any_figure_is_refused() -> None:
    """ParticipantFigures must give at least one figure."""
    with pytest.raises(FieldError, match="at least one figure"):
        ParticipantFigures(deputy="d1")


def test_unknown_figure_name_is_refused() -> None:
    """credited() names the figures it knows."""
    a = Activity(id="a", kind=ActivityKind.VOTER_VISIT, title="走访", start=dt.date(2020, 1, 1))
    with pytest.raises(ValueError, match="households_contacted"):
        credited(a, "households", Crediting.SHARED)  # type: ignore[arg-type]


def test_a_deputy_without_own_figure_is_credited_by_the_rule() -> None:
    """Three deputies, one with 5 of 12 households: the other two share 7 (3 each) or get 7."""
    a = Activity(
        id="a",
        kind=ActivityKind.VOTER_VISIT,
        title="走访选民",
        start=dt.date(2020, 3, 1),
        participants=("d1", "d2", "d3"),
        households_contacted=Count(12),
        participant_figures=(ParticipantFigures(deputy="d1", households_contacted=Count(5)),),
    )
    values = {rule: {d: c.value for d, c in credited(a, "households_contacted", rule).items()}
              for rule in Crediting}  # fmt: skip
    assert values[Crediting.SHARED] == {"d1": 5, "d2": 3, "d3": 3}
    assert values[Crediting.FULL] == {"d1": 5, "d2": 7, "d3": 7}
    assert values[Crediting.NONE] == {"d1": 5}
    # Ten deputies took part but three are listed: the 7 left are shared by nine.
    many = attrs.evolve(a, participants_reported=Count(10))
    shares = credited(many, "households_contacted", Crediting.SHARED)
    assert {d: c.value for d, c in shares.items()} == {"d1": 5, "d2": 0, "d3": 0}
    # A lower-bound total gives lower-bound shares.
    more = attrs.evolve(a, households_contacted=Count(12, at_least=True))
    assert str(credited(more, "households_contacted", Crediting.SHARED)["d2"]) == "3+"
    assert count_independently([a], "d2", DutyMetric.HOUSEHOLDS_CONTACTED, (),
                               dt.date(2020, 1, 1), dt.date(2020, 12, 31)) == 3  # fmt: skip
