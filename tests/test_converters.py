"""The converter: strict hooks, tags, compact counts, profiles, and record round trips."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    Contact,
    Count,
    Deputy,
    Event,
    Level,
    Outcome,
    Place,
    RecordSet,
    Replied,
    Session,
    Suggestion,
    SuggestionKind,
    Tally,
    Tombstone,
    UsageError,
    configure_converter,
    dump_jsonl,
    dumps,
    iter_jsonl,
    loads,
    make_converter,
)
from congresskit.checking.recordset import COLLECTIONS
from congresskit.exchange._problems import problems_from
from congresskit.exchange.converters import AGENDA_ITEM_TYPES, EVENT_TYPES, MAX_TEXT_LENGTH
from tests.exchange_records import record_sets

CONVERTER = make_converter(profile="full")


def problems(data: Any, cls: type[Any]) -> list[tuple[str, str]]:
    """(path, message) of every problem structuring ``data`` as ``cls``."""
    with pytest.raises(cattrs.BaseValidationError) as info:
        CONVERTER.structure(data, cls)
    return [(p.path, p.message) for p in problems_from(info.value)]


ACTIVITY = {"id": "a1", "kind": "reception", "title": "接访", "start": "2020-03-15"}
SUGGESTION = {
    "id": "s1",
    "kind": "suggestion",
    "title": "整治车辆乱停",
    "lead": "d01",
    "raised_on": "2020-01-13",
}


@pytest.mark.parametrize(
    ("field", "value", "path", "words"),
    [
        ("title", 5, "$.title", "expected a string, got number 5"),
        ("title", None, "$.title", "expected a string, got null"),
        ("title", ["x"], "$.title", "expected a string, got an array"),
        ("id", 12, "$.id", "expected a string"),
        ("start", "2020-03-15T09:00:00+08:00", "$.start", "a date field takes no time"),
        ("start", "20200315", "$.start", "expected a date YYYY-MM-DD"),
        ("start", "2020-02-30", "$.start", "no such day"),
        ("start", "15/03/2020", "$.start", "expected a date YYYY-MM-DD"),
        ("start", 20200315, "$.start", "expected a date as a string"),
        ("kind", "meeting", "$.kind", "expected one of 'inspection' (视察), 'survey' (调研)"),
        ("kind", "RECEPTION", "$.kind", "unknown ActivityKind"),
        ("kind", 3, "$.kind", "unknown ActivityKind number 3"),
        ("participants", "d01", "$.participants", "expected an array, got string"),
        ("participants", {"0": "d01"}, "$.participants", "expected an array, got an object"),
        ("participants", ["d01", 7], "$.participants[1]", "expected a string, got number 7"),
        ("people_received", "5", "$.people_received", "expected a count"),
        ("people_received", 5.0, "$.people_received", "got number 5.0"),
        ("people_received", True, "$.people_received", "got true"),
        ("people_received", -1, "$.people_received", "never negative"),
        (
            "people_received",
            {"value": 5, "at_least": 1},
            "$.people_received.at_least",
            "true or false",
        ),
        ("people_received", {"value": "5"}, "$.people_received.value", "expected an integer"),
        ("people_received", {"value": 5, "more": 1}, "$.people_received.more", "unknown field"),
        ("findings", [{"issue": "x", "note": "y"}], "$.findings[0].note", "unknown field 'note'"),
        ("findings", [{}], "$.findings[0].issue", "required field 'issue' is missing"),
        ("opinions", ["text"], "$.opinions[0]", "expected an object (Opinion), got string"),
        ("created", "2020-03-15T09:00:00", "$.created", "with its offset"),
        ("created", "2020-03-15", "$.created", "RFC 3339"),
        ("created", "2020-03-15T25:00:00Z", "$.created", "no such moment"),
        ("title", "x" * (MAX_TEXT_LENGTH + 1), "$.title", "longer than the 100,000 allowed"),
        ("title", "\ud800", "$.title", "lone surrogate"),
    ],
)
def test_a_wrong_value_is_refused_at_its_path(
    field: str, value: Any, path: str, words: str
) -> None:
    """No coercion: each wrong value is an error at its path, saying what was expected."""
    found = problems({**ACTIVITY, field: value}, Activity)
    assert [p for p, _ in found] == [path]
    assert words in found[0][1]


@pytest.mark.parametrize(
    ("cls", "data", "path", "words"),
    [
        (Tally, {"yes": "5"}, "$.yes", "expected an integer, got string '5'"),
        (Tally, {"yes": 5.0}, "$.yes", "expected an integer, got number 5.0"),
        (Tally, {"yes": True}, "$.yes", "expected an integer, got true"),
        (Tally, {"yes": 1, "entitled": 0}, "$.entitled", "exceeds entitled"),
        (
            Deputy,
            {"id": "d", "name": "x", "levels": ["town", "town"]},
            "$.levels",
            "lists the same value twice",
        ),
        (
            Deputy,
            {"id": "d", "name": "x", "levels": ["town"], "contact": {"phone": 1}},
            "$.contact.phone",
            "string",
        ),
        (
            Deputy,
            {
                "id": "d",
                "name": "x",
                "levels": ["town"],
                "memberships": [{"kind": "term", "of": "t"}],
            },
            "$.memberships[0].start",
            "missing",
        ),
        (
            Session,
            {"id": "s", "term": "t", "number": 0, "start": "2020-01-13"},
            "$.number",
            "1 or more",
        ),
    ],
)
def test_model_rules_are_reported_at_their_field(
    cls: type[Any], data: Any, path: str, words: str
) -> None:
    """Strict types, and the models' own field rules, come back at the field's path."""
    found = problems(data, cls)
    assert [p for p, _ in found] == [path]
    assert words in found[0][1]


def test_a_bool_field_refuses_zero_and_one() -> None:
    """A bool takes true or false, never 0 or 1."""
    data = {"title": "r", "adopted": 0}
    found = problems(
        {
            "id": "s",
            "term": "t",
            "number": 1,
            "start": "2020-01-13",
            "agenda": [{"type": "resolution", **data}],
        },
        Session,
    )
    assert found == [("$.agenda[0].adopted", "expected true or false, got number 0")]


def test_every_problem_is_reported_at_once() -> None:
    """Problems in different fields and records come back together."""
    data = {
        **SUGGESTION,
        "id": 5,
        "kind": "wish",
        "raised_on": "2020-13-01",
        "events": [{"type": "replied", "on": 1}],
    }
    paths = [p for p, _ in problems(data, Suggestion)]
    assert paths == ["$.id", "$.kind", "$.raised_on", "$.events[0].on", "$.events[0].outcome"]


def test_a_workflow_error_points_at_the_event() -> None:
    """A reply dated before the assignment is reported at that event."""
    data = {
        **SUGGESTION,
        "events": [
            {"type": "assigned", "on": "2020-02-01", "lead_unit": "u"},
            {"type": "replied", "on": "2020-01-02", "outcome": "a"},
        ],
    }
    [(path, message)] = problems(data, Suggestion)
    assert path == "$.events[1]"
    assert "dated 2020-01-02, before 'assigned' on 2020-02-01" in message


@pytest.mark.parametrize(
    ("event", "path", "words"),
    [
        ({"on": "2020-02-01", "lead_unit": "u"}, "$.events[0].type", 'needs a "type"'),
        (
            {"type": "sent", "on": "2020-02-01"},
            "$.events[0].type",
            "expected one of: reviewed, assigned",
        ),
        (
            {"type": ["assigned"], "on": "2020-02-01"},
            "$.events[0].type",
            "unknown handling event type",
        ),
        ({"type": "replied", "on": "2020-02-01"}, "$.events[0].outcome", "missing"),
        (
            {"type": "assigned", "on": "2020-02-01", "lead_unit": "u", "by": "x"},
            "$.events[0].by",
            "unknown field",
        ),
        ("assigned", "$.events[0]", "expected an object (handling event)"),
    ],
)
def test_a_tagged_union_names_a_missing_or_unknown_tag(event: Any, path: str, words: str) -> None:
    """Handling events are tagged by "type"; a bad tag is an error at $...type."""
    [(found, message)] = problems({**SUGGESTION, "events": [event]}, Suggestion)
    assert found == path
    assert words in message


def test_tags_are_snake_case_and_come_first() -> None:
    """Agenda items and events carry a stable snake_case "type", written first."""
    assert list(EVENT_TYPES) == [
        "reviewed",
        "assigned",
        "extended",
        "replied",
        "evaluated",
        "rehandled",
        "closed",
        "returned",
        "withdrawn",
        "marked_duplicate",
        "holding_reply",
        "follow_up",
        "corrected",
    ]
    assert list(AGENDA_ITEM_TYPES) == [
        "report_review",
        "resolution",
        "election",
        "project_ballot",
        "inquiry",
    ]
    event = CONVERTER.unstructure(Assigned(on=dt.date(2020, 1, 2), lead_unit="u"), Event)
    assert list(event) == ["type", "on", "lead_unit"]


def test_counts_are_compact() -> None:
    """An exact count is an integer; a lower bound is {"value", "at_least"}; both read back."""
    a = Activity(
        id="a",
        kind=ActivityKind.RECEPTION,
        title="t",
        start=dt.date(2020, 1, 1),
        people_received=Count(200, at_least=True),
        opinions_collected=Count(20),
    )
    data = CONVERTER.unstructure(a)
    assert data["people_received"] == {"value": 200, "at_least": True}
    assert data["opinions_collected"] == 20
    assert CONVERTER.structure({**data, "opinions_collected": {"value": 20}}, Activity) == a


def test_defaults_are_left_out_and_read_back() -> None:
    """Fields equal to their default are not written; reading fills them in again."""
    d = Deputy(id="d", name="x", levels=(Level.TOWN,))
    assert CONVERTER.unstructure(d) == {"id": "d", "name": "x", "levels": ["town"]}
    assert (
        CONVERTER.structure({"id": "d", "name": "x", "levels": ["town"], "gender": None}, Deputy)
        == d
    )


def test_the_derived_status_is_not_written() -> None:
    """A suggestion's status is derived from its events, so it never travels."""
    s = Suggestion(
        id="s", kind=SuggestionKind.SUGGESTION, title="t", lead="d", raised_on=dt.date(2020, 1, 1)
    )
    assert "status" not in CONVERTER.unstructure(s)
    assert "_status" not in CONVERTER.unstructure(s)
    assert problems({**SUGGESTION, "status": "raised"}, Suggestion)[0][0] == "$.status"


