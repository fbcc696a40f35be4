"""The items of a bundled activity: one concentrated activity doing several things at once."""

from __future__ import annotations

import attrs

from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind

__all__ = ["ActivityItem"]


@attrs.frozen(kw_only=True)
class ActivityItem:
    """One item of a bundled activity: a concentrated activity doing several things at once.

    An item has no participants or figures of its own: the deputies and
    person-times belong to the activity, which is counted once; each item is
    counted under its own kind.

    Attributes:
        kind: what the item was (an inspection, reports to voters, a unit
            evaluation, a rating of suggestion handling, ...).
        title: a short description, if recorded.
        units: ids of the units the item concerned (evaluated, inspected).
        projects: ids of the livelihood projects the item concerned.
        times: how many times the item was done within the activity, when
            the source counts them (20 residents' forums, 12 inspections);
            ``None`` for once, or not stated.
        suggestion: the id of the suggestion the item checked (a supervision
            visit to the site of suggestion No. 16), if it names one; the
            summary's activity list shows that suggestion's number.
    """

    kind: ActivityKind = attrs.field(validator=v.member_of(ActivityKind))
    title: str | None = attrs.field(default=None, validator=v.optional(v.text))
    units: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    projects: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    times: Count | None = attrs.field(
        default=None, validator=v.optional(v.instance(Count, "a Count"))
    )
    suggestion: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
