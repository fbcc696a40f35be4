"""The JSON summary: each figure has one JSON shape, whatever the period and the records."""

from __future__ import annotations

import collections.abc
import json
import typing
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from congresskit import Count, PeriodSummary, example_records, render_summary, summarize
from congresskit.summary import figures, tracking
from tests.budget import examples
from tests.records import record_lists
from tests.town import town

#: Periods of every form, several of them empty for a given record set.
PERIODS = ("2019", "2020", "2020-H1", "2020-H2", "2020-Q1", "2020-Q3", "2020-05", "2021-01")


def _mapping_fields() -> set[str]:
    """The summary's fields that are mappings (their keys are data, not field names)."""
    classes = [PeriodSummary, *vars(figures).values(), *vars(tracking).values()]
    found = set()
    for cls in classes:
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        for name, hint in typing.get_type_hints(cls).items():
            if typing.get_origin(hint) is collections.abc.Mapping:
                found.add(name)
    return found


MAPPINGS = _mapping_fields()


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict) and set(value) == {"value", "at_least"}:
        return "count"
    return {int: "integer", float: "number", str: "string", list: "array", dict: "object"}[
        type(value)
    ]


def _shapes(value: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    """Each value's path, with list positions and mapping keys left out, and its JSON kind."""
    yield path, _kind(value)
    if isinstance(value, list):
        for item in value:
            yield from _shapes(item, f"{path}[]")
    elif isinstance(value, dict):
        mapping = path.rsplit(".", 1)[-1] in MAPPINGS
        for key, item in value.items():
            yield from _shapes(item, f"{path}.*" if mapping else f"{path}.{key}")


def _collect(summaries: list[PeriodSummary]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for summary in summaries:
        for path, kind in _shapes(json.loads(render_summary(summary, format="json"))):
            kinds.setdefault(path, set()).add(kind)
    return kinds


def _mixed(kinds: dict[str, set[str]]) -> dict[str, set[str]]:
    """The paths whose values are of more than one kind (``null`` aside)."""
    return {path: found for path, found in kinds.items() if len(found - {"null"}) > 1}


def test_the_towns_figures_have_one_shape_in_every_period() -> None:
    """Over several periods of two record sets, no figure changes its JSON kind."""
    summaries = [summarize(records, p) for records in (town(), example_records()) for p in PERIODS]
    kinds = _collect(summaries)
    assert _mixed(kinds) == {}
    # Lower bounds and exact figures both occur, and both are written as counts.
    people = kinds["$.activities.people_received"]
    assert people == {"count"}
    values = {
        json.dumps(json.loads(render_summary(s, format="json"))["activities"]["people_received"])
        for s in summaries
    }
    assert any('"at_least": true' in v for v in values)
    assert any('"at_least": false' in v for v in values)


def test_a_count_is_an_object_even_when_exact() -> None:
    """An exact count is ``{"value": n, "at_least": false}``, not a bare number."""
    data = json.loads(render_summary(summarize(example_records(), "2020-H1"), format="json"))
    assert data["sessions"][0]["suggestions"] == {"value": 63, "at_least": False}
    raised = data["suggestions"]["raised"]
    assert raised["at_least"] is False
    assert raised["value"] >= 63
    assert type(data["activities"]["activities"]) is int  # a plain number of records


def _pairs(value: Any, data: Any) -> Iterator[tuple[Any, Any]]:
    """Each Python value of a summary beside the JSON written for it."""
    yield value, data
    if isinstance(value, Count):
        return
    if attrs.has(type(value)) and isinstance(data, dict):
        for field in attrs.fields(type(value)):
            if field.name in data:
                yield from _pairs(getattr(value, field.name), data[field.name])
    elif isinstance(value, collections.abc.Mapping) and isinstance(data, dict):
        for item, written in zip(value.values(), data.values(), strict=True):
            yield from _pairs(item, written)
    elif isinstance(value, tuple) and isinstance(data, list):
        for item, written in zip(value, data, strict=True):
            yield from _pairs(item, written)


@settings(max_examples=examples(25), deadline=None)
@given(st.lists(record_lists(), min_size=2, max_size=3))
def test_generated_record_sets_give_one_shape_per_figure(record_sets: list[list[Any]]) -> None:
    """Figures of generated records over several periods keep their JSON kind; counts are counts."""
    summaries = [summarize(records, p) for records in record_sets for p in PERIODS[:5]]
    assert _mixed(_collect(summaries)) == {}
    seen = 0
    for summary in summaries:
        data = json.loads(render_summary(summary, format="json"))
        for value, written in _pairs(summary, data):
            if isinstance(value, Count):
                assert written == {"value": value.value, "at_least": value.at_least}
                seen += 1
            elif value is None:
                assert written is None
    assert seen  # every summary has counts (its headline figures at least)
