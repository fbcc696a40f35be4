"""Two replicas edited and deleted at random, merged both ways: nothing lost, nothing
overwritten silently, the result valid (issue 10: make them hard to bring back)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

import congresskit.strategies as cs
from congresskit import (
    RecordSet,
    Tombstone,
    ValidationError,
    changed_since,
    check,
    delete,
    dumps,
    loads,
    merge,
)
from congresskit.exchange.sync import MergeResult, Version, check_deletions
from congresskit.records.tombstones import record_type
from tests.fuzz import share

T0 = dt.datetime(2020, 7, 1, tzinfo=dt.timezone.utc)
BEFORE = T0 - dt.timedelta(days=1)


def key(version: Version) -> tuple[str, str]:
    """A record's or tombstone's type and id."""
    return (record_type(version), version.id)


def versions(records: RecordSet) -> dict[tuple[str, str], Version]:
    """Every record and tombstone by key."""
    found: dict[tuple[str, str], Version] = {key(t): t for t in records.tombstones}
    found.update((key(r), r) for r in records)
    return found


def stamped(records: RecordSet) -> RecordSet:
    """Every record last modified the day before T0."""
    return RecordSet.from_records(attrs.evolve(r, created=None, modified=BEFORE) for r in records)


@st.composite
def replica(draw: st.DrawFn, base: RecordSet, side: int) -> RecordSet:
    """``base`` after a few random edits and deletions, stamped after T0 on ``side`` (0 or 1)."""
    records = base
    for step in range(draw(st.integers(0, 4))):
        live = list(records)
        if not live:
            break
        record: Any = draw(st.sampled_from(live))
        # Distinct stamps on the two sides: versions are always ordered.
        at = T0 + dt.timedelta(minutes=2 * step + side + 1)
        if draw(st.booleans()):
            # Still referred to: not deletable, and delete says so.
            with contextlib.suppress(ValidationError):
                records = delete(records, record_type(record), record.id, at=at)
            continue
        field = next((f for f in ("name", "title", "notes") if hasattr(record, f)), None)
        if field is None:
            continue
        edited = attrs.evolve(record, modified=at, **{field: f"改{side}-{step}"})
        records = RecordSet.from_records(edited if r is record else r for r in records)
        records = attrs.evolve(records, tombstones=base.tombstones + _new_tombstones(records, base))
    return records


def _new_tombstones(records: RecordSet, base: RecordSet) -> tuple[Tombstone, ...]:
    return tuple(t for t in records.tombstones if t not in base.tombstones)


def holds_promises(existing: RecordSet, incoming: RecordSet, result: MergeResult) -> None:
    """Valid, nothing lost, nothing overwritten without a Change saying so."""
    merged = result.records
    # Valid: no errors (warnings, figures that do not add up, may occur).
    assert [p for p in check(merged) if not p.is_warning] == []
    assert check_deletions(merged) == ()
    assert loads(dumps(merged, profile="full")) == merged
    before, after = versions(existing), versions(merged)
    changes = {(c.type, c.id): c for c in result.applied}
    # Nothing overwritten silently: each difference from `existing` is a change applied.
    for k, version in after.items():
        if before.get(k) != version:
            assert k in changes, k
            assert changes[k].before == before.get(k)
            assert changes[k].after == version
    for k in before:
        assert k in after or k in changes, f"{k} vanished"
    # Nothing lost: each incoming version is in the result, stale, or a conflict.
    conflicts = {(c.type, c.id): c for c in result.conflicts}
    stale = set(map(key, result.stale))
    for k, version in versions(incoming).items():
        assert after.get(k) == version or k in stale or k in conflicts, k


BASES = cs.record_sets(max_size=2, max_deputies=3).map(stamped)


@share(0.4)
@given(st.data())
def test_replicas_merged_both_ways_lose_nothing_and_stay_valid(data: st.DataObject) -> None:
    """Full sets merged both ways agree when neither side has a conflict."""
    base = data.draw(BASES)
    ours, theirs = data.draw(replica(base, 0)), data.draw(replica(base, 1))
    forward, backward = merge(ours, theirs), merge(theirs, ours)
    holds_promises(ours, theirs, forward)
    holds_promises(theirs, ours, backward)
    if not forward.conflicts and not backward.conflicts:
        assert versions(forward.records) == versions(backward.records)


@share(0.4)
@given(st.data())
def test_changed_since_feeds_merged_both_ways_lose_nothing_and_stay_valid(
    data: st.DataObject,
) -> None:
    """Each side's changes since T0, as a feed, merged into the other."""
    base = data.draw(BASES)
    ours, theirs = data.draw(replica(base, 0)), data.draw(replica(base, 1))
    feed_ours, feed_theirs = changed_since(ours, T0), changed_since(theirs, T0)
    holds_promises(ours, feed_theirs, merge(ours, feed_theirs, since=T0))
    holds_promises(theirs, feed_ours, merge(theirs, feed_ours, since=T0))
