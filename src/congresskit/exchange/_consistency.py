"""Keeping :func:`~congresskit.merge` and :func:`~congresskit.delete` results consistent.

A merge or a deletion must never hand back records that :func:`congresskit.check`
(or a reader) refuses. What counts is what the change adds: problems the
records had before are not blamed on it. Problems are compared without their
list indexes, which a deletion shifts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from congresskit.checking.recordset import RecordSet, check
from congresskit.errors import Problem

__all__ = ["Baseline", "problems_of"]

_INDEX = re.compile(r"\[\d+\]")


def problems_of(records: RecordSet) -> tuple[Problem, ...]:
    """Every error a reader would report for ``records`` (the check, and the tombstones)."""
    # Imported here: sync imports this module, and check_deletions lives in sync.
    from congresskit.exchange.sync import check_deletions

    # Warnings (figures that do not add up) do not stop a reader: errors only.
    return (*check_deletions(records), *(p for p in check(records) if not p.is_warning))


def _key(problem: Problem) -> tuple[str | None, str, str]:
    return (problem.record, problem.rule, _INDEX.sub("[]", problem.path))


class Baseline:
    """The problems records had before a change, to tell which ones the change adds."""

    def __init__(self, records: RecordSet) -> None:
        self._before = Counter(_key(p) for p in problems_of(records))

    def added(self, records: RecordSet) -> list[Problem]:
        """The problems of ``records`` beyond those there were before."""
        left = Counter(self._before)
        added = []
        for problem in problems_of(records):
            key = _key(problem)
            if left[key]:
                left[key] -= 1
            else:
                added.append(problem)
        return added


def describe_added(problems: Iterable[Problem]) -> str:
    """The first problem of a change refused, as a reason to show."""
    first = next(iter(problems))
    return f"applying it would break a rule at {first}"
