"""The errors congresskit raises.

Every error derives from :class:`CongresskitError`, and each public error also
derives from the builtin exception a caller would naturally catch, so that
``except ValueError`` keeps working in code that does not know congresskit.

Errors carry data, not only a message: the record id, the field, the bad value
and the rule, so that a program can react to them and a person can fix them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

import attrs

__all__ = [
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
    "code_of",
]


# -- rule codes ---------------------------------------------------------------------------
#
# Every rule a problem can break, with its stable code and its severity: one
# table. An error means the records contradict themselves or the format (a
# document with errors does not load); a warning means figures that do not add
# up, or records that will be left out of something (a document with warnings
# only loads, and check() returns them beside the errors). Codes: F for the
# format, R for a record's own fields, X for rules across records, W for
# warnings. Add a rule with the next free code of its group, on a line of its
# own, and never reuse a code.

#: How serious a problem is.
Severity = Literal["error", "warning"]


class RuleCode(NamedTuple):
    """A rule's code, severity and one-line summary (what it checks)."""

    code: str
    severity: Severity
    summary: str


_E: Severity = "error"
_W: Severity = "warning"

#: Every rule by name.
RULE_CODES = MappingProxyType(
    {
        # The format: reading a document or a stream.
        "json_syntax": RuleCode("F001", _E, "the text is not JSON"),
        "version": RuleCode("F002", _E, "a format version this congresskit cannot read"),
        "type": RuleCode("F003", _E, "a value of the wrong JSON type"),
        "missing": RuleCode("F004", _E, "a required field is missing"),
        "unknown_field": RuleCode("F005", _E, "a field the format does not have"),
        "tag": RuleCode("F006", _E, "a missing or unknown type tag"),
        "enum": RuleCode("F007", _E, "a value not among those allowed"),
        "date": RuleCode("F008", _E, "not a day, month, year or range of days"),
        "datetime": RuleCode("F009", _E, "not an RFC 3339 timestamp with its offset"),
        "encoding": RuleCode("F010", _E, "text that is not valid Unicode"),
        "too_long": RuleCode("F011", _E, "a text longer than the format allows"),
        "fields": RuleCode("F012", _E, "an object with fields it does not have"),
        "required": RuleCode("F013", _E, "an object without a field it needs"),
        "private": RuleCode("F014", _E, "private details in a public document"),
        "invalid": RuleCode("F015", _E, "a value congresskit could not read"),
        "check": RuleCode("F016", _E, "the envelope of a document or stream is wrong"),
        "bom": RuleCode("F017", _E, "the text starts with a byte order mark"),
        "empty": RuleCode("F018", _E, "the input is empty"),
        "nesting": RuleCode("F019", _E, "JSON nested too deeply to be a document"),
        "number": RuleCode("F020", _E, "an integer too long to read"),
        "duplicate_key": RuleCode("F021", _E, "a JSON object with the same key twice"),
        # A record's own fields.
        "id": RuleCode("R001", _E, "an id that is empty or has surrounding white space"),
        "non_empty": RuleCode("R002", _E, "a text or list that must not be empty"),
        "non_negative": RuleCode("R003", _E, "a negative figure"),
        "positive": RuleCode("R004", _E, "a number that must be 1 or more"),
        "unique": RuleCode("R005", _E, "the same value listed twice"),
        "date_order": RuleCode("R006", _E, "an end certainly before its start"),
        "aware": RuleCode("R007", _E, "a timestamp without a time zone"),
        "rrule": RuleCode("R008", _E, "not an RFC 5545 recurrence rule"),
        "tally": RuleCode("R009", _E, "a vote or roll that counts more than it can"),
        "at_most": RuleCode("R010", _E, "a part larger than its whole"),
        "seats": RuleCode("R011", _E, "more elected than seats"),
        "merged_into": RuleCode("R012", _E, "merged_into without a merge decision, or the reverse"),
        "suggestion": RuleCode("R013", _E, "an opinion's suggestion without 'turned_into'"),
        "workflow": RuleCode("R014", _E, "a handling step out of order"),
        "term": RuleCode("R015", _E, "a term number given for a period that is not a term"),
        "kind": RuleCode("R016", _E, "a period of an unknown kind"),
        "study_kind": RuleCode("R017", _E, "a study subtype on an activity that is not study"),
        "percent": RuleCode("R018", _E, "a percentage above 100"),
        # Rules across records.
        "reference": RuleCode("X001", _E, "refers to a record that does not exist"),
        "duplicate_id": RuleCode("X002", _E, "two records of a kind share an id"),
        "deleted": RuleCode("X003", _E, "a record present and deleted at once"),
        "overlap": RuleCode("X004", _E, "overlapping memberships of the same body"),
        "session_in_term": RuleCode("X005", _E, "a session certainly outside its term"),
        "session_number": RuleCode("X006", _E, "a session number used twice in a term"),
        "entitled": RuleCode("X007", _E, "more counted than deputies entitled to vote"),
        "signed_twice": RuleCode("X008", _E, "a deputy signs a suggestion twice"),
        "raised_at_session": RuleCode("X009", _E, "raised at a session, dated outside it"),
        "motion_signatories": RuleCode("X010", _E, "a motion with too few signatories"),
        "reported_total": RuleCode("X011", _E, "more items listed than the total reported"),
        "sessions_of_subdistrict": RuleCode("X012", _E, "a session of a body without sessions"),
        "ballot_selection": RuleCode("X013", _E, "projects selected against the ballot's rule"),
        # Warnings: figures that do not add up, records that will be left out.
        "opinions_unaccounted": RuleCode(
            "W001", _W, "fewer opinions' dispositions recorded than opinions collected"
        ),
        "receptions_short": RuleCode(
            "W002", _W, "fewer reception days held than a station's rule schedules"
        ),
        "no_term_membership": RuleCode(
            "W003", _W, "a deputy with no term membership, skipped by duty assessment"
        ),
        "group_cadence_short": RuleCode(
            "W004", _W, "a group's cadence stretches with no activity of the group"
        ),
        "rule_receptions_short": RuleCode(
            "W005", _W, "fewer receptions held than a reception-day rule document fixes"
        ),
        "ballot_tie": RuleCode("W006", _W, "projects tied for a ballot's last place"),
    }
)

