"""Checking several JSON Lines files as one record set, in memory that does not grow with it.

Two passes over the files. The first reads every line, keeps the reference
records (terms, units, deputies, sessions, ... : a few thousand in a county)
with the line each came from, and only the ids of the activities and
suggestions; the second reads the activities and suggestions again and checks
each against those. The problems are those :func:`~congresskit.load_jsonl`
finds in one file holding every line, each at its file and line.

A reference record that another file carries too, unchanged, is the same
record (each town's file may carry the county's sessions); one that differs,
or is repeated within a file, is a duplicate id, as are an activity or a
suggestion in two files.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from congresskit.checking._rules import Checker
from congresskit.checking.recordset import COLLECTIONS, RecordSet
from congresskit.errors import DocumentError, JsonLinesError, Problem
from congresskit.exchange._fastpath import collector_paused
from congresskit.exchange._jsonl_reader import JsonLinesReader
from congresskit.exchange.documents import Source
from congresskit.records.activities import Activity
from congresskit.records.body import Congress
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Suggestion
from congresskit.records.tombstones import RECORD_TYPES, Tombstone, record_type

__all__ = ["validate_jsonl"]

_STREAMED = {Activity: "activities", Suggestion: "suggestions"}
_LIST_OF = {cls: name for name, cls in COLLECTIONS} | {Tombstone: "tombstones"}
_IN_LIST = re.compile(r"\$\.(\w+)\[(\d+)\](.*)")
record_type_of = {cls: tag for tag, cls in RECORD_TYPES.items()}
Where = tuple[int, int]  # (the file's position in the list, the line)


def _name(source: Source, names: Sequence[str] | None, i: int) -> str:
    if names is not None:
        return names[i]
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", f"<input {i}>"))


@attrs.define
class _Held:
    """What the first pass keeps."""

    records: list[Any] = attrs.field(factory=list)  # reference records and tombstones
    where: dict[str, list[Where]] = attrs.field(factory=lambda: defaultdict(list))
    ids: dict[type[Any], set[str]] = attrs.field(factory=lambda: defaultdict(set))
    repeated: dict[tuple[type[Any], str], int] = attrs.field(factory=dict)
    first: dict[tuple[type[Any], str], tuple[Any, int]] = attrs.field(factory=dict)
    since: set[int] = attrs.field(factory=set)  # the files that are changed-since feeds
    count: int = 0

    def add(self, record: Any, where: Where) -> None:
        kind = type(record)
        self.count += 1
        if kind in _STREAMED:
            seen = self.ids[kind]
            if record.id in seen:
                key = (kind, record.id)
                self.repeated[key] = self.repeated.get(key, 1) + 1
            else:
                seen.add(record.id)
            return
        key = (kind, getattr(record, "id", ""))
        if kind is not Tombstone:
            earlier = self.first.get(key)
            if earlier is not None and earlier[1] != where[0] and earlier[0] == record:
                self.count -= 1  # another file's copy of the same reference record
                return
            self.first.setdefault(key, (record, where[0]))
        self.records.append(record)
        self.where["congress" if kind is Congress else _LIST_OF[kind]].append(where)


def _read(
    sources: Sequence[Source], lenient: bool, kinds: tuple[type[Any], ...] | None
) -> Iterator[tuple[int, JsonLinesReader, Any]]:
    for i, source in enumerate(sources):
        with JsonLinesReader(source, on_error="skip", lenient=lenient) as reader:
            for record in reader:
                if kinds is None or type(record) in kinds:
                    yield i, reader, record


def validate_jsonl(
    sources: Sequence[Source],
    *,
    names: Sequence[str] | None = None,
    lenient: bool = False,
    policy: Policy = DEFAULT_POLICY,
) -> int:
    """Check several JSON Lines files as one record set, in bounded memory; return its size.

    The files are parts of one record set, each with its header line, split
    any way: references may cross files, and an id used in two files is a
    duplicate (except a reference record, such as a session, that each file
    carries unchanged). Memory holds the reference records and the ids of
    the activities and suggestions, never the records themselves, and the
    files are read twice.

    Args:
        sources: paths, or files open for reading that can be read twice
            (seekable).
        names: the files' names in messages (default: the paths).
        lenient: leave unknown fields out instead of refusing the line.
        policy: the rules :func:`congresskit.check` applies.

    Returns:
        The number of records and tombstones.

    Raises:
        JsonLinesError: every bad line, and every record that breaks a
            cross-record rule, each with its :attr:`~DocumentError.source`
            (the file's name) and line; bad lines are reported without
            checking the rules across records, as :func:`load_jsonl` does.
        DocumentError: a bad header.
    """
    with collector_paused():
        return _validate(list(sources), names, lenient, policy)


def _validate(
    sources: list[Source], names: Sequence[str] | None, lenient: bool, policy: Policy
) -> int:
    held = _Held()
    bad: list[DocumentError] = []
    for i, source in enumerate(sources):
        with JsonLinesReader(source, on_error="skip", lenient=lenient) as reader:
            for record in reader:
                held.add(record, (i, reader.line))
        if reader.since is not None:
            held.since.add(i)
        for error in reader.skipped:
            error.source = _name(source, names, i)
        bad.extend(reader.skipped)
        if not isinstance(source, (str, os.PathLike)):
            source.seek(0)
    if bad:
        raise JsonLinesError(bad)
    found: dict[Where, list[Problem]] = defaultdict(list)
    tombstones = tuple(r for r in held.records if isinstance(r, Tombstone))
    reference = RecordSet.from_records(r for r in held.records if not isinstance(r, Tombstone))
    live = attrs.evolve(reference, tombstones=tombstones)
    checker = Checker(reference, policy)
    for cls, ids in held.ids.items():
        checker.ids[cls] = ids
    problems = [*_deletions(live, held), *checker.run()]
    checker.problems = []
    for problem in problems:
        match = _IN_LIST.fullmatch(problem.path)
        if match:
            name, index, rest = match.groups()
            where = held.where[name][int(index)]
        else:
            where, rest = held.where["congress"][0], problem.path.removeprefix("$.congress")
        if where[0] not in held.since or problem.rule != "reference":
            found[where].append(attrs.evolve(problem, path=f"${rest}"))
    _second_pass(sources, lenient, held, checker, found)
    if found:
        errors = []
        for where in sorted(found):
            error = DocumentError(found[where], line=where[1])
            error.source = _name(sources[where[0]], names, where[0])
            errors.append(error)
        raise JsonLinesError(errors)
    return held.count


def _deletions(records: RecordSet, held: _Held) -> list[Problem]:
    """Tombstones against every record, the streamed ones included (by their ids).

    The rules of :func:`~congresskit.exchange.sync.check_deletions`, over keys.
    """
    if not records.tombstones:
        return []
    live = {(record_type(r), r.id) for r in records}
    live.update((record_type_of[cls], rid) for cls, ids in held.ids.items() for rid in ids)
    counts = Counter((t.type, t.id) for t in records.tombstones)
    problems = []
    for i, t in enumerate(records.tombstones):
        key = (t.type, t.id)
        if key in live:
            message = (
                f"{t.type} {t.id!r} is deleted here and also present; keep the record or "
                "the tombstone, not both"
            )
            problems.append(
                Problem(path=f"$.tombstones[{i}]", record=t.id, rule="deleted", message=message)
            )
        if counts[key] > 1:
            message = f"{t.type} {t.id!r} is deleted {counts[key]} times; keep one tombstone"
            problems.append(
                Problem(
                    path=f"$.tombstones[{i}]", record=t.id, rule="duplicate_id", message=message
                )
            )
    return problems


def _second_pass(
    sources: list[Source],
    lenient: bool,
    held: _Held,
    checker: Checker,
    found: dict[Where, list[Problem]],
) -> None:
    sessions = checker.rs.index(Session)
    fine_suggestion = checker.suggestion_checker(sessions)
    fine_activity = checker.activity_checker()
    for i, reader, record in _read(sources, lenient, tuple(_STREAMED)):
        kind = type(record)
        repeated = held.repeated.get((kind, record.id))
        if repeated:
            checker.add(
                "$.id",
                record.id,
                "duplicate_id",
                f"id {record.id!r} is used by {repeated} {_STREAMED[kind]}",
            )
        if kind is Activity:
            if not fine_activity(record):
                checker.activity("$", record)
        elif not fine_suggestion(record):
            checker.suggestion("$", record, sessions)
        if checker.problems:
            if i not in held.since:
                found[(i, reader.line)].extend(checker.problems)
            else:
                found[(i, reader.line)].extend(p for p in checker.problems if p.rule != "reference")
            checker.problems = []
