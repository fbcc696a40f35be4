"""The activities of a period, listed one by one with their dates, kinds and titles.

A report says when each activity was held: on a day, in a month or a year as
vague as the source is (``2022-11-28?`` when the year was worked out), or, for a
record of several activities given only as a total over a span ("6 receptions
in 2020"), the span and how many.

>>> import datetime as dt
>>> from congresskit import Activity, ActivityKind, When
>>> line = ActivityLine.of(Activity(id="a1", kind=ActivityKind.RECEPTION, title="站内接待选民",
...                                 start=When.of_year(2020), occurrences=6))
>>> line.when, line.times_held
('2020', 6)
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Mapping

import attrs

from congresskit.records.activities import Activity
from congresskit.records.dates import When, earliest, latest
from congresskit.records.enums import ActivityKind

__all__ = ["LISTED_AT_MOST", "ActivityLine", "ActivityLines"]


def _checked(a: Activity) -> tuple[str | None, ...]:
    checked = tuple(i.suggestion for i in a.items)
    return checked if any(s is not None for s in checked) else ()


def _text(day: dt.date) -> str:
    return str(day) if isinstance(day, When) else day.isoformat()


@attrs.frozen(kw_only=True)
class ActivityLine:
    """One activity of the period, as a report lists it.

    Attributes:
        id: the activity's record id.
        kind: its kind; items: the kinds of its items, if it is a bundle.
        title: its title.
        start: its first day, as precise as the record gives it (a
            :class:`~congresskit.When` for a month, a year or an inferred day);
            end: its last day, if it lasted more than one.
        occurrences: how many activities the record stands for, when it is a
            total over a span without dates; ``None`` for one activity.
        group, station: where it belongs, if recorded.
        topics, themes: what it took up, and the themes it ran under.
        start_time, end_time: the time of day it began and ended, if recorded.
        number: its ordinal within its year (the second of 2024: 2), if recorded.
        item_suggestions: for each item, the id of the suggestion it checked
            (``None``: it names none); empty when no item names one.
        item_numbers: for each item, that suggestion's number (第16号), as
            the suggestion's record gives it: ``None`` when the item names no
            suggestion, the number is not stated or the suggestion is not among
            the records summarised (not stated, never guessed); empty with
            ``item_suggestions``.
    """

    id: str
    kind: ActivityKind
    title: str
    start: dt.date
    end: dt.date | None = None
    occurrences: int | None = None
    items: tuple[ActivityKind, ...] = ()
    group: str | None = None
    station: str | None = None
    topics: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    number: int | None = None
    item_suggestions: tuple[str | None, ...] = ()
    item_numbers: tuple[int | None, ...] = ()

    @classmethod
    def of(cls, a: Activity) -> ActivityLine:
        """The line of one activity record."""
        return cls(
            id=a.id,
            kind=a.kind,
            title=a.title,
            start=a.start,
            end=a.end,
            occurrences=a.occurrences,
            items=tuple(i.kind for i in a.items),
            group=a.group,
            station=a.station,
            topics=a.topics,
            themes=a.themes,
            start_time=a.start_time,
            end_time=a.end_time,
            number=a.number,
            item_suggestions=_checked(a),
        )

    def numbered(self, numbers: Mapping[str, int]) -> ActivityLine:
        """The line with its items' suggestion numbers, from ``numbers`` (by suggestion id)."""
        if not self.item_suggestions:
            return self
        found = tuple(None if s is None else numbers.get(s) for s in self.item_suggestions)
        return attrs.evolve(self, item_numbers=found)

    @property
    def times_held(self) -> int:
        """How many activities the line stands for."""
        return self.occurrences or 1

    @property
    def when(self) -> str:
        """When it was held, as text: ``2024-10-15..2024-10-25``, ``2020-11``, ``2022-11-28?``."""
        if self.end is None or self.end == self.start:
            return _text(self.start)
        return f"{_text(self.start)}..{_text(self.end)}"

    @property
    def hours(self) -> str:
        """The time of day it was held, as text: ``08:30-11:00``, ``08:30-``, ``-11:00``, or
        empty when the record gives neither."""
        if self.start_time is None and self.end_time is None:
            return ""
        start, end = (t.isoformat("minutes") if t else "" for t in (self.start_time, self.end_time))
        return f"{start}-{end}"


#: How many activities a summary lists at most: the first held. A summary of a county or
#: a province counts millions of activities; its figures count them all, its list does not.
LISTED_AT_MOST = 500

_Key = tuple[dt.date, dt.date, str]


def _key(line: ActivityLine) -> _Key:
    return (earliest(line.start), latest(line.end or line.start), line.id)


class _Late:
    """A line in a heap whose top is the line held last (heapq keeps the least on top)."""

    __slots__ = ("key",)

    def __init__(self, key: _Key) -> None:
        self.key = key

    def __lt__(self, other: _Late) -> bool:
        return self.key > other.key


class ActivityLines:
    """The first :data:`LISTED_AT_MOST` activities held, by id; adding and merging in any
    order keeps the same lines (the first by day, then last day, then id)."""

    __slots__ = ("heap", "lines")

    def __init__(self) -> None:
        self.lines: dict[str, ActivityLine] = {}
        self.heap: list[_Late] = []  # the keys of the lines kept, the latest on top

    def add(self, line: ActivityLine) -> None:
        if line.id in self.lines:
            return  # the same activity, carried by two parts
        key = _key(line)
        if len(self.lines) >= LISTED_AT_MOST:
            if key > self.heap[0].key:
                return  # held after every line kept
            dropped = heapq.heapreplace(self.heap, _Late(key))
            del self.lines[dropped.key[2]]
        else:
            heapq.heappush(self.heap, _Late(key))
        self.lines[line.id] = line

    def merge(self, other: ActivityLines) -> None:
        for line in other.lines.values():
            self.add(line)

    def listed(self) -> tuple[ActivityLine, ...]:
        """The lines kept, in the order they were held (first day, then last, then id)."""
        return tuple(sorted(self.lines.values(), key=_key))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ActivityLines) and self.lines == other.lines

    __hash__ = None  # type: ignore[assignment]
