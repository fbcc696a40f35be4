"""JSON Lines: record sets too large to hold, streamed one record per line.

The first line is a header, the envelope of a document without records::

    {"format":"congresskit","version":2,"profile":"public"}

and every following line is one record, tagged with its type, or a tombstone
(a line with ``"deleted"``)::

    {"type":"place","id":"v1","name":"称沱村"}
    {"type":"deputy","id":"d07","deleted":"2020-07-01T09:00:00+08:00"}

:func:`iter_jsonl` reads lazily, one line at a time, so memory does not grow
with the stream; :class:`JsonLinesWriter` writes as it goes. A bad line is an
error that names its line number; the reader either stops there or skips it
and reports it.

>>> import io
>>> from congresskit import Place
>>> out = io.StringIO()
>>> with JsonLinesWriter(out) as writer:
...     writer.write(Place(id="v1", name="称沱村"))
>>> print(out.getvalue(), end="")
{"format":"congresskit","version":2,"profile":"public"}
{"type":"place","id":"v1","name":"称沱村"}
>>> [p.name for p in iter_jsonl(io.StringIO(out.getvalue()))]
['称沱村']
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from types import TracebackType
from typing import Any, Literal

import attrs
import cattrs

from congresskit.checking.recordset import COLLECTIONS, RecordSet, checked, problem_limit
from congresskit.errors import DEFAULT_MAX_PROBLEMS, DocumentError, JsonLinesError, Problem
from congresskit.exchange._atomic import AtomicFile
from congresskit.exchange._envelope import header
from congresskit.exchange._fastpath import (
    collector_paused,
    encode,
    native_converter_for,
)
from congresskit.exchange._jsonl_reader import JsonLinesReader
from congresskit.exchange._migrations import CURRENT_VERSION
from congresskit.exchange._partitioned import validate_jsonl
from congresskit.exchange._progress import Progress
from congresskit.exchange._reading import is_binary
from congresskit.exchange._writing import readable, refuse_unreadable
from congresskit.exchange.converters import TAG, Profile, converter_for
from congresskit.exchange.documents import Source
from congresskit.exchange.sync import Version, check_deletions
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.tombstones import Tombstone, record_type

__all__ = [
    "JsonLinesReader",
    "JsonLinesWriter",
    "dump_jsonl",
    "iter_jsonl",
    "load_jsonl",
    "validate_jsonl",
]

_DUMP = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class JsonLinesWriter:
    """Writes records to a JSON Lines stream, one line each, as they come.

    Use it as a context manager; the header is written at once. Written to a
    path, the stream goes to a temporary file beside it, which replaces the
    file when the writer is closed, and is removed instead if the ``with``
    block ends with an error (or :meth:`discard` is called): the old file is
    never left half-written.

    Args:
        target: a path, or a file open for writing (text or binary).
        profile: ``"public"`` (the default) leaves deputies' contact details
            out; ``"full"`` keeps them.
        since: for a changed-since feed, the moment it starts from.

    Attributes:
        count: the records (and tombstones) written so far.

    Raises:
        UsageError: an unknown profile.
        OSError: the temporary file beside ``target`` cannot be created.
    """

    def __init__(
        self, target: Source, *, profile: Profile = "public", since: dt.datetime | None = None
    ) -> None:
        self._converter = converter_for(profile)
        self._native = native_converter_for(profile)
        self._file: AtomicFile | None = None
        if isinstance(target, (str, os.PathLike)):
            # Written beside the target, which is replaced only once all is written.
            self._file = AtomicFile(target, text=True)
            self._stream: Any = self._file.stream
        else:
            self._stream = target
        self._binary = is_binary(self._stream)
        self.count = 0
        try:
            self._line(header(profile, since))
        except BaseException:
            self.discard()
            raise

    def _line(self, value: Any) -> None:
        text = _DUMP(value) + "\n"
        self._stream.write(text.encode("utf-8") if self._binary else text)

    def _record(self, record: Version, converter: cattrs.Converter) -> Any:
        if isinstance(record, Tombstone):
            return converter.unstructure(record)
        return {TAG: record_type(record), **converter.unstructure(record)}

    def write(self, record: Version) -> None:
        """Write one record or tombstone.

        Raises:
            TypeError: ``record`` is not a top-level record or a tombstone.
            DocumentError: a value a reader would refuse (a text over
                100,000 characters, a lone surrogate); nothing is written.
        """
        data = encode(self._record(record, self._native))
        if data is None:
            # orjson refused the value (a lone surrogate) or is missing: the standard
            # library writes it, once it is shown to read back.
            value = self._record(record, self._converter)
            text = _DUMP(value)
            if not readable(text):
                refuse_unreadable(value, line=self.count + 2)
            self._stream.write(text.encode("utf-8") + b"\n" if self._binary else text + "\n")
        else:
            self._stream.write(data + b"\n" if self._binary else data.decode() + "\n")
        self.count += 1

    def write_all(self, records: RecordSet | Iterable[Version]) -> int:
        """Write every record (and, for a record set, every tombstone); return how many."""
        before = self.count
        for record in records:
            self.write(record)
        if isinstance(records, RecordSet):
            for tombstone in records.tombstones:
                self.write(tombstone)
        return self.count - before

    def close(self) -> None:
        """Flush; for a path, put the file written in place of the old one.

        Raises:
            OSError: the file cannot be written (the old one is left as it was).
        """
        if self._file is not None:
            self._file.commit()
            self._file = None
        else:
            self._stream.flush()

    def discard(self) -> None:
        """For a path, remove what was written and leave the old file as it was."""
        if self._file is not None:
            self._file.discard()
            self._file = None

    def __enter__(self) -> JsonLinesWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self.close()
        else:
            self.discard()


def dump_jsonl(
    records: RecordSet | Iterable[Version],
    target: Source,
    *,
    profile: Profile = "public",
    since: dt.datetime | None = None,
) -> int:
    """Write records (an iterable is consumed lazily) as JSON Lines; return how many.

    Args:
        records: a record set, or any iterable of records and tombstones.
        target: a path (replaced only once every record is written), or a
            file open for writing (text or binary).
        profile: ``"public"`` (the default) or ``"full"``.
        since: for a changed-since feed, the moment it starts from.

    Raises:
        DocumentError: a record holds a lone surrogate (nothing is written to a path).
    """
    with JsonLinesWriter(target, profile=profile, since=since) as writer:
        return writer.write_all(records)


def iter_jsonl(
    source: Source | Iterable[str | bytes],
    *,
    on_error: Literal["raise", "skip"] = "raise",
    lenient: bool = False,
    header: bool = True,
    version: int = CURRENT_VERSION,
    profile: Literal["public", "full"] = "full",
    first_line: int = 1,
    progress: Progress | None = None,
    max_skipped: int | None = None,
) -> JsonLinesReader:
    """Read a JSON Lines stream lazily, record by record.

    A block of record lines without the header line (a chunk cut from a
    large file, as a distributed reader hands out) is read with
    ``header=False``; ``version`` and ``profile`` then say what the header
    would have said, and ``first_line`` numbers the lines for error messages:

    >>> block = ['{"type":"place","id":"v1","name":"称沱村"}']
    >>> [p.name for p in iter_jsonl(block, header=False, first_line=1201)]
    ['称沱村']

    Args:
        source: a path, or a file open for reading (text or binary), or any
            iterable of lines; read one line at a time.
        on_error: ``"raise"`` stops at the first bad line;``"skip"`` goes on,
            and records each bad line in :attr:`JsonLinesReader.skipped`.
        lenient: leave unknown fields out, and record them in
            :attr:`JsonLinesReader.warnings`, instead of refusing the line.
        progress: called with ``1`` as each line is read (the header too), so
            that ``progress=bar.update`` drives a `tqdm <https://tqdm.github.io/>`_
            bar; see :doc:`/howto/large`.
        header: whether the first line is the header (the default); with
            ``False`` every line is a record.
        version: without a header, the format version of the lines.
        profile: without a header, ``"full"`` (the default) or ``"public"``.
        first_line: without a header, the number of the first line, for
            messages (with one, the header is line 1).
        max_skipped: keep at most this many errors in
            :attr:`JsonLinesReader.skipped` (``None``: all); the problems of
            lines skipped beyond it are counted in ``skipped_more``.

    Returns:
        The reader, an iterator of records and tombstones.

    Raises:
        DocumentSyntaxError: the header line is not JSON (or the stream is empty).
        DocumentVersionError: a format version this congresskit cannot read.
        DocumentError: a bad header, or (while iterating, with ``on_error="raise"``)
            a bad line; its ``line`` is the line number.
    """
    return JsonLinesReader(
        source,
        on_error=on_error,
        lenient=lenient,
        header=header,
        version=version,
        profile=profile,
        first_line=first_line,
        progress=progress,
        max_skipped=max_skipped,
    )


def load_jsonl(
    source: Source,
    *,
    lenient: bool = False,
    policy: Policy = DEFAULT_POLICY,
    progress: Progress | None = None,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> RecordSet:
    """Read a whole JSON Lines stream into a record set, and check it like a document.

    Unlike :func:`iter_jsonl`, this holds every record, to check the rules
    that span records; nothing is returned if any line is bad.

    Args:
        source: a path, or a file open for reading (text or binary).
        lenient: leave unknown fields out instead of refusing the line.
        policy: the rules :func:`congresskit.check` applies.
        progress: called with ``1`` as each line is read, as for :func:`iter_jsonl`.
        max_problems: report at most this many problems (default 1,000;
            ``None``: all); the error's ``more`` counts the rest.

    Returns:
        The record set.

    Raises:
        JsonLinesError: every bad line, and every record that breaks a
            cross-record rule, each with its line number and its path
            within the line.
        DocumentError: a bad header.
    """
    with collector_paused():  # every record is kept: a bulk load
        limit = problem_limit(max_problems)
        return _load_jsonl(source, lenient=lenient, policy=policy, progress=progress, limit=limit)


def _load_jsonl(
    source: Source,
    *,
    lenient: bool,
    policy: Policy,
    progress: Progress | None,
    limit: int | None,
) -> RecordSet:
    lines: dict[tuple[str, int], int] = {}
    counts: Counter[str] = Counter()
    versions = []
    with iter_jsonl(
        source, on_error="skip", lenient=lenient, progress=progress, max_skipped=limit
    ) as reader:
        for version in reader:
            if reader.skipped_more:
                continue  # past the limit nothing will be returned: keep no more records
            name = _LIST_OF.get(type(version), "congress")
            lines[(name, counts[name])] = reader.line
            counts[name] += 1
            versions.append(version)
    if reader.skipped_more:
        # Past the limit no record is kept (memory stays flat): the lines' own errors only.
        errors, more = _bounded(reader.skipped, limit)
        raise JsonLinesError(errors, more=more + reader.skipped_more)
    tombstones = tuple(v for v in versions if isinstance(v, Tombstone))
    records = RecordSet.from_records(v for v in versions if not isinstance(v, Tombstone))
    records = attrs.evolve(records, tombstones=tombstones)
    problems = [*check_deletions(records)]
    # Lines that did not build are reported with the problems of those that did;
    # a reference to a record on such a line is not to an unknown record.
    skipped = sum(len(e.problems) for e in reader.skipped)
    left = (
        None
        if limit is None or reader.since is not None
        else max(1, limit - len(problems) - skipped)
    )
    found, more = checked(records, policy, left, warnings=False, unbuilt=reader.unbuilt)
    problems.extend(p for p in found if reader.since is None or p.rule != "reference")
    if problems or reader.skipped:
        errors = sorted([*reader.skipped, *_by_line(problems, lines)], key=lambda e: e.line or 0)
        errors, beyond = _bounded(errors, limit)
        raise JsonLinesError(errors, more=more + beyond)
    return records


def _bounded(errors: list[DocumentError], limit: int | None) -> tuple[list[DocumentError], int]:
    """The line errors holding the first ``limit`` problems, and how many problems are left out."""
    if limit is None:
        return errors, 0
    kept: list[DocumentError] = []
    room, more = limit, 0
    for error in errors:
        if room <= 0:
            more += len(error.problems)
        elif len(error.problems) > room:
            kept.append(DocumentError(error.problems[:room], line=error.line))
            more += len(error.problems) - room
            room = 0
        else:
            kept.append(error)
            room -= len(error.problems)
    return kept, more


_LIST_OF = {cls: name for name, cls in COLLECTIONS} | {Tombstone: "tombstones"}
_IN_LIST = re.compile(r"\$\.(\w+)\[(\d+)\](.*)")


def _by_line(problems: Iterable[Problem], lines: dict[tuple[str, int], int]) -> list[DocumentError]:
    """Problems at record-set paths, as errors of the lines the records came from."""
    found: dict[int, list[Problem]] = defaultdict(list)
    for problem in problems:
        match = _IN_LIST.fullmatch(problem.path)
        if match:
            name, index, rest = match.groups()
            key = (name, int(index))
        else:
            key, rest = ("congress", 0), problem.path.removeprefix("$.congress")
        found[lines[key]].append(attrs.evolve(problem, path=f"${rest}"))
    return [DocumentError(found[line], line=line) for line in sorted(found)]
