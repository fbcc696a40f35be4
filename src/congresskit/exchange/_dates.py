"""How dates travel: a day, a month, a year, or a range that may be inferred.

A date field takes:

- ``"2021-09-06"``: an exact day (read as a plain :class:`datetime.date`);
- ``"2021-11"``: some day of a month, and ``"2021"``: some day of a year (read
  as a :class:`~congresskit.When`);
- ``{"earliest": "2021-09", "latest": "2021-10", "inferred": true}``: a range
  (each end itself a day, a month or a year; ``latest`` defaults to the end of
  ``earliest``), possibly inferred (the source gives no year; it was worked out).

Writers use the shortest of these forms that says the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from congresskit.exchange._problems import BadValueError, WrongTypeError, describe
from congresskit.records.dates import When, earliest, latest

__all__ = [
    "DATE_PATTERN",
    "MONTH_OR_YEAR_PATTERN",
    "structure_date",
    "unstructure_date",
    "unstructure_date_native",
]

#: A date as the format writes it (ISO 8601 calendar date).
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: A month or a year, the other string forms of a date field (format version 2).
MONTH_OR_YEAR_PATTERN = re.compile(r"[0-9]{4}(?:-[0-9]{2})?")
_TIMESTAMP_START = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T")
_KEYS = frozenset({"earliest", "latest", "inferred"})
_EXPECTED = (
    'a date as a string "2021-09-06", a month "2021-11" or a year "2021", '
    'or an object {"earliest": ...}'
)


def _parse(value: Any, *, inferred: bool = False) -> dt.date:
    if type(value) is not str:
        raise WrongTypeError(_EXPECTED, value)
    if not (DATE_PATTERN.fullmatch(value) or MONTH_OR_YEAR_PATTERN.fullmatch(value)):
        hint = " (a date field takes no time)" if _TIMESTAMP_START.match(value) else ""
        msg = (
            f"expected a date YYYY-MM-DD, a month YYYY-MM or a year YYYY{hint}, "
            f"got {describe(value)}"
        )
        raise BadValueError(msg, value, rule="date")
    if len(value) == 10 and not inferred:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            msg = f"no such day in the calendar: {describe(value)}"
            raise BadValueError(msg, value, rule="date") from None
    try:
        return When.parse(value, inferred=inferred)
    except ValueError:
        msg = f"no such day or month in the calendar: {describe(value)}"
        raise BadValueError(msg, value, rule="date") from None


def structure_date(value: Any, _: Any = None) -> dt.date:
    """Read a date field's JSON value (see the module's description)."""
    if type(value) is not dict:
        return _parse(value)
    unknown = sorted(set(value) - _KEYS)
    if unknown:
        msg = f"a date object has earliest, latest and inferred only, not {', '.join(unknown)}"
        raise BadValueError(msg, value, rule="fields")
    if "earliest" not in value:
        msg = "a date object needs its earliest day, month or year"
        raise BadValueError(msg, value, rule="required")
    inferred = value.get("inferred", False)
    if type(inferred) is not bool:
        raise WrongTypeError("true or false (inferred)", inferred)
    first = _parse(value["earliest"])
    last = _parse(value["latest"]) if "latest" in value else first
    if latest(last) < earliest(first):
        msg = f"the latest day {latest(last)} is before the earliest {earliest(first)}"
        raise BadValueError(msg, value, rule="date_order")
    return When.between(first, last, inferred=inferred)


def unstructure_date(value: dt.date) -> str | dict[str, Any]:
    """A date field's JSON value: the shortest form that says the same."""
    if type(value) is dt.date:
        return value.isoformat()
    if not isinstance(value, When):
        return value.isoformat()
    text = value.text()
    if not value.inferred and text is not None:
        return text
    result: dict[str, Any] = {}
    if text is not None:
        result["earliest"] = text
    else:
        result["earliest"] = value.earliest.isoformat()
        result["latest"] = value.latest.isoformat()
    if value.inferred:
        result["inferred"] = True
    return result


def unstructure_date_native(value: dt.date) -> dt.date | str | dict[str, Any]:
    """As :func:`unstructure_date`, leaving a plain date to a JSON encoder that writes it."""
    if type(value) is dt.date:
        return value
    return unstructure_date(value)
