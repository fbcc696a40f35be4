"""The fields every top-level record shares: a stable id and exchange stamps."""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.records import _coerce as cv
from congresskit.records import _validators as v

__all__ = ["Record"]


@attrs.frozen(kw_only=True)
class Record:
    """The base of every top-level record.

    Attributes:
        id: a stable identifier, unique among records of the same type. People
            and things are matched by id, never by name.
        created: when the record was first created in its source system
            (timezone-aware), if known. Used for incremental exchange.
        modified: when the record was last changed (timezone-aware), if known.
    """

    id: str = attrs.field(validator=v.identifier)
    created: dt.datetime | None = attrs.field(
        default=None, converter=cv.to_optional_moment, validator=v.optional(v.moment)
    )
    modified: dt.datetime | None = attrs.field(
        default=None,
        converter=cv.to_optional_moment,
        validator=[v.optional(v.moment), v.optional(v.not_earlier_than("created"))],
    )
