"""The readers' progress= callback: lines of JSON Lines, blocks of a document."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congresskit import (
    DocumentSyntaxError,
    dump_jsonl,
    dumps,
    example_records,
    iter_jsonl,
    load,
    load_jsonl,
)
from congresskit.exchange import _progress
from tests.budget import examples

RECORDS = example_records()


def _jsonl() -> str:
    stream = io.StringIO()
    dump_jsonl(RECORDS, stream)
    return stream.getvalue()


def test_iter_jsonl_reports_each_line_read_as_it_is_read() -> None:
    """progress(1) per line, header included; the calls keep pace with the records."""
    text = _jsonl()
    calls: list[int] = []
    with iter_jsonl(io.StringIO(text), progress=calls.append) as reader:
        assert calls == [1]  # the header is read at once
        next(reader)
        assert len(calls) == 2
        rest = list(reader)
    assert calls == [1] * len(text.splitlines())
    assert len(rest) + 1 == len(RECORDS)


def test_load_jsonl_passes_progress_on(tmp_path: Path) -> None:
    """load_jsonl reports every line of the file, and loads the same records."""
    path = tmp_path / "town.jsonl"
    path.write_text(_jsonl(), encoding="utf-8")
    seen: list[int] = []
    assert load_jsonl(path, progress=seen.append) == RECORDS
    assert sum(seen) == len(path.read_text(encoding="utf-8").splitlines())


def test_load_reports_every_byte_of_the_file(tmp_path: Path) -> None:
    """The sizes reported add up to the file's size; the record set is the same."""
    path = tmp_path / "town.json"
    path.write_text(dumps(RECORDS, indent=2), encoding="utf-8")
    sizes: list[int] = []
    assert load(path, progress=sizes.append) == RECORDS
    assert sum(sizes) == path.stat().st_size
    assert all(0 < size <= _progress.BLOCK for size in sizes)


@settings(max_examples=examples(30))
@given(st.binary(max_size=50), st.integers(min_value=1, max_value=7))
def test_blocks_add_up_to_the_stream(data: bytes, block: int) -> None:
    """Read in blocks of any size, the stream comes back whole, its size reported."""
    sizes: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_progress, "BLOCK", block)
        assert _progress.read_reporting(io.BytesIO(data), sizes.append) == data
    assert sum(sizes) == len(data)
    assert all(0 < size <= block for size in sizes)


def test_an_empty_text_file_is_still_an_empty_document() -> None:
    """Reporting progress changes no error: an empty text stream is refused as before."""
    with pytest.raises(DocumentSyntaxError):
        load(io.StringIO(""), progress=lambda n: None)


def test_tqdm_style_update_counts_the_lines() -> None:
    """A bar's update method can be passed as it is (tqdm's update takes the increment)."""

    class Bar:
        n = 0

        def update(self, n: int = 1) -> None:
            self.n += n

    bar = Bar()
    with iter_jsonl(io.StringIO(_jsonl()), progress=bar.update) as reader:
        count = sum(1 for _ in reader)
    assert bar.n == count + 1
