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
from congresskit.assessment._collectives import Scores
from congresskit.assessment.standards import DutyStandard
from congresskit.errors import CongresskitError, DocumentError
from congresskit.exchange._sniffing import looks_like_json_lines
from congresskit.exchange.documents import loads_document
from congresskit.exchange.jsonl import iter_jsonl
from congresskit.records.body import Term
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.summary import Summarizer, resolve_period
from congresskit.summary._term_lookup import bare_term
from congresskit.summary.periods import Period

__all__ = [
    "Piece",
    "PieceError",
    "assess_piece",
    "is_jsonl",
    "merge_tree",
    "period_of",
    "pieces",
    "read_piece",
    "read_terms",
    "run",
    "summarize_piece",
]


class PieceError(CongresskitError, ValueError):
    """Bad data in a piece, as ``FILE:LINE: PATH: MESSAGE`` lines; it pickles, so a worker
    process or a cluster can send it back whole."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = list(lines)
        super().__init__("\n".join(self.lines))

    def __reduce__(self) -> tuple[Any, ...]:
        return (PieceError, (self.lines,))


def _lines_of(name: str, error: DocumentError) -> list[str]:
    errors = getattr(error, "errors", None) or [error]
    return [
        f"{name}:{e.line}: {p.path}: {p.message}"
        if e.line is not None
        else f"{name}: {p.path}: {p.message}"
        for e in errors
        for p in e.problems
    ]


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


def is_jsonl(path: str) -> bool:
    """Whether ``path`` is a JSON Lines file (standard input, read only once, is not)."""
    if path == "-" or os.path.isdir(path):
        return False
    try:
        with open(path, "rb") as stream:
            return looks_like_json_lines(path, stream.readline())
    except OSError:
        return False  # reading it reports why


def pieces(paths: Sequence[str], jobs: int = 1) -> list[Piece]:
    """The pieces to read ``paths`` in: each file, large JSON Lines files cut into ``jobs`` ranges.

    Each JSON Lines file's header is read here, once, so that a bad header is
    reported before any work is handed out.
    """
    found: list[Piece] = []
    for path in paths:
        if not is_jsonl(path):
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
    """Call ``each`` on every record of ``piece``.

    Raises:
        PieceError: bad data, each problem at its file and line.
    """
    try:
        if piece.end is not None:
            with open(piece.path, "rb") as stream:
                first = _line_of(piece.path, _piece_start(stream, piece))
                profile: Any = piece.profile
                lines = _piece_lines(stream, piece)
                with iter_jsonl(
                    lines, header=False, version=piece.version, profile=profile, first_line=first
                ) as reader:
                    for record in reader:
                        each(record)
        elif is_jsonl(piece.path):
            with iter_jsonl(piece.path) as reader:
                for record in reader:
                    each(record)
        else:
            with open(piece.path, "rb") as stream:
                for record in loads_document(stream.read()).records:
                    each(record)
    except DocumentError as error:
        raise PieceError(_lines_of(piece.path, error)) from None


def summarize_piece(piece: Piece, period: Period, policy: Policy = DEFAULT_POLICY) -> Summarizer:
    """A piece's partial summary (merge the pieces' with :meth:`Summarizer.merge`)."""
    summarizer = Summarizer(period, policy=policy)
    read_piece(piece, summarizer.add)
    return summarizer


def assess_piece(
    piece: Piece, standard: DutyStandard, period: Period, scores: Scores | None = None
) -> Assessor:
    """A piece's partial assessment (merge the pieces' with :meth:`Assessor.merge`)."""
    assessor = Assessor(standard, period, scores=scores)
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
        try:
            with iter_jsonl(lines, header=False, version=piece.version, profile=profile) as reader:
                terms.extend(r for r in reader if isinstance(r, Term))
        except DocumentError as error:
            raise PieceError(_lines_of(piece.path, error)) from None
    return terms


def read_terms(paths: Sequence[str]) -> list[Term]:
    """The term records of several files, reading only the lines that can be terms.

    Raises:
        PieceError: a term's line is not a valid record.
    """
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
