"""Where a record's facts come from, and figures as the source printed them.

Every record and every agenda item may name its ``sources`` (a report, a news
item, a notice, and where in it), carry a free ``note``, and keep figures
``printed`` as the source gave them beside the value congresskit counts: a
percentage rounded so that the column sums to 100, a misprinted year, "200
余人次". Nothing the source says is lost, and nothing wrong is counted.

>>> import datetime as dt
>>> s = Source(title="XX镇人大2021年工作报告", publisher="XX镇人大",
...            date=dt.date(2022, 1, 10), locator="第二部分")
>>> p = Printed(field="people_received", text="200余人次")
>>> s.locator, p.field
('第二部分', 'people_received')
"""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.records import _coerce as cv
from congresskit.records import _validators as v

__all__ = ["Printed", "Source"]


@attrs.frozen(kw_only=True)
class Source:
    """A public source of a record's facts.

    Attributes:
        title: the document's title.
        url: where it can be read, if online.
        publisher: who published it (a congress, a government site, a newspaper).
        date: when it was published (it may be vague: a month, a year).
        locator: where in the document the facts are (a section, a page, a
            paragraph).
    """

    title: str = attrs.field(validator=v.text)
    url: str | None = attrs.field(default=None, validator=v.optional(v.text))
    publisher: str | None = attrs.field(default=None, validator=v.optional(v.text))
    date: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    locator: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Printed:
    """A figure as the source printed it, beside the value a record counts.

    Attributes:
        field: the name of the field (or a path such as ``"candidates[2].yes"``)
            whose value the source printed differently or in words.
        text: exactly what the source printed, e.g. ``"33.3%"``, ``"二〇二一年"``.
    """

    field: str = attrs.field(validator=v.text)
    text: str = attrs.field(validator=v.text)


def sources_field() -> tuple[Source, ...]:
    """The ``sources`` field, for models that are not records (agenda items)."""
    default: tuple[Source, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Source, "a Source"))
    )
    return default


def note_field() -> str | None:
    """The ``note`` field, for models that are not records (agenda items)."""
    default: str | None = attrs.field(default=None, validator=v.optional(v.text))
    return default


def printed_field() -> tuple[Printed, ...]:
    """The ``printed`` field, for models that are not records (agenda items)."""
    default: tuple[Printed, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Printed, "a Printed"))
    )
    return default
