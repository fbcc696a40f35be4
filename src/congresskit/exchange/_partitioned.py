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
from collections.abc import Sequence
from typing import Any

import attrs

from congresskit.checking._rules import Checker
from congresskit.checking._suggestion_rules import NumberKey, number_key
from congresskit.checking.recordset import COLLECTIONS, RecordSet
from congresskit.errors import DocumentError, JsonLinesError, Problem
from congresskit.exchange._fastpath import collector_paused
from congresskit.exchange._jsonl_reader import JsonLinesReader
from congresskit.exchange.documents import Source
from congresskit.exchange.sync import deletion_problems
from congresskit.records.activities import Activity
from congresskit.records.body import Congress
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Suggestion
from congresskit.records.tombstones import RECORD_TYPES, Tombstone, record_type

__all__ = [
    "Held",
    "first_pass",
    "reference_check",
    "report",
    "second_pass",
    "validate_jsonl",
]

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
class Held:
    """What the first pass keeps of one or more files; merge the files' in their order."""

    records: list[tuple[Any, Where]] = attrs.field(factory=list)  # reference records, tombstones
    ids: dict[type[Any], set[str]] = attrs.field(factory=lambda: defaultdict(set))
    repeated: dict[tuple[type[Any], str], int] = attrs.field(factory=dict)
    first: dict[tuple[type[Any], str], tuple[Any, int]] = attrs.field(factory=dict)
    since: set[int] = attrs.field(factory=set)  # the files that are changed-since feeds
    numbers: Counter[NumberKey] = attrs.field(factory=Counter)  # suggestions' numbers
    bad: list[DocumentError] = attrs.field(factory=list)
    count: int = 0

    def add(self, record: Any, where: Where) -> None:
        kind = type(record)
        self.count += 1
        if kind in _STREAMED:
            number = number_key(record) if kind is Suggestion else None
            if number is not None:
                self.numbers[number] += 1
            seen = self.ids[kind]
            if record.id in seen:
                key = (kind, record.id)
                self.repeated[key] = self.repeated.get(key, 1) + 1
            else:
                seen.add(record.id)
            return
        self.add_reference(record, where)

    def add_reference(self, record: Any, where: Where) -> None:
        kind = type(record)
        key = (kind, getattr(record, "id", ""))
        if kind is not Tombstone:
            earlier = self.first.get(key)
            if earlier is not None and earlier[1] != where[0] and earlier[0] == record:
                self.count -= 1  # another file's copy of the same reference record
                return
            self.first.setdefault(key, (record, where[0]))
        self.records.append((record, where))

    def merge(self, other: Held) -> Held:
        """Add what the first pass kept of later files; returns this one."""
        for kind, theirs in other.ids.items():
            mine = self.ids[kind]
            for rid in theirs & mine:
                key = (kind, rid)
                self.repeated[key] = self.repeated.get(key, 1) + other.repeated.get(key, 1)
            for key, n in other.repeated.items():
                if key[0] is kind and key[1] not in mine:
                    self.repeated[key] = n
            mine |= theirs
        self.count += other.count
        for record, where in other.records:
            self.add_reference(record, where)
        self.since |= other.since
        self.numbers.update(other.numbers)
        self.bad.extend(other.bad)
        return self


def first_pass(index: int, source: Source, name: str, lenient: bool = False) -> Held:
    """The first pass over one file, the ``index``-th of the record set."""
    held = Held()
    with JsonLinesReader(source, on_error="skip", lenient=lenient) as reader:
        for record in reader:
            held.add(record, (index, reader.line))
    if reader.since is not None:
        held.since.add(index)
    for error in reader.skipped:
        error.source = name
    held.bad.extend(reader.skipped)
    if not isinstance(source, (str, os.PathLike)):
        source.seek(0)
    return held


