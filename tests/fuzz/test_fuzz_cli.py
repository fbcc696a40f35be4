"""Fuzzing every command of the command line, in this process, with broken files."""

from __future__ import annotations

import io
import json
import sys
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import share
from tests.fuzz.mutations import (
    EXAMPLE_DOCUMENT,
    mutated_bytes,
    mutated_lines,
    mutated_texts,
    mutated_values,
)
from tests.fuzz.promises import command_is_clean
from tests.fuzz.test_fuzz_streams import EXAMPLE_LINES

WORK = Path(tempfile.mkdtemp(prefix="congresskit-fuzz-"))
USAGE = ["--to", "--period", "--format", "x", "--lang", "jp", "--max-problems", "0", ""]
PERIODS = ["2020-H1", "2020", "term-19", "0001", "9999-12", "2020-01-01..2020-01-01"]


@st.composite
def commands(draw: st.DrawFn) -> tuple[list[str], bool]:
    """A command's arguments after FILE, and whether its standard output is public."""
    command = draw(st.sampled_from(["summary", "validate", "assess", "convert"]))
    if command == "summary":
        lang = draw(st.sampled_from(["zh", "en"]))
        form = draw(st.sampled_from(["md", "text", "json"]))
        by = draw(st.sampled_from([[], ["--by", "station"], ["--by", "deputy"]]))
        period = draw(st.sampled_from(PERIODS))
        return [command, "--period", period, "--lang", lang, "--format", form, *by], True
    if command == "assess":
        period = draw(st.sampled_from(PERIODS))
        return [
            command,
            "--period",
            period,
            "--format",
            draw(st.sampled_from(["md", "json"])),
        ], True
    if command == "convert":
        profile = draw(st.sampled_from(["public", "full"]))
        to = draw(st.sampled_from(["json", "jsonl"]))
        return [command, "--to", to, "--profile", profile], profile == "public"
    return [command, "--max-problems", str(draw(st.integers(1, 3)))], True


@st.composite
def inputs(draw: st.DrawFn) -> bytes:
    """A broken document or JSON Lines file, as bytes."""
    kind = draw(st.sampled_from(["document", "lines", "bytes"]))
    if kind == "document":
        text = draw(mutated_texts(draw(mutated_values(EXAMPLE_DOCUMENT))))
        return text.encode("utf-8", "surrogatepass")
    if kind == "lines":
        return draw(mutated_lines(EXAMPLE_LINES)).encode("utf-8", "surrogatepass")
    return draw(mutated_bytes(json.dumps(EXAMPLE_DOCUMENT, ensure_ascii=False).encode()))


@share(0.6)
@given(inputs(), commands(), st.sampled_from(["in.json", "in.jsonl", "in.txt", "-"]))
def test_every_command_exits_cleanly_on_broken_input(
    data: bytes, command: tuple[list[str], bool], name: str
) -> None:
    """Exit 0, 1 or 2; one line per problem, no traceback; no contact value in public output."""
    argv, public = command
    if name == "-":
        stdin = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        try:
            command_is_clean([argv[0], "-", *argv[1:]], public=public)
        finally:
            sys.stdin = stdin
        return
    path = WORK / name
    path.write_bytes(data)
    command_is_clean([argv[0], str(path), *argv[1:]], public=public)


@share(0.2)
@given(
    st.lists(
        st.sampled_from(
            ["--to", "--period", "--format", "x", "--lang", "jp", "--max-problems", "0", ""]
        ),
        max_size=5,
    )
)
def test_usage_errors_exit_2(extra: list[str]) -> None:
    """Bad arguments are usage errors (2), whatever the command."""
    for command in ("summary", "validate", "assess", "convert", "schema"):
        command_is_clean([command, *extra])
