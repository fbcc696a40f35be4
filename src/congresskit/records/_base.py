"""The fields every top-level record shares: a stable id, exchange stamps, provenance."""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.provenance import Printed, Source

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
        sources: the public sources its facts come from, if recorded.
        note: a free remark (what was inferred and how, what the source
            leaves unclear), if any.
        printed: figures as the source printed them, where they differ from
            (or are words for) the values the record counts.
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
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Source, "a Source"))
    )
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))
    printed: tuple[Printed, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Printed, "a Printed"))
    )
