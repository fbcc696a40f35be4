"""The errors congresskit raises.

Every error derives from :class:`CongresskitError`, and each public error also
derives from the builtin exception a caller would naturally catch, so that
``except ValueError`` keeps working in code that does not know congresskit.

Errors carry data, not only a message: the record id, the field, the bad value
and the rule, so that a program can react to them and a person can fix them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import attrs

from congresskit.errors._codes import RULE_CODES, RuleCode, Severity, code_of

__all__ = [
    "DEFAULT_MAX_PROBLEMS",
    "RULE_CODES",
    "CongresskitError",
    "DocumentError",
    "DocumentSyntaxError",
    "DocumentVersionError",
    "FieldError",
    "FieldTypeError",
    "JsonLinesError",
    "Problem",
    "RuleCode",
    "Severity",
    "UnknownRecordError",
    "UsageError",
    "ValidationError",
    "WorkflowError",
    "beyond",
    "code_of",
    "shortened",
]


class CongresskitError(Exception):
    """The root of every error congresskit raises."""


#: The most characters of a value (an id, a key, a text) that a message shows.
SHOWN_LENGTH = 60

# A quoted value: not an apostrophe inside a word (the deputy's ... the unit's).
_QUOTED = re.compile(
    rf"(?<!\w)(?:'(?:[^'\\\n]|\\.){{{SHOWN_LENGTH + 1},}}'"
    rf"|\"(?:[^\"\\\n]|\\.){{{SHOWN_LENGTH + 1},}}\")(?!\w)"
)


def _cut_match(match: re.Match[str]) -> str:
    quoted = match.group()
    inner = quoted[1:-1]
    head = inner[:SHOWN_LENGTH]
    escape = head.rfind("\\", len(head) - 10)
    if escape >= 0:  # never end inside an escape sequence
        head = head[:escape]
    return f"{quoted[0]}{head}…{quoted[0]} ({len(inner):,} characters)"


def shortened(text: str) -> str:
    """``text`` with each quoted value longer than :data:`SHOWN_LENGTH` cut, its length said.

    Messages quote ids, keys and values; one of a megabyte must not make a
    line of a megabyte.

    >>> shortened("unknown field '" + "x" * 100 + "'")
    "unknown field 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (100 characters)"
    """
    if len(text) <= SHOWN_LENGTH:
        return text
    return _QUOTED.sub(_cut_match, text)


_LONG_NAME = re.compile(rf"\.([A-Za-z0-9_]{{{SHOWN_LENGTH + 1},}})")


def _cut_name(match: re.Match[str]) -> str:
    name = match.group(1)
    return f".{name[:SHOWN_LENGTH]}…({len(name):,} characters)"


def _is_private(record: str, field: str) -> bool:
    # A deputy's contact details never appear in a message, whatever their shape.
    return record == "Contact" or field == "contact"


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
        self.message = message
        got = "" if _is_private(record, field) else shortened(f" (got {value!r})")
        super().__init__(f"{record}.{field}: {message}{got}")


class FieldTypeError(CongresskitError, TypeError):
    """A field of a record holds a value of the wrong type (raised at construction)."""

    def __init__(self, record: str, field: str, value: Any, expected: str) -> None:
        self.record = record
        self.field = field
        self.value = value
        self.expected = expected
        got = type(value).__name__
        if not _is_private(record, field):
            got = shortened(f"{got} {value!r}")
        super().__init__(f"{record}.{field}: expected {expected}, got {got}")


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
        code: the rule's stable code (``"X001"``), from the one table of rules
            (``congresskit.RULE_CODES``).
        severity: ``"error"`` or ``"warning"``, from the same table.
    """

    path: str
    record: str | None
    rule: str
    message: str = attrs.field(converter=shortened)

    @property
    def code(self) -> str:
        """The rule's stable code."""
        return code_of(self.rule).code

    @property
    def severity(self) -> Severity:
        """``"error"`` or ``"warning"``."""
        return code_of(self.rule).severity

    @property
    def is_warning(self) -> bool:
        """Whether the problem is only a warning."""
        return self.severity == "warning"

    def __str__(self) -> str:
        """``PATH: MESSAGE``, an overlong key in the path cut as in the message."""
        return f"{self.shown_path}: {self.message}"

    @property
    def shown_path(self) -> str:
        """The path as messages show it: an overlong key cut, its length said."""
        if len(self.path) <= SHOWN_LENGTH:
            return self.path
        return _LONG_NAME.sub(_cut_name, shortened(self.path))


class ValidationError(CongresskitError, ValueError):
    """A set of records breaks one or more cross-record rules.

    Attributes:
        problems: every problem found, not only the first (up to the limit
            asked for, see ``max_problems``).
        more: how many more problems there were beyond the limit, at least
            (they are counted, not kept).
    """

    def __init__(self, problems: Sequence[Problem], *, more: int = 0) -> None:
        self.problems = tuple(problems)
        self.more = more
        lines = "\n".join(f"  {p}" for p in self.problems)
        noun = "problem" if len(self.problems) == 1 else "problems"
        super().__init__(f"{len(self.problems)} {noun} in the records:\n{lines}{beyond(more)}")


