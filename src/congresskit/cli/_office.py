"""The command line's office formats: workbooks and CSV folders in, Word and HTML reports out.

Reading a workbook (``.xlsx``) or a folder of CSV files gives the same checked
record set as reading JSON; its problems are printed one per line as
``FILE: SHEET 第N行 "COLUMN": MESSAGE``. The output format of a report follows
the ``-o`` suffix when ``--format`` is not given, and a ``--format`` that
contradicts the suffix is a usage error rather than a file Word calls corrupt.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from congresskit.checking.recordset import RecordSet
from congresskit.errors import CongresskitError

__all__ = [
    "SUFFIX_FORMATS",
    "format_for",
    "is_tabular",
    "message_lang",
    "read_tabular",
    "write_bytes",
]

#: The report format each output suffix implies.
SUFFIX_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".txt": "text",
    ".json": "json",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


class OfficeError(Exception):
    """A failure to print: the lines, and the exit status (1 data, 2 usage)."""

    def __init__(self, lines: list[str], status: int = 1) -> None:
        self.lines = lines
        self.status = status
        super().__init__("\n".join(lines))


def message_lang(args: argparse.Namespace) -> str:
    """The language of messages: ``--lang``, else ``zh`` under a Chinese locale, else ``en``."""
    lang = getattr(args, "lang", None)
    if lang in ("zh", "en"):
        return str(lang)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def is_tabular(path: str) -> bool:
    """Whether ``path`` is a workbook or a folder of CSV files rather than JSON."""
    if path == "-":
        return False
    return path.lower().endswith(_WORKBOOK_SUFFIXES) or os.path.isdir(path)


def read_tabular(path: str, lang: str) -> RecordSet:
    """The checked records of a workbook or CSV folder.

    Raises:
        OfficeError: one line per problem (sheet, row, column), or why the file cannot be read.
    """
    from congresskit.extra.sheets import SheetError

    try:
        if os.path.isdir(path):
            from congresskit.extra.csvdata import read_csv

            return read_csv(path, lang="zh" if lang == "zh" else "en")
        from congresskit.extra.xlsx import read_workbook

        return read_workbook(path, lang="zh" if lang == "zh" else "en")
    except SheetError as error:
        raise OfficeError([f"{path}: {p.where(lang)}{p.message}" for p in error.problems]) from None
    except (OSError, KeyError, ValueError) as exc:
        # openpyxl says a damaged or non-xlsx file is a KeyError or a zipfile error.
        if isinstance(exc, CongresskitError):
            raise
        what = "无法读取" if lang == "zh" else "cannot read"
        raise OfficeError([f"congresskit: error: {what} {path!r}: {exc}"]) from None


def format_for(args: argparse.Namespace, command: str, allowed: tuple[str, ...], lang: str) -> str:
    """The report format: ``--format``, else the ``-o`` suffix's, else Markdown.

    Raises:
        OfficeError: (status 2) the format and the suffix disagree, or the
            suffix's format is not one this command writes.
    """
    given = getattr(args, "format", None)
    output = getattr(args, "output", "-")
    suffix = Path(output).suffix.lower() if output != "-" else ""
    implied = SUFFIX_FORMATS.get(suffix)
    prefix = f"congresskit {command}: error: "
    see = f" (see 'congresskit {command} --help')"
    if given is not None and implied is not None and given != implied:
        msg = (
            f"--format {given} 与输出文件 {output} 的扩展名（{implied}）不一致；"
            "去掉 --format 或改扩展名"
            if lang == "zh"
            else f"--format {given} does not match the output file {output} ({implied}); "
            "drop --format or change the suffix"
        )
        raise OfficeError([prefix + msg + see], status=2)
    found = given or implied or "md"
    if found not in allowed:
        msg = f"本命令不能写 {found} 格式" if lang == "zh" else f"this command cannot write {found}"
        raise OfficeError([prefix + msg + see], status=2)
    if found in ("docx",) and output == "-" and sys.stdout.isatty():
        msg = (
            "Word 文档请用 -o 文件名.docx 写入文件"
            if lang == "zh"
            else "write Word with -o FILE.docx"
        )
        raise OfficeError([prefix + msg + see], status=2)
    return found


@contextlib.contextmanager
def _binary_target(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
    try:
        with open(handle, "wb") as stream:
            yield stream
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def write_bytes(path: str, write: Callable[[IO[bytes]], Any]) -> None:
    """Write a binary file (or standard output), replacing it only when all went well.

    Raises:
        OfficeError: the file cannot be written.
    """
    try:
        with _binary_target(path) as out:
            write(out)
    except OSError as exc:
        raise OfficeError(
            [f"congresskit: error: cannot write {path!r}: {exc.strerror or exc}"]
        ) from None


def write_folder(path: str, write: Callable[[str], Any]) -> None:
    """Write into a folder (created), reporting failure as one line."""
    if path == "-":
        raise OfficeError(["congresskit: error: CSV needs a folder: -o FOLDER"], status=2)
    try:
        write(path)
    except OSError as exc:
        raise OfficeError(
            [f"congresskit: error: cannot write {path!r}: {exc.strerror or exc}"]
        ) from None
