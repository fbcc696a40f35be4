"""The rule that parts of a vote or a roll add up to no more than their whole."""

from __future__ import annotations

from typing import Any

from congresskit.errors import FieldError

__all__ = ["at_most"]


def at_most(limit_field: str, *fields: str) -> Any:
    """A class-level rule: the sum of ``fields`` does not exceed ``limit_field`` (if set)."""

    def check(instance: Any) -> None:
        limit = getattr(instance, limit_field)
        if limit is None:
            return
        total = sum(getattr(instance, f) or 0 for f in fields)
        if total > limit:
            names = " + ".join(fields)
            raise FieldError(
                type(instance).__name__,
                ", ".join((*fields, limit_field)),
                total,
                "tally",
                f"{names} = {total} exceeds {limit_field} = {limit}",
            )

    return check
