"""The read path with each field checked once, and orjson parsing, give what the careful path gives.

The reference is the detailed cattrs converter alone, on text parsed by the
standard library: every record built through attrs' ``__init__`` with all its
validators. The fast path (generated readers, orjson) must give equal records
of the same types, and refuse the same input with the same problems (codes,
paths, messages), for documents and JSON Lines.
"""

from __future__ import annotations

import contextlib
import io
import json
import typing
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

from congresskit import CongresskitError, RecordSet, dump_jsonl, dumps, iter_jsonl, loads
from congresskit import strategies as cs
from congresskit.exchange import _direct, _direct_fields, _reading
from congresskit.exchange._fastpath import fast_converter_for
from congresskit.exchange.converters import AGENDA_ITEM_TYPES, EVENT_TYPES
from congresskit.records.agenda import AgendaItem
from congresskit.records.counts import Count
from congresskit.records.events import Event
from congresskit.records.tombstones import RECORD_TYPES, Tombstone
from tests.fuzz import share
from tests.fuzz.mutations import EXAMPLE_DOCUMENT, generated_record_sets, mutated_values

_UNIONS: dict[Any, Any] = {AgendaItem: AGENDA_ITEM_TYPES, Event: EVENT_TYPES}


def _shape(value: Any) -> Any:
    """``value`` with the type of every part beside it (``When`` equals its day, but is not one)."""
    if attrs.has(type(value)):
        return (
            type(value),
            tuple(_shape(getattr(value, f.name)) for f in attrs.fields(type(value))),
        )
    if isinstance(value, tuple):
        return (tuple, tuple(_shape(item) for item in value))
    return (type(value), value)


def _outcome(read: Callable[[], Any]) -> tuple[Any, ...]:
    try:
        return ("read", _shape(read()))
    except CongresskitError as error:
        return ("refused", type(error), getattr(error, "problems", None), str(error))


@contextlib.contextmanager
def _careful() -> Iterator[None]:
    """The reference: no orjson parsing, no fast converter, only the detailed one."""
    with (
        mock.patch.object(_reading, "orjson", None),
        mock.patch("congresskit.exchange.documents.fast_converter_for", return_value=None),
        mock.patch("congresskit.exchange._jsonl_reader.fast_converter_for", return_value=None),
    ):
        yield


