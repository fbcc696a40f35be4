"""Several files as one record set: the same summary, assessment and problems, however split."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congresskit import (
    Activity,
    JsonLinesError,
    RecordSet,
    Suggestion,
    Term,
    delete,
    dump,
    dump_jsonl,
    example_records,
    iter_jsonl,
    load_jsonl,
    loads,
    validate_jsonl,
)
from congresskit.cli import _partitions, main
from congresskit.extra import _partitions as core
from congresskit.strategies import record_sets
from tests.budget import examples

COUNTED = (Activity, Suggestion)
EXAMPLES = Path(__file__).parent.parent / "examples"


def _cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _write_parts(records: list[Any], folder: Path, name: str, parts: list[list[Any]]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i, part in enumerate(parts):
        path = folder / f"{name}-{i}.jsonl"
        dump_jsonl(part, path, profile="full")
        paths.append(path)
    return paths


def _splits(records: list[Any], folder: Path) -> dict[str, list[Path]]:
    """The records written whole, and split several ways (references crossing files)."""
    rng = random.Random(15)
    reference = [r for r in records if not isinstance(r, COUNTED)]
    counted = [r for r in records if isinstance(r, COUNTED)]
    shuffled = records[:]
    rng.shuffle(shuffled)
    return {
        "whole": _write_parts(records, folder, "whole", [records]),
        "by position": _write_parts(records, folder, "pos", [records[i::3] for i in range(3)]),
        "shuffled": _write_parts(records, folder, "shuf", [shuffled[i::4] for i in range(4)]),
        # Each town's file carries the reference records: counted once.
        "reference in every part": _write_parts(
            records, folder, "ref", [reference + counted[i::2] for i in range(2)]
        ),
        # The term record is in the last file only.
        "term in the last part": _write_parts(
            records,
            folder,
            "term",
            [
                [r for r in records if not isinstance(r, Term)][::2],
                [r for r in records if not isinstance(r, Term)][1::2],
                [r for r in records if isinstance(r, Term)],
            ],
        ),
    }


@pytest.fixture(scope="module")
def example_splits(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    return _splits(list(example_records()), tmp_path_factory.mktemp("example"))


@pytest.fixture(scope="module")
def county_splits(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    folder = tmp_path_factory.mktemp("county")
    path = folder / "county.jsonl"
    subprocess.run(
        [sys.executable, str(EXAMPLES / "generate_county.py"), "--records", "1500", "-o", path],
        check=True,
    )
    with iter_jsonl(path) as reader:
        records = list(reader)
    return _splits(records, folder)


@pytest.mark.parametrize("period", ["2020-H1", "2020", "term-19"])
@pytest.mark.parametrize("command", ["summary", "assess"])
def test_the_example_split_any_way_gives_the_same_bytes(
    capsys: pytest.CaptureFixture[str],
    example_splits: dict[str, list[Path]],
    command: str,
    period: str,
) -> None:
    """summary and assess of the example's parts, in one process or two, equal the whole's."""
    expected = _cli(
        capsys, command, *example_splits["whole"], "--period", period, "--format", "json"
    )
    assert expected[0] == 0
    assert expected[1]
    for name, paths in example_splits.items():
        for jobs in ("1", "2"):
            argv: tuple[str | Path, ...] = (command, *paths, "--period", period, "--format", "json")
            argv += ("--jobs", jobs)
            assert _cli(capsys, *argv) == expected, (name, jobs)


@pytest.mark.parametrize("period", ["2023", "2022-H2", "term-18"])
def test_a_generated_county_split_any_way_gives_the_same_summary(
    capsys: pytest.CaptureFixture[str], county_splits: dict[str, list[Path]], period: str
) -> None:
    """The county's summary is byte for byte the same from any split, in one process or two."""
    expected = _cli(
        capsys, "summary", *county_splits["whole"], "--period", period, "--format", "json"
    )
    assert expected[0] == 0
    for name, paths in county_splits.items():
        argv: tuple[str | Path, ...] = ("summary", *paths, "--period", period, "--format", "json")
        argv += ("--jobs", "2")
        assert _cli(capsys, *argv) == expected, name


