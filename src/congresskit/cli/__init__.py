"""The ``congresskit`` command line: summaries, validation, assessment, conversion, schema.

Run ``congresskit --help`` (or ``python -m congresskit --help``) for the
commands. Every command reads a record document or a JSON Lines file from a
path, or from standard input when the path is ``-``, and writes to standard
output unless ``-o FILE`` is given.

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
from typing import NoReturn, TextIO

from congresskit import __version__
from congresskit.cli import _commands as run
from congresskit.errors import DEFAULT_MAX_PROBLEMS, CongresskitError

__all__ = ["main"]

_PROG = "congresskit"


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports a usage error as one line on standard error.

    argparse prints the whole usage block before the reason; a user needs the
    reason and where to read more, so each problem is one line, as the
    commands report theirs. Subcommand parsers are of this class too.
    """

    def error(self, message: str) -> NoReturn:
        """Print ``PROG: error: MESSAGE (see 'PROG --help')`` and exit with status 2."""
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _command(
    commands: argparse._SubParsersAction[_Parser],
    name: str,
    summary: str,
    example: str,
) -> _Parser:
    parser = commands.add_parser(
        name,
        help=summary,
        description=summary[:1].upper() + summary[1:] + ".",
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # So that main() can blame an unrecognized argument on the command it was given to.
    parser.set_defaults(parser=parser)
    return parser


def _input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a record document (.json) or JSON Lines file (.jsonl); '-' reads standard input",
    )
    parser.add_argument(
        "--max-problems",
        type=run.max_problems_argument,
        default=DEFAULT_MAX_PROBLEMS,
        metavar="N",
        help=f"list at most N problems of invalid data, then count the rest "
        f"(default {DEFAULT_MAX_PROBLEMS:,})",
    )


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help="write to FILE instead of standard output",
    )


def _period(parser: argparse.ArgumentParser, example: str) -> None:
    parser.add_argument(
        "--period",
        required=True,
        type=run.period_argument,
        metavar="P",
        help=f"the period: a year, half, quarter, month, a..b range or term-N, e.g. {example}",
    )


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("md", "text", "json"),
        default="md",
        help="Markdown (the default), plain text, or JSON",
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="simplified Chinese (the default) or English",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``congresskit`` command.

    Returns:
        A parser whose parsed namespace has ``handler``, the function that runs
        the chosen command.
    """
    parser = _Parser(
        prog=_PROG,
        description="Work records of grassroots people's congresses: summarise a period, "
        "validate, assess deputies, convert between formats.",
        epilog="example:\n  congresskit summary examples/xx-town-2020.json --period 2020-H1\n\n"
        "Run 'congresskit COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    summary = _command(
        commands,
        "summary",
        "render the work summary of a period (and the plan for the next) as a report",
        "congresskit summary examples/xx-town-2020.json --period 2020-H1 --lang en",
    )
    _input(summary)
    _period(summary, "2020-H1")
    _report_options(summary)
    summary.add_argument(
        "--by",
        choices=("station", "group", "deputy"),
        help="add a table of the activities broken down by station, deputy group or deputy",
    )
    _output(summary)
    summary.set_defaults(handler=run.summary)

    validate = _command(
        commands,
        "validate",
        "check a record file and list every problem with its path",
        "congresskit validate incoming/xx-town.json",
    )
    _input(validate)
    validate.set_defaults(handler=run.validate)

    assess = _command(
        commands,
        "assess",
        "assess each deputy against a duty standard, as a table",
        "congresskit assess examples/xx-town-2020.json --period 2020",
    )
    _input(assess)
    _period(assess, "2020")
    assess.add_argument(
        "--standard",
        metavar="FILE",
        help="a duty standard (JSON, as dump_standard writes it); the default is the "
        "bundled 12345 standard with the example town points table",
    )
    _report_options(assess)
    _output(assess)
    assess.set_defaults(handler=run.assess)

    convert = _command(
        commands,
        "convert",
        "convert a record file to a JSON document or to JSON Lines",
        "congresskit convert examples/xx-town-2020.json --to jsonl -o xx-town.jsonl",
    )
    _input(convert)
    convert.add_argument(
        "--to",
        required=True,
        choices=("json", "jsonl"),
        help="a JSON document or JSON Lines (one record per line)",
    )
    convert.add_argument(
        "--profile",
        choices=("public", "full"),
        default="public",
        help="public (the default) leaves out deputies' personal contact details; full keeps them",
    )
    _output(convert)
    convert.set_defaults(handler=run.convert)

    schema = _command(
        commands,
        "schema",
        "print the JSON Schema (draft 2020-12) of the exchange document",
        "congresskit schema -o congresskit.schema.json",
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
    try:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if extra:
            command: argparse.ArgumentParser = getattr(args, "parser", parser)
            command.error(f"unrecognized arguments: {' '.join(extra)}")
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except SystemExit as done:  # argparse: --help, --version, usage errors (2)
        return done.code if isinstance(done.code, int) else 0 if done.code is None else 2
    except run.CommandError as failure:
        _say(sys.stderr, *failure.lines)
        return failure.status
    except CongresskitError as error:
        _say(sys.stderr, *run.failure_lines(error))
        return 1
    except KeyboardInterrupt:
        _say(sys.stderr, f"{_PROG}: interrupted")
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
        _say(
            sys.stderr,
            f"{_PROG}: internal error: {type(bug).__name__}: {bug}",
            f"{_PROG}: please report it; run with CONGRESSKIT_DEBUG=1 to see the traceback",
        )
        return 70


def _say(stream: TextIO, *lines: str) -> None:
    for line in lines:
        stream.write(line + "\n")
    stream.flush()