#: How many problems reading or validating collects, unless told otherwise.
DEFAULT_MAX_PROBLEMS = 1000


def beyond(more: int) -> str:
    """The line that says how many problems were counted beyond the limit (or nothing)."""
    if not more:
        return ""
    noun = "problem" if more == 1 else "problems"
    return f"\n  ... and {more:,} more {noun}, not listed (raise max_problems to see them)"


class UnknownRecordError(CongresskitError, KeyError):
    """A lookup by id found no record of that kind."""

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"no {kind} with id {record_id!r}")

    def __str__(self) -> str:  # KeyError would otherwise repr() the message.
        return str(self.args[0])


class DocumentError(ValidationError):
    """A JSON document (or a JSON Lines line) cannot be read as congresskit records.

    Nothing is loaded from a document with errors: every problem found is
    reported at once instead, each at its JSON path.

    Attributes:
        problems: every problem found, each with a path such as
            ``$.suggestions[3].events[1]``.
        line: for JSON Lines, the number of the line (from 1); else ``None``.
        source: when several files are read as one record set, the name of
            the file the line is in; else ``None``.
        more: how many more problems there were beyond the limit asked for
            (``max_problems``), at least; counted, not kept.
    """

    _shown = 20

    def __init__(
        self, problems: Sequence[Problem], *, line: int | None = None, more: int = 0
    ) -> None:
        self.problems = tuple(problems)
        self.line = line
        self.source: str | None = None
        self.more = more
        where = "the document" if line is None else f"line {line} of the stream"
        noun = "problem" if len(self.problems) == 1 else "problems"
        shown = [f"  {p}" for p in self.problems[: self._shown]]
        if len(self.problems) > self._shown:
            shown.append(f"  ... and {len(self.problems) - self._shown} more (see .problems)")
        lines = "\n".join(shown) + beyond(more)
        CongresskitError.__init__(self, f"{len(self.problems)} {noun} in {where}:\n{lines}")


class DocumentSyntaxError(DocumentError):
    """The input is not well-formed UTF-8 JSON (or is empty, or nested too deeply).

    Attributes:
        line, column: where the parser stopped (from 1), when known.
    """

    def __init__(
        self, rule: str, message: str, *, line: int | None = None, column: int | None = None
    ) -> None:
        where = ""
        if line is not None:
            where = f"line {line}: " if column is None else f"line {line}, column {column}: "
        problem = Problem(path="$", record=None, rule=rule, message=f"{where}{message}")
        super().__init__([problem])
        self.args = (problem.message,)
        self.line = line
        self.column = column


class DocumentVersionError(DocumentError):
    """A document of a format version this congresskit cannot read.

    Attributes:
        found: the version the document declares.
        supported: the versions this congresskit reads, oldest to newest.
    """

    def __init__(self, found: object, supported: Sequence[int], *, line: int | None = None) -> None:
        self.found = found
        self.supported = tuple(supported)
        shown = json.dumps(found) if isinstance(found, (str, int, float, type(None))) else found
        if isinstance(shown, str) and len(shown) > SHOWN_LENGTH:  # a number of 4,000 digits
            shown = f"{shown[:SHOWN_LENGTH]}… ({len(shown):,} characters)"
        newest = self.supported[-1]
        readable = ", ".join(str(n) for n in self.supported)
        if isinstance(found, int) and found > newest:
            message = (
                f"the document is format version {shown}, newer than version {newest}, the "
                "newest this congresskit reads; upgrade congresskit to read it"
            )
        else:
            message = (
                f"format version {shown} is not one congresskit knows; it reads versions "
                f"{readable} (the newest is {newest})"
            )
        problem = Problem(path="$.version", record=None, rule="version", message=message)
        super().__init__([problem], line=line)


class UsageError(CongresskitError, ValueError):
    """A congresskit function was given an argument it cannot use.

    For example an export profile it does not know, or a timestamp without a
    time zone where moments are compared.
    """


class JsonLinesError(DocumentError):
    """Lines of a JSON Lines stream that cannot be read as records.

    Attributes:
        errors: one error per bad line, each with its :attr:`~DocumentError.line`.
        problems: the problems of every bad line, in order.
        line: the first bad line.
    """

    def __init__(self, errors: Sequence[DocumentError], *, more: int = 0) -> None:
        self.errors = tuple(errors)
        problems = [p for e in self.errors for p in e.problems]
        super().__init__(problems, line=self.errors[0].line, more=more)
        shown = [
            f"  {_at(e)}line {e.line}: {p}" for e in self.errors for p in e.problems[: self._shown]
        ][: self._shown]
        if len(self.problems) > len(shown):
            shown.append(f"  ... and {len(self.problems) - len(shown)} more (see .errors)")
        lines = "\n".join(shown) + beyond(more)
        noun = "problem" if len(self.problems) == 1 else "problems"
        on = "line" if len(self.errors) == 1 else "lines"
        self.args = (f"{len(self.problems)} {noun} on {len(self.errors)} {on}:\n{lines}",)


def _at(error: DocumentError) -> str:
    return "" if error.source is None else f"{error.source}: "
