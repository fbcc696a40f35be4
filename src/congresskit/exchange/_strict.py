"""A strict cattrs converter for small plain-data documents (duty standards).

Dates read and write as in the exchange format (``"2015"``, ``"2015-03"``,
``"2015-03-01"`` or an object with ``earliest`` and ``latest``).

cattrs coerces by default (``int("5")``, a string taken as a sequence of
characters); congresskit refuses instead: a number where a string belongs,
``"5"`` or ``True`` where a number belongs, a string where a list belongs, an
unknown enum value or an unknown key are all errors, each reported with its
path in the document, all at once.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, TypeVar, get_args, get_origin

import cattrs
from cattrs.errors import ForbiddenExtraKeysError, IterableValidationError, IterableValidationNote

from congresskit.errors import FieldError, FieldTypeError
from congresskit.exchange._dates import structure_date, unstructure_date
from congresskit.exchange._hooks import enum_choices
from congresskit.exchange._problems import RefusedError

T = TypeVar("T")


class _RefusedError(TypeError):
    """A value of the wrong type; the message says what was expected."""


def _name(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


def _exact(kind: type[Any], expected: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            msg = f"expected {expected}, got {_name(value)}"
            raise _RefusedError(msg)
        return value

    return structure


def _enum(value: Any, cls: type[enum.Enum]) -> Any:
    allowed = enum_choices(cls)
    if not isinstance(value, str):
        msg = f"expected one of {allowed}, got {_name(value)}"
        raise _RefusedError(msg)
    try:
        return cls(value)
    except ValueError:
        msg = f"unknown {cls.__name__} {value!r}; expected one of {allowed}"
        raise _RefusedError(msg) from None


def _is_tuple(kind: Any) -> bool:
    """Whether ``kind`` is ``tuple[X, ...]``."""
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuples(kind: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    item = get_args(kind)[0]

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            msg = f"expected a list, got {_name(value)}"
            raise _RefusedError(msg)
        result, errors = [], []
        for i, element in enumerate(value):
            try:
                result.append(converter.structure(element, item))
            except Exception as exc:  # every problem is collected and reported
                # The note is how cattrs.transform_error learns the index for the path.
                note = IterableValidationNote(f"Structuring {kind} @ index {i}", i, item)
                notes: list[str] = getattr(exc, "__notes__", [])
                exc.__notes__ = [*notes, note]  # type: ignore[attr-defined]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
        return tuple(result)

    return structure


def converter() -> cattrs.Converter:
    """A converter that structures attrs classes from plain data without coercion."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(int, _exact(int, "an integer"))
    conv.register_structure_hook(str, _exact(str, "a string"))
    conv.register_structure_hook(bool, _exact(bool, "true or false"))
    # Registered for the Enum class, so that it covers every enum (cattrs
    # dispatches on subclasses) ahead of the lenient built-in hook.
    conv.register_structure_hook(enum.Enum, _enum)
    # Dates as the exchange format writes them: a day, a month, a year or a range.
    conv.register_structure_hook(dt.date, structure_date)
    conv.register_unstructure_hook(dt.date, unstructure_date)
    conv.register_structure_hook_factory(_is_tuple, lambda t: _tuples(t, conv))
    return conv


def _describe(exc: BaseException, kind: type | None) -> str:
    if isinstance(exc, (_RefusedError, FieldError, FieldTypeError)):
        return str(exc)
    if isinstance(exc, RefusedError):
        return exc.message
    if isinstance(exc, ForbiddenExtraKeysError):
        names = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return f"unknown field {names}; remove it or check its spelling"
    if isinstance(exc, KeyError):
        return "required field missing"
    return cattrs.v.format_exception(exc, kind)


def structure(conv: cattrs.Converter, data: Any, kind: type[T]) -> tuple[T | None, list[str]]:
    """Structure ``data`` as ``kind``; returns the value, or ``None`` and every problem."""
    if not isinstance(data, dict):
        return None, [f"$: expected an object (a dict), got {_name(data)}"]
    try:
        return conv.structure(data, kind), []
    except (cattrs.BaseValidationError, FieldError, FieldTypeError) as exc:
        problems = cattrs.transform_error(exc, path="$", format_exception=_describe)
        # transform_error puts the path last; congresskit puts it first.
        return None, [_path_first(p) for p in problems]


def _path_first(problem: str) -> str:
    message, _, path = problem.rpartition(" @ ")
    return f"{path}: {message}" if message else problem