def _both_ways(read: Callable[[], Any]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    fast = _outcome(read)
    with _careful():
        careful = _outcome(read)
    return fast, careful


def _compact(value: Any) -> bytes:
    """``value`` as congresskit writes it: compact UTF-8 JSON (what orjson is tried on)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


@st.composite
def _broken(draw: DrawFn, value: Any) -> bytes:
    """``value`` mutated, written compactly, perhaps truncated or given a key twice."""
    data = _compact(draw(mutated_values(value)))
    op = draw(st.sampled_from(["none", "none", "truncate", "duplicate key"]))
    if op == "truncate" and data:
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif op == "duplicate key":
        starts = [i for i, c in enumerate(data) if c == ord("{")]
        if starts:
            at = draw(st.sampled_from(starts)) + 1
            data = data[:at] + b'"id":"dup","id":"dup",' + data[at:]
    return data


def _lines(records: RecordSet) -> list[bytes]:
    out = io.BytesIO()
    dump_jsonl(records, out, profile="full")
    return out.getvalue().splitlines(keepends=True)


@given(records=cs.record_sets(max_size=3, max_deputies=4))
def test_generated_records_read_the_same_both_ways(records: RecordSet) -> None:
    """Documents and JSON Lines of generated record sets: equal records of the same types."""
    data = dumps(records, profile="full").encode()
    fast, careful = _both_ways(lambda: loads(data))
    assert fast == careful == ("read", _shape(records))
    lines = b"".join(_lines(records))
    fast, careful = _both_ways(lambda: list(iter_jsonl(io.BytesIO(lines))))
    assert fast == careful


@share(0.6)
@given(st.data())
def test_mutated_documents_are_refused_the_same_both_ways(data: st.DataObject) -> None:
    """Mutated generated record sets and the bundled example: the same result and problems."""
    base = data.draw(
        st.sampled_from([EXAMPLE_DOCUMENT])
        | generated_record_sets().map(lambda r: json.loads(dumps(r, profile="full")))
    )
    text = data.draw(_broken(base))
    fast, careful = _both_ways(lambda: loads(text))
    assert fast == careful


@share(0.6)
@given(st.data())
def test_mutated_lines_are_refused_the_same_both_ways(data: st.DataObject) -> None:
    """JSON Lines with one record line mutated: the same records, skips and problems."""
    lines = _lines(data.draw(generated_record_sets()))
    at = data.draw(st.integers(1, len(lines) - 1)) if len(lines) > 1 else 0
    lines[at] = data.draw(_broken(json.loads(lines[at]))) + b"\n"
    stream = b"".join(lines)

    def read() -> Any:
        reader = iter_jsonl(io.BytesIO(stream), on_error="skip")
        return (list(reader), [(e.line, e.problems) for e in reader.skipped])

    fast, careful = _both_ways(read)
    assert fast == careful


@pytest.mark.parametrize(
    "data",
    [
        b'{"format":"congresskit","version":2,"format":"congresskit"}',
        b'{"format":"congresskit","version":2,"deputies":[{"id":"d1","id":"d1"}]}',
        b'{"format":"congresskit","version":2} \x0c',
        b'{"format":"congresskit","version":2,"units":[{"id":"u\\ud800","name":"x"}]}',
        b'\xef\xbb\xbf{"format":"congresskit","version":2}',
        b'{"format":"congresskit","version":NaN}',
        b'{"format":"congresskit","version":2,"units":[{"id":"u1","name":"x",' + b"1" * 30 + b"}]}",
    ],
)
def test_what_orjson_reads_differently_is_refused_as_before(data: bytes) -> None:
    """Duplicate keys, odd white space, lone surrogates, a BOM, NaN: refused as without orjson."""
    fast, careful = _both_ways(lambda: loads(data))
    assert fast[0] == "refused"
    assert fast == careful


def _reachable() -> set[type[Any]]:
    found: set[type[Any]] = set()
    todo: list[Any] = [RecordSet, Tombstone, *RECORD_TYPES.values()]
    while todo:
        hint = todo.pop()
        if hint in _UNIONS:
            todo.extend(_UNIONS[hint].values())
            continue
        todo.extend(typing.get_args(hint))
        if attrs.has(hint) and hint not in found:
            found.add(hint)
            todo.extend(typing.get_type_hints(hint).values())
    return found


def test_every_record_kind_and_field_has_a_reader_that_accounts_for_each_validator() -> None:
    """A new record kind, or a field whose class cannot be read directly, fails here.

    Every attrs class a document can hold has a generated reader, and each
    validator of each of its fields is either proved by the reader or run.
    """
    fast_converter_for("full")
    for cls in sorted(_reachable() - {Count}, key=lambda c: c.__qualname__):
        plan = _direct.plan_of(cls)
        assert plan is not None, f"{cls.__qualname__} has no reader: it is read the slow way"
        for field in attrs.fields(cls):
            if not field.init:
                continue
            parts = _direct_fields.parts_of(field.validator)
            accounted = [name for f, name in plan.proved + plan.run if f == field.name]
            for part in parts:
                name = _direct_fields.name_of(part)
                inner = getattr(part, "parts", ())
                covered = name in accounted or (
                    bool(inner)
                    and all(
                        _direct_fields.name_of(p) in accounted
                        or f"optional({_direct_fields.name_of(p)})" in accounted
                        for p in inner
                    )
                )
                assert covered, f"{cls.__qualname__}.{field.name}: {name} neither proved nor run"


def test_a_validator_the_reader_does_not_know_is_run() -> None:
    """A field validator the reader cannot prove runs as attrs would run it."""
    plan = _direct.plan_of(RECORD_TYPES["activity"])
    assert plan is not None
    assert ("modified", "optional(not_earlier_than.<locals>.check)") in plan.run
    assert any(name == "unique_levels" for _, name in plan.run)
