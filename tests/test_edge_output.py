"""What congresskit writes or returns reads back: writers and merges refuse what readers refuse.

Each test here failed before its fix (issue 10, items 5 and 6).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from congresskit import (
    Deputy,
    DeputyGroup,
    DocumentError,
    Membership,
    MembershipKind,
    Place,
    RecordSet,
    Tombstone,
    ValidationError,
    check,
    delete,
    dump,
    dump_jsonl,
    dumps,
    example_records,
    loads,
    merge,
)
from congresskit.errors import CongresskitError, FieldError

T0 = dt.datetime(2020, 7, 1, tzinfo=dt.timezone.utc)

WRITERS: dict[str, Callable[[RecordSet], Any]] = {
    "dumps": lambda records: dumps(records),
    "dumps indented": lambda records: dumps(records, indent=2),
    "dump to text": lambda records: dump(records, io.StringIO()),
    "dump_jsonl to text": lambda records: dump_jsonl(records, io.StringIO()),
    "dump_jsonl to bytes": lambda records: dump_jsonl(records, io.BytesIO()),
}


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize(("name", "rule"), [("称沱\ud800村", "encoding"), ("\udfff", "encoding")])
def test_writers_refuse_what_readers_refuse(writer: str, name: str, rule: str) -> None:
    """A lone surrogate was written (or failed with UnicodeEncodeError), and then unreadable."""
    records = RecordSet(places=(Place(id="v1", name="称沱村"), Place(id="v2", name=name)))
    with pytest.raises(DocumentError) as caught:
        WRITERS[writer](records)
    (problem,) = caught.value.problems
    assert problem.rule == rule
    assert problem.record == "v2"
    assert problem.path in ("$.places[1].name", "$.name")
    assert "'v2'" in problem.message
    assert isinstance(caught.value, CongresskitError)
    assert not isinstance(caught.value, UnicodeError)


@pytest.mark.parametrize("field", ["name", "id"])
def test_a_record_refuses_a_text_longer_than_a_reader_takes(field: str) -> None:
    """A name over 100,000 characters was written, and the document could not be read back."""
    with pytest.raises(FieldError) as caught:
        Place(**{"id": "v1", "name": "村", field: "x" * 100_001})  # type: ignore[arg-type]
    assert caught.value.rule == "too_long"
    assert caught.value.field == field
    assert len(str(caught.value)) < 300


def test_the_longest_text_a_reader_takes_is_written_and_read_back() -> None:
    """Exactly 100,000 characters is allowed both ways."""
    records = RecordSet(places=(Place(id="v1", name="村" * 100_000),))
    assert loads(dumps(records)) == records
    assert loads(dumps(records, indent=1)) == records


# -- item 6: merge and delete never return records check() refuses ----------------------


def _stamped(records: RecordSet, deputy: str) -> RecordSet:
    deputies = tuple(
        attrs.evolve(d, modified=T0) if d.id == deputy else d for d in records.deputies
    )
    return attrs.evolve(records, deputies=deputies)


def test_delete_refuses_a_record_others_still_refer_to() -> None:
    """Deleting a deputy who leads suggestions returned records that loads refused."""
    records = example_records()
    with pytest.raises(ValidationError) as caught:
        delete(records, "deputy", "d01", at=T0)
    assert caught.value.problems
    assert all(p.rule == "reference" for p in caught.value.problems)
    assert all("once deputy 'd01' is deleted" in p.message for p in caught.value.problems)


def test_delete_of_a_record_nobody_refers_to_still_works() -> None:
    """A deletion that keeps the records consistent goes through, with its tombstone."""
    records = example_records()
    place = Place(id="nowhere", name="无名村")
    result = delete(
        attrs.evolve(records, places=(*records.places, place)), "place", "nowhere", at=T0
    )
    assert result.places == records.places
    assert [t.id for t in result.tombstones] == ["nowhere"]
    assert check(result) == ()
    assert loads(dumps(result)) == result


def test_merge_turns_a_deletion_that_would_break_references_into_a_conflict() -> None:
    """A newer tombstone for a deputy still referred to was applied; the result was invalid."""
    existing = _stamped(example_records(), "d01")
    incoming = RecordSet(
        tombstones=(Tombstone(type="deputy", id="d01", deleted=T0 + dt.timedelta(days=1)),)
    )
    result = merge(existing, incoming)
    assert result.applied == ()
    (conflict,) = result.conflicts
    assert (conflict.type, conflict.id) == ("deputy", "d01")
    assert isinstance(conflict.existing, Deputy)
    assert "refers to unknown Deputy 'd01'" in conflict.reason
    assert check(result.records) == ()
    assert result.records == existing


def test_merge_refuses_an_added_record_that_refers_to_nothing() -> None:
    """An incoming record whose reference is missing is a conflict with nothing held."""
    existing = example_records()
    lead = existing.suggestions[0]
    stray = attrs.evolve(lead, id="s-new", lead="d-missing")
    result = merge(existing, RecordSet(suggestions=(stray,)))
    (conflict,) = result.conflicts
    assert conflict.existing is None
    assert conflict.incoming == stray
    assert check(result.records) == ()


def test_merge_applies_changes_that_need_each_other_in_any_order() -> None:
    """A deputy of a group that comes later in the same merge goes in, beside a refused record."""
    existing = example_records()
    group = DeputyGroup(id="g-new", name="新代表小组")
    first = existing.deputies[0]
    joined = Membership(kind=MembershipKind.GROUP, of="g-new", start=dt.date(2020, 7, 1))
    deputy = attrs.evolve(first, id="d-new", memberships=(*first.memberships, joined))
    stray = attrs.evolve(existing.suggestions[0], id="s-new", lead="d-missing", session=None)
    incoming = RecordSet(deputies=(deputy,), groups=(group,), suggestions=(stray,))
    result = merge(existing, incoming)
    applied = {(c.type, c.id) for c in result.applied}
    assert applied == {("deputy", "d-new"), ("deputy_group", "g-new")}
    assert [(c.type, c.id) for c in result.conflicts] == [("suggestion", "s-new")]
    assert check(result.records) == ()


def test_delete_refuses_the_congress_while_records_name_it() -> None:
    """Deleting the congress skipped the check: activities it organised were left dangling."""
    with pytest.raises(ValidationError) as caught:
        delete(example_records(), "congress", "xx-town", at=T0)
    assert {p.rule for p in caught.value.problems} == {"reference"}
