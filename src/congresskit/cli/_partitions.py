"""Several files as one record set on the command line: the pieces of
:mod:`congresskit.extra._partitions`, read in ``--jobs`` processes, with the
command line's own readers (workbooks, CSV folders, standard input) and errors.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from congresskit.cli._office import is_tabular
from congresskit.errors import DEFAULT_MAX_PROBLEMS, DocumentError
from congresskit.exchange.jsonl import validate_jsonl
from congresskit.extra import _partitions as core
from congresskit.extra._partitions import (
    Piece,
    PieceError,
    assess_piece,
    merge_tree,
    pieces,
    read_piece,
    read_terms,
    run,
    summarize_piece,
)
from congresskit.records.activities import Activity
from congresskit.records.suggestions import Suggestion
from congresskit.records.tombstones import Tombstone
from congresskit.summary import PeriodSummary, Summarizer, summarize
from congresskit.summary.periods import Period

__all__ = [
    "Piece",
    "assess_piece",
    "each_record",
    "guarded",
    "in_processes",
    "is_jsonl",
    "merge_tree",
    "period_of",
    "pieces",
    "read_piece",
    "read_terms",
    "run",
    "summarize_files",
    "summarize_piece",
    "validate_files",
]


def is_jsonl(path: str) -> bool:
    """Whether ``path`` is a JSON Lines file (not standard input, a workbook or a CSV folder)."""
    return not is_tabular(path) and core.is_jsonl(path)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Bad data in a piece as the command line reports it: one line per problem."""
    from congresskit.cli._commands import CommandError

    try:
        yield
    except PieceError as error:
        raise CommandError(error.lines) from None


def period_of(period: Period | str, paths: Sequence[str]) -> Period:
    """``period``, a bare ``term-N`` looked up in the terms of all the files."""
    with guarded():
        return core.period_of(period, paths)


def each_record(
    paths: Sequence[str], lang: str = "en", max_problems: int | None = DEFAULT_MAX_PROBLEMS
) -> Iterator[Any]:
    """The records of several files as one stream, each error naming its file.

    A reference record that an earlier file carried, unchanged, is passed
    over: it is the same record (each town's file may carry the county's
    sessions). Only reference records are remembered, not activities or
    suggestions.
    """
    from congresskit.cli._commands import read_records

    if len(paths) == 1:
        with read_records(paths[0], lang=lang, max_problems=max_problems) as records:
            yield from records
        return
    seen: dict[tuple[type[Any], str], Any] = {}
    for path in paths:
        with read_records(path, lang=lang, max_problems=max_problems) as records:
            for record in records:
                kind = type(record)
                if kind not in STREAMED and kind is not Tombstone:
                    key = (kind, record.id)
                    if seen.get(key) == record:
                        continue
                    seen[key] = record
                yield record


STREAMED = (Activity, Suggestion)


def in_processes(args: argparse.Namespace) -> bool:
    """Whether to read the files as pieces, merged (several files, or --jobs)."""
    files = args.files
    several = len(files) > 1 or args.jobs > 1
    return several and not any(f == "-" or is_tabular(f) for f in files)


def summarize_files(args: argparse.Namespace, lang: str = "en") -> PeriodSummary:
    """The summary of the records of every file given, as one record set."""
    if not in_processes(args):
        return summarize(each_record(args.files, lang, args.max_problems), args.period)
    period = period_of(args.period, args.files)
    with guarded():
        parts = run(summarize_piece, pieces(args.files, args.jobs), period, jobs=args.jobs)
    return merge_tree(parts, Summarizer.merge).summary()


def validate_files(files: Sequence[str]) -> int:
    """Check JSON Lines files as one record set, in two passes (bounded memory)."""
    # Looked up when called, so that a test can stand in for the terminal's progress.
    from congresskit.cli import _commands as commands

    progress = commands.Progress  # type: ignore[attr-defined]

    def failed(message: str) -> Exception:
        return commands.CommandError(f"congresskit: error: {message}")

    for path in files:
        if not is_jsonl(path):
            name = "<stdin>" if path == "-" else path
            raise failed(f"{name} is not a JSON Lines file: give several files as .jsonl")
    try:
        with contextlib.ExitStack() as stack:
            streams = [
                stack.enter_context(commands.Counted(io.FileIO(path), progress(sys.stderr, path)))
                for path in files
            ]
            return validate_jsonl(streams, names=files)
    except DocumentError as error:
        raise commands.CommandError(commands.problem_lines(files[0], error, jsonl=True)) from None
    except OSError as exc:
        raise failed(f"cannot read: {exc.strerror or exc}") from None
