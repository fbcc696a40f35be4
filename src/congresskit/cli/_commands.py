"""What each ``congresskit`` command does, once :mod:`congresskit.cli` has parsed it.

Each command takes the parsed arguments and returns an exit status, or raises
:class:`CommandError` with one line per problem; the command line prints those
lines on standard error and exits with the error's status.

Problems in the data are reported as ``FILE: PATH: MESSAGE`` (for JSON Lines,
``FILE:LINE: PATH: MESSAGE``), so that they can be read, grepped and jumped to
like a compiler's.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from congresskit.assessment import assess as assess_records
from congresskit.assessment.standards import (
    DEFAULT_STANDARD,
    DutyStandard,
    StandardError,
    load_standard,
)
from congresskit.checking.recordset import RecordSet
from congresskit.cli._progress import Progress
from congresskit.errors import (
    DEFAULT_MAX_PROBLEMS,
    CongresskitError,
    DocumentError,
    JsonLinesError,
)
from congresskit.exchange._atomic import AtomicFile
from congresskit.exchange._reading import decode, parse
from congresskit.exchange.documents import ENVELOPE, dump, loads_document
from congresskit.exchange.jsonl import JsonLinesWriter, iter_jsonl, load_jsonl
from congresskit.exchange.schema import json_schema
from congresskit.reports.render import render_assessment, render_summary
from congresskit.summary import summarize
from congresskit.summary._term_lookup import bare_term
from congresskit.summary.periods import Period, PeriodError

__all__ = [
    "CommandError",
    "assess",
    "convert",
    "max_problems_argument",
    "period_argument",
    "schema",
    "summary",
    "validate",
]


class CommandError(Exception):
    """A command failed for a reason the user can fix; never shown as a traceback.

    Attributes:
        lines: what went wrong, one problem per line, as printed.
        status: the exit status (1 for bad data or files).
    """

    def __init__(self, lines: list[str] | str, status: int = 1) -> None:
        self.lines = [lines] if isinstance(lines, str) else list(lines)
        self.status = status
        super().__init__("\n".join(self.lines))


def period_argument(text: str) -> Period | str:
    """Parse ``--period``; a malformed period is a usage error naming the forms expected.

    A bare ``term-N`` stays text: its dates come from the records' term N.
    """
    if bare_term(text) is not None:
        return text
    try:
        return Period.parse(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def max_problems_argument(text: str) -> int:
    """Parse ``--max-problems``: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a whole number of 1 or more, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _error(message: str) -> CommandError:
    return CommandError(f"congresskit: error: {message}")


def _name(path: str) -> str:
    return "<stdin>" if path == "-" else path


# -- reading ---------------------------------------------------------------------------


def _looks_like_json_lines(path: str, first: bytes) -> bool:
    """Whether the input is JSON Lines rather than one JSON document.

    A ``.jsonl`` or ``.ndjson`` name says so and a ``.json`` name says not;
    otherwise (standard input, other names) the first line decides: JSON
    Lines starts with a header, a whole JSON object on its own line with the
    envelope's keys only, while a document's first line is only its start, or
    the whole document, envelope and records.
    """
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".jsonl", ".ndjson"):
        return True
    if suffix == ".json":
        return False
    try:
        header = json.loads(first)
    except (ValueError, RecursionError):
        # Not a header; reading it as a document reports what is wrong with it.
        return False
    return isinstance(header, dict) and set(header) <= set(ENVELOPE)


