"""Structuring a document's records with a bound on the problems collected.

A document with a million bad records would otherwise build a million
errors at once (cattrs collects them all, with their tracebacks). When the
whole document does not structure, each record is tried on its own: the
problems of the first bad records are collected in detail, up to the limit,
and the records beyond it are only counted, by the quick converter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cattrs

from congresskit.checking.recordset import COLLECTIONS, RecordSet
from congresskit.errors import Problem
from congresskit.exchange._problems import steps
from congresskit.exchange._reading import structure
from congresskit.records.tombstones import Tombstone

__all__ = ["record_at", "structure_records"]

_LISTS: tuple[tuple[str, type[Any]], ...] = (*COLLECTIONS, ("tombstones", Tombstone))


def structure_records(
    converter: cattrs.Converter,
    fast: cattrs.Converter,
    body: dict[str, Any],
    *,
    record_at: Callable[[str], str | None],
    limit: int | None,
) -> tuple[RecordSet | None, list[Problem], int]:
    """The record set of ``body``, or its problems (at most ``limit``) and how many more.

    Returns:
        ``(records, [], 0)``, or ``(None, problems, more)`` where ``more``
        counts, at least, the problems beyond ``limit`` (one per bad record).
    """
    try:
        return fast.structure(body, RecordSet), [], 0
    except Exception:  # the detailed look below says what is wrong
        pass
    if limit is None:
        found = structure(converter, body, RecordSet, record_at=record_at)
        if isinstance(found, list):
            return None, found, 0
        return found, [], 0
    problems: list[Problem] = []
    more = 0
    trimmed = dict(body)
    for name, cls in _LISTS:
        items = body.get(name)
        if not isinstance(items, list):
            continue
        good = []
        for i, item in enumerate(items):
            try:
                fast.structure(item, cls)
            except Exception:
                if len(problems) >= limit:
                    more += 1
                    continue
                found = structure(converter, item, cls, root=f"$.{name}[{i}]", record_at=record_at)
                if isinstance(found, list):
                    problems.extend(found)
                    continue
            good.append(item)
        trimmed[name] = good
    # What is wrong outside the records: unknown keys, a list that is not one, the congress.
    found = structure(converter, trimmed, RecordSet, record_at=record_at)
    if isinstance(found, list):
        problems.extend(found)
    if not problems:  # every record reads on its own (and the quick converter was strict)
        found = structure(converter, body, RecordSet, record_at=record_at)
        if not isinstance(found, list):
            return found, [], 0
        problems = found
    more += max(0, len(problems) - limit)
    return None, problems[:limit], more


def record_at(data: dict[str, Any]) -> Callable[[str], str | None]:
    """For a path, the id of the top-level record it falls in (for problems)."""

    def record_at(path: str) -> str | None:
        found: Any = data
        for step in steps(path)[:2]:
            try:
                found = found[step]
            except (KeyError, IndexError, TypeError):
                return None
            if isinstance(found, dict):
                break
        rid = found.get("id") if isinstance(found, dict) else None
        return rid if isinstance(rid, str) else None

    return record_at
