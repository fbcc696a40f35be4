"""The cross-record problems of a document some of whose records do not build.

A document with a field error in one record yields no records, but its other
problems must still be reported with it, all at once: so the records that do
build are checked by :func:`congresskit.check`, with the ids of those that do
not counted as known (a reference to a record that failed to build is not to an
unknown record), and each problem's path points into the document as written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import attrs

from congresskit.checking.recordset import COLLECTIONS, RecordSet, check_built
from congresskit.errors import Problem
from congresskit.exchange._fastpath import fast_converter_for
from congresskit.records.body import Congress
from congresskit.records.policy import Policy

__all__ = ["built_problems"]

_IN_LIST = re.compile(r"\$\.(\w+)\[(\d+)\]")


def _raw_id(value: Any) -> str | None:
    rid = value.get("id") if isinstance(value, dict) else None
    return rid if isinstance(rid, str) else None


def built_problems(
    body: dict[str, Any],
    policy: Policy,
    keep: Callable[[Problem], bool] = lambda _: True,
    extra: Callable[[RecordSet], list[Problem]] = lambda _: [],
    limit: int | None = None,
) -> list[Problem]:
    """The problems :func:`congresskit.check` (and ``extra``) finds among the records
    of ``body`` that build, at their paths in ``body``; those ``keep`` refuses are left out.
    At most ``limit`` errors are checked for (``None``: all).
    """
    converter = fast_converter_for("full")
    unbuilt: dict[type[Any], set[str]] = defaultdict(set)
    lists: dict[str, list[Any]] = {}
    places: dict[str, list[int]] = {}  # position in the record set -> in the document
    for name, cls in COLLECTIONS:
        items = body.get(name)
        if not isinstance(items, list):
            continue
        lists[name], places[name] = [], []
        for i, item in enumerate(items):
            try:
                record = converter.structure(item, cls)
            except Exception:  # its own problems are reported by the reader
                rid = _raw_id(item)
                if rid is not None:
                    unbuilt[cls].add(rid)
                continue
            lists[name].append(record)
            places[name].append(i)
    congress = None
    if body.get("congress") is not None:
        try:
            congress = converter.structure(body["congress"], Congress)
        except Exception:
            rid = _raw_id(body["congress"])
            if rid is not None:
                unbuilt[Congress].add(rid)
    records = RecordSet(congress=congress, **{k: tuple(v) for k, v in lists.items()})
    found = [*extra(records), *check_built(records, policy, unbuilt, limit)]

    def placed(problem: Problem) -> Problem:
        match = _IN_LIST.match(problem.path)
        if match is None:
            return problem
        name, index = match.group(1), int(match.group(2))
        where = f"$.{name}[{places[name][index]}]{problem.path[match.end() :]}"
        return attrs.evolve(problem, path=where)

    return [placed(p) for p in found if keep(p)]
