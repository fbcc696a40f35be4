"""Record sets for the exchange tests: congresskit.strategies' consistent sets, with tombstones."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

import congresskit.strategies as cs
from congresskit import RecordSet, Tombstone

# Deleted records' ids never collide with the live records' ("d3", "s12", ...),
# so the sets stay consistent (nothing is both present and deleted).
_GONE = cs.tombstones(ids=st.integers(0, 9).map("gone{}".format))


def _with(records: RecordSet, tombstones: list[Tombstone]) -> RecordSet:
    return attrs.evolve(records, tombstones=tuple(tombstones))


def record_sets() -> SearchStrategy[RecordSet]:
    """Record sets for which ``check`` finds nothing, with up to three tombstones."""
    tombstones = st.lists(_GONE, max_size=3, unique_by=lambda t: (t.type, t.id))
    return st.builds(_with, cs.record_sets(), tombstones)
