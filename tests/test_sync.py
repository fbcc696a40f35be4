"""Incremental exchange: changed-since feeds, tombstones, and merges that report conflicts."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from congresskit import (
    Congress,
    Level,
    Place,
    RecordSet,
    Tombstone,
    UnknownRecordError,
    UsageError,
    changed_since,
    delete,
    dumps,
    loads_document,
    merge,
)
from tests.exchange_records import record_sets

T0 = dt.datetime(2020, 7, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def at(days: int) -> dt.datetime:
    return T0 + dt.timedelta(days=days)


def place(
    name: str = "称沱村", *, modified: int | None = None, created: int | None = None
) -> Place:
    return Place(
        id="v1",
        name=name,
        modified=None if modified is None else at(modified),
        created=None if created is None else at(created),
    )


def gone(days: int, kind: str = "place") -> Tombstone:
    return Tombstone(type=kind, id="v1", deleted=at(days))


def test_changed_since_keeps_what_changed_and_what_cannot_be_dated() -> None:
    """Records stamped at or after the moment are kept, with unstamped ones; older ones go."""
    records = RecordSet(
        places=(
            Place(id="old", name="a", modified=at(-1)),
            Place(id="same", name="b", modified=at(0)),
            Place(id="new", name="c", created=at(1)),
            Place(id="undated", name="d"),
        ),
        tombstones=(gone(-2), Tombstone(type="unit", id="u", deleted=at(2))),
    )
    feed = changed_since(records, T0)
    assert [p.id for p in feed.places] == ["same", "new", "undated"]
    assert [t.id for t in feed.tombstones] == ["u"]


def test_changed_since_needs_a_time_zone() -> None:
    """A naive moment cannot be compared with stamps: a UsageError says so."""
    with pytest.raises(UsageError, match="timezone-aware"):
        changed_since(RecordSet(), dt.datetime(2020, 7, 1))


def test_delete_leaves_a_tombstone() -> None:
    """delete() removes the record and records its deletion."""
    records = RecordSet(
        congress=Congress(id="c", name="镇人大", level=Level.TOWN), places=(place(),)
    )
    after = delete(records, "place", "v1", at=at(3))
    assert after.places == ()
    assert after.tombstones == (gone(3),)
    assert delete(records, "congress", "c", at=at(3)).congress is None
    with pytest.raises(UnknownRecordError):
        delete(records, "place", "v2", at=at(3))
    with pytest.raises(UnknownRecordError):
        delete(records, "congress", "x", at=at(3))


@pytest.mark.parametrize(
    ("existing", "incoming", "since", "kept", "outcome"),
    [
        (None, place(), None, place(), "added"),
        (place(modified=1), place(modified=1), None, place(modified=1), None),
        (place(modified=1), place("新村", modified=2), None, place("新村", modified=2), "updated"),
        (place(modified=2), place("新村", modified=1), None, place(modified=2), "stale"),
        (place(modified=1), place("新村", modified=1), None, place(modified=1), "conflict"),
        (place(), place("新村"), None, place(), "conflict"),
        (place(created=1), place("新村", created=2), None, place("新村", created=2), "updated"),
        (place(modified=1), place("新村", modified=2), 0, place(modified=1), "conflict"),
        (place(modified=-1), place("新村", modified=2), 0, place("新村", modified=2), "updated"),
        (place(modified=3), place("新村", modified=-2), 0, place(modified=3), "stale"),
        (place(modified=1), gone(2), None, gone(2), "deleted"),
        (place(modified=3), gone(2), None, place(modified=3), "stale"),
        (place(modified=1), gone(2), 0, place(modified=1), "conflict"),
        (gone(1), place("新村", modified=2), None, place("新村", modified=2), "restored"),
        (gone(2), place("新村", modified=1), None, gone(2), "stale"),
        (None, gone(1), None, gone(1), "deleted"),
    ],
)
def test_merge_applies_by_id_and_stamp_and_reports_conflicts(
    existing: Place | Tombstone | None,
    incoming: Place | Tombstone,
    since: int | None,
    kept: Place | Tombstone,
    outcome: str | None,
) -> None:
    """Newer wins, older is stale, changes on both sides (or that cannot be ordered) conflict."""

    def records(version: Place | Tombstone | None) -> RecordSet:
        if version is None:
            return RecordSet()
        if isinstance(version, Tombstone):
            return RecordSet(tombstones=(version,))
        return RecordSet(places=(version,))

    result = merge(records(existing), records(incoming), since=None if since is None else at(since))
    assert result.records == records(kept)
    actions = [c.action for c in result.applied]
    found = (
        actions[0]
        if actions
        else "conflict"
        if result.conflicts
        else "stale"
        if result.stale
        else None
    )
    assert found == outcome
    if outcome == "conflict":
        [conflict] = result.conflicts
        assert (conflict.type, conflict.id) == ("place", "v1")
        assert (conflict.existing, conflict.incoming) == (existing, incoming)
        assert conflict.reason
    if actions:
        assert result.applied[0].before == existing
        assert result.applied[0].after == incoming


def test_records_of_another_congress_are_not_merged() -> None:
    """Merging two congresses' records is a usage error, not a silent mix."""
    town = RecordSet(congress=Congress(id="a", name="甲镇人大", level=Level.TOWN))
    other = RecordSet(congress=Congress(id="b", name="乙镇人大", level=Level.TOWN))
    with pytest.raises(UsageError, match="cannot merge records of congress 'b'"):
        merge(town, other)


@given(record_sets())
def test_merging_a_set_into_itself_changes_nothing(records: RecordSet) -> None:
    """merge(x, x) applies nothing, and gives x back."""
    result = merge(records, records)
    assert (result.applied, result.conflicts, result.stale) == ((), (), ())
    assert result.records == records


@given(record_sets())
def test_merging_into_nothing_adds_everything(records: RecordSet) -> None:
    """merge(empty, x) gives x, each record and tombstone reported once."""
    result = merge(RecordSet(), records)
    assert result.records == records
    assert len(result.applied) == len(records) + len(records.tombstones)
    assert {c.action for c in result.applied} <= {"added", "deleted"}


def test_a_town_sends_its_changes_to_the_district() -> None:
    """End to end: the town's changed-since document merges into the district's copy."""
    district = RecordSet(
        places=(
            Place(id="v1", name="称沱村", modified=at(-10)),
            Place(id="v2", name="新华村", modified=at(-10)),
        )
    )
    town = RecordSet(
        places=(
            Place(id="v1", name="称沱村（新）", modified=at(1)),
            Place(id="v3", name="大石村", created=at(2)),
        ),
        tombstones=(Tombstone(type="place", id="v2", deleted=at(3)),),
    )
    document = loads_document(dumps(changed_since(town, T0), since=T0))
    result = merge(district, document.records, since=document.since)
    assert result.conflicts == ()
    assert [p.name for p in result.records.places] == ["称沱村（新）", "大石村"]
    assert [(c.id, c.action) for c in result.applied] == [
        ("v2", "deleted"),
        ("v1", "updated"),
        ("v3", "added"),
    ]
    assert attrs.evolve(result.records, tombstones=()) == RecordSet(places=town.places)


def test_joining_record_sets_keeps_tombstones() -> None:
    """RecordSet | RecordSet carries the tombstones of both, each once."""
    a = RecordSet(tombstones=(gone(1),))
    b = RecordSet(tombstones=(gone(1), gone(2, "unit")))
    assert (a | b).tombstones == (gone(1), gone(2, "unit"))