def test_one_large_file_read_in_ranges_of_lines_gives_the_same_summary(
    capsys: pytest.CaptureFixture[str],
    county_splits: dict[str, list[Path]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--jobs cuts one file into ranges of lines; no line is read twice or left out."""
    whole = county_splits["whole"]
    monkeypatch.setattr(core, "MIN_PIECE", 1000)
    pieces = _partitions.pieces([str(p) for p in whole], 7)
    assert len(pieces) == 7
    records: list[Any] = []
    for piece in pieces:
        _partitions.read_piece(piece, records.append)
    with iter_jsonl(whole[0]) as reader:
        assert records == list(reader)
    argv: tuple[str | Path, ...] = ("summary", *whole, "--period", "2023", "--format", "json")
    assert _cli(capsys, *argv, "--jobs", "1") == _cli(capsys, *argv, "--jobs", "3")


def test_a_bad_line_in_a_later_range_is_named_by_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error in a range read by another process names the file and its line number."""
    path = tmp_path / "bad.jsonl"
    dump_jsonl(example_records(), path, profile="full")
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[200] = lines[200].replace('"id":', '"id":5,"x":', 1)
    path.write_text("".join(lines), "utf-8")
    monkeypatch.setattr(core, "MIN_PIECE", 100)
    code, out, err = _cli(capsys, "summary", path, "--period", "2020", "--jobs", "3")
    assert (code, out) == (1, "")
    assert err.startswith(f"{path}:201: ")


def test_validate_reads_parts_as_one_record_set(
    capsys: pytest.CaptureFixture[str], example_splits: dict[str, list[Path]]
) -> None:
    """References across files are found; a part alone reports the ones it lacks."""
    for name, paths in example_splits.items():
        code, out, err = _cli(capsys, "validate", *paths)
        assert (code, err) == (0, ""), name
        assert "235 records, no problems" in out
    code, _, err = _cli(capsys, "validate", example_splits["by position"][0])
    assert code == 1
    assert "refers to unknown" in err


def test_an_id_in_two_files_is_a_duplicate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An activity in two files, or a reference record that differs, is reported in both."""
    records = list(example_records())
    activity = next(r for r in records if isinstance(r, Activity))
    paths = _write_parts(records, tmp_path, "dup", [records, [activity]])
    code, _, err = _cli(capsys, "validate", *paths)
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[1].startswith(f"{paths[1]}:2: $.id: id {activity.id!r} is used by 2 activities")
    assert lines[0].startswith(f"{paths[0]}:")


def test_two_pass_validation_finds_what_a_whole_load_finds(tmp_path: Path) -> None:
    """validate_jsonl on one file reports the problems load_jsonl reports, line by line."""
    path = tmp_path / "broken.jsonl"
    dump_jsonl(example_records(), path, profile="full")
    lines = path.read_text("utf-8").splitlines(keepends=True)
    for i in (40, 90, 150):
        data = json.loads(lines[i])
        for field in ("lead", "station", "term", "place"):
            if field in data:
                data[field] = "ghost"
        if "participants" in data:
            data["participants"] = ["ghost", *data["participants"]]
        lines[i] = json.dumps(data, ensure_ascii=False) + "\n"
    lines += [lines[60], lines[5]]  # a suggestion or activity and a reference record, twice
    path.write_text("".join(lines), "utf-8")

    def found(error: JsonLinesError) -> list[tuple[int | None, list[Any]]]:
        return [(e.line, [(p.path, p.rule, p.message) for p in e.problems]) for e in error.errors]

    with pytest.raises(JsonLinesError) as whole:
        load_jsonl(path)
    with pytest.raises(JsonLinesError) as streamed:
        validate_jsonl([path])
    assert len(whole.value.errors) >= 5
    assert found(streamed.value) == found(whole.value)
    assert {e.source for e in streamed.value.errors} == {str(path)}


def test_convert_writes_the_parts_as_one(
    capsys: pytest.CaptureFixture[str], example_splits: dict[str, list[Path]], tmp_path: Path
) -> None:
    """convert of the parts writes each record once, the shared ones included."""
    whole = load_jsonl(example_splits["whole"][0])
    for to in ("jsonl", "json"):
        target = tmp_path / f"out.{to}"
        paths = example_splits["reference in every part"]
        code, _, err = _cli(
            capsys, "convert", *paths, "--to", to, "--profile", "full", "-o", target
        )
        assert (code, err) == (0, "")
        assert _cli(capsys, "validate", target)[0] == 0
        read = load_jsonl(target) if to == "jsonl" else loads(target.read_bytes())
        assert sorted(map(repr, read)) == sorted(map(repr, whole))


def test_a_block_of_lines_without_the_header_is_read() -> None:
    """iter_jsonl(header=False) reads record lines cut from a stream, numbering them as told."""
    block = ['{"type":"place","id":"v1","name":"称沱村"}\n', '{"type":"place","id":"v2"}\n']
    reader = iter_jsonl(block, header=False, first_line=41)
    assert next(reader).id == "v1"
    with pytest.raises(Exception, match="name") as error:
        next(reader)
    assert getattr(error.value, "line", None) == 42


def test_a_term_is_resolved_from_any_part_holding_it(
    example_splits: dict[str, list[Path]],
) -> None:
    """resolve_period finds term-19 among the files' terms; a period without terms is refused."""
    paths = [str(p) for p in example_splits["term in the last part"]]
    period = _partitions.period_of("term-19", paths)
    term = next(r for r in example_records() if isinstance(r, Term) and r.number == 19)
    assert (period.start, period.end, period.term) == (term.start, term.end, 19)
    with pytest.raises(ValueError, match="no term 19"):
        _partitions.period_of("term-19", paths[:2])


def test_convert_to_a_document_streams_the_same_bytes_as_dump(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The streamed document is dump()'s text, tombstones and shared records included."""
    at = dt.datetime(2020, 7, 1, 9, tzinfo=dt.timezone.utc)
    records = delete(example_records(), "activity", example_records().activities[0].id, at=at)
    items: list[Any] = list(records)
    parts: list[list[Any]] = [items[::2], items[1::2] + list(records.tombstones)]
    paths = _write_parts([], tmp_path, "feed", parts)
    in_file_order = RecordSet.from_records(items[::2] + items[1::2])
    expected = io.StringIO()
    dump(
        attrs.evolve(in_file_order, tombstones=records.tombstones),
        expected,
        profile="full",
        indent=2,
    )
    target = tmp_path / "out.json"
    argv: tuple[str | Path, ...] = ("convert", *paths, "--to", "json", "--profile", "full")
    argv += ("-o", target)
    assert _cli(capsys, *argv) == (0, "", "")
    assert target.read_text("utf-8") == expected.getvalue()


@settings(max_examples=examples(25), deadline=None)
@given(st.data())
def test_any_split_of_any_record_set_has_the_problems_of_one_file(data: st.DataObject) -> None:
    """validate_jsonl over parts reports, part by part, what load_jsonl reports for their union."""
    records = list(data.draw(record_sets(max_size=4)))
    kept = [r for r in records if data.draw(st.integers(0, 4), label="keep")]  # some refs lost
    n = data.draw(st.integers(1, 3))
    parts: list[list[Any]] = [[] for _ in range(n)]
    for record in kept:
        parts[data.draw(st.integers(0, n - 1))].append(record)
    with tempfile.TemporaryDirectory() as folder:
        paths = _write_parts([], Path(folder), "part", parts)
        whole = Path(folder) / "whole.jsonl"
        dump_jsonl([r for part in parts for r in part], whole, profile="full")
        expected: list[Any] = []
        try:
            load_jsonl(whole)
        except JsonLinesError as error:
            expected = [e.problems for e in error.errors]
        found: list[Any] = []
        try:
            assert validate_jsonl(paths) == len(kept)
        except JsonLinesError as error:
            found = [e.problems for e in error.errors]
    assert found == expected
