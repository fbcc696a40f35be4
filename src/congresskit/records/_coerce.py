"""Field converters: accept what is unambiguous, in Python as in the exchange format.

A model's tuple field takes any sequence (a list, most often) and stores a
tuple, so the record stays frozen and hashable and equals the one built from
a tuple; a date field takes an ISO 8601 date ``YYYY-MM-DD`` and a timestamp
field an RFC 3339 timestamp with its offset, the same text the exchange format
reads (no other precision: ``2020-01`` or ``20200113`` are not dates, a date
field takes no time, a timestamp needs its offset).

What is not unambiguous is passed on unchanged, for the field's validator to
refuse with the record, field and value named: a string or a set for a tuple
(a string is a sequence of characters, a set has no order), a number for a
date, text that is not such a date.

The exchange format's reader stays strict: its hooks check JSON types before a
record is built, so a converter only ever sees what they let through.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from congresskit.records.dates import When

__all__ = [
    "DATE_PATTERN",
    "TIMESTAMP_PATTERN",
    "TIME_PATTERN",
    "date_problem",
    "moment_problem",
    "time_problem",
    "to_date",
    "to_moment",
    "to_optional_date",
    "to_optional_moment",
    "to_optional_time",
    "to_tuple",
]

#: A date as the exchange format writes it (the same rule as congresskit.exchange).
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: A timestamp as the exchange format writes it (RFC 3339, with its offset).
TIMESTAMP_PATTERN = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?"
    r"(?:Z|([+-])([0-9]{2}):([0-9]{2}))"
)
#: A time of day as the exchange format writes it: ``HH:MM``, 00:00 to 23:59.
TIME_PATTERN = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")

_NOT_A_SEQUENCE = (str, bytes, bytearray, memoryview)


def to_tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    """A tuple of the items of a list (or other sequence); anything else unchanged."""
    if type(value) is tuple:
        return value
    if isinstance(value, Sequence) and not isinstance(value, _NOT_A_SEQUENCE):
        return tuple(value)
    return value  # type: ignore[return-value] # the validator refuses it by name


def _parse_date(value: str) -> dt.date | None:
    if DATE_PATTERN.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    try:  # a month "2021-11" or a year "2021", as format version 2 reads them
        return When.parse(value)
    except ValueError:
        return None


def to_date(value: dt.date | str) -> dt.date:
    """The date an ISO 8601 ``YYYY-MM-DD`` string names (or the :class:`When` of a month
    ``YYYY-MM`` or a year ``YYYY``); anything else unchanged."""
    if type(value) is str:
        parsed = _parse_date(value)
        if parsed is not None:
            return parsed
    return value  # type: ignore[return-value] # the validator refuses it by name


def to_optional_date(value: dt.date | str | None) -> dt.date | None:
    """:func:`to_date`, or ``None``."""
    return value if value is None else to_date(value)


def date_problem(value: str) -> str:
    """Why ``value`` is not a date, in the exchange format's words."""
    if DATE_PATTERN.fullmatch(value):
        return "no such day in the calendar"
    hint = " (a date field takes no time)" if TIMESTAMP_PATTERN.fullmatch(value) else ""
    return f"expected a date or its ISO text YYYY-MM-DD (or a month YYYY-MM, a year YYYY){hint}"


def _parse_moment(value: str) -> dt.datetime | None:
    match = TIMESTAMP_PATTERN.fullmatch(value)
    if match is None:
        return None
    day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    offset = dt.timedelta(hours=int(off_h or 0), minutes=int(off_m or 0))
    try:
        return dt.datetime.combine(
            dt.date.fromisoformat(day),
            dt.time(int(hour), int(minute), int(second), int((fraction or "0").ljust(6, "0"))),
            tzinfo=dt.timezone(-offset if sign == "-" else offset),
        )
    except ValueError:
        return None


def to_moment(value: dt.datetime | str) -> dt.datetime:
    """The datetime an RFC 3339 timestamp with its offset names; anything else unchanged."""
    if type(value) is str:
        parsed = _parse_moment(value)
        if parsed is not None:
            return parsed
    return value  # type: ignore[return-value] # the validator refuses it by name


def to_optional_moment(value: dt.datetime | str | None) -> dt.datetime | None:
    """:func:`to_moment`, or ``None``."""
    return value if value is None else to_moment(value)


def moment_problem(value: str) -> str:
    """Why ``value`` is not a timestamp, in the exchange format's words."""
    if TIMESTAMP_PATTERN.fullmatch(value):
        return "no such moment"
    return (
        "expected a datetime or its RFC 3339 text with the offset, such as "
        "2020-01-13T09:00:00+08:00"
    )


def to_optional_time(value: dt.time | str | None) -> dt.time | None:
    """The time of day an ``HH:MM`` string names; anything else unchanged (or ``None``)."""
    if type(value) is str:
        match = TIME_PATTERN.fullmatch(value)
        if match is not None:
            return dt.time(int(match[1]), int(match[2]))
    return value  # type: ignore[return-value] # the validator refuses it by name


def time_problem(value: str) -> str:
    """Why ``value`` is not a time of day, in the exchange format's words."""
    return "expected a time of day HH:MM from 00:00 to 23:59 (such as 08:30)"