def reference_check(held: Held, policy: Policy) -> tuple[Checker, dict[Where, list[Problem]]]:
    """The rules over the reference records; the checker the second pass checks with.

    Raises:
        JsonLinesError: the first pass found bad lines.
    """
    if held.bad:
        raise JsonLinesError(held.bad)
    where: dict[str, list[Where]] = defaultdict(list)
    for record, at in held.records:
        where["congress" if type(record) is Congress else _LIST_OF[type(record)]].append(at)
    records = [r for r, _ in held.records]
    tombstones = tuple(r for r in records if isinstance(r, Tombstone))
    reference = RecordSet.from_records(r for r in records if not isinstance(r, Tombstone))
    checker = Checker(reference, policy)
    checker.warnings = False  # errors only, as load_jsonl reports them
    for cls, ids in held.ids.items():
        checker.ids[cls] = ids
    checker.numbers = held.numbers
    live = attrs.evolve(reference, tombstones=tombstones)
    problems = [*_deletions(live, held), *checker.run()]
    checker.problems = []
    found: dict[Where, list[Problem]] = defaultdict(list)
    for problem in problems:
        match = _IN_LIST.fullmatch(problem.path)
        if match:
            name, index, rest = match.groups()
            at = where[name][int(index)]
        else:
            at, rest = where["congress"][0], problem.path.removeprefix("$.congress")
        if at[0] not in held.since or problem.rule != "reference":
            found[at].append(attrs.evolve(problem, path=f"${rest}"))
    return checker, found


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
    sources = list(sources)
    labels = [_name(source, names, i) for i, source in enumerate(sources)]
    with collector_paused():
        held = Held()
        for i, source in enumerate(sources):
            held.merge(first_pass(i, source, labels[i], lenient))
        checker, found = reference_check(held, policy)
        for i, source in enumerate(sources):
            for at, problems in second_pass(i, source, held, checker, lenient).items():
                found[at].extend(problems)
        report(found, labels)
    return held.count


def report(found: dict[Where, list[Problem]], names: Sequence[str]) -> None:
    """Raise the problems found, file by file and line by line, if there are any."""
    if not found:
        return
    errors = []
    for at in sorted(found):
        error = DocumentError(found[at], line=at[1])
        error.source = names[at[0]]
        errors.append(error)
    raise JsonLinesError(errors)


def _deletions(records: RecordSet, held: Held) -> list[Problem]:
    """Tombstones against every record, the streamed ones included (by their ids).

    The rules of :func:`~congresskit.exchange.sync.check_deletions`, over keys.
    """
    if not records.tombstones:
        return []
    live = {(record_type(r), r.id) for r in records}
    live.update((record_type_of[cls], rid) for cls, ids in held.ids.items() for rid in ids)
    return deletion_problems(records, live)


def second_pass(
    index: int, source: Source, held: Held, checker: Checker, lenient: bool = False
) -> dict[Where, list[Problem]]:
    """The second pass over one file: its activities and suggestions against the rest."""
    found: dict[Where, list[Problem]] = {}
    sessions = checker.rs.index(Session)
    fine_suggestion = checker.suggestion_checker(sessions)
    fine_activity = checker.activity_checker()
    checker.problems = []
    with JsonLinesReader(source, on_error="skip", lenient=lenient) as reader:
        for record in reader:
            kind = type(record)
            if kind not in _STREAMED:
                continue
            repeated = held.repeated.get((kind, record.id))
            if repeated:
                message = f"id {record.id!r} is used by {repeated} {_STREAMED[kind]}"
                checker.add("$.id", record.id, "duplicate_id", message)
            if isinstance(record, Activity):
                if not fine_activity(record):
                    checker.activity("$", record)
            elif isinstance(record, Suggestion) and not fine_suggestion(record):
                checker.suggestion("$", record, sessions)
            if checker.problems:
                found[(index, reader.line)] = [
                    p for p in checker.problems if index not in held.since or p.rule != "reference"
                ]
                checker.problems = []
    return found
