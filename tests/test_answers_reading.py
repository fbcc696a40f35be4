"""Every problem at once: field errors and cross-record problems reported together."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from congresskit import DocumentError, JsonLinesError, load_jsonl, loads
from congresskit.cli import main

HEADER = {"format": "congresskit", "version": 1, "profile": "public"}

# v1 fails to build (a number for a name); v2 is used twice; st1 refers to the
# record that failed (not unknown), st2 to one that does not exist.
PLACES: list[dict[str, Any]] = [
    {"id": "v0", "name": "甲村"},
    {"id": "v1", "name": 5},
    {"id": "v2", "name": "乙村"},
    {"id": "v2", "name": "丙村"},
]
STATIONS: list[dict[str, Any]] = [
    {"id": "st1", "name": "一号站", "place": "v1"},
    {"id": "st2", "name": "二号站", "place": "v9"},
]
# Worked out by hand: the paths are those of the document as written.
EXPECTED = {
    ("type", "$.places[1].name"),
    ("duplicate_id", "$.places[2].id"),
    ("duplicate_id", "$.places[3].id"),
    ("reference", "$.stations[1].place"),
}


def _document() -> dict[str, Any]:
    return {**HEADER, "places": PLACES, "stations": STATIONS}


def test_loads_reports_field_errors_and_cross_record_problems_together() -> None:
    """One bad field no longer hides the duplicate ids and unknown references of the rest."""
    with pytest.raises(DocumentError) as caught:
        loads(json.dumps(_document()))
    found = {(p.rule, p.path) for p in caught.value.problems}
    assert found == EXPECTED
    assert ("reference", "$.stations[0].place") not in found  # v1 exists, though broken


def test_a_reference_to_a_record_that_failed_to_build_is_not_unknown() -> None:
    """With the only problem in a referred-to record, that is the only problem reported."""
    document = {**HEADER, "places": [PLACES[1]], "stations": [STATIONS[0]]}
    with pytest.raises(DocumentError) as caught:
        loads(json.dumps(document))
    assert [(p.rule, p.path) for p in caught.value.problems] == [("type", "$.places[0].name")]


def _jsonl() -> str:
    lines = [HEADER]
    lines += [{"type": "place", **p} for p in PLACES]
    lines += [{"type": "station", **s} for s in STATIONS]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def test_load_jsonl_reports_bad_lines_and_cross_record_problems_together() -> None:
    """JSON Lines: the bad line and the problems of the lines that built, by line number."""
    with pytest.raises(JsonLinesError) as caught:
        load_jsonl(io.StringIO(_jsonl()))
    found = {(e.line, p.rule, p.path) for e in caught.value.errors for p in e.problems}
    # Line 1 is the header: place k is on line k + 2, station k on line k + 6.
    assert found == {
        (3, "type", "$.name"),
        (4, "duplicate_id", "$.id"),
        (5, "duplicate_id", "$.id"),
        (7, "reference", "$.place"),
    }
    lines = [e.line or 0 for e in caught.value.errors]
    assert lines == sorted(lines)


def test_validate_prints_both_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command line says every problem of the document, field and cross-record alike."""
    path = tmp_path / "records.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    for _, where in EXPECTED:
        assert where in err
    assert "$.stations[0].place" not in err
