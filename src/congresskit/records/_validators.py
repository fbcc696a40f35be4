"""Field validators shared by the models.

They raise :class:`~congresskit.errors.FieldError` or
:class:`~congresskit.errors.FieldTypeError`, naming the record class, the field
and the value, so that a failed construction says exactly what to fix.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

from congresskit.errors import FieldError, FieldTypeError
from congresskit.records._coerce import date_problem, moment_problem, time_problem
from congresskit.records.dates import earliest, latest

Validator = Callable[[Any, Any, Any], None]


def _where(instance: Any) -> str:
    return type(instance).__name__


def _made_of(
    check: Validator, kind: str, parts: tuple[Validator, ...], *, unique: bool = False
) -> Validator:
    # A composite keeps its parts so that congresskit.exchange.schema can derive the JSON
    # Schema from the validators themselves instead of restating the rules.
    check.kind = kind  # type: ignore[attr-defined]
    check.parts = parts  # type: ignore[attr-defined]
    check.unique = unique  # type: ignore[attr-defined]
    return check


#: The longest text a string field may hold, in characters. Far above any real
#: record; it keeps a corrupt or hostile document from being loaded whole, and
#: what a record holds can always be written and read back.
MAX_TEXT_LENGTH = 100_000


def _not_too_long(instance: Any, attribute: Any, value: str) -> None:
    if len(value) > MAX_TEXT_LENGTH:
        raise FieldError(
            _where(instance),
            attribute.name,
            value,
            "too_long",
            f"a text of {len(value):,} characters is longer than the {MAX_TEXT_LENGTH:,} "
            "allowed; shorten it or keep the full text outside the record",
        )


def identifier(instance: Any, attribute: Any, value: Any) -> None:
    """A stable id: a non-empty string without surrounding white space."""
    if not isinstance(value, str):
        raise FieldTypeError(_where(instance), attribute.name, value, "a string id")
    _not_too_long(instance, attribute, value)
    if not value or value != value.strip():
        raise FieldError(
            _where(instance),
            attribute.name,
            value,
            "id",
            "an id must be non-empty and have no leading or trailing white space",
        )


def text(instance: Any, attribute: Any, value: Any) -> None:
    """A non-blank string of at most :data:`MAX_TEXT_LENGTH` characters."""
    if not isinstance(value, str):
        raise FieldTypeError(_where(instance), attribute.name, value, "a string")
    _not_too_long(instance, attribute, value)
    if not value.strip():
        raise FieldError(_where(instance), attribute.name, value, "non_empty", "must not be blank")


def non_negative(instance: Any, attribute: Any, value: Any) -> None:
    """An ``int`` (not ``bool``) that is zero or more."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldTypeError(_where(instance), attribute.name, value, "an integer")
    if value < 0:
        raise FieldError(
            _where(instance), attribute.name, value, "non_negative", "must not be negative"
        )


def positive(instance: Any, attribute: Any, value: Any) -> None:
    """An ``int`` (not ``bool``) that is one or more."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldTypeError(_where(instance), attribute.name, value, "an integer")
    if value < 1:
        raise FieldError(_where(instance), attribute.name, value, "positive", "must be 1 or more")


def _number(instance: Any, attribute: Any, value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value != value:
        raise FieldTypeError(_where(instance), attribute.name, value, "a number")
    return float(value)


def non_negative_number(instance: Any, attribute: Any, value: Any) -> None:
    """A number (``int`` or ``float``, not ``bool`` or NaN) that is zero or more."""
    if _number(instance, attribute, value) < 0:
        raise FieldError(
            _where(instance), attribute.name, value, "non_negative", "must not be negative"
        )


def positive_number(instance: Any, attribute: Any, value: Any) -> None:
    """A number (``int`` or ``float``, not ``bool`` or NaN) above zero."""
    if _number(instance, attribute, value) <= 0:
        raise FieldError(_where(instance), attribute.name, value, "positive", "must be above 0")


#: The largest term or session number: far above any real congress (the
#: National People's Congress is in its 14th term), and low enough that every
#: number is written in Chinese numerals the usual way.
MAX_ORDINAL = 999


def ordinal(instance: Any, attribute: Any, value: Any) -> None:
    """A term's or session's number: an ``int`` from 1 to :data:`MAX_ORDINAL`."""
    positive(instance, attribute, value)
    if value > MAX_ORDINAL:
        raise FieldError(
            _where(instance),
            attribute.name,
            value,
            "ordinal",
            f"must be {MAX_ORDINAL} or less (a term or session number)",
        )


def day(instance: Any, attribute: Any, value: Any) -> None:
    """A calendar date (a ``datetime`` is refused: records are dated by day)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        if isinstance(value, str):  # text its converter could not read as a date
            raise FieldError(_where(instance), attribute.name, value, "date", date_problem(value))
        raise FieldTypeError(_where(instance), attribute.name, value, "a date")


