"""The fast paths give exactly the results of the careful paths they stand in front of.

congresskit takes shortcuts for speed where most input is fine: the collection
check first tests each record with set operations and walks the rules only for a
record that fails the quick test; readers structure with a converter that does
not collect errors and fall back to the detailed one only when it fails; writers
use orjson when it is installed. These tests turn each shortcut off and compare.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import json
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_POLICY,
    Activity,
    ActivityItem,
    ActivityKind,
    CongresskitError,
    Count,
    Deputy,
    DocumentError,
    Membership,
    Opinion,
    OpinionResolution,
    Policy,
    Problem,
    RecordSet,
    Suggestion,
    check,
    dump,
    dump_jsonl,
    dumps,
    iter_jsonl,
    loads,
    to_document,
)
from congresskit import strategies as cs
from congresskit.checking._rules import Checker
from congresskit.exchange import _bounded, _fastpath, documents
from congresskit.exchange._fastpath import fast_converter_for
from congresskit.exchange._hooks import moment_from_parts
from congresskit.exchange.converters import TIMESTAMP_PATTERN, converter_for
from tests.test_check import BASE, CASES
from tests.test_malformed import CASES as MALFORMED


def slow_check(records: RecordSet, policy: Policy = DEFAULT_POLICY) -> tuple[Problem, ...]:
    """``check`` with every quick test failing, so that each record goes through every rule."""
    never = mock.patch.multiple(
        Checker,
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
        # One activity, not a total over a span, so that participants may be named.
        record = attrs.evolve(record, occurrences=None)
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
                        items=(ActivityItem(kind=ActivityKind.SUPERVISION, suggestion=_GHOST),),
                    ),
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
                    attrs.evolve(
                        record,
                        participants=("a", "b"),
                        participants_reported=Count(1),
                        participants_by_level=(),
                    ),
                ]
            )
        )
    if isinstance(record, Suggestion):
        options = [attrs.evolve(record, lead=_GHOST), attrs.evolve(record, session=_GHOST)]
        if record.lead is not None:  # co-signers need a lead
            options += [
                attrs.evolve(record, cosigners=(*record.cosigners, _GHOST)),
                attrs.evolve(record, cosigners=(*record.cosigners, record.lead)),
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


# -- reading: the fast converter, then the detailed one only if it fails ---------------------


def _outcome(read: Callable[[], Any]) -> tuple[Any, ...]:
    """What reading gives: the records, or the error's class and problems."""
    try:
        return ("read", read())
    except CongresskitError as error:
        return ("refused", type(error), getattr(error, "problems", None), str(error))


@contextlib.contextmanager
def _detailed_only() -> Iterator[None]:
    """Readers with no fast converter: every record goes through the detailed one."""
    with (
        mock.patch("congresskit.exchange.documents.fast_converter_for", return_value=None),
        mock.patch("congresskit.exchange._jsonl_reader.fast_converter_for", return_value=None),
    ):
        yield


