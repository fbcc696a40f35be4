"""Several files as one record set: partial states read apart, in processes, then merged.

A county keeps its records as files per town or per shard. Each file (each
with its header line) is a part of one record set: references may cross
files, and reference records that several files carry count once. The work
is cut into pieces, a piece being a file or a range of a file's lines; each
piece is read into a partial state (a :class:`~congresskit.Summarizer` or an
:class:`~congresskit.Assessor`) by a top-level function that pickles, so that
the same pieces run in this process, in local processes (``--jobs N``) or on
a cluster (:mod:`congresskit.extra.dask`), and merge into the same result.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import attrs

from congresskit.assessment import Assessor
from congresskit.assessment.standards import DutyStandard
from congresskit.cli._sniffing import looks_like_json_lines
from congresskit.errors import DocumentError
from congresskit.exchange.jsonl import iter_jsonl
from congresskit.records.body import Term
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.summary import Summarizer, resolve_period
from congresskit.summary._term_lookup import bare_term
from congresskit.summary.periods import Period

__all__ = ["Piece", "assess_piece", "merge_tree", "pieces", "read_terms", "run", "summarize_piece"]

T = TypeVar("T")

#: The least a file is cut into pieces for, in bytes: smaller pieces cost more than they save.
MIN_PIECE = 1 << 20


@attrs.frozen(kw_only=True)
class Piece:
    """A file, or the lines of a JSON Lines file that start in ``[start, end)`` bytes."""

    path: str
    start: int = 0
    end: int | None = None
    version: int = 1
    profile: str = "full"


def _is_jsonl(path: str) -> bool:
    with open(path, "rb") as stream:
        return looks_like_json_lines(path, stream.readline())


def pieces(paths: Sequence[str], jobs: int = 1) -> list[Piece]:
    """The pieces to read ``paths`` in: each file, large JSON Lines files cut into ``jobs`` ranges.

    Each JSON Lines file's header is read here, once, so that a bad header is
    reported before any work is handed out.
    """
    found: list[Piece] = []
    for path in paths:
        if path == "-" or not _is_jsonl(path):
            found.append(Piece(path=path))
            continue
        with open(path, "rb") as stream, iter_jsonl([stream.readline()]) as reader:
            body = stream.tell()
        size = os.path.getsize(path)
        cuts = max(1, min(jobs, (size - body) // MIN_PIECE)) if jobs > len(paths) else 1
        bounds = [body + (size - body) * i // cuts for i in range(cuts)] + [size]
        for start, end in itertools.pairwise(bounds):
            found.append(
                Piece(
                    path=path,
                    start=start,
                    end=end,
                    version=reader.version,
                    profile=reader.profile,
                )
            )
    return found


def _piece_start(stream: Any, piece: Piece) -> int:
    """Where the piece's first line starts: the first line starting at or after its start."""
    if not piece.start:
        return 0
    stream.seek(piece.start - 1)
    return piece.start - 1 + len(stream.readline())  # the line the piece before reads


def _piece_lines(stream: Any, piece: Piece) -> Iterator[bytes]:
    """The lines of ``stream`` that start within the piece's byte range."""
    position = _piece_start(stream, piece)
    stream.seek(position)
    end = piece.end if piece.end is not None else float("inf")
    while position < end:
        line = stream.readline()
        if not line:
            return
        position += len(line)
        yield line


def _line_of(path: str, offset: int) -> int:
    """The number of the line that starts at byte ``offset`` of ``path`` (from 1)."""
    count = 1
    with open(path, "rb") as stream:
        while offset > 0:
            block = stream.read(min(offset, 1 << 20))
            if not block:
                break
            count += block.count(b"\n")
            offset -= len(block)
    return count


def read_piece(piece: Piece, each: Callable[[Any], object]) -> None:
    """Call ``each`` on every record of ``piece``; bad data is a ``CommandError``."""
    from congresskit.cli._commands import read_records

    if piece.end is None:
        with read_records(piece.path) as records:
            for record in records:
                each(record)
        return
    with open(piece.path, "rb") as stream:
        first = _line_of(piece.path, _piece_start(stream, piece))
        reader = iter_jsonl(
            _piece_lines(stream, piece),
            header=False,
            version=piece.version,
            profile=piece.profile,  # type: ignore[arg-type]
            first_line=first,
        )
        try:
            for record in reader:
                each(record)
        except DocumentError as error:
            from congresskit.cli._commands import CommandError, problem_lines

            raise CommandError(problem_lines(piece.path, error, jsonl=True)) from None


def summarize_piece(piece: Piece, period: Period, policy: Policy = DEFAULT_POLICY) -> Summarizer:
    """A piece's partial summary (merge the pieces' with :meth:`Summarizer.merge`)."""
    summarizer = Summarizer(period, policy=policy)
    read_piece(piece, summarizer.add)
    return summarizer


def assess_piece(piece: Piece, standard: DutyStandard, period: Period) -> Assessor:
    """A piece's partial assessment (merge the pieces' with :meth:`Assessor.merge`)."""
    assessor = Assessor(standard, period)
    read_piece(piece, assessor.add)
    return assessor


def _terms_of(piece: Piece) -> list[Term]:
    terms: list[Term] = []
    if piece.end is None:
        read_piece(piece, lambda r: terms.append(r) if isinstance(r, Term) else None)
        return terms
    # Only lines that can be a term are parsed: a term record's line says "term".
    with open(piece.path, "rb") as stream:
        lines = (line for line in _piece_lines(stream, piece) if b'"term"' in line)
        profile: Any = piece.profile
        with iter_jsonl(lines, header=False, version=piece.version, profile=profile) as reader:
            terms.extend(r for r in reader if isinstance(r, Term))
    return terms


def read_terms(paths: Sequence[str]) -> list[Term]:
    """The term records of several files, reading only the lines that can be terms."""
    return [t for piece in pieces(paths) for t in _terms_of(piece)]


def period_of(period: Period | str, paths: Sequence[str]) -> Period:
    """``period``, a bare ``term-N`` looked up in the terms of all the files."""
    if bare_term(period) is None:
        return resolve_period(period, ())
    return resolve_period(period, read_terms(paths))


def run(work: Callable[..., T], items: Sequence[Any], *args: Any, jobs: int = 1) -> list[T]:
    """``[work(item, *args) for item in items]``, in ``jobs`` local processes when above 1."""
    if jobs <= 1 or len(items) <= 1:
        return [work(item, *args) for item in items]
    with concurrent.futures.ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        futures = [pool.submit(work, item, *args) for item in items]
        return [future.result() for future in futures]


def merge_tree(parts: Sequence[T], merge: Callable[[T, T], T]) -> T:
    """Merge partial states pairwise, level by level (as a cluster's tree reduction does)."""
    level = list(parts)
    while len(level) > 1:
        paired = [merge(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        level = paired + ([level[-1]] if len(level) % 2 else [])
    return level[0]
