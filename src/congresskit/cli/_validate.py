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
from congresskit.cli import _office as office
from congresskit.cli import _partitions as partitions
from congresskit.cli._commands import (
    CommandError,
    KeptError,
    _error,
    _name,
    _write,
    problem_lines,
    read_records,
)
from congresskit.cli._messages import translate
from congresskit.errors import DocumentError, JsonLinesError, Problem
from congresskit.errors._codes_zh import SEVERITY_ZH, SUMMARY_ZH

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


def _zh_lines(name: str, found: list[tuple[Problem, int | None]], more: int) -> list[str]:
    """``FILE[:LINE]: PATH: 错误 F003（值的 JSON 类型不对）：MESSAGE``, each rule named in
    Chinese beside its code (the message itself stays as congresskit words it)."""
    lines = []
    for p, line in found:
        where = name if line is None else f"{name}:{line}"
        severity = SEVERITY_ZH[p.severity]
        summary = SUMMARY_ZH.get(p.code, SUMMARY_ZH["E000"])
        lines.append(f"{where}: {p.shown_path}: {severity} {p.code}（{summary}）：{p.message}")
    if more:
        lines.append(f"{name}: ……另有 {more:,} 个问题未列出（用 --max-problems N 列出更多）")
    return lines


def validate(args: argparse.Namespace) -> int:
    """``congresskit validate``: every problem; 1 if there is an error (or, ``--strict``, any)."""
    files = args.files
    lang = office.message_lang(args)
    plain = args.format == "text" and not args.strict
    if len(files) > 1 and not plain:
        raise _error("validate --format json or --strict takes one file")
    if len(files) > 1 or (plain and partitions.is_jsonl(files[0])):
        # In bounded memory, two passes over the files; errors only.
        count = partitions.validate_files(files)
        name = _name(files[0]) if len(files) == 1 else f"{len(files)} files"
        noun = "record" if count == 1 else "records"
        _write("-", translate(f"{name}: {count} {noun}, no problems", lang) + "\n")
        return 0
    return _validate_one(args, files[0], lang)


def _validate_one(args: argparse.Namespace, file: str, lang: str) -> int:
    """One file, read whole: its errors and its warnings, as text or JSON."""
    name = _name(file)
    found: list[tuple[Problem, int | None]] = []
    count: int | None = None
    caught: DocumentError | None = None
    jsonl = False
    try:
        with read_records(
            file, whole=True, lang=lang, keep_errors=True, max_problems=args.max_problems
        ) as records:
            assert isinstance(records, RecordSet)
            count = len(records)
            warned = [p for p in check(records) if p.is_warning][: args.max_problems]
            found = [(p, None) for p in warned]
    except KeptError as kept:
        found, caught, jsonl = _caught(kept.error), kept.error, kept.jsonl
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
    if lang == "zh":
        lines = _zh_lines(name, found, caught.more if caught is not None else 0)
    elif caught is not None:
        lines = problem_lines(name, caught, jsonl=jsonl)
    else:
        lines = [f"{name}: {p.shown_path}: {p.severity} {p.code}: {p.message}" for p, _ in found]
    if failed:
        raise CommandError(lines)
    noun = "record" if count == 1 else "records"
    if warnings:
        said = "warning" if warnings == 1 else "warnings"
        _write("-", "".join(f"{line}\n" for line in lines))
        if lang == "zh":
            _write("-", f"{name}：{count} 条记录，没有错误，{warnings} 个警告\n")
        else:
            _write("-", f"{name}: {count} {noun}, no errors, {warnings} {said}\n")
    else:
        _write("-", translate(f"{name}: {count} {noun}, no problems", lang) + "\n")
    return 0