def _both_ways(read: Callable[[], Any]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    fast = _outcome(read)
    with _detailed_only():
        detailed = _outcome(read)
    return fast, detailed


_RECORD_SETS = cs.record_sets(max_size=2, max_deputies=4)


@given(records=_RECORD_SETS)
def test_fast_and_detailed_converters_build_the_same_records(records: RecordSet) -> None:
    """For generated record sets, both converters structure the written form into equal records."""
    data = converter_for("full").unstructure(records)
    fast = fast_converter_for("full").structure(data, RecordSet)
    assert fast == converter_for("full").structure(data, RecordSet) == records
    # The same objects, not merely equal ones: every field has the same type.
    assert [type(r) for r in fast] == [type(r) for r in records]


@given(records=_RECORD_SETS)
def test_documents_and_lines_read_the_same_both_ways(records: RecordSet) -> None:
    """loads and iter_jsonl give the same records with the fast path and without it."""
    text = dumps(records, profile="full")
    fast, detailed = _both_ways(lambda: loads(text))
    assert fast == detailed == ("read", records)
    lines = io.BytesIO()
    dump_jsonl(records, lines, profile="full")
    fast, detailed = _both_ways(lambda: list(iter_jsonl(io.BytesIO(lines.getvalue()))))
    assert fast == detailed


@pytest.mark.parametrize(
    ("name", "text"), [c[:2] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_documents_are_refused_the_same_both_ways(name: str, text: str | bytes) -> None:
    """Each malformed document of the exchange tests: the same error, problems and message."""
    fast, detailed = _both_ways(lambda: loads(text))
    assert fast[0] == "refused"
    assert fast == detailed


_BAD_ITEMS = [5, None, True, 1.5, "", " d1", "x" * 100_001, "\ud800", ["d1"], {"id": "d1"}]
# A list field of each kind (ids, texts, enum values) and where BASE has one.
_LIST_FIELDS = [
    ("activities", 0, "participants"),
    ("activities", 0, "places"),
    ("activities", 0, "topics"),
    ("suggestions", 0, "cosigners"),
    ("deputies", 0, "levels"),
]


@pytest.mark.parametrize("item", _BAD_ITEMS, ids=[repr(i)[:12] for i in _BAD_ITEMS])
@pytest.mark.parametrize(("name", "index", "field"), _LIST_FIELDS)
def test_a_bad_list_item_is_refused_the_same_both_ways(
    name: str, index: int, field: str, item: Any
) -> None:
    """A wrong, blank, too long or broken string in a list: refused, the same error both ways."""
    document = to_document(BASE, profile="full")
    record = document[name][index]
    record[field] = [*record.get(field, ()), item]
    data = json.dumps(document)  # ASCII: the lone surrogate travels as an escape
    fast, detailed = _both_ways(lambda: loads(data))
    assert fast == detailed
    text_with_spaces = field == "topics" and item == " d1"  # a topic is text, not an id
    assert fast[0] == ("read" if text_with_spaces else "refused")


_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            " ",
            " d1",
            "d1",
            "x" * 100_001,
            "\ud800",
            "2020-01-13",
            "2020-1-13",
            "2020-02-30",
            "2020-01-13T09:00:00+08:00",
            "2020-01-13T09:00:00",
            "2020-01-13T24:00:00Z",
            "town",
            "assigned",
            "satisfied",
            "a",
        ]
    ),
    st.text(max_size=4),
    st.lists(st.sampled_from(["d1", "d1", "", 5, None, "x" * 100_001, "\ud800"]), max_size=3),
    st.dictionaries(st.sampled_from(["value", "at_least", "type", "x"]), st.integers(0, 3)),
)


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into a JSON value (keys of objects, indices of arrays)."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _places(item, (*path, i))


@st.composite
def _damaged_documents(draw: st.DrawFn) -> bytes:
    """A valid document with one to three values replaced, removed or added."""
    document = to_document(draw(_RECORD_SETS), profile="full")
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from([p for p in _places(document) if len(p) > 1]))
        *parents, last = path
        target: Any = document
        for step in parents:
            target = target[step]
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "remove" and isinstance(target, dict):
            del target[last]
        elif action == "add" and isinstance(target, dict):
            target[draw(st.sampled_from(["extra", "type", "note", "end"]))] = draw(_ODD_VALUES)
        else:
            target[last] = draw(_ODD_VALUES)
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


@given(data=_damaged_documents())
def test_damaged_documents_read_the_same_both_ways(data: bytes) -> None:
    """Random damage to valid documents: the fast path never accepts what the detailed refuses."""
    fast, detailed = _both_ways(lambda: loads(data))
    assert fast == detailed


@pytest.mark.parametrize("depth", [300, 1000])
def test_nesting_orjson_reads_but_will_not_write_is_refused_as_without_it(depth: int) -> None:
    """orjson reads 1,024 levels and writes 255: a document nested between the two is
    refused with the nesting problem, read both ways, never an internal TypeError."""
    data = b'{"format": ' + b"[" * depth + b"]" * depth + b"}"
    fast, detailed = _both_ways(lambda: loads(data))
    assert fast == detailed
    with pytest.raises(DocumentError) as info:
        loads(data)
    assert [p.code for p in info.value.problems] in (["F019"], ["F024"])


