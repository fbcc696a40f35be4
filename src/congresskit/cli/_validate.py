"""``congresskit validate``: every problem of a record file, as text or as JSON.

Errors (the records contradict themselves or the format) make the command
fail; warnings (figures that do not add up, deputies assessment will skip) are
listed but fail it only with ``--strict``. ``--format json`` prints one object
for programs: the problems (code, severity, path, record id, message, and the
line, for JSON Lines) and the counts per code.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from congresskit.checking.recordset import RecordSet, check
from congresskit.cli._commands import CommandError, _name, _write, read_records
from congresskit.errors import DocumentError, JsonLinesError, Problem

__all__ = ["validate"]


def _entry(problem: Problem, line: int | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": problem.code,
        "severity": problem.severity,
        "rule": problem.rule,
        "path": problem.path,
        "record": problem.record,
        "message": problem.message,
    }
    if line is not None:
        entry["line"] = line
    return entry


def _caught(error: DocumentError) -> list[tuple[Problem, int | None]]:
    if isinstance(error, JsonLinesError):
        return [(p, e.line) for e in error.errors for p in e.problems]
    return [(p, error.line) for p in error.problems]


def validate(args: argparse.Namespace) -> int:
    """``congresskit validate``: every problem; 1 if there is an error (or, ``--strict``, any)."""
    name = _name(args.file)
    found: list[tuple[Problem, int | None]] = []
    count: int | None = None
    try:
        with read_records(args.file, whole=True, keep_errors=True) as records:
            assert isinstance(records, RecordSet)
            count = len(records)
            found = [(p, None) for p in check(records) if p.is_warning]
    except DocumentError as error:
        found = _caught(error)
    errors = sum(1 for p, _ in found if not p.is_warning)
    warnings = len(found) - errors
    failed = bool(errors or (args.strict and warnings))
    if args.format == "json":
        result = {
            "file": name,
            "records": count,
            "valid": not failed,
            "errors": errors,
            "warnings": warnings,
            "counts": dict(sorted(Counter(p.code for p, _ in found).items())),
            "problems": [_entry(p, line) for p, line in found],
        }
        _write("-", json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 1 if failed else 0
    lines = [
        f"{name}{f':{line}' if line is not None else ''}: {p.code} {p.severity} "
        f"{p.path}: {p.message}"
        for p, line in found
    ]
    if failed:
        raise CommandError(lines)
    noun = "record" if count == 1 else "records"
    if warnings:
        said = "warning" if warnings == 1 else "warnings"
        _write("-", "".join(f"{line}\n" for line in lines))
        _write("-", f"{name}: {count} {noun}, no errors, {warnings} {said}\n")
    else:
        _write("-", f"{name}: {count} {noun}, no problems\n")
    return 0
