"""The one place where congresskit records become JSON values and back.

Built the cattrs way: :func:`configure_converter` registers congresskit's hooks
on a converter you own, and :func:`make_converter` returns a ready one. Nothing
touches ``cattrs.global_converter``, and the models know nothing of JSON.

The hooks are strict, because an exchange format that guesses hides errors
until they are expensive:

- a string field takes only a string; an integer field only an integer (not
  ``"5"``, ``5.0`` or ``true``); a boolean only ``true`` or ``false``;
- an enumeration takes one of its values, spelled exactly;
- a date is ``YYYY-MM-DD`` and nothing else (a date and time is refused);
- a timestamp is RFC 3339, with its offset: ``2020-01-13T09:00:00+08:00``;
- a list field takes a JSON array (never a string or an object);
- objects have exactly the fields the model has (unknown fields are errors);
- agenda items and handling events carry a ``"type"`` tag
  (:data:`AGENDA_ITEM_TYPES`, :data:`EVENT_TYPES`);
- a :class:`~congresskit.Count` is written as a plain integer when exact and as
  ``{"value": 200, "at_least": true}`` when it is a lower bound.

Fields equal to their default are left out when writing, and filled in again
when reading, so nothing is lost. The ``public`` profile (the default) leaves
out deputies' contact details; ``full`` keeps them.

>>> import datetime as dt
>>> from congresskit import Assigned, Suggestion, SuggestionKind
>>> converter = make_converter()
>>> s = Suggestion(id="s1", kind=SuggestionKind.SUGGESTION, title="整治车辆乱停",
...                lead="d01", raised_on=dt.date(2020, 1, 13),
...                events=(Assigned(on=dt.date(2020, 1, 20), lead_unit="police"),))
>>> converter.unstructure(s)
{'id': 's1', 'kind': 'suggestion', 'title': '整治车辆乱停', 'lead': 'd01',
 'raised_on': '2020-01-13',
 'events': [{'type': 'assigned', 'on': '2020-01-20', 'lead_unit': 'police'}]}
>>> converter.structure(converter.unstructure(s), Suggestion) == s
True

For speed, ``make_converter(detailed_validation=False)`` builds a converter
that stops at the first error without collecting paths; a reader can try it
first and fall back to the detailed one only when a record fails.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Literal

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from congresskit.errors import Problem, UsageError
from congresskit.exchange._problems import (
    BadValueError,
    WrongTypeError,
    describe,
    problems_from,
    short,
)
from congresskit.records.counts import Count
from congresskit.records.people import Deputy
from congresskit.records.sessions import (
    AgendaItem,
    Election,
    Inquiry,
    ProjectBallot,
    ReportReview,
    Resolution,
)
from congresskit.records.suggestions import (
    Assigned,
    Closed,
    Evaluated,
    Event,
    Extended,
    Rehandled,
    Replied,
    Reviewed,
)

__all__ = [
    "AGENDA_ITEM_TYPES",
    "DATE_PATTERN",
    "EVENT_TYPES",
    "MAX_TEXT_LENGTH",
    "PROFILES",
    "TAG",
    "TIMESTAMP_PATTERN",
    "Profile",
    "configure_converter",
    "converter_for",
    "make_converter",
    "problems",
]

#: An export profile: ``public`` leaves out deputies' contact details.
Profile = Literal["public", "full"]
#: The export profiles, the default first.
PROFILES: tuple[Profile, ...] = ("public", "full")

#: The longest text a string field may hold, in characters. Far above any real
#: record; it keeps a corrupt or hostile document from being loaded whole.
MAX_TEXT_LENGTH = 100_000

#: The key that names the type of a tagged object.
TAG = "type"

#: Agenda items by their exchange tag (part of the format: never renamed).
AGENDA_ITEM_TYPES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "report_review": ReportReview,
        "resolution": Resolution,
        "election": Election,
        "project_ballot": ProjectBallot,
        "inquiry": Inquiry,
    }
)
#: Suggestion handling events by their exchange tag (part of the format).
EVENT_TYPES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "reviewed": Reviewed,
        "assigned": Assigned,
        "extended": Extended,
        "replied": Replied,
        "evaluated": Evaluated,
        "rehandled": Rehandled,
        "closed": Closed,
    }
)

#: A date as the format writes it (ISO 8601 calendar date).
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
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


def _structure_bool(value: Any, _: Any) -> bool:
    if type(value) is not bool:
        raise WrongTypeError("true or false", value)
    return value


def _structure_date(value: Any, _: Any) -> dt.date:
    if type(value) is not str:
        raise WrongTypeError("a date as a string YYYY-MM-DD", value)
    if not DATE_PATTERN.fullmatch(value):
        hint = " (a date field takes no time)" if TIMESTAMP_PATTERN.fullmatch(value) else ""
        msg = f"expected a date YYYY-MM-DD{hint}, got {describe(value)}"
        raise BadValueError(msg, value, rule="date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"no such day in the calendar: {describe(value)}"
        raise BadValueError(msg, value, rule="date") from None


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


def _shown(value: Any) -> str:
    """A value offered where a name belongs: a string as itself, anything else by its type."""
    return short(value) if isinstance(value, str) else describe(value)


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    members = {member.value: member for member in cls}
    allowed = ", ".join(members)

    def structure(value: Any, _: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):
            msg = f"unknown {cls.__name__} {_shown(value)}; expected one of: {allowed}"
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


def _is_optional(cls: Any) -> bool:
    args = typing.get_args(cls)
    return (
        typing.get_origin(cls) in (typing.Union, types.UnionType)
        and len(args) == 2
        and types.NoneType in args
    )


def _inner(cls: Any) -> Any:
    """The ``X`` of ``X | None``."""
    (inner,) = (arg for arg in typing.get_args(cls) if arg is not types.NoneType)
    return inner


def _optional_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    # Like cattrs's own, but with the inner hook looked up once, not at every value.
    inner = _inner(cls)
    hook = converter.get_structure_hook(inner)

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else hook(value, inner)

    return structure


def _optional_unstructure_hook(cls: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    hook = converter.get_unstructure_hook(_inner(cls))
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


def _tagged(
    converter: cattrs.Converter, union: Any, tags: Mapping[str, type[Any]], what: str
) -> None:
    """Tag the members of ``union`` with ``"type"``, and explain a missing or unknown tag."""
    tag_of = {cls: tag for tag, cls in tags.items()}
    configure_tagged_union(union, converter, tag_generator=tag_of.__getitem__, tag_name=TAG)
    members = converter.get_structure_hook(union)
    # Each member's own hook rather than cattrs's union hook, which adds the tag
    # at the end: the tag is written here, once, and first.
    fields_of = {cls: converter.get_unstructure_hook(cls) for cls in tags.values()}
    allowed = ", ".join(tags)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise WrongTypeError(f"an object ({what})", value)
        tag = value.get(TAG)
        if type(tag) is not str or tag not in tags:
            if tag is None:
                msg = f'{what} needs a "type": one of {allowed}'
                raise BadValueError(msg, tag, rule="missing", at=TAG)
            msg = f"unknown {what} type {_shown(tag)}; expected one of: {allowed}"
            raise BadValueError(msg, tag, rule="tag", at=TAG)
        return members(value, union)

    def unstructure(value: Any) -> dict[str, Any]:
        # The tag first, so that a reader of the JSON sees the kind at once.
        cls = type(value)
        return {TAG: tag_of[cls], **fields_of[cls](value)}

    converter.register_structure_hook(union, structure)
    converter.register_unstructure_hook(union, unstructure)


def _check_profile(profile: object) -> None:
    if profile not in PROFILES:
        msg = f"unknown profile {profile!r}; expected one of: {', '.join(PROFILES)}"
        raise UsageError(msg)


def configure_converter(converter: cattrs.Converter, *, profile: Profile = "public") -> None:
    """Register congresskit's strict JSON hooks on ``converter``.

    Args:
        converter: a :class:`cattrs.Converter`. Its own settings stay: build
            it with ``forbid_extra_keys=True`` to refuse unknown fields (as
            :func:`make_converter` does).
        profile: ``"public"`` leaves deputies' contact details out when
            writing; ``"full"`` writes them.

    Raises:
        UsageError: ``profile`` is not one of :data:`PROFILES`.
    """
    _configure(converter, profile, native=False)


def _configure(converter: cattrs.Converter, profile: Profile, *, native: bool) -> None:
    """:func:`configure_converter`; ``native`` leaves dates, timestamps and enum members as
    Python values in what it writes, for a JSON encoder that writes them itself (orjson).
    """
    _check_profile(profile)
    for cls, hook in ((str, _structure_str), (int, _structure_int), (bool, _structure_bool)):
        converter.register_structure_hook(cls, hook)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(dt.datetime, _structure_moment)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    if native:
        converter.register_unstructure_hook(dt.date, identity)
        converter.register_unstructure_hook(dt.datetime, _whole_minutes)
        converter.register_unstructure_hook_factory(_is_enum, lambda _: _VALUE_OF)
    else:
        converter.register_unstructure_hook(dt.date, dt.date.isoformat)
        converter.register_unstructure_hook(dt.datetime, _unstructure_moment)
        converter.register_unstructure_hook_factory(_is_enum, lambda _: _enum_value)
    converter.register_structure_hook_factory(_is_tuple_of, _tuple_hook)
    converter.register_unstructure_hook_factory(
        _is_tuple_of, _native_tuple_unstructure_hook if native else _tuple_unstructure_hook
    )
    converter.register_structure_hook_factory(_is_optional, _optional_hook)
    converter.register_unstructure_hook_factory(_is_optional, _optional_unstructure_hook)
    converter.register_structure_hook_factory(attrs.has, _object_hook)
    converter.register_structure_hook(Count, _count_hook(converter))
    converter.register_unstructure_hook(Count, _unstructure_count)
    if profile == "public":
        without_contact = make_dict_unstructure_fn(
            Deputy,
            converter,
            _cattrs_omit_if_default=converter.omit_if_default,
            contact=override(omit=True),
        )
        converter.register_unstructure_hook(Deputy, without_contact)
    _tagged(converter, AgendaItem, AGENDA_ITEM_TYPES, "agenda item")
    _tagged(converter, Event, EVENT_TYPES, "handling event")


# orjson writes an enum member by reading its value property, a Python call;
# handing it the value itself is quicker.
_VALUE_OF = operator.attrgetter("_value_")


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def make_converter(
    *, profile: Profile = "public", detailed_validation: bool = True
) -> cattrs.Converter:
    """A new converter for congresskit records, configured by :func:`configure_converter`.

    It refuses unknown fields and leaves fields equal to their default out of
    what it writes.

    Args:
        profile: ``"public"`` (the default) leaves deputies' contact details
            out when writing; ``"full"`` writes them.
        detailed_validation: collect every error with its path (the default);
            ``False`` is faster and stops at the first error.

    Returns:
        The converter.
    """
    converter = cattrs.Converter(
        omit_if_default=True,
        forbid_extra_keys=True,
        detailed_validation=detailed_validation,
    )
    configure_converter(converter, profile=profile)
    return converter


@functools.cache
def _shared(profile: Profile) -> cattrs.Converter:
    return make_converter(profile=profile)


def converter_for(profile: Profile) -> cattrs.Converter:
    """The converter congresskit's readers and writers share for ``profile`` (made once).

    Raises:
        UsageError: ``profile`` is not one of :data:`PROFILES`.
    """
    _check_profile(profile)
    return _shared(profile)


def problems(error: BaseException, path: str = "$") -> tuple[Problem, ...]:
    """Every problem inside an error raised by a converter's ``structure``, at its JSON path.

    cattrs collects errors in nested exception groups; this reads them the way
    congresskit's documents do, with the messages of congresskit's hooks and
    models.

    Args:
        error: the exception ``structure`` raised.
        path: the JSON path of the structured value.

    Returns:
        The problems, in order.

    >>> from congresskit import Place
    >>> try:
    ...     make_converter().structure({"id": "v1", "name": 5, "kind": "hamlet"}, Place)
    ... except Exception as error:
    ...     for problem in problems(error):
    ...         print(problem.path, problem.rule)
    $.name type
    $.kind enum
    """
    return tuple(problems_from(error, path))