def test_the_public_profile_leaves_out_contact_details() -> None:
    """profile="public" (the default) drops Deputy.contact; "full" keeps it."""
    d = Deputy(id="d", name="x", levels=(Level.TOWN,), contact=Contact(phone="138"))
    assert "contact" not in make_converter().unstructure(d)
    assert make_converter(profile="full").unstructure(d)["contact"] == {"phone": "138"}


def test_an_offset_with_seconds_is_written_in_utc() -> None:
    """RFC 3339 offsets are whole minutes: such a moment is written as the same instant in UTC."""
    lmt = dt.timezone(dt.timedelta(hours=8, minutes=5, seconds=43))
    moment = dt.datetime(1900, 1, 1, 12, 0, tzinfo=lmt)
    text = CONVERTER.unstructure(moment, dt.datetime)
    assert text == "1900-01-01T03:54:17+00:00"
    assert CONVERTER.structure(text, dt.datetime) == moment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-13T09:00:00+08:00", dt.datetime(2020, 1, 13, 1, tzinfo=dt.timezone.utc)),
        ("2020-01-13T01:00:00Z", dt.datetime(2020, 1, 13, 1, tzinfo=dt.timezone.utc)),
        (
            "2020-01-13T01:00:00.5-00:30",
            dt.datetime(2020, 1, 13, 1, 30, 0, 500000, tzinfo=dt.timezone.utc),
        ),
    ],
)
def test_rfc_3339_timestamps_are_read(text: str, expected: dt.datetime) -> None:
    """Offsets, Z and fractions of a second are read, keeping the instant and the offset."""
    moment = CONVERTER.structure(text, dt.datetime)
    assert moment == expected
    assert moment.utcoffset() is not None


