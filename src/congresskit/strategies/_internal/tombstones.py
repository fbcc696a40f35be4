"""Strategies for tombstones, the deletions an incremental exchange passes on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records.tombstones import RECORD_TYPES, Tombstone
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import Ids

__all__ = ["tombstones"]

# Offsets a real exchange meets, including one (local mean time) that RFC 3339
# cannot write, so that writers must keep the instant in another offset.
_ZONES = (
    dt.timezone.utc,
    dt.timezone(dt.timedelta(hours=8)),
    dt.timezone(dt.timedelta(hours=-3, minutes=-30)),
    dt.timezone(dt.timedelta(hours=8, minutes=5, seconds=43)),
)


def tombstones(
    *, ids: Ids = None, types: SearchStrategy[str] | Sequence[str] | None = None
) -> SearchStrategy[Tombstone]:
    """Tombstones of records of ``types`` (exchange tags such as ``"deputy"``; any if ``None``).

    Raises:
        InvalidArgument: bad ids, or a type that is not a record type tag.
    """
    if types is None:
        kinds: SearchStrategy[str] = st.sampled_from(list(RECORD_TYPES))
    elif isinstance(types, SearchStrategy):
        kinds = types
    else:
        if isinstance(types, str) or not types or any(t not in RECORD_TYPES for t in types):
            msg = f"types={types!r} must be a strategy or a non-empty list of {list(RECORD_TYPES)}"
            raise InvalidArgument(msg)
        kinds = st.sampled_from(list(types))
    moments = st.datetimes(
        min_value=dt.datetime(2000, 1, 1),
        max_value=dt.datetime(2039, 12, 31),
        timezones=st.sampled_from(_ZONES),
    )
    later = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=30))
    return st.builds(
        lambda kind, rid, deleted, after: Tombstone(
            type=kind, id=rid, deleted=deleted, modified=None if after is None else deleted + after
        ),
        kinds,
        _s.required(_s.ref(ids, "ids", "x"), "ids"),
        moments,
        _s.maybe(later),
    )
