"""From cattrs's error groups to congresskit problems, each with a JSON path.

The converter's hooks raise :class:`RefusedError` errors that carry the offending
value and a rule; the models raise their own field and workflow errors while
they are built. cattrs collects all of them in nested exception groups, and
:func:`cattrs.transform_error` walks those groups and builds the paths; this
module only says how each kind of error reads, and where exactly it points.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable
from typing import Any

import attrs
from cattrs import transform_error
from cattrs.errors import ForbiddenExtraKeysError

from congresskit.errors import CongresskitError, FieldError, FieldTypeError, Problem, WorkflowError

__all__ = [
    "BadValueError",
    "RefusedError",
    "WrongTypeError",
    "describe",
    "field_path",
    "hidden",
    "kind_of",
    "problems_from",
    "remove_at",
    "short",
]

_SHORT = 60


def short(value: Any) -> str:
    """``repr(value)``, cut to a length that fits in a message."""
    text = repr(value)
    return text if len(text) <= _SHORT else f"{text[: _SHORT - 1]}…"


def describe(value: Any) -> str:
    """The JSON type of ``value`` and a short rendering of it, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"number {short(value)}"
    if isinstance(value, str):
        return f"string {short(value)}"
    if isinstance(value, list):
        return f"an array of {len(value)} items" if value else "an empty array"
    if isinstance(value, dict):
        return "an object"
    return f"{type(value).__name__} {short(value)}"


class RefusedError(CongresskitError):
    """A value the converter refuses (raised inside cattrs's error groups).

    Attributes:
        message: what is wrong, with the value shown briefly.
        value: the offending value.
        rule: a short, stable name of the rule.
        at: a key below the current path the problem is about (e.g. a
            tagged object's ``"type"``), if any.
    """

    def __init__(self, message: str, value: Any, *, rule: str, at: str | None = None) -> None:
        self.message = message
        self.value = value
        self.rule = rule
        self.at = at
        super().__init__(message)


class WrongTypeError(RefusedError, TypeError):
    """A JSON value of the wrong type (a number where a string belongs, ...)."""

    def __init__(self, expected: str, value: Any, *, at: str | None = None) -> None:
        super().__init__(f"expected {expected}, got {describe(value)}", value, rule="type", at=at)


class BadValueError(RefusedError, ValueError):
    """A JSON value of the right type that breaks a rule (a bad date, an unknown enum value)."""


def _as_json(value: Any) -> Any:
    """A model value as it reads in JSON (enums by value, dates in ISO 8601)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.time):
        return value.isoformat("minutes")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_as_json(item) for item in value]
    return value


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def field_path(path: str, name: str) -> str:
    """``path`` extended by an object key: ``$.a.name``, or ``$.a["odd key"]``."""
    if _NAME.fullmatch(name):
        return f"{path}.{name}"
    return f"{path}[{json.dumps(name, ensure_ascii=False)}]"


def _fields_of(cls: Any) -> str:
    if attrs.has(cls):
        names = [a.alias for a in attrs.fields(cls) if a.init]
        return ", ".join(names)
    return "none"


def _explain(exc: BaseException, path: str) -> list[tuple[str, str, str]]:
    """(path, rule, message) for one leaf error found at ``path``."""
    if isinstance(exc, RefusedError):
        where = field_path(path, exc.at) if exc.at else path
        return [(where, exc.rule, exc.message)]
    if isinstance(exc, ForbiddenExtraKeysError):
        fields = _fields_of(exc.cl)
        return [
            (
                field_path(path, name),
                "unknown_field",
                f"unknown field {name!r} (the fields here are: {fields}); "
                "remove it or correct its spelling",
            )
            for name in sorted(exc.extra_fields)
        ]
    if isinstance(exc, FieldError):
        # A rule over several fields is reported at the last one it names; the
        # message names them all.
        where = exc.field.split(", ")[-1]
        return [(f"{path}.{where}", exc.rule, f"{exc.message} (got {short(_as_json(exc.value))})")]
    if isinstance(exc, FieldTypeError):
        return [
            (f"{path}.{exc.field}", "type", f"expected {exc.expected}, got {describe(exc.value)}")
        ]
    if isinstance(exc, WorkflowError):
        where = f"{path}.events" if exc.index is None else f"{path}.events[{exc.index}]"
        text = str(exc).split(": ", 1)[-1]
        return [(where, "workflow", text)]
    if isinstance(exc, KeyError):
        name = path.rsplit(".", 1)[-1]
        return [(path, "missing", f"required field {name!r} is missing; add it")]
    return [(path, "invalid", f"{type(exc).__name__}: {exc}")]


def problems_from(
    exc: BaseException,
    root: str = "$",
    record_at: Callable[[str], str | None] = lambda _: None,
) -> list[Problem]:
    """Every problem inside a cattrs structuring error, each at its JSON path.

    Args:
        exc: the error raised by a converter's ``structure`` (a cattrs error
            group, or a single error when detailed validation is off).
        root: the path of the structured value.
        record_at: gives the id of the record a path falls in, if known.
    """
    leaves: list[BaseException] = []

    def note(leaf: BaseException, _type: Any) -> str:
        # transform_error calls this once per line it emits, in order; keeping
        # the errors lets each line be explained with the error's own data.
        leaves.append(leaf)
        return ""

    lines = transform_error(exc, root, note)
    problems = []
    for leaf, line in zip(leaves, lines, strict=True):
        path = line.removeprefix(" @ ")
        for where, rule, message in _explain(leaf, path):
            if _PRIVATE.search(where) and hasattr(leaf, "value"):
                message = hidden(message, leaf.value)
            problems.append(
                Problem(path=where, record=record_at(where), rule=rule, message=message)
            )
    return problems


# A path into a deputy's contact details: their values never appear in a message.
_PRIVATE = re.compile(r"\.contact(?![A-Za-z0-9_])")


def kind_of(value: Any) -> str:
    """The JSON type of ``value`` without the value itself (for contact details)."""
    if isinstance(value, str):
        return f"a string of {len(value):,} characters"
    if isinstance(value, bool) or value is None:
        return describe(value)
    if isinstance(value, (int, float)):
        return "a number"
    return describe(value)  # an object, or an array: sizes only


def hidden(message: str, value: Any) -> str:
    """``message`` with every rendering of ``value`` in it replaced by its kind."""
    for shown in (describe(value), short(value), short(_as_json(value))):
        message = message.replace(shown, kind_of(value))
    text = value if isinstance(value, str) else repr(value)
    if isinstance(value, (str, int, float)) and len(text) >= 3 and text in message:
        message = message.replace(text, "…")
    return message


_STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def steps(path: str) -> list[str | int]:
    """The keys and indexes of a path such as ``$.a[2]["b c"]``."""
    result: list[str | int] = []
    for match in _STEP.finditer(path, 1):
        name, index, quoted = match.groups()
        result.append(name if name else int(index) if index else json.loads(quoted))
    return result


def remove_at(data: Any, path: str) -> None:
    """Delete the object key ``path`` points at from ``data`` (in place)."""
    *parents, last = steps(path)
    for step in parents:
        data = data[step]
    del data[last]
