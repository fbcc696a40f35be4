"""The fast paths give exactly the results of the rule-by-rule paths they stand in front of.

congresskit takes shortcuts for speed where most input is fine: the collection
check first tests each record with set operations and only walks the rules of a
record that fails the quick test. These tests turn the shortcuts off and compare.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_POLICY,
    Activity,
    Count,
    Deputy,
    Membership,
    Opinion,
    OpinionResolution,
    Policy,
    Problem,
    RecordSet,
    Suggestion,
    check,
)
from congresskit import strategies as cs
from congresskit.recordset import _Checker
from tests.test_check import BASE, CASES


def slow_check(records: RecordSet, policy: Policy = DEFAULT_POLICY) -> tuple[Problem, ...]:
    """``check`` with every quick test failing, so that each record goes through every rule."""
    never = mock.patch.multiple(
        _Checker,
        deputy_checker=lambda self: lambda record: False,
        activity_checker=lambda self: lambda record: False,
        suggestion_checker=lambda self, sessions: lambda record: False,
    )
    with never:
        return check(records, policy)


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_check_finds_the_same_problems_in_each_broken_case(case: Any) -> None:
    """For each case of the check's rule table, the quick tests change nothing."""
    records, policy = case[1](BASE), case[2] or DEFAULT_POLICY
    assert check(records, policy) == slow_check(records, policy)
    assert check(records, policy)  # the case is broken: not a comparison of two empty results


_GHOST = "ghost"


def _break(draw: st.DrawFn, record: Any) -> Any:
    """``record`` with one of its references or totals made wrong."""
    if isinstance(record, Activity):
        return draw(
            st.sampled_from(
                [
                    attrs.evolve(record, organiser=_GHOST),
                    attrs.evolve(record, group=_GHOST),
                    attrs.evolve(record, station=_GHOST),
                    attrs.evolve(record, campaign=_GHOST),
                    attrs.evolve(record, participants=(*record.participants, _GHOST)),
                    attrs.evolve(record, places=(*record.places, _GHOST)),
                    attrs.evolve(record, units=(*record.units, _GHOST)),
                    attrs.evolve(record, projects=(*record.projects, _GHOST)),
                    attrs.evolve(record, suggestions=(*record.suggestions, _GHOST)),
                    attrs.evolve(
                        record,
                        opinions=(
                            Opinion(
                                text="x",
                                resolution=OpinionResolution.TURNED_INTO_SUGGESTION,
                                suggestion=_GHOST,
                            ),
                        ),
                    ),
                    attrs.evolve(record, participants=("a", "b"), participants_reported=Count(1)),
                ]
            )
        )
    if isinstance(record, Suggestion):
        options = [
            attrs.evolve(record, lead=_GHOST),
            attrs.evolve(record, cosigners=(*record.cosigners, _GHOST)),
            attrs.evolve(record, cosigners=(*record.cosigners, record.lead)),
            attrs.evolve(record, session=_GHOST),
        ]
        return draw(st.sampled_from(options))
    if isinstance(record, Deputy) and record.memberships:
        first = record.memberships[0]
        held = [
            attrs.evolve(record, memberships=(attrs.evolve(first, of=_GHOST),)),
            attrs.evolve(record, memberships=(first, first)),
            attrs.evolve(
                record,
                memberships=(first, Membership(kind=first.kind, of=first.of, start=first.start)),
            ),
        ]
        return draw(st.sampled_from(held))
    return record


@st.composite
def _broken_record_sets(draw: st.DrawFn) -> RecordSet:
    records = draw(cs.record_sets(min_size=1, max_size=3, min_deputies=2, max_deputies=5))
    changes: dict[str, Any] = {}
    for name in ("activities", "suggestions", "deputies"):
        items = list(getattr(records, name))
        for i in draw(st.sets(st.integers(0, max(len(items) - 1, 0)), max_size=2)):
            if i < len(items):
                items[i] = _break(draw, items[i])
        changes[name] = tuple(items)
    return attrs.evolve(records, **changes)


@given(records=_broken_record_sets())
def test_check_finds_the_same_problems_in_generated_record_sets(records: RecordSet) -> None:
    """On generated record sets, some records broken, the quick tests change nothing."""
    assert check(records) == slow_check(records)