def time_of_day(instance: Any, attribute: Any, value: Any) -> None:
    """A time of day in whole minutes, with no time zone (``HH:MM`` in the exchange format)."""
    if type(value) is not dt.time:
        if isinstance(value, str):  # text its converter could not read as a time
            raise FieldError(_where(instance), attribute.name, value, "time", time_problem(value))
        raise FieldTypeError(_where(instance), attribute.name, value, "a time of day")
    if value.tzinfo is not None or value.second or value.microsecond:
        raise FieldError(
            _where(instance),
            attribute.name,
            value,
            "time",
            "a time of day is whole minutes with no time zone (such as 08:30)",
        )


def moment(instance: Any, attribute: Any, value: Any) -> None:
    """A timezone-aware ``datetime`` (for created/modified stamps)."""
    if not isinstance(value, dt.datetime):
        if isinstance(value, str):  # text its converter could not read as a timestamp
            raise FieldError(
                _where(instance), attribute.name, value, "datetime", moment_problem(value)
            )
        raise FieldTypeError(_where(instance), attribute.name, value, "a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise FieldError(
            _where(instance),
            attribute.name,
            value,
            "aware",
            "timestamps must carry a time zone (e.g. 2020-01-13T09:00:00+08:00)",
        )


def member_of(enum_cls: type[enum.Enum]) -> Validator:
    """A member of ``enum_cls``."""

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, enum_cls):
            raise FieldTypeError(_where(instance), attribute.name, value, enum_cls.__name__)

    # What it accepts, for readers that can prove it (congresskit.exchange._direct).
    check.kind = "member_of"  # type: ignore[attr-defined]
    check.of = enum_cls  # type: ignore[attr-defined]
    return check


def instance(cls: type | tuple[type, ...], expected: str) -> Validator:
    """An instance of ``cls`` (described as ``expected`` in errors)."""

    def check(inst: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, cls) or (isinstance(value, bool) and cls is int):
            raise FieldTypeError(_where(inst), attribute.name, value, expected)

    check.kind = "instance"  # type: ignore[attr-defined]
    check.of = cls  # type: ignore[attr-defined]
    return check


def _plain_id(value: Any) -> bool:
    """A quick yes for the usual id (``identifier`` decides every other case)."""
    return type(value) is str and bool(value) and value == value.strip()


# The validators run for every field of every record built, millions of times
# in a bulk load, so the common cases below skip a call or a loop; each
# shortcut only ever passes what the full check passes.


def optional(*validators: Validator) -> Validator:
    """``None`` or a value that passes every one of ``validators``."""
    if validators == (identifier,):

        def check(inst: Any, attribute: Any, value: Any) -> None:
            if value is not None and not _plain_id(value):
                identifier(inst, attribute, value)

    elif len(validators) == 1:
        (only,) = validators

        def check(inst: Any, attribute: Any, value: Any) -> None:
            if value is not None:
                only(inst, attribute, value)

    else:

        def check(inst: Any, attribute: Any, value: Any) -> None:
            if value is not None:
                for validator in validators:
                    validator(inst, attribute, value)

    return _made_of(check, "optional", validators)


def each(validator: Validator, *, unique: bool = False) -> Validator:
    """A tuple whose items all pass ``validator`` (and, if asked, are distinct)."""

    def check(inst: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, tuple):
            # Its converter made a tuple of any list; a string or a set is ambiguous.
            raise FieldTypeError(_where(inst), attribute.name, value, "a tuple or a list")
        if validator is identifier:
            for item in value:
                if not _plain_id(item):
                    identifier(inst, attribute, item)
        else:
            for item in value:
                validator(inst, attribute, item)
        if unique and len(set(value)) != len(value):
            seen: set[Any] = set()
            for item in value:
                if item in seen:
                    raise FieldError(
                        _where(inst),
                        attribute.name,
                        item,
                        "unique",
                        "lists the same value twice",
                    )
                seen.add(item)

    return _made_of(check, "each", (validator,), unique=unique)


def not_earlier_than(start_field: str) -> Validator:
    """The value is not earlier than the (already set) field ``start_field``, if that is set."""

    def check(inst: Any, attribute: Any, value: Any) -> None:
        start = getattr(inst, start_field)
        # Vague dates (congresskit.records.dates.When) are out of order only when
        # certainly so, however they are read.
        if start is not None and latest(value) < earliest(start):
            raise FieldError(
                _where(inst),
                f"{start_field}, {attribute.name}",
                value,
                "date_order",
                f"{attribute.name} {value} is before {start_field} {start}",
            )

    return check
