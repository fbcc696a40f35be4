"""Fuzzing JSON Lines: iter_jsonl (stopping and skipping), load_jsonl, and the writer."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    CongresskitError,
    DocumentError,
    RecordSet,
    Tombstone,
    check,
    dump_jsonl,
    iter_jsonl,
    load_jsonl,
)
from tests.fuzz import share
from tests.fuzz.mutations import EXAMPLE_DOCUMENT, generated_record_sets, mutated_lines
from tests.fuzz.promises import error_is_clean, no_secret, read_document


def _lines_of(records: RecordSet) -> list[str]:
    out = io.StringIO()
    dump_jsonl(records, out, profile="full")
    return out.getvalue().splitlines()


EXAMPLE_RECORDS = read_document(json.dumps(EXAMPLE_DOCUMENT, ensure_ascii=False))
assert EXAMPLE_RECORDS is not None
EXAMPLE_LINES = _lines_of(EXAMPLE_RECORDS)


def _stream_promises(text: str) -> None:
    """iter_jsonl stops cleanly or skips cleanly; load_jsonl agrees with both."""
    try:
        stopped = list(iter_jsonl(io.StringIO(text)))
    except CongresskitError as error:
        error_is_clean(error)
        stopped = None
    try:
        reader = iter_jsonl(io.StringIO(text), on_error="skip")
    except CongresskitError as error:  # the header: skipping cannot help
        error_is_clean(error)
        assert stopped is None
        return
    kept = list(reader)
    for skipped in reader.skipped:
        assert isinstance(skipped, DocumentError)
        assert skipped.line is not None
        assert skipped.line > 1
        error_is_clean(skipped)
    if stopped is not None:
        assert not reader.skipped
        assert kept == stopped
    try:
        records = load_jsonl(io.StringIO(text))
    except CongresskitError as error:
        error_is_clean(error)
        return
    assert stopped is not None, "load_jsonl took a stream iter_jsonl refused"
    assert not reader.skipped
    problems = tuple(p for p in check(records) if not p.is_warning)  # warnings may stay
    if reader.since is None:
        assert problems == ()
    assert len(records) + len(records.tombstones) == len(kept)
    assert all(isinstance(v, Tombstone) or v in records for v in kept)
    again = io.StringIO()
    dump_jsonl(records, again, profile="full", since=reader.since)
    assert load_jsonl(io.StringIO(again.getvalue())) == records
    public = io.StringIO()
    dump_jsonl(records, public, since=reader.since)
    no_secret(public.getvalue())


@share(0.6)
@given(st.data())
def test_a_mutated_example_stream_is_refused_cleanly_or_read_consistently(
    data: st.DataObject,
) -> None:
    """Lines dropped, repeated, swapped, mutated or truncated, through every reader."""
    _stream_promises(data.draw(mutated_lines(EXAMPLE_LINES)))


@share(0.2)
@given(st.data())
def test_a_mutated_generated_stream_is_refused_cleanly_or_read_consistently(
    data: st.DataObject,
) -> None:
    """The same for generated record sets."""
    records = data.draw(generated_record_sets())
    _stream_promises(data.draw(mutated_lines(_lines_of(records))))
