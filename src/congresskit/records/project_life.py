"""A livelihood project's life after the vote: milestones, supervision visits, defects.

>>> import datetime as dt
>>> parts = (Milestone(title="路基", weight=3, progress=100),
...          Milestone(title="路面", weight=1, progress=20, planned=dt.date(2020, 6, 30)))
>>> rolled_up(parts)
80
>>> [m.title for m in parts if m.overdue_on(dt.date(2020, 7, 1))]
['路面']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.dates import earliest, latest

__all__ = ["Defect", "Milestone", "SupervisionVisit", "percent", "rolled_up"]


def percent(instance: Any, attribute: Any, value: Any) -> None:
    """A validator: a whole percentage, 0 to 100."""
    v.non_negative(instance, attribute, value)
    if value > 100:
        raise FieldError(
            type(instance).__name__, attribute.name, value, "percent", "must be at most 100"
        )


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated part of a project, with its weight in the whole and its progress.

    Attributes:
        title: e.g. ``"路面硬化"``.
        planned: when it is due, if planned; ``done``: when it was done.
        weight: its weight in the project's progress, if stated.
        progress: how far it is, 0 to 100, if stated (100 when ``done``
            is given and progress is not).
    """

    title: str = attrs.field(validator=v.text)
    planned: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    done: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    weight: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    progress: int | None = attrs.field(default=None, validator=v.optional(percent))

    @property
    def percent_done(self) -> int | None:
        """The progress as stated, 100 if it is done, or ``None``."""
        if self.progress is not None:
            return self.progress
        return 100 if self.done is not None else None

    def overdue_on(self, day: dt.date) -> bool:
        """Whether the milestone was certainly due before ``day`` and not certainly done by it."""
        if self.planned is None or latest(self.planned) >= day:
            return False
        return self.done is None or earliest(self.done) > day


def rolled_up(parts: Sequence[Milestone]) -> int | None:
    """A project's progress from its parts: their progress weighted (equally, if no weights).

    ``None`` when a part's progress is unknown, or only some parts have weights.
    """
    if not parts:
        return None
    done = [m.percent_done for m in parts]
    weights = [m.weight for m in parts]
    if any(d is None for d in done):
        return None
    if all(w is None for w in weights):
        weights = [1] * len(parts)
    if any(w is None for w in weights):
        return None
    total = sum(w or 0 for w in weights)
    return round(sum((w or 0) * (d or 0) for w, d in zip(weights, done, strict=True)) / total)


@attrs.frozen(kw_only=True)
class Defect:
    """A defect a supervision visit found, the rectification demanded, and when it was done.

    Attributes:
        issue: what was found.
        rectification: what was demanded, if recorded.
        due: by when, if stated.
        rectified_on: when it was rectified, if it was.
    """

    issue: str = attrs.field(validator=v.text)
    rectification: str | None = attrs.field(default=None, validator=v.optional(v.text))
    due: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    rectified_on: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )


@attrs.frozen(kw_only=True)
class SupervisionVisit:
    """A visit by deputies to supervise a project, and the defects it recorded.

    Attributes:
        on: the day of the visit.
        deputies: the ids of the deputies who went, if listed.
        defects: what they found, with the rectification demanded.
    """

    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    deputies: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    defects: tuple[Defect, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Defect, "a Defect"))
    )

    def open_on(self, day: dt.date) -> int:
        """Defects found by ``day`` (the visit certainly before it) and not rectified by then."""
        if earliest(self.on) > day:
            return 0
        return sum(
            1 for d in self.defects if d.rectified_on is None or earliest(d.rectified_on) > day
        )
