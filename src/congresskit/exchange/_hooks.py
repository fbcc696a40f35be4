"""congresskit's strict hooks for the values inside records.

A string field takes only a string, an integer field only an integer, a date
only a day, a month, a year or a range (see ``_dates``), a timestamp only RFC
3339 with its offset, an enumeration only one of its values, a list field only
a JSON array, an object only a JSON object; a :class:`~congresskit.Count` is a plain integer or
``{"value": 200, "at_least": true}``. :func:`register_value_hooks` puts them on a
converter; :mod:`congresskit.exchange.converters` adds the tagged unions and the
export profiles.
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
import re
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn

from congresskit.exchange._dates import (
    DATE_PATTERN,
    structure_date,
    unstructure_date,
    unstructure_date_native,
)
from congresskit.exchange._problems import BadValueError, WrongTypeError, describe, short
from congresskit.records._coerce import TIME_PATTERN
from congresskit.records._validators import MAX_TEXT_LENGTH
from congresskit.records.counts import Count
from congresskit.records.labels import LABELS

__all__ = [
    "DATE_PATTERN",
    "MAX_TEXT_LENGTH",
    "TIMESTAMP_PATTERN",
    "enum_choices",
    "inner_type",
    "is_optional",
    "moment_from_parts",
    "register_value_hooks",
    "shown",
]


#: A timestamp as the format writes it (RFC 3339, with its offset).
TIMESTAMP_PATTERN = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?"
    r"(?:Z|([+-])([0-9]{2}):([0-9]{2}))"
)


def _structure_str(value: Any, _: Any) -> str:
    if type(value) is not str:
        raise WrongTypeError("a string", value)
    if len(value) > MAX_TEXT_LENGTH:
        msg = (
            f"a text of {len(value):,} characters is longer than the {MAX_TEXT_LENGTH:,} "
            "allowed; shorten it or keep the full text outside the record"
        )
        raise BadValueError(msg, value, rule="too_long")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            msg = f"contains a lone surrogate escape, which is not text: {describe(value)}"
            raise BadValueError(msg, value, rule="encoding") from None
    return value


def _structure_int(value: Any, _: Any) -> int:
    if type(value) is not int:
        raise WrongTypeError("an integer", value)
    return value


def _structure_float(value: Any, _: Any) -> float:
    # A score such as 92.5; an integer is a number too, a bool or a string is not.
    if type(value) is int:
        return float(value)
    if type(value) is not float or value != value or value in (float("inf"), float("-inf")):
        raise WrongTypeError("a finite number", value)
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if type(value) is not bool:
        raise WrongTypeError("true or false", value)
    return value


def _structure_moment(value: Any, _: Any) -> dt.datetime:
    if type(value) is not str:
        raise WrongTypeError("a timestamp string such as 2020-01-13T09:00:00+08:00", value)
    match = TIMESTAMP_PATTERN.fullmatch(value)
    if match is None:
        msg = (
            "expected an RFC 3339 timestamp with its offset, such as "
            f"2020-01-13T09:00:00+08:00, got {describe(value)}"
        )
        raise BadValueError(msg, value, rule="datetime")
    try:
        if _FROMISOFORMAT_READS_RFC3339:
            return dt.datetime.fromisoformat(value)
        return moment_from_parts(match)
    except ValueError:
        msg = f"no such moment: {describe(value)}"
        raise BadValueError(msg, value, rule="datetime") from None


def structure_time(value: Any, _: Any) -> dt.time:
    """A time of day, ``HH:MM`` and nothing else (no seconds, no offset)."""
    if type(value) is not str:
        raise WrongTypeError("a time of day string such as 08:30", value)
    match = TIME_PATTERN.fullmatch(value)
    if match is None:
        msg = f"expected a time of day HH:MM from 00:00 to 23:59, got {describe(value)}"
        raise BadValueError(msg, value, rule="time")
    return dt.time(int(match[1]), int(match[2]))


def unstructure_time(value: dt.time) -> str:
    """A time of day as ``HH:MM``."""
    return value.isoformat("minutes")


# From Python 3.11, datetime.fromisoformat reads every timestamp TIMESTAMP_PATTERN
# admits ("Z", any fraction of up to six digits) and builds the same datetime as
# moment_from_parts, about five times faster (tests/test_fast_paths.py compares them).
_FROMISOFORMAT_READS_RFC3339 = sys.version_info >= (3, 11)


def moment_from_parts(match: re.Match[str]) -> dt.datetime:
    """The datetime a TIMESTAMP_PATTERN match stands for, built from its parts.

    Raises:
        ValueError: no such day, time or offset.
    """
    day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    offset = dt.timedelta(hours=int(off_h or 0), minutes=int(off_m or 0))
    return dt.datetime.combine(
        dt.date.fromisoformat(day),
        dt.time(int(hour), int(minute), int(second), int((fraction or "0").ljust(6, "0"))),
        tzinfo=dt.timezone(-offset if sign == "-" else offset),
    )


def _whole_minutes(value: dt.datetime) -> dt.datetime:
    # RFC 3339 offsets are whole minutes; the rare historical offset with
    # seconds (local mean time) is written in UTC instead: the same instant.
    offset = value.utcoffset()
    if offset is not None and (offset.seconds % 60 or offset.microseconds):
        return value.astimezone(dt.timezone.utc)
    return value


def _unstructure_moment(value: dt.datetime) -> str:
    return _whole_minutes(value).isoformat()


def _count_hook(converter: cattrs.Converter) -> Callable[[Any, Any], Count]:
    from_object = make_dict_structure_fn(Count, converter)

    def structure(value: Any, _: Any) -> Count:
        if type(value) is int:
            if value < 0:
                msg = f"a count is never negative, got {value}"
                raise BadValueError(msg, value, rule="non_negative")
            return Count(value)
        if type(value) is dict:
            return from_object(value, Count)
        raise WrongTypeError('a count: an integer, or {"value": 200, "at_least": true}', value)

    return structure


def _unstructure_count(value: Count) -> int | dict[str, Any]:
    return {"value": value.value, "at_least": True} if value.at_least else value.value


def shown(value: Any) -> str:
    """A value offered where a name belongs: a string as itself, anything else by its type."""
    return short(value) if isinstance(value, str) else describe(value)


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def enum_choices(cls: type[enum.Enum]) -> str:
    """An enum's values with their Chinese labels: ``'village' (村), 'community' (社区), ...``."""
    return ", ".join(
        f"{member.value!r} ({LABELS[member][0]})" if member in LABELS else repr(member.value)
        for member in cls
    )


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    members = {member.value: member for member in cls}
    allowed = enum_choices(cls)

    def structure(value: Any, _: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):
            msg = f"unknown {cls.__name__} {shown(value)}; expected one of {allowed}"
            raise BadValueError(msg, value, rule="enum") from None

    return structure