def test_configure_converter_works_on_a_converter_you_own() -> None:
    """The hooks can be put on any cattrs Converter; the global one is untouched."""
    mine = cattrs.Converter()
    configure_converter(mine)
    assert mine.structure("2020-01-13", dt.date) == dt.date(2020, 1, 13)
    with pytest.raises(Exception, match="expected an integer"):
        mine.structure("5", int)
    assert cattrs.global_converter.structure("5", int) == 5


def test_an_unknown_profile_is_a_usage_error() -> None:
    """A misspelt profile is refused, naming the profiles there are."""
    with pytest.raises(UsageError, match="expected one of: public, full"):
        make_converter(profile="private")  # type: ignore[arg-type]


@given(record_sets())
def test_every_record_round_trips_through_json(records: RecordSet) -> None:
    """structure(json(unstructure(x))) == x for every record and tombstone, of every type."""
    kinds: list[tuple[str, type[Any]]] = [*COLLECTIONS, ("tombstones", Tombstone)]
    for name, cls in kinds:
        for record in getattr(records, name):
            text = json.dumps(CONVERTER.unstructure(record), ensure_ascii=False)
            assert CONVERTER.structure(json.loads(text), cls) == record


@given(st.text(st.characters(codec="utf-8"), min_size=1).filter(str.strip))
def test_any_text_round_trips(text: str) -> None:
    """Any Unicode text (U+2028, U+0085, NUL, emoji, CJK) survives documents and JSON Lines."""
    records = RecordSet(places=(Place(id="v1", name=text),))
    assert loads(dumps(records)) == records
    out = io.StringIO()
    dump_jsonl(records, out)
    assert list(iter_jsonl(io.StringIO(out.getvalue()))) == list(records)


def test_a_fast_converter_reads_the_same() -> None:
    """detailed_validation=False reads valid data to the same objects."""
    fast = make_converter(profile="full", detailed_validation=False)
    data = {**SUGGESTION, "events": [{"type": "assigned", "on": "2020-02-01", "lead_unit": "u"}]}
    assert fast.structure(data, Suggestion) == CONVERTER.structure(data, Suggestion)
    assert fast.structure(data, Suggestion).events == (
        Assigned(on=dt.date(2020, 2, 1), lead_unit="u"),
    )
    reply = {"type": "replied", "on": "2020-03-01", "outcome": "a"}
    event: Any = Event  # a union, which mypy does not take as a type argument
    assert fast.structure(reply, event) == Replied(on=dt.date(2020, 3, 1), outcome=Outcome.A)
