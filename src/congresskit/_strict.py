"""A strict cattrs converter for small plain-data documents (duty standards).

cattrs coerces by default (``int("5")``, a string taken as a sequence of
characters); congresskit refuses instead: a number where a string belongs,
``"5"`` or ``True`` where a number belongs, a string where a list belongs, an
unknown enum value or an unknown key are all errors, each reported with its
path in the document, all at once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.errors import ForbiddenExtraKeysError

from congresskit.errors import FieldError, FieldTypeError

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


def _enum(cls: type[enum.Enum]) -> Callable[[Any, Any], Any]:
    allowed = ", ".join(repr(m.value) for m in cls)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, str):
            msg = f"expected one of {allowed}, got {_name(value)}"
            raise _RefusedError(msg)
        try:
            return cls(value)
        except ValueError:
            msg = f"unknown {cls.__name__} {value!r}; expected one of {allowed}"
            raise _RefusedError(msg) from None

    return structure


def _tuples(kind: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    items = homogenous_tuple_structure_factory(kind, converter)

    def structure(value: Any, target: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            msg = f"expected a list, got {_name(value)}"
            raise _RefusedError(msg)
        return items(value, target)

    return structure


def converter() -> cattrs.Converter:
    """A converter that structures attrs classes from plain data without coercion."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(int, _exact(int, "an integer"))
    conv.register_structure_hook(str, _exact(str, "a string"))
    conv.register_structure_hook(bool, _exact(bool, "true or false"))
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum
    )
    conv.register_structure_hook_factory(is_sequence, lambda t: _tuples(t, conv))
    return conv


def _describe(exc: BaseException, kind: type | None) -> str:
    if isinstance(exc, (_RefusedError, FieldError, FieldTypeError)):
        return str(exc)
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