class _Rejoined(io.RawIOBase):
    """A binary stream whose first line was already read, put back in front of the rest."""

    def __init__(self, first: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._first = first
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        # read1 returns what a pipe has now, rather than waiting for a full buffer.
        read = getattr(self._rest, "read1", self._rest.read)
        data = self._first or read(len(buffer))
        self._first = self._first[len(buffer) :]
        if len(data) > len(buffer):
            data = data[: len(buffer)]
        buffer[: len(data)] = data
        return len(data)


@contextlib.contextmanager
def _open(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed by the with below.
    except OSError as exc:
        raise _error(f"cannot read {path!r}: {exc.strerror or exc}") from None
    with stream:
        yield stream


def _problem_lines(name: str, error: DocumentError, *, jsonl: bool) -> list[str]:
    if isinstance(error, JsonLinesError):
        lines = [f"{name}:{e.line}: {p}" for e in error.errors for p in e.problems]
    else:
        where = f"{name}:{error.line}" if jsonl and error.line is not None else name
        lines = [f"{where}: {p}" for p in error.problems]
    if error.more:
        noun = "problem" if error.more == 1 else "problems"
        lines.append(
            f"{name}: ... and {error.more:,} more {noun}, not listed (--max-problems N lists more)"
        )
    return lines


class _Counted(io.BufferedReader):
    """A binary stream whose lines, as they are iterated, are counted on a terminal."""

    def __init__(self, raw: io.RawIOBase, progress: Progress) -> None:
        super().__init__(raw)
        self._progress = progress

    def __iter__(self) -> Iterator[bytes]:
        return self._progress.track(iter(self.readline, b""))


def _lines(first: bytes, rest: IO[bytes], label: str) -> io.BufferedReader:
    """JSON Lines input put back together, its lines counted on a terminal as they are read."""
    return _Counted(_Rejoined(first, rest), Progress(sys.stderr, label))


@contextlib.contextmanager
def read_records(
    path: str, *, whole: bool = False, max_problems: int | None = DEFAULT_MAX_PROBLEMS
) -> Iterator[Iterable[Any]]:
    """The records of a document or JSON Lines file (``-``: standard input).

    A document is read whole and checked (nothing is returned if any of it is
    wrong). JSON Lines is streamed, one record at a time, so that memory does
    not grow with the file; the body of the ``with`` must consume it.

    Args:
        path: the file, or ``-``.
        whole: read JSON Lines whole too, into a checked :class:`RecordSet`.
        max_problems: list at most this many problems; count the rest.

    Raises:
        CommandError: the file cannot be read, or its data is not valid (one
            line per problem, with its path).
    """
    name = _name(path)
    with _open(path) as raw:
        first = raw.readline()
        jsonl = _looks_like_json_lines(path, first)
        try:
            if not jsonl:
                yield loads_document(first + raw.read(), max_problems=max_problems).records
            elif whole:
                yield load_jsonl(_lines(first, raw, name), max_problems=max_problems)
            else:
                with iter_jsonl(_lines(first, raw, name)) as reader:
                    # Records and tombstones; summarize and assess pass tombstones over.
                    yield reader
        except DocumentError as error:
            raise CommandError(_problem_lines(name, error, jsonl=jsonl)) from None
        except BrokenPipeError:
            raise  # writing the output failed, not reading the input
        except OSError as exc:
            raise _error(f"cannot read {path!r}: {exc.strerror or exc}") from None


# -- writing ---------------------------------------------------------------------------


@contextlib.contextmanager
def _target(path: str) -> Iterator[IO[str]]:
    """A text stream to write to: standard output, or a file replaced only on success."""
    if path == "-":
        out = sys.stdout
        # Reports are Chinese by default: a legacy console or pipe encoding
        # must not turn them into an encoding error.
        if isinstance(out, io.TextIOWrapper) and out.encoding.lower().replace("-", "") != "utf8":
            out.reconfigure(encoding="utf-8")
        yield out
        out.flush()
        return
    try:
        atomic = AtomicFile(path, text=True)
    except OSError as exc:
        raise _error(f"cannot write {path!r}: {exc.strerror or exc}") from None
    try:
        yield atomic.stream
        atomic.commit()
    except OSError as exc:
        atomic.discard()
        raise _error(f"cannot write {path!r}: {exc.strerror or exc}") from None
    except BaseException:
        atomic.discard()
        raise


def _write(path: str, text: str) -> None:
    with _target(path) as out:
        out.write(text)


# -- the commands ----------------------------------------------------------------------


def summary(args: argparse.Namespace) -> int:
    """``congresskit summary``: the period's work report."""
    with read_records(args.file, max_problems=args.max_problems) as records:
        result = summarize(records, args.period)
    report = render_summary(result, format=args.format, lang=args.lang, by=args.by)
    _write(args.output, report)
    return 0


def validate(args: argparse.Namespace) -> int:
    """``congresskit validate``: every problem on standard error; 1 if there is any."""
    with read_records(args.file, whole=True, max_problems=args.max_problems) as records:
        assert isinstance(records, RecordSet)
        count = len(records)
    noun = "record" if count == 1 else "records"
    _write("-", f"{_name(args.file)}: {count} {noun}, no problems\n")
    return 0


def _standard(path: str | None) -> DutyStandard:
    if path is None:
        return DEFAULT_STANDARD
    with _open(path) as raw:
        data = raw.read()
    try:
        # The reader of documents and JSON Lines: strict JSON, UTF-8, bounded nesting.
        return load_standard(parse(decode(data)))
    except DocumentError as error:
        lines = [f"{path} is not a JSON duty standard: {p.message}" for p in error.problems]
        raise CommandError(lines) from None
    except ValueError as exc:
        if isinstance(exc, StandardError):
            raise CommandError([f"{path}: {p}" for p in exc.problems]) from None
        raise _error(f"{path} is not a JSON duty standard: {exc}") from None


def assess(args: argparse.Namespace) -> int:
    """``congresskit assess``: each deputy against the duty standard, as a table."""
    standard = _standard(args.standard)
    with read_records(args.file, max_problems=args.max_problems) as records:
        result = assess_records(records, standard, args.period)
    _write(args.output, render_assessment(result, format=args.format, lang=args.lang))
    return 0


def convert(args: argparse.Namespace) -> int:
    """``congresskit convert``: a document or JSON Lines, in the profile asked for."""
    write: Callable[[IO[str]], None]
    whole = args.to == "json"
    with read_records(args.file, whole=whole, max_problems=args.max_problems) as records:
        if args.to == "json":
            assert isinstance(records, RecordSet)
            loaded = records

            def write(out: IO[str]) -> None:
                dump(loaded, out, profile=args.profile, indent=2)

        else:

            def write(out: IO[str]) -> None:
                with JsonLinesWriter(out, profile=args.profile) as writer:
                    writer.write_all(records)

        with _target(args.output) as out:
            write(out)
    return 0


def schema(args: argparse.Namespace) -> int:
    """``congresskit schema``: the JSON Schema of the exchange document."""
    _write(args.output, json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def failure_lines(error: CongresskitError) -> list[str]:
    """A congresskit error that escaped a command, as lines to print."""
    return [f"congresskit: error: {line}" for line in str(error).splitlines() if line.strip()]
