"""Fuzzing the document reader and writer with structure-, text- and byte-level mutations."""

from __future__ import annotations

import io
import json
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from congresskit import CongresskitError, RecordSet, dump_jsonl, dumps, load_jsonl, loads
from tests.fuzz import share
from tests.fuzz.mutations import (
    EXAMPLE_DOCUMENT,
    ODD_TEXT,
    generated_record_sets,
    mutated_bytes,
    mutated_texts,
    mutated_values,
)
from tests.fuzz.promises import error_is_clean, no_secret, read_document

EXAMPLE_TEXT = json.dumps(EXAMPLE_DOCUMENT, ensure_ascii=False)


@share(0.6)
@given(st.data())
def test_a_mutated_example_is_refused_cleanly_or_read_consistently(data: st.DataObject) -> None:
    """Structure-aware mutations of the bundled example, through loads."""
    value = data.draw(mutated_values(EXAMPLE_DOCUMENT))
    read_document(data.draw(mutated_texts(value)))


@share(0.3)
@given(st.data())
def test_a_mutated_generated_record_set_is_refused_cleanly_or_read_consistently(
    data: st.DataObject,
) -> None:
    """The same for generated record sets, written by congresskit first."""
    records = data.draw(generated_record_sets())
    value = json.loads(dumps(records, profile="full"))
    read_document(data.draw(mutated_texts(data.draw(mutated_values(value)))))


@share(1)
@given(st.data())
def test_mutated_bytes_are_refused_cleanly_or_read_consistently(data: st.DataObject) -> None:
    """Byte-level mutations: flipped, inserted and removed bytes."""
    read_document(data.draw(mutated_bytes(EXAMPLE_TEXT.encode("utf-8"))))


def _with_text(records: RecordSet, index: int, text: str) -> RecordSet:
    """``records`` with the name or title of one record replaced by ``text``."""
    items = [r for r in records if hasattr(r, "name") or hasattr(r, "title")]
    if not items:
        return records
    target: Any = items[index % len(items)]
    field = "name" if hasattr(target, "name") else "title"
    try:
        changed: Any = attrs.evolve(target, **{field: text})
    except CongresskitError:
        return records
    return RecordSet.from_records(changed if r is target else r for r in records)


@share(0.3)
@given(generated_record_sets(), st.integers(0, 100), ODD_TEXT, st.sampled_from(["full", "public"]))
def test_what_the_writer_writes_reads_back(
    records: RecordSet, index: int, text: str, profile: str
) -> None:
    """dumps refuses with a CongresskitError, or writes what loads reads back unchanged."""
    records = _with_text(records, index, text)
    try:
        written = dumps(records, profile=profile)  # type: ignore[arg-type]
    except CongresskitError as error:
        error_is_clean(error)
        return
    if profile == "public":
        no_secret(written)
    back = loads(written)
    if profile == "full":
        assert back == records
    else:
        assert len(back) == len(records)
    lines = io.StringIO()
    dump_jsonl(records, lines, profile=profile)  # type: ignore[arg-type]
    assert load_jsonl(io.StringIO(lines.getvalue())) == back
