"""``congresskit convert`` and ``template``: records into another format, or an empty workbook."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import IO

from congresskit.checking.recordset import RecordSet
from congresskit.cli import _office as office
from congresskit.cli import _partitions as partitions
from congresskit.cli._commands import _error, _report_lang, _target, read_records
from congresskit.exchange._streamed_document import dump_stream
from congresskit.exchange.documents import dump
from congresskit.exchange.jsonl import JsonLinesWriter
from congresskit.exchange.oparl import dumps_oparl
from congresskit.exchange.popolo import dumps_popolo

__all__ = ["OPARL_BASE_URL", "convert", "template"]

#: ``--base-url``'s default: a placeholder address, to be replaced by the real one.
OPARL_BASE_URL = "https://example.org/oparl"


def convert(args: argparse.Namespace) -> int:
    """``congresskit convert``: a document or JSON Lines, in the profile asked for."""
    write: Callable[[IO[str]], None]
    lang = office.message_lang(args)
    if args.to in ("xlsx", "csv"):
        return _convert_tables(args, lang)
    if args.to in ("popolo", "oparl"):
        return _convert_open_data(args, lang)
    streamed = all(partitions.is_jsonl(path) for path in args.files)
    if len(args.files) > 1 or (streamed and args.to == "json"):
        if args.to == "json":
            partitions.validate_files(args.files)  # then written in a third pass, in bounded memory
        with _target(args.output) as out:
            if args.to == "json":
                dump_stream(
                    partitions.each_record(args.files, lang, args.max_problems),
                    out,
                    profile=args.profile,
                )
            else:
                with JsonLinesWriter(out, profile=args.profile) as writer:
                    writer.write_all(partitions.each_record(args.files, lang, args.max_problems))
        return 0
    with read_records(
        args.files[0], whole=args.to == "json", lang=lang, max_problems=args.max_problems
    ) as records:
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


def _convert_open_data(args: argparse.Namespace, lang: str) -> int:
    """``convert --to popolo`` or ``--to oparl``: the whole record set as Popolo or OParl JSON."""
    if len(args.files) > 1:
        raise _error(f"convert --to {args.to} takes one file")
    with read_records(
        args.files[0], whole=True, lang=lang, max_problems=args.max_problems
    ) as records:
        assert isinstance(records, RecordSet)
        if args.to == "oparl":
            text = dumps_oparl(records, base_url=args.base_url)
        else:
            text = dumps_popolo(records)
    with _target(args.output) as out:
        out.write(text)
    return 0


def _convert_tables(args: argparse.Namespace, lang: str) -> int:
    """``convert --to xlsx`` or ``--to csv``: every field, in the headers' language."""
    if len(args.files) > 1:
        raise _error("convert --to xlsx or csv takes one file")
    with read_records(
        args.files[0], whole=True, lang=lang, max_problems=args.max_problems
    ) as records:
        assert isinstance(records, RecordSet)
        loaded = records
    sheet_lang = _report_lang(args)
    if args.to == "xlsx":
        from congresskit.extra.xlsx import write_workbook

        office.write_bytes(
            args.output,
            lambda out: write_workbook(loaded, out, lang=sheet_lang, profile=args.profile),
        )
    else:
        from congresskit.extra.csvdata import write_csv

        office.write_folder(
            args.output, lambda path: write_csv(loaded, path, lang=sheet_lang, profile=args.profile)
        )
    return 0


def template(args: argparse.Namespace) -> int:
    """``congresskit template``: an empty workbook to fill in."""
    from congresskit.extra.xlsx import write_template

    sheet_lang = _report_lang(args)
    office.write_bytes(args.output, lambda out: write_template(out, lang=sheet_lang))
    return 0
