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
from typing import TextIO

from congresskit import __version__
from congresskit.cli import _commands as run
from congresskit.cli import _convert
from congresskit.cli._messages import Lang, detect_lang, gettext, translate
from congresskit.cli._office import OfficeError
from congresskit.cli._options import (
    _by,
    _command,
    _formatter,
    _input,
    _jobs,
    _lang,
    _output,
    _Parser,
    _period,
    _report_options,
)
from congresskit.cli._validate import validate as validate_command
from congresskit.errors import CongresskitError

__all__ = ["main"]

_PROG = "congresskit"


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
        metavar="station,group,deputy,unit",
        help=gettext(
            "add tables of the activities broken down by station, deputy group or deputy, "
            "or the handling units' scorecards (several: --by station,unit)",
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
    assess.add_argument(
        "--score",
        action="append",
        metavar="COLLECTIVE:CODE=POINTS",
        help=gettext(
            "the score of a criterion the records cannot measure (a manual criterion), "
            "for one collective: --score v1:A=30; repeat for more",
            lang,
        ),
    )
    _report_options(assess)
    _output(assess)
    assess.set_defaults(handler=run.assess)

    convert = _command(
        commands,
        "convert",
        "convert a record file to a JSON document, JSON Lines, Popolo JSON, OParl JSON, an "
        "Excel workbook or CSV files",
        "congresskit convert examples/xx-town-2020.json --to xlsx -o xx-town.xlsx",
        lang,
    )
    _input(convert)
    convert.add_argument(
        "--to",
        required=True,
        choices=("json", "jsonl", "popolo", "oparl", "xlsx", "csv"),
        help=gettext(
            "a JSON document, JSON Lines (one record per line), Popolo JSON (persons, "
            "organizations, memberships, posts, events, motions, vote events; always without "
            "contact details), OParl 1.1 JSON (body, terms, organizations, persons, meetings, "
            "agenda items, papers; always without contact details), an Excel workbook (a "
            "sheet per kind of record; needs the office extra), or a folder of CSV files with "
            "a datapackage.json (-o FOLDER)",
            lang,
        ),
    )
    convert.add_argument(
        "--base-url",
        metavar="URL",
        default=_convert.OPARL_BASE_URL,
        help=gettext(
            "for --to oparl: the address the export is published at; every object's id is a "
            "URL under it (default {default})",
            lang,
        ).format(default=_convert.OPARL_BASE_URL),
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
