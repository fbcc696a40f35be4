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
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, Literal, cast

from congresskit.assessment import Assessor
from congresskit.assessment import assess as assess_records
from congresskit.assessment.standards import (
    DEFAULT_STANDARD,
    DutyStandard,
    StandardError,
    load_standard,
)
from congresskit.cli import _office as office
from congresskit.cli import _partitions as partitions
from congresskit.cli._progress import Progress
from congresskit.errors import (
    DEFAULT_MAX_PROBLEMS,
    CongresskitError,
    DocumentError,
    JsonLinesError,
)
from congresskit.exchange._atomic import AtomicFile
from congresskit.exchange._reading import decode, parse
from congresskit.exchange._sniffing import Rejoined, looks_like_json_lines
from congresskit.exchange.documents import loads_document
from congresskit.exchange.jsonl import iter_jsonl, load_jsonl
from congresskit.exchange.schema import json_schema
from congresskit.reports.render import render_assessment, render_summary
from congresskit.summary._term_lookup import bare_term
from congresskit.summary.periods import Period, PeriodError

__all__ = [
    "CommandError",
    "KeptError",
    "assess",
    "looks_like_json_lines",
    "max_problems_argument",
    "period_argument",
    "problem_lines",
    "read_records",
    "schema",
    "summary",
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


class KeptError(Exception):
    """A document's errors, kept for a command that reports them itself.

    Attributes:
        error: the error, with every problem.
        jsonl: whether the input was JSON Lines.
    """

    def __init__(self, error: DocumentError, *, jsonl: bool) -> None:
        self.error = error
        self.jsonl = jsonl
        super().__init__(str(error))


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


def problem_lines(name: str, error: DocumentError, *, jsonl: bool) -> list[str]:
    """``FILE[:LINE]: PATH: MESSAGE`` for each problem, and how many more were not listed."""
    if isinstance(error, JsonLinesError):
        lines = [f"{e.source or name}:{e.line}: {p}" for e in error.errors for p in e.problems]
    else:
        where = f"{name}:{error.line}" if jsonl and error.line is not None else name
        lines = [f"{where}: {p}" for p in error.problems]
    if error.more:
        noun = "problem" if error.more == 1 else "problems"
        lines.append(
            f"{name}: ... and {error.more:,} more {noun}, not listed (--max-problems N lists more)"
        )
    return lines


class Counted(io.BufferedReader):
    """A binary stream whose lines, as they are iterated, are counted on a terminal."""

    def __init__(self, raw: io.RawIOBase, progress: Progress) -> None:
        super().__init__(raw)
        self._progress = progress

    def __iter__(self) -> Iterator[bytes]:
        return self._progress.track(iter(self.readline, b""))


def _lines(first: bytes, rest: IO[bytes], label: str) -> io.BufferedReader:
    """JSON Lines input put back together, its lines counted on a terminal as they are read."""
    return Counted(Rejoined(first, rest), Progress(sys.stderr, label))


@contextlib.contextmanager
def read_records(
    path: str,
    *,
    whole: bool = False,
    lang: str = "en",
    keep_errors: bool = False,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> Iterator[Iterable[Any]]:
    """The records of a document, JSON Lines file, workbook or CSV folder (``-``: standard input).

    A document is read whole and checked (nothing is returned if any of it is
    wrong). JSON Lines is streamed, one record at a time, so that memory does
    not grow with the file; the body of the ``with`` must consume it.

    Args:
        path: the file, or ``-``.
        whole: read JSON Lines whole too, into a checked :class:`RecordSet`.
        lang: the language of a workbook's problem messages.
        keep_errors: raise :class:`KeptError` for data that is not valid
            (for a command that reports the problems itself).
        max_problems: list at most this many problems; count the rest.

    Raises:
        CommandError: the file cannot be read, or its data is not valid (one
            line per problem, with its path).
    """
    if office.is_tabular(path):
        yield office.read_tabular(path, lang)
        return
    name = _name(path)
    with _open(path) as raw:
        first = raw.readline()
        jsonl = looks_like_json_lines(path, first)
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
            if keep_errors:
                raise KeptError(error, jsonl=jsonl) from None
            raise CommandError(problem_lines(name, error, jsonl=jsonl)) from None
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


def _report_lang(args: argparse.Namespace) -> Literal["zh", "en"]:
    """Reports and sheets are Chinese unless ``--lang en`` says otherwise."""
    return "en" if getattr(args, "lang", None) == "en" else "zh"


def summary(args: argparse.Namespace) -> int:
    """``congresskit summary``: the period's work report."""
    lang = office.message_lang(args)
    found = office.format_for(args, "summary", ("md", "text", "json", "docx", "html"), lang)
    result = partitions.summarize_files(args, lang)
    by = args.by or ()
    if found == "docx":
        from congresskit.extra.docx import summary_docx

        data = summary_docx(result, lang=_report_lang(args), by=by)
        office.write_bytes(args.output, lambda out: out.write(data))
    elif found == "html":
        from congresskit.extra.html import summary_html

        _write(args.output, summary_html(result, lang=_report_lang(args), by=by))
    else:
        text_format = cast(Literal["md", "text", "json"], found)
        _write(
            args.output, render_summary(result, format=text_format, lang=_report_lang(args), by=by)
        )
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


def _scores(given: list[str] | None) -> dict[str, dict[str, int]]:
    """``--score v1:A=30`` options as ``{"v1": {"A": 30}}``."""
    scores: dict[str, dict[str, int]] = {}
    for text in given or ():
        where, _, points = text.rpartition("=")
        collective, _, code = where.partition(":")
        number = points.strip()
        if not (collective and code and number.lstrip("-").isdigit()):
            msg = (
                f"--score {text!r}: 应写作 集体:项目=分数，如 v1:A=30 "
                "(expected COLLECTIVE:CODE=POINTS, such as v1:A=30)"
            )
            raise _error(msg)
        scores.setdefault(collective, {})[code] = int(number)
    return scores


def assess(args: argparse.Namespace) -> int:
    """``congresskit assess``: each deputy against the duty standard, as a table."""
    lang = office.message_lang(args)
    found = office.format_for(args, "assess", ("md", "text", "json", "docx", "html"), lang)
    standard = _standard(args.standard)
    scores = _scores(args.score)
    if not partitions.in_processes(args):
        result = assess_records(
            partitions.each_record(args.files, lang, args.max_problems),
            args.period,
            standard=standard,
            scores=scores,
        )
    else:
        period = partitions.period_of(args.period, args.files)
        pieces = partitions.pieces(args.files, args.jobs)
        with partitions.guarded():
            parts = partitions.run(
                partitions.assess_piece, pieces, standard, period, scores, jobs=args.jobs
            )
        result = partitions.merge_tree(parts, Assessor.merge).assessment()
    report_lang = _report_lang(args)
    if found == "docx":
        from congresskit.extra.docx import assessment_docx

        data = assessment_docx(result, lang=report_lang)
        office.write_bytes(args.output, lambda out: out.write(data))
    elif found == "html":
        from congresskit.extra.html import assessment_html

        _write(args.output, assessment_html(result, lang=report_lang))
    else:
        text_format = cast(Literal["md", "text", "json"], found)
        _write(args.output, render_assessment(result, format=text_format, lang=report_lang))
    return 0


def schema(args: argparse.Namespace) -> int:
    """``congresskit schema``: the JSON Schema of the exchange document."""
    _write(args.output, json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def failure_lines(error: CongresskitError) -> list[str]:
    """A congresskit error that escaped a command, as lines to print."""
    return [f"congresskit: error: {line}" for line in str(error).splitlines() if line.strip()]
