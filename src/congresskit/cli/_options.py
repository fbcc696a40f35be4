"""The command line's parser pieces: a one-line usage error, and the options commands share."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from congresskit.cli import _commands as run
from congresskit.cli._messages import ChineseHelpFormatter, Lang, gettext, translate
from congresskit.errors import DEFAULT_MAX_PROBLEMS

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
    parser.add_argument(
        "--max-problems",
        type=run.max_problems_argument,
        default=DEFAULT_MAX_PROBLEMS,
        metavar="N",
        help=gettext(
            "list at most N problems of invalid data, then count the rest (default {default})",
            parser.lang,
        ).format(default=f"{DEFAULT_MAX_PROBLEMS:,}"),
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
    wrong = [p for p in found if p not in ("station", "group", "deputy", "unit")]
    if wrong or not found:
        shown = ", ".join(repr(w) for w in wrong) or repr(text)
        msg = (
            f"invalid choice: {shown} (choose from station, group, deputy, unit; "
            "several: station,deputy)"
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
