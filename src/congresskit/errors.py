"""The errors congresskit raises.

Every error derives from :class:`CongresskitError`, and each public error also
derives from the builtin exception a caller would naturally catch, so that
``except ValueError`` keeps working in code that does not know congresskit.

Errors carry data, not only a message: the record id, the field, the bad value
and the rule, so that a program can react to them and a person can fix them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

__all__ = [
    "CongresskitError",
    "FieldError",
    "FieldTypeError",
    "Problem",
    "UnknownRecordError",
    "ValidationError",
    "WorkflowError",
]


class CongresskitError(Exception):
    """The root of every error congresskit raises."""


class FieldError(CongresskitError, ValueError):
    """A field of a record breaks a rule of its own (raised at construction).

    Attributes:
        record: the class name of the record, e.g. ``"Activity"``.
        field: the field (or fields, comma-separated) involved.
        value: the offending value.
        rule: a short, stable name of the rule that failed.
    """

    def __init__(self, record: str, field: str, value: Any, rule: str, message: str) -> None:
        self.record = record
        self.field = field
        self.value = value
        self.rule = rule
        super().__init__(f"{record}.{field}: {message} (got {value!r})")


class FieldTypeError(CongresskitError, TypeError):
    """A field of a record holds a value of the wrong type (raised at construction)."""

    def __init__(self, record: str, field: str, value: Any, expected: str) -> None:
        self.record = record
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(
            f"{record}.{field}: expected {expected}, got {type(value).__name__} {value!r}"
        )


class WorkflowError(CongresskitError, ValueError):
    """An event that the suggestion-handling workflow does not allow at this point.

    Attributes:
        suggestion: the suggestion id.
        status: the status the suggestion was in.
        step: the name of the attempted event (e.g. ``"replied"``).
        index: the position of the offending event in the suggestion's events,
            when known.
    """

    def __init__(
        self,
        suggestion: str,
        status: str,
        step: str,
        message: str,
        index: int | None = None,
    ) -> None:
        self.suggestion = suggestion
        self.status = status
        self.step = step
        self.index = index
        where = f"events[{index}]" if index is not None else "events"
        super().__init__(
            f"suggestion {suggestion!r} {where}: cannot apply {step!r} while {status!r}: {message}"
        )


@attrs.frozen(kw_only=True)
class Problem:
    """One problem found by a collection-level check.

    Attributes:
        path: a JSON-path-like location, e.g. ``$.suggestions[3].lead``.
        record: the id of the record concerned (``None`` when it has none).
        rule: a short, stable name of the rule that failed.
        message: what is wrong and what to do about it.
    """

    path: str
    record: str | None
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(CongresskitError, ValueError):
    """A set of records breaks one or more cross-record rules.

    Attributes:
        problems: every problem found, not only the first.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        noun = "problem" if len(self.problems) == 1 else "problems"
        super().__init__(f"{len(self.problems)} {noun} in the records:\n{lines}")


class UnknownRecordError(CongresskitError, KeyError):
    """A lookup by id found no record of that kind."""

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"no {kind} with id {record_id!r}")

    def __str__(self) -> str:  # KeyError would otherwise repr() the message.
        return str(self.args[0])