@given(st.from_regex(TIMESTAMP_PATTERN, fullmatch=True))
def test_timestamps_are_read_as_from_their_parts(text: str) -> None:
    """The quick timestamp reading gives the datetime (and offset) the parts give, or refuses."""
    match = TIMESTAMP_PATTERN.fullmatch(text)
    assert match is not None
    try:
        expected: Any = moment_from_parts(match)
    except ValueError:
        expected = None
    found = _outcome(lambda: converter_for("full").structure(text, dt.datetime))
    if expected is None:
        assert found[0] == "refused"
    else:
        assert found == ("read", expected)
        assert found[1].utcoffset() == expected.utcoffset()
        assert found[1].isoformat() == expected.isoformat()


def test_bulk_reads_leave_the_collector_as_they_found_it() -> None:
    """The collector is paused while loads reads, and restored after, even when loads raises."""
    seen = []
    real = _bounded.structure_records

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    text = dumps(BASE, profile="full")
    with mock.patch.object(documents, "structure_records", spy):
        assert loads(text) == BASE
    assert seen == [False]
    assert gc.isenabled()
    with pytest.raises(CongresskitError):
        loads(text.replace('"version":2', '"version":2,"colour":"red"'))
    assert gc.isenabled()
    gc.disable()
    try:
        loads(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- writing: orjson, when installed, writes the same text -------------------------------------


def _standard_library_only() -> Any:
    return mock.patch.object(_fastpath, "orjson", None)


@given(records=_RECORD_SETS, profile=st.sampled_from(["public", "full"]))
def test_orjson_writes_documents_and_lines_as_the_standard_library_does(
    records: RecordSet, profile: Any
) -> None:
    """dumps, dump and dump_jsonl give the same text and bytes with orjson and without it."""
    since = dt.datetime(2020, 7, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    outputs = []
    for accelerated in (True, False):
        with contextlib.ExitStack() as stack:
            if not accelerated:
                stack.enter_context(_standard_library_only())
            binary, text, lines = io.BytesIO(), io.StringIO(), io.BytesIO()
            dump(records, binary, profile=profile)
            dump(records, text, profile=profile, since=since)
            dump_jsonl(records, lines, profile=profile)
            outputs.append(
                (
                    dumps(records, profile=profile),
                    dumps(records, profile=profile, indent=2),
                    binary.getvalue(),
                    text.getvalue(),
                    lines.getvalue(),
                )
            )
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    "odd",
    [
        pytest.param({"title": "".join(map(chr, range(32))) + "\x7f\u2028\u2029😀"}, id="controls"),
        pytest.param({"people_received": Count(2**70)}, id="count beyond 64 bits (orjson refuses)"),
        pytest.param(
            {"modified": dt.datetime(1900, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=29143)))},
            id="offset with seconds",
        ),
    ],
)
def test_orjson_writes_odd_values_as_the_standard_library_does(odd: dict[str, Any]) -> None:
    """Control characters, separators, surrogates, huge counts, odd offsets: the same text."""
    activity = attrs.evolve(BASE.activities[0], **odd)
    records = attrs.evolve(BASE, activities=(activity, *BASE.activities[1:]))
    accelerated, text = dumps(records, profile="full"), io.StringIO()
    dump(records, text, profile="full")
    with _standard_library_only():
        assert dumps(records, profile="full") == accelerated
        standard = io.StringIO()
        dump(records, standard, profile="full")
    assert text.getvalue() == standard.getvalue() == accelerated + "\n"


def test_a_lone_surrogate_is_refused_with_or_without_orjson() -> None:
    """orjson refuses it; the standard library would write it, unreadable: both refuse."""
    activity = attrs.evolve(BASE.activities[0], title="孤\ud800")
    records = attrs.evolve(BASE, activities=(activity, *BASE.activities[1:]))
    with pytest.raises(DocumentError, match="lone surrogate"):
        dumps(records, profile="full")
    with _standard_library_only(), pytest.raises(DocumentError, match="lone surrogate"):
        dumps(records, profile="full")
