"""Documents: lossless round trips, every source and target, profiles, versions, lenient mode."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import pathlib
from typing import Any

import attrs
import pytest
from hypothesis import given

from congresskit import (
    Contact,
    Deputy,
    DocumentError,
    DocumentVersionError,
    Level,
    Place,
    Policy,
    RecordSet,
    Suggestion,
    SuggestionKind,
    UsageError,
    ValidationError,
    changed_since,
    dump,
    dumps,
    example_records,
    from_document,
    load,
    loads,
    loads_document,
    to_document,
)
from tests.exchange_records import record_sets

UTC = dt.timezone.utc


def without_contacts(records: RecordSet) -> RecordSet:
    """``records`` as the public profile shows them."""
    return attrs.evolve(
        records, deputies=tuple(attrs.evolve(d, contact=None) for d in records.deputies)
    )


@given(record_sets())
def test_documents_round_trip(records: RecordSet) -> None:
    """loads(dumps(x, profile="full")) == x; the public profile loses only contact details."""
    assert loads(dumps(records, profile="full")) == records
    assert loads(dumps(records)) == without_contacts(records)
    assert loads(dumps(records, indent=2).encode("utf-8")) == without_contacts(records)


def test_the_example_records_round_trip() -> None:
    """The bundled example (the reference town's 2020 H1) survives a round trip unchanged."""
    records = example_records()
    assert loads(dumps(records, profile="full")) == records


RECORDS = RecordSet(
    places=(Place(id="v1", name="称沱村"),),
    deputies=(
        Deputy(id="d1", name="张华", levels=(Level.TOWN,), contact=Contact(phone="13800000000")),
    ),
)


def test_dump_and_load_every_kind_of_file(tmp_path: pathlib.Path) -> None:
    """A path (str or Path), a text file and a binary file all work both ways."""
    path = tmp_path / "records.json"
    dump(RECORDS, path, profile="full")
    assert path.read_text(encoding="utf-8").endswith("}\n")
    assert load(path) == RECORDS
    assert load(str(path)) == RECORDS
    text, binary = io.StringIO(), io.BytesIO()
    dump(RECORDS, text, profile="full")
    dump(RECORDS, binary, profile="full")
    assert binary.getvalue() == text.getvalue().encode("utf-8")
    assert load(io.StringIO(text.getvalue())) == RECORDS
    assert load(io.BytesIO(binary.getvalue())) == RECORDS
    with path.open("rb") as stream:
        assert load(stream) == RECORDS


def test_text_is_written_as_utf_8_not_escapes() -> None:
    """Chinese text stays readable in the document."""
    assert "称沱村" in dumps(RECORDS)


def test_the_envelope_comes_first() -> None:
    """format, version and profile lead the document, then the records."""
    assert list(to_document(RECORDS))[:4] == ["format", "version", "profile", "places"]


def test_public_is_the_default_and_says_so() -> None:
    """dumps() leaves contact details out and marks the document public."""
    document = json.loads(dumps(RECORDS))
    assert document["profile"] == "public"
    assert "contact" not in document["deputies"][0]
    assert json.loads(dumps(RECORDS, profile="full"))["deputies"][0]["contact"] == {
        "phone": "13800000000"
    }


def test_a_public_document_with_contact_details_is_refused() -> None:
    """Contact details in a document marked public are an error, not a silent leak."""
    document = to_document(RECORDS, profile="full")
    document["profile"] = "public"
    with pytest.raises(DocumentError) as info:
        from_document(document)
    assert [p.path for p in info.value.problems] == ["$.deputies[0].contact"]
    assert info.value.problems[0].record == "d1"


def test_cross_record_problems_are_reported_with_the_rest() -> None:
    """A well-formed document that congresskit.check faults is refused, every problem at once."""
    suggestion = Suggestion(
        id="s1", kind=SuggestionKind.SUGGESTION, title="t", lead="d9", raised_on=dt.date(2020, 1, 1)
    )
    text = dumps(attrs.evolve(RECORDS, suggestions=(suggestion, suggestion)))
    with pytest.raises(DocumentError) as info:
        loads(text)
    paths = [p.path for p in info.value.problems]
    assert paths == [
        "$.suggestions[0].id",
        "$.suggestions[1].id",
        "$.suggestions[0].lead",
        "$.suggestions[1].lead",
    ]
    assert isinstance(info.value, ValidationError)
    assert isinstance(info.value, ValueError)


def test_the_policy_is_not_in_the_document() -> None:
    """A motion's signatures are checked against the reader's policy."""
    from congresskit import Congress

    motion = Suggestion(
        id="m", kind=SuggestionKind.MOTION, title="t", lead="d1", raised_on=dt.date(2020, 1, 1)
    )
    records = attrs.evolve(
        RECORDS, congress=Congress(id="c", name="镇人大", level=Level.TOWN), suggestions=(motion,)
    )
    with pytest.raises(DocumentError, match="needs 5 deputies"):
        loads(dumps(records))
    signatories: Any = {Level.TOWN: 1}  # Any: mypy cannot type Policy's converter argument
    lenient_policy = Policy(motion_signatories=signatories)
    assert loads(dumps(records), policy=lenient_policy).suggestions == (motion,)
    assert "policy" not in to_document(records)


def test_a_changed_since_feed_may_refer_to_unchanged_records() -> None:
    """A feed written with since= leaves out references to records it does not carry."""
    t0 = dt.datetime(2020, 7, 1, tzinfo=UTC)
    suggestion = Suggestion(
        id="s1",
        kind=SuggestionKind.SUGGESTION,
        title="t",
        lead="d1",
        raised_on=dt.date(2020, 7, 2),
        modified=t0 + dt.timedelta(days=1),
    )
    before = t0 - dt.timedelta(days=30)
    records = RecordSet(
        places=(Place(id="v1", name="称沱村", created=before),),
        deputies=(Deputy(id="d1", name="张华", levels=(Level.TOWN,), modified=before),),
        suggestions=(suggestion,),
    )
    feed = changed_since(records, t0)
    assert feed == RecordSet(suggestions=(suggestion,))
    document = loads_document(dumps(feed, since=t0))
    assert document.since == t0
    assert document.records.suggestions == (suggestion,)
    with pytest.raises(DocumentError, match="unknown Deputy 'd1'"):
        loads(dumps(feed))


DRAFT = {
    "format": "congresskit",
    "version": 0,
    "deputies": [{"id": "d1", "name": "张华", "levels": ["town"], "contact": {"phone": "138"}}],
    "suggestions": [
        {
            "id": "s1",
            "kind": "suggestion",
            "title": "t",
            "lead": "d1",
            "raised_on": "2020-01-13",
            "co_signers": ["d2"],
        }
    ],
}
DRAFT["deputies"].append({"id": "d2", "name": "李明", "levels": ["town"]})  # type: ignore[attr-defined]


def test_a_version_0_document_is_migrated() -> None:
    """Version 0's co_signers becomes cosigners, and a document without a profile is full."""
    before = copy.deepcopy(DRAFT)
    document = from_document(DRAFT)
    assert before == DRAFT
    assert document.version == 0
    assert document.profile == "full"
    assert document.records.suggestions[0].cosigners == ("d2",)
    assert document.records.deputies[0].contact == Contact(phone="138")
    assert loads(dumps(document.records, profile="full")) == document.records


def test_version_0_fields_are_unknown_in_version_1() -> None:
    """Migrations run for older documents only: co_signers in version 1 is an unknown field."""
    with pytest.raises(DocumentError) as info:
        from_document({**DRAFT, "version": 1, "profile": "full"})
    assert [p.path for p in info.value.problems] == ["$.suggestions[0].co_signers"]


@pytest.mark.parametrize(
    ("version", "words"),
    [
        (3, "format version 3, newer than version 2, the newest this congresskit reads; upgrade"),
        (99, "format version 99, newer than version 2"),
        (-1, "format version -1 is not one congresskit knows; it reads versions 0, 1, 2"),
        ("1", 'format version "1" is not one congresskit knows'),
        (1.0, "format version 1.0 is not one"),
        (True, "format version true is not one"),
    ],
)
def test_an_unreadable_version_names_both_versions(version: Any, words: str) -> None:
    """A newer or unknown version is a DocumentVersionError naming both versions."""
    with pytest.raises(DocumentVersionError) as info:
        from_document({"format": "congresskit", "version": version, "profile": "public"})
    assert words in str(info.value)
    assert info.value.found == version
    assert info.value.supported == (0, 1, 2)
    assert info.value.problems[0].path == "$.version"


LENIENT = {
    "format": "congresskit",
    "version": 1,
    "profile": "public",
    "generator": "platform X",
    "places": [{"id": "v1", "name": "称沱村", "population": 1200, "kind": "village"}],
}


def test_unknown_fields_are_errors_by_default() -> None:
    """Every unknown field is named, with its path; nothing is loaded."""
    with pytest.raises(DocumentError) as info:
        from_document(LENIENT)
    assert [p.path for p in info.value.problems] == ["$.places[0].population", "$.generator"]
    assert "unknown field 'population'" in info.value.problems[0].message


def test_lenient_mode_returns_unknown_fields_as_warnings() -> None:
    """lenient=True reads the rest and reports each unknown field it left out."""
    before = copy.deepcopy(LENIENT)
    document = from_document(LENIENT, lenient=True)
    assert before == LENIENT
    assert document.records.places == (Place(id="v1", name="称沱村"),)
    assert [(w.path, w.rule) for w in document.warnings] == [
        ("$.places[0].population", "unknown_field"),
        ("$.generator", "unknown_field"),
    ]
    assert document.warnings[0].record == "v1"


def test_lenient_mode_still_refuses_real_errors() -> None:
    """Leniency covers unknown fields only: a wrong type is still an error."""
    data = {**LENIENT, "places": [{"id": "v1", "name": 5, "population": 1200}]}
    with pytest.raises(DocumentError) as info:
        from_document(data, lenient=True)
    assert [p.path for p in info.value.problems] == ["$.places[0].name"]


def test_the_message_lists_the_problems_and_is_capped() -> None:
    """The message lists each problem on a line, up to 20, and says how many more there are."""
    places = [{"id": f"v{i}", "name": i} for i in range(25)]
    with pytest.raises(DocumentError) as info:
        from_document(
            {"format": "congresskit", "version": 1, "profile": "public", "places": places}
        )
    message = str(info.value)
    assert message.startswith("25 problems in the document:\n  $.places[0].name: expected a string")
    assert message.endswith("... and 5 more (see .problems)")
    assert len(info.value.problems) == 25


def test_loads_refuses_what_is_not_text() -> None:
    """loads takes str or bytes; anything else says to use load."""
    with pytest.raises(UsageError, match="use load for a file"):
        loads(io.StringIO("{}"))  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="unknown profile"):
        dumps(RECORDS, profile="secret")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="timezone-aware"):
        dumps(RECORDS, since=dt.datetime(2020, 7, 1))
