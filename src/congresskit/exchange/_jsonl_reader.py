"""Reading a JSON Lines stream lazily, one record per line (see :mod:`congresskit.exchange.jsonl`).

The header line is read at once, as a document without records; each
following line is structured, migrated and checked on its own as it is reached,
so memory does not grow with the stream.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Literal

from congresskit.errors import DocumentError, Problem, UsageError
from congresskit.exchange._fastpath import fast_converter_for
from congresskit.exchange._migrations import CURRENT_VERSION, migrate_record
from congresskit.exchange._problems import describe, remove_at
from congresskit.exchange._progress import Progress, reported
from congresskit.exchange._reading import decode, parse, read_quickly, structure
from congresskit.exchange.converters import TAG, converter_for
from congresskit.exchange.documents import Source, from_document
from congresskit.exchange.sync import Version
from congresskit.records.body import Congress
from congresskit.records.people import Deputy
from congresskit.records.tombstones import RECORD_TYPES, Tombstone

__all__ = ["JsonLinesReader"]


def _error(line: int, path: str, rule: str, message: str, rid: str | None = None) -> DocumentError:
    return DocumentError([Problem(path=path, record=rid, rule=rule, message=message)], line=line)


class JsonLinesReader(Iterator[Version]):
    """Reads a JSON Lines stream lazily: an iterator of records and tombstones.

    Use :func:`iter_jsonl` to make one. The header is read at once.

    Attributes:
        version: the format version of the stream (before migration).
        profile: ``public`` or ``full``.
        since: for a changed-since feed, the moment it starts from.
        line: the number of the line read last.
        skipped: with ``on_error="skip"``, an error for each line skipped,
            with its line number (it grows as the stream is read, up to
            ``max_skipped``).
        skipped_more: the lines skipped beyond ``max_skipped``, counted only.
        warnings: in lenient mode, ``(line, problem)`` for each unknown field
            left out.
    """

    def __init__(
        self,
        source: Source | Iterable[str | bytes],
        *,
        on_error: Literal["raise", "skip"] = "raise",
        lenient: bool = False,
        progress: Progress | None = None,
        header: bool = True,
        version: int = CURRENT_VERSION,
        profile: Literal["public", "full"] = "full",
        first_line: int = 1,
        max_skipped: int | None = None,
    ) -> None:
        if on_error not in ("raise", "skip"):
            msg = f"on_error is 'raise' or 'skip', not {on_error!r}"
            raise UsageError(msg)
        if not header and (type(version) is not int or not 1 <= version <= CURRENT_VERSION):
            msg = f"version is a format version from 1 to {CURRENT_VERSION}, not {version!r}"
            raise UsageError(msg)
        if profile not in ("public", "full"):
            msg = f"profile is 'public' or 'full', not {profile!r}"
            raise UsageError(msg)
        self._skip = on_error == "skip"
        self._lenient = lenient
        self.warnings: list[tuple[int, Problem]] = []
        self._owned = isinstance(source, (str, os.PathLike))
        if isinstance(source, (str, os.PathLike)):
            self._stream: Any = open(source, "rb")  # noqa: SIM115 - closed by close()
        else:
            self._stream = source
        lines = self._stream if progress is None else reported(self._stream, progress)
        self._lines = enumerate(lines, 1 if header else first_line)
        self._converter = converter_for("full")
        self._fast = fast_converter_for("full")
        self.skipped: list[DocumentError] = []
        self.skipped_more = 0
        self._max_skipped = max_skipped
        self._congress_line: int | None = None
        # By record type, the ids of records on lines that did not build.
        self.unbuilt: dict[type[Any], set[str]] = {}
        self.line = 0
        if not header:
            # A block of lines cut from a stream (a partition, a chunk of a
            # file): the caller says which format and profile they follow.
            self.version, self.profile = version, profile
            self.since: dt.datetime | None = None
            return
        try:
            self._header()
        except BaseException:
            self.close()
            raise

    def _text(self, number: int, line: str | bytes) -> str:
        text = decode(line, line=number) if isinstance(line, bytes) else line
        return text.removesuffix("\n").removesuffix("\r")

    def _header(self) -> None:
        number, line = next(self._lines, (1, ""))
        try:
            document = from_document(
                parse(self._text(number, line), line=number), lenient=self._lenient
            )
        except DocumentError as error:
            error.line = 1
            raise
        self.warnings.extend((1, warning) for warning in document.warnings)
        if len(document.records) or document.records.tombstones:
            msg = "the first line is the header only; put each record on a line of its own"
            raise _error(1, "$", "header", msg)
        self.version = document.version
        self.profile = document.profile
        self.since = document.since

    def _record(self, number: int, line: str | bytes, *, quick: bool = False) -> Version:
        if isinstance(line, bytes):
            found = read_quickly(
                line,
                lambda data: self._built(number, data, quick=quick),
                lambda: self._parsed(number, line),
            )
            if found is not None:
                return found
        return self._built(number, self._parsed(number, line), quick=quick)

    def _parsed(self, number: int, line: str | bytes) -> Any:
        text = self._text(number, line)
        if not text.strip():
            msg = "the line is empty; JSON Lines has one record on every line, so remove it"
            raise _error(number, "$", "empty", msg)
        return parse(text, line=number)

    def _built(self, number: int, data: Any, *, quick: bool) -> Version:
        if not isinstance(data, dict):
            msg = f"expected a JSON object (a record), got {describe(data)}"
            raise _error(number, "$", "type", msg)
        rid = data.get("id") if isinstance(data.get("id"), str) else None
        tag = data.get(TAG)
        if type(tag) is not str or tag not in RECORD_TYPES:
            msg = (
                f'each line names its record type in "type"; expected one of: '
                f"{', '.join(RECORD_TYPES)}, got {describe(tag)}"
            )
            raise _error(number, "$.type", "tag", msg, rid)
        if "deleted" in data:
            cls: type[Any] = Tombstone
        else:
            cls = RECORD_TYPES[tag]
            del data[TAG]  # the dict is this line's own: no copy needed
        if self.version != CURRENT_VERSION:
            migrate_record(self.version, tag if cls is not Tombstone else "tombstone", data)
        while True:
            if quick:  # beyond the errors kept: whether the line reads, not why not
                try:
                    found = self._fast.structure(data, cls)
                except Exception:
                    msg = "the record cannot be read"
                    raise _error(number, "$", "invalid", msg, rid) from None
                break
            found = structure(self._converter, data, cls, record_at=lambda _: rid, fast=self._fast)
            unknown = (
                [p for p in found if p.rule == "unknown_field"] if isinstance(found, list) else []
            )
            if not (self._lenient and unknown):
                break
            for problem in unknown:
                remove_at(data, problem.path)
            self.warnings.extend((number, p) for p in unknown)
        if isinstance(found, list):
            self._unbuilt(cls, rid)
            raise DocumentError(found, line=number)
        if isinstance(found, Congress):
            # A stream describes one congress, as a document does: a second
            # congress line (even an equal one) is refused, whoever reads it.
            if self._congress_line is not None:
                msg = (
                    f"a second congress record; line {self._congress_line} already gave the "
                    "congress, and a stream describes one congress: remove one of them"
                )
                raise _error(number, "$", "duplicate_congress", msg, rid)
            self._congress_line = number
        if self.profile == "public" and isinstance(found, Deputy) and found.contact is not None:
            self._unbuilt(cls, rid)
            msg = 'a "public" stream carries no contact details; remove them or mark it "full"'
            raise _error(number, "$.contact", "private", msg, rid)
        return found  # type: ignore[no-any-return]

    def _unbuilt(self, cls: type[Any], rid: str | None) -> None:
        if rid is not None and cls is not Tombstone:
            self.unbuilt.setdefault(cls, set()).add(rid)

    def __next__(self) -> Version:
        for number, line in self._lines:
            self.line = number
            full = self._max_skipped is None or len(self.skipped) < self._max_skipped
            try:
                return self._record(number, line, quick=not full)
            except DocumentError as error:
                if not self._skip:
                    self.close()
                    raise
                if not full:
                    self.skipped_more += len(error.problems)  # counted, not kept
                else:
                    self.skipped.append(error)
        self.close()
        raise StopIteration

    def close(self) -> None:
        """Stop reading; close the file if the reader opened it."""
        self._lines = iter(())  # type: ignore[assignment]
        if self._owned:
            self._stream.close()

    def __enter__(self) -> JsonLinesReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
