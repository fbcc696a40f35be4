"""The ``congresskit`` command line: summaries, validation, assessment, conversion, schema.

Run ``congresskit --help`` (or ``python -m congresskit --help``) for the
commands. Every command reads a record document or a JSON Lines file from a
path, or from standard input when the path is ``-``, and writes to standard
output unless ``-o FILE`` is given.

Help, usage errors and the framing of problem messages are in Chinese with
``--lang zh`` or under a Chinese locale (``LANG=zh_CN.UTF-8``), in English otherwise.

Exit status: 0 when all went well; 1 when the data is invalid or a file cannot
be read or written (one line per problem on standard error); 2 for a usage
error (an unknown option, a malformed period); 70 for a bug in congresskit
(``CONGRESSKIT_DEBUG=1`` shows its traceback). The command line never shows a
traceback otherwise.

>>> main(["--version"])
congresskit ...
0
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from congresskit import __version__
from congresskit.cli import _commands as run
from congresskit.cli import _convert
from congresskit.cli._messages import ChineseHelpFormatter, Lang, detect_lang, gettext, translate
from congresskit.cli._office import OfficeError
from congresskit.cli._validate import validate as validate_command
from congresskit.errors import CongresskitError

__all__ = ["main"]

_PROG = "congresskit"


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports a usage error as one line on standard error.

    argparse prints the whole usage block before the reason; a user needs the
    reason and where to read more, so each problem is one line, as the
    commands report theirs. Subcommand parsers are of this class too. In
    Chinese (``lang="zh"``), argparse's message is translated from its msgid.
    """

    def __init__(self, *args: Any, lang: Lang = "en", **kwargs: Any) -> None:
        self.lang: Lang = lang
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print ``PROG: error: MESSAGE (see 'PROG --help')`` and exit with status 2."""
        line = f"{self.prog}: error: {message} (see '{self.prog} --help')"
        self.exit(2, translate(line, self.lang) + "\n")


def _formatter(lang: Lang) -> type[argparse.HelpFormatter]:
    return ChineseHelpFormatter if lang == "zh" else argparse.RawDescriptionHelpFormatter


def _command(
    commands: argparse._SubParsersAction[_Parser],
    name: str,
    summary: str,
    example: str,
    lang: Lang,
) -> _Parser:
    shown = gettext(summary, lang)
    parser = commands.add_parser(
        name,
        help=shown,
        description=shown + "。" if lang == "zh" else shown[:1].upper() + shown[1:] + ".",
        epilog=gettext("example:\n  {example}", lang).format(example=example),
        formatter_class=_formatter(lang),
        lang=lang,
    )
    # So that main() can blame an unrecognized argument on the command it was given to.
    parser.set_defaults(parser=parser)
    return parser


def _input(parser: _Parser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=gettext(
            "a record document (.json), JSON Lines file (.jsonl), Excel workbook (.xlsx) "
            "or folder of CSV files; '-' reads standard input; several files are read as one "
            "record set (references may cross files)",
            parser.lang,
        ),
    )


def _jobs(parser: _Parser) -> None:
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help=gettext(
            "read the files (a large JSON Lines file: ranges of its lines) in N processes",
            parser.lang,
        ),
    )


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of 1 or more, not {text!r}")
    return number


def _output(parser: _Parser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help=gettext("write to FILE instead of standard output", parser.lang),
    )


def _period(parser: _Parser, example: str) -> None:
    parser.add_argument(
        "--period",
        required=True,
        type=run.period_argument,
        metavar="P",
        help=gettext(
            "the period: a year, half, quarter, month, a..b range or term-N, e.g. {example}",
            parser.lang,
        ).format(example=example),
    )


def _lang(parser: _Parser, what: str) -> None:
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        help=gettext(
            "{what} in simplified Chinese or English (default: Chinese for reports and "
            "sheets; messages follow the locale)",
            parser.lang,
        ).format(what=gettext(what, parser.lang)),
    )


def _by(text: str) -> tuple[str, ...]:
    found = tuple(part.strip() for part in text.split(",") if part.strip())
    wrong = [p for p in found if p not in ("station", "group", "deputy")]
    if wrong or not found:
        shown = ", ".join(repr(w) for w in wrong) or repr(text)
        msg = (
            f"invalid choice: {shown} (choose from station, group, deputy; several: station,deputy)"
        )
        raise argparse.ArgumentTypeError(msg)
    return found


def _report_options(parser: _Parser) -> None:
    parser.add_argument(
        "--format",
        choices=("md", "text", "json", "docx", "html"),
        help=gettext(
            "Markdown (the default), plain text, JSON, Word (docx) or a web page (html); "
            "without it, the -o suffix decides",
            parser.lang,
        ),
    )
    _lang(parser, "the report and messages")


def build_parser(lang: Lang | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``congresskit`` command.

    Args:
        lang: the language of help texts and usage errors (default: Chinese
            under a Chinese locale, English otherwise).

    Returns:
        A parser whose parsed namespace has ``handler``, the function that runs
        the chosen command.
    """
    lang = detect_lang() if lang is None else lang
    example = "congresskit summary examples/xx-town-2020.json --period 2020-H1"
    parser = _Parser(
        prog=_PROG,
        description=gettext(
            "Work records of grassroots people's congresses: summarise a period, validate, "
            "assess deputies, convert between formats.",
            lang,
        ),
        epilog=gettext("example:\n  {example}", lang).format(example=example)
        + "\n\n"
        + gettext("Run 'congresskit COMMAND --help' for a command's options.", lang),
        formatter_class=_formatter(lang),
        lang=lang,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        title=gettext("commands", lang), metavar="COMMAND", required=True
    )

    summary = _command(
        commands,
        "summary",
        "render the work summary of a period (and the plan for the next) as a report",
        "congresskit summary examples/xx-town-2020.json --period 2020-H1 --lang en",
        lang,
    )
    _input(summary)
    _period(summary, "2020-H1")
    _jobs(summary)
    _report_options(summary)
    summary.add_argument(
        "--by",
        type=_by,
        metavar="station,group,deputy",
        help=gettext(
            "add tables of the activities broken down by station, deputy group or deputy "
            "(several: --by station,deputy)",
            lang,
        ),
    )
    _output(summary)
    summary.set_defaults(handler=run.summary)

    validate = _command(
        commands,
        "validate",
        "check a record file and list every problem with its path",
        "congresskit validate incoming/xx-town.json",
        lang,
    )
    _input(validate)
    _lang(validate, "messages")
    validate.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=gettext(
            "problems as lines of text (the default) or as one JSON object for programs",
            parser.lang,
        ),
    )
    validate.add_argument(
        "--strict",
        action="store_true",
        help=gettext("fail on warnings too, not only on errors", parser.lang),
    )
    validate.set_defaults(handler=validate_command)

    assess = _command(
        commands,
        "assess",
        "assess each deputy against a duty standard, as a table",
        "congresskit assess examples/xx-town-2020.json --period 2020",
        lang,
    )
    _input(assess)
    _period(assess, "2020")
    _jobs(assess)
    assess.add_argument(
        "--standard",
        metavar="FILE",
        help=gettext(
            "a duty standard (JSON, as dump_standard writes it); the default is the bundled "
            "12345 standard with the example town points table",
            lang,
        ),
    )
    _report_options(assess)
    _output(assess)
    assess.set_defaults(handler=run.assess)

    convert = _command(
        commands,
        "convert",
        "convert a record file to a JSON document, JSON Lines, Popolo JSON, an Excel workbook "
        "or CSV files",
        "congresskit convert examples/xx-town-2020.json --to xlsx -o xx-town.xlsx",
        lang,
    )
    _input(convert)
    convert.add_argument(
        "--to",
        required=True,
        choices=("json", "jsonl", "popolo", "xlsx", "csv"),
        help=gettext(
            "a JSON document, JSON Lines (one record per line), Popolo JSON (persons, "
            "organizations, memberships, posts, events, motions, vote events; always without "
            "contact details), an Excel workbook (a sheet per kind of record; needs the office "
            "extra), or a folder of CSV files with a datapackage.json (-o FOLDER)",
            lang,
        ),
    )
    _lang(convert, "sheet names, headers and messages")
    convert.add_argument(
        "--profile",
        choices=("public", "full"),
        default="public",
        help=gettext(
            "public (the default) leaves out deputies' personal contact details; full keeps them",
            lang,
        ),
    )
    _output(convert)
    convert.set_defaults(handler=_convert.convert)

    template = _command(
        commands,
        "template",
        "write an empty Excel workbook to fill in (needs the office extra)",
        "congresskit template -o 记录.xlsx",
        lang,
    )
    _lang(template, "sheet names and headers")
    _output(template)
    template.set_defaults(handler=_convert.template)

    schema = _command(
        commands,
        "schema",
        "print the JSON Schema (draft 2020-12) of the exchange document",
        "congresskit schema -o congresskit.schema.json",
        lang,
    )
    _output(schema)
    schema.set_defaults(handler=run.schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Args:
        argv: the arguments, without the program name (default:
            ``sys.argv[1:]``).

    Returns:
        0 on success, 1 when the data is invalid or a file cannot be read or
        written, 2 for a usage error, 130 when interrupted, 70 for a bug.
    """
    lang = detect_lang(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser(lang)
        args, extra = parser.parse_known_args(argv)
        if extra:
            command: argparse.ArgumentParser = getattr(args, "parser", parser)
            command.error(f"unrecognized arguments: {' '.join(extra)}")
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except SystemExit as done:  # argparse: --help, --version, usage errors (2)
        return done.code if isinstance(done.code, int) else 0 if done.code is None else 2
    except (run.CommandError, OfficeError) as failure:
        _say(sys.stderr, *_framed(failure.lines, lang))
        return failure.status
    except CongresskitError as error:
        _say(sys.stderr, *_framed(run.failure_lines(error), lang))
        return 1
    except KeyboardInterrupt:
        _say(sys.stderr, translate(f"{_PROG}: interrupted", lang))
        return 130
    except BrokenPipeError:
        # The reader of standard output went away (``| head``): stop quietly,
        # and keep Python from complaining while it flushes at exit.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as bug:
        # Anything else is a bug in congresskit; a user still gets one line, not a traceback.
        if os.environ.get("CONGRESSKIT_DEBUG"):
            raise
        lines = [
            f"{_PROG}: internal error: {type(bug).__name__}: {bug}",
            f"{_PROG}: please report it; run with CONGRESSKIT_DEBUG=1 to see the traceback",
        ]
        _say(sys.stderr, *(translate(line, lang) for line in lines))
        return 70


def _framed(lines: Sequence[str], lang: Lang) -> list[str]:
    """Problem lines with their framing (``congresskit: error:``) in ``lang``.

    A data problem (``FILE: PATH: MESSAGE``) keeps its form, so that it can be
    grepped and jumped to in either language.
    """
    return [translate(line, lang) if line.startswith(_PROG) else line for line in lines]


def _say(stream: TextIO, *lines: str) -> None:
    for line in lines:
        stream.write(line + "\n")
    stream.flush()
