"""Ratings: how many raters gave each satisfaction level (evaluations, reports, receptions)."""

from __future__ import annotations

import attrs

from congresskit.errors import FieldError
from congresskit.records import _validators as v
from congresskit.records.counts import Count
from congresskit.records.enums import Satisfaction

__all__ = ["Rating", "unique_levels"]


@attrs.frozen(kw_only=True)
class Rating:
    """How many raters gave one satisfaction level.

    Attributes:
        level: the level (satisfied, basically satisfied, dissatisfied, no answer).
        count: how many gave it.
    """

    level: Satisfaction = attrs.field(validator=v.member_of(Satisfaction))
    count: Count = attrs.field(validator=v.instance(Count, "a Count"))


def unique_levels(instance: object, attribute: object, value: tuple[Rating, ...]) -> None:
    """Each satisfaction level at most once in a list of ratings."""
    levels = [r.level for r in value]
    if len(set(levels)) != len(levels):
        name, field = type(instance).__name__, getattr(attribute, "name", "ratings")
        raise FieldError(name, field, value, "unique", "a satisfaction level is rated twice")