def _is_tuple_of(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    items = homogenous_tuple_structure_factory(cls, converter)

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise WrongTypeError("an array", value)
        result: tuple[Any, ...] = items(value, cls)
        return result

    return structure


def _tuple_unstructure_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    item = converter.get_unstructure_hook(typing.get_args(cls)[0])
    if item is identity:
        return list

    def unstructure(value: tuple[Any, ...]) -> list[Any]:
        return [item(x) for x in value]

    return unstructure


def _native_tuple_unstructure_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    item = converter.get_unstructure_hook(typing.get_args(cls)[0])
    # orjson writes a tuple as an array: a tuple of strings is left as it is.
    return identity if item is identity else _tuple_unstructure_hook(cls, converter)


def is_optional(cls: Any) -> bool:
    args = typing.get_args(cls)
    return (
        typing.get_origin(cls) in (typing.Union, types.UnionType)
        and len(args) == 2
        and types.NoneType in args
    )


def inner_type(cls: Any) -> Any:
    """The ``X`` of ``X | None``."""
    (inner,) = (arg for arg in typing.get_args(cls) if arg is not types.NoneType)
    return inner


def _optional_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    # Like cattrs's own, but with the inner hook looked up once, not at every value.
    inner = inner_type(cls)
    hook = converter.get_structure_hook(inner)

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else hook(value, inner)

    return structure


def _optional_unstructure_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    hook = converter.get_unstructure_hook(inner_type(cls))
    if hook is identity:
        return identity  # None and a string are both written as they are

    def unstructure(value: Any) -> Any:
        return None if value is None else hook(value)

    return unstructure


def _object_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    fields = make_dict_structure_fn(cls, converter)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise WrongTypeError(f"an object ({cls.__name__})", value)
        return fields(value, cls)

    return structure


# orjson writes an enum member by reading its value property, a Python call;
# handing it the value itself is quicker.
_VALUE_OF = operator.attrgetter("_value_")


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def register_value_hooks(converter: cattrs.Converter, *, native: bool) -> None:
    """Register the strict hooks for strings, numbers, dates, enums, counts, lists and objects.

    ``native`` leaves dates, timestamps and enum members as Python values in
    what the converter writes, for a JSON encoder that writes them itself (orjson).
    """
    for cls, hook in (
        (str, _structure_str),
        (int, _structure_int),
        (float, _structure_float),
        (bool, _structure_bool),
    ):
        converter.register_structure_hook(cls, hook)
    converter.register_structure_hook(dt.date, structure_date)
    converter.register_structure_hook(dt.datetime, _structure_moment)
    converter.register_structure_hook(dt.time, structure_time)
    converter.register_unstructure_hook(dt.time, unstructure_time)  # HH:MM, natively too
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    if native:
        converter.register_unstructure_hook(dt.date, unstructure_date_native)
        converter.register_unstructure_hook(dt.datetime, _whole_minutes)
        converter.register_unstructure_hook_factory(_is_enum, lambda _: _VALUE_OF)
    else:
        converter.register_unstructure_hook(dt.date, unstructure_date)
        converter.register_unstructure_hook(dt.datetime, _unstructure_moment)
        converter.register_unstructure_hook_factory(_is_enum, lambda _: _enum_value)
    converter.register_structure_hook_factory(_is_tuple_of, _tuple_hook)
    converter.register_unstructure_hook_factory(
        _is_tuple_of, _native_tuple_unstructure_hook if native else _tuple_unstructure_hook
    )
    converter.register_structure_hook_factory(is_optional, _optional_hook)
    converter.register_unstructure_hook_factory(is_optional, _optional_unstructure_hook)
    converter.register_structure_hook_factory(attrs.has, _object_hook)
    converter.register_structure_hook(Count, _count_hook(converter))
    converter.register_unstructure_hook(Count, _unstructure_count)