_UNKNOWN = RuleCode("E000", _E, "a rule without a code of its own")


def code_of(rule: str) -> RuleCode:
    """The code, severity and summary of ``rule`` (``E000``, an error, if not in the table)."""
    return RULE_CODES.get(rule, _UNKNOWN)


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
        code: the rule's stable code (``"X001"``), from the one table of rules
            (``congresskit.RULE_CODES``).
        severity: ``"error"`` or ``"warning"``, from the same table.
    """

    path: str
    record: str | None
    rule: str
    message: str

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


class DocumentError(ValidationError):
    """A JSON document (or a JSON Lines line) cannot be read as congresskit records.

    Nothing is loaded from a document with errors: every problem found is
    reported at once instead, each at its JSON path.

    Attributes:
        problems: every problem found, each with a path such as
            ``$.suggestions[3].events[1]``.
        line: for JSON Lines, the number of the line (from 1); else ``None``.
    """

    _shown = 20

    def __init__(self, problems: Sequence[Problem], *, line: int | None = None) -> None:
        self.problems = tuple(problems)
        self.line = line
        where = "the document" if line is None else f"line {line} of the stream"
        noun = "problem" if len(self.problems) == 1 else "problems"
        shown = [f"  {p}" for p in self.problems[: self._shown]]
        if len(self.problems) > self._shown:
            shown.append(f"  ... and {len(self.problems) - self._shown} more (see .problems)")
        lines = "\n".join(shown)
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
        newest = self.supported[-1]
        readable = ", ".join(str(n) for n in self.supported)
        if isinstance(found, int) and found > newest:
            message = (
                f"the document is format version {found}, newer than version {newest}, the "
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

    def __init__(self, errors: Sequence[DocumentError]) -> None:
        self.errors = tuple(errors)
        super().__init__([p for e in self.errors for p in e.problems], line=self.errors[0].line)
        shown = [f"  line {e.line}: {p}" for e in self.errors for p in e.problems[: self._shown]][
            : self._shown
        ]
        if len(self.problems) > len(shown):
            shown.append(f"  ... and {len(self.problems) - len(shown)} more (see .errors)")
        lines = "\n".join(shown)
        noun = "problem" if len(self.problems) == 1 else "problems"
        on = "line" if len(self.errors) == 1 else "lines"
        self.args = (f"{len(self.problems)} {noun} on {len(self.errors)} {on}:\n{lines}",)
