"""Summaries, assessments and validation of a partitioned record set on a Dask cluster.

A province keeps its records as JSON Lines files per town or per shard, on a
file system every worker can read. Each function here reads every file (a
large file: ranges of its lines) on a worker into a partial state, then merges
the partial states pairwise in a tree, so that the result is exactly what one
process reading every file gives (:mod:`congresskit` merges each part once,
and counts reference records that several files carry once)::

    from dask.distributed import Client
    from congresskit.extra.dask import summarize_files

    client = Client("scheduler:8786")
    summary = summarize_files(sorted(glob.glob("towns/*.jsonl")), "2023", client=client)

Install with ``python -m pip install "congresskit[dask]"``. Without a
``client``, Dask's default scheduler runs the work (a client made earlier in
the process, if any).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from congresskit.assessment import Assessment, Assessor
from congresskit.assessment.standards import DEFAULT_STANDARD, DutyStandard
from congresskit.exchange import _partitioned
from congresskit.extra import _partitions, require
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.summary import PeriodSummary, Summarizer
from congresskit.summary.periods import Period

__all__ = ["assess_files", "summarize_files", "validate_files"]

T = TypeVar("T")


def _dask() -> Any:
    return require("dask", "dask")


def _compute(value: Any, client: Any) -> Any:
    if client is not None:
        return client.gather(client.compute(value))
    return _dask().compute(value)[0]


def _tree(parts: list[Any], merge: Callable[[T, T], T]) -> Any:
    """Delayed partial states merged pairwise, level by level."""
    delayed = _dask().delayed
    level = parts
    while len(level) > 1:
        paired = [
            delayed(merge, pure=True)(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)
        ]
        level = paired + ([level[-1]] if len(level) % 2 else [])
    return level[0]


def _pieces(paths: Sequence[str], jobs: int | None) -> list[_partitions.Piece]:
    return _partitions.pieces([str(p) for p in paths], jobs or len(paths))


def _period(period: Period | str, paths: Sequence[str]) -> Period:
    return _partitions.period_of(period, [str(p) for p in paths])


def _merge_summarizers(a: Summarizer, b: Summarizer) -> Summarizer:
    return a.merge(b)


def _merge_assessors(a: Assessor, b: Assessor) -> Assessor:
    return a.merge(b)


def summarize_files(
    paths: Sequence[str],
    period: Period | str,
    *,
    policy: Policy = DEFAULT_POLICY,
    client: Any = None,
    pieces: int | None = None,
) -> PeriodSummary:
    """The summary of the records of every file, as one record set, read on Dask workers.

    Args:
        paths: the files (JSON Lines or documents), on storage every worker reads.
        period: the period, or its text; a bare ``"term-N"`` is looked up
            among the files' terms first.
        policy: the reply deadlines, as for :func:`~congresskit.summarize`.
        client: a ``dask.distributed.Client``; ``None`` uses Dask's default.
        pieces: cut JSON Lines files into this many ranges of lines in all
            (default: one piece per file).

    Returns:
        The summary: the same as :func:`~congresskit.summarize` of all the records.

    Raises:
        MissingExtraError: Dask is not installed.
    """
    delayed = _dask().delayed
    resolved = _period(period, paths)
    parts = [
        delayed(_partitions.summarize_piece, pure=True)(p, resolved, policy)
        for p in _pieces(paths, pieces)
    ]
    summarizer: Summarizer = _compute(_tree(parts, _merge_summarizers), client)
    return summarizer.summary()


def assess_files(
    paths: Sequence[str],
    period: Period | str,
    *,
    standard: DutyStandard = DEFAULT_STANDARD,
    client: Any = None,
    pieces: int | None = None,
) -> Assessment:
    """The assessment over every file, as one record set, read on Dask workers.

    Arguments as for :func:`summarize_files`; ``standard`` as for
    :func:`~congresskit.assess`.

    Raises:
        MissingExtraError: Dask is not installed.
    """
    delayed = _dask().delayed
    resolved = _period(period, paths)
    parts = [
        delayed(_partitions.assess_piece, pure=True)(p, standard, resolved)
        for p in _pieces(paths, pieces)
    ]
    assessor: Assessor = _compute(_tree(parts, _merge_assessors), client)
    return assessor.assessment()


def _merge_held(a: _partitioned.Held, b: _partitioned.Held) -> _partitioned.Held:
    return a.merge(b)


def validate_files(
    paths: Sequence[str], *, policy: Policy = DEFAULT_POLICY, client: Any = None
) -> int:
    """Check JSON Lines files as one record set on Dask workers; return how many records.

    The two passes of :func:`~congresskit.validate_jsonl`, each file read on
    a worker: the first keeps each file's reference records and ids (merged
    in a tree), the second checks each file's activities and suggestions
    against them.

    Raises:
        JsonLinesError: every problem, as :func:`~congresskit.validate_jsonl`
            reports them, each with its file and line.
        MissingExtraError: Dask is not installed.
    """
    delayed = _dask().delayed
    names = [str(p) for p in paths]
    first = [
        delayed(_partitioned.first_pass, pure=True)(i, name, name) for i, name in enumerate(names)
    ]
    held: _partitioned.Held = _compute(_tree(first, _merge_held), client)
    checker, found = _partitioned.reference_check(held, policy)
    shared = delayed(held), delayed(checker)
    second = [
        delayed(_partitioned.second_pass, pure=True)(i, name, *shared)
        for i, name in enumerate(names)
    ]
    for part in _compute(second, client):
        for at, problems in part.items():
            found.setdefault(at, []).extend(problems)
    _partitioned.report(found, names)
    return held.count
