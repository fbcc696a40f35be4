"""Input at the edges: a clear congresskit error or a right answer, never a crash.

Each test here failed before its fix (issue 10): a traceback or exit status 70
instead of a one-line error, or two readers disagreeing about the same file.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from congresskit import (
    DEFAULT_POLICY,
    DocumentError,
    JsonLinesError,
    Session,
    Term,
    dump_jsonl,
    example_records,
    iter_jsonl,
    load_jsonl,
    loads,
)
from congresskit.cli import main
from congresskit.errors import CongresskitError, FieldError
from congresskit.reports._zh_words import numeral

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command line in this process; return the status, stdout and stderr."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


# -- item 1: two congress lines ----------------------------------------------------------


@pytest.fixture(scope="module")
def two_congresses(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example as JSON Lines with a second, different congress line at the end."""
    out = io.StringIO()
    dump_jsonl(example_records(), out)
    lines = out.getvalue().splitlines()
    congress = json.loads(next(line for line in lines if '"type":"congress"' in line))
    congress["name"] = "另一个镇人民代表大会"
    path = tmp_path_factory.mktemp("two") / "two.jsonl"
    path.write_text("\n".join([*lines, json.dumps(congress, ensure_ascii=False)]) + "\n")
    return path


def test_load_jsonl_refuses_a_second_congress_line_with_its_line_number(
    two_congresses: Path,
) -> None:
    """load_jsonl says which line repeats the congress (it raised a bare TypeError)."""
    lines = two_congresses.read_text().count("\n")
    with pytest.raises(JsonLinesError) as caught:
        load_jsonl(two_congresses)
    assert caught.value.line == lines
    assert caught.value.problems[0].rule == "duplicate_congress"


def test_iter_jsonl_refuses_an_equal_second_congress_line_too() -> None:
    """Even an identical repeat is refused: a stream describes one congress."""
    out = io.StringIO()
    dump_jsonl(example_records(), out)
    lines = out.getvalue().splitlines()
    congress = next(line for line in lines if '"type":"congress"' in line)
    text = "\n".join([*lines, congress]) + "\n"
    with pytest.raises(DocumentError, match="second congress record"):
        list(iter_jsonl(io.StringIO(text)))
    reader = iter_jsonl(io.StringIO(text), on_error="skip")
    assert len(list(reader)) == len(lines) - 1
    assert [e.line for e in reader.skipped] == [len(lines) + 1]


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["convert", "--to", "json"],
        ["convert", "--to", "jsonl"],
        ["summary", "--period", "2020-H1"],
        ["assess", "--period", "2020"],
    ],
)
def test_every_command_refuses_two_congress_lines_alike(
    capsys: pytest.CaptureFixture[str], two_congresses: Path, argv: list[str]
) -> None:
    """validate and convert exited 70; summary and assess accepted the same file."""
    status, _, err = run(capsys, argv[0], two_congresses, *argv[1:])
    assert status == 1
    assert "second congress record" in err
    assert "internal error" not in err


# -- item 2: numbers in Chinese ----------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (10_000, "一万"),
        (10_008, "一万零八"),
        (10_010, "一万零一十"),
        (12_345, "一万二千三百四十五"),
        (100_000, "十万"),
        (320_000_000, "三亿二千万"),
        (100_000_001, "一亿零一"),
    ],
)
def test_numeral_writes_ten_thousand_and_more(n: int, words: str) -> None:
    """The Chinese numeral writer stopped at 9,999 and crashed `summary`."""
    assert numeral(n) == words


def test_term_and_session_numbers_above_999_are_refused_at_validation() -> None:
    """validate accepted term 10,000, which summary could not write."""
    day = dt.date(2020, 1, 1)
    with pytest.raises(FieldError, match="999 or less"):
        Term(id="t", congress="c", number=1000, start=day, end=day)
    with pytest.raises(FieldError, match="999 or less"):
        Session(id="s", term="t", number=1000, start=day)
    assert Term(id="t", congress="c", number=999, start=day, end=day).number == 999


def test_a_document_with_term_10000_is_refused_with_its_path() -> None:
    """The path names the field; the message says the range."""
    data = json.loads((EXAMPLE).read_text())
    data["terms"][0]["number"] = 10_000
    with pytest.raises(DocumentError) as caught:
        loads(json.dumps(data))
    assert [p.path for p in caught.value.problems] == ["$.terms[0].number"]


def test_summary_in_chinese_renders_the_largest_term_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Term 999 and session 999 are in range, and written out."""
    data = json.loads(EXAMPLE.read_text())
    data["terms"][0]["number"] = 999
    for session in data["sessions"]:
        session["number"] = 999
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    status, out, _ = run(capsys, "summary", path, "--period", "2020-H1")
    assert status == 0
    assert "第九百九十九届人民代表大会第九百九十九次会议" in out


# -- item 3: the ends of the calendar ----------------------------------------------------

LATE = {
    "format": "congresskit",
    "version": 1,
    "profile": "public",
    "congress": {"id": "c", "name": "某镇人民代表大会", "level": "town"},
    "terms": [
        {"id": "t1", "congress": "c", "number": 1, "start": "9995-01-01", "end": "9999-12-31"}
    ],
    "units": [{"id": "u1", "name": "镇办公室"}],
    "deputies": [
        {
            "id": "d01",
            "name": "甲",
            "levels": ["town"],
            "memberships": [{"kind": "term", "of": "t1", "start": "9995-01-01"}],
        }
    ],
    "suggestions": [
        {
            "id": "s1",
            "kind": "suggestion",
            "title": "道路",
            "lead": "d01",
            "raised_on": "9999-11-01",
            "events": [{"type": "assigned", "on": "9999-11-02", "lead_unit": "u1"}],
        }
    ],
}


@pytest.mark.parametrize(
    ("document", "argv"),
    [
        ("example", ["assess", "--period", "0001"]),
        ("example", ["summary", "--period", "0001-01-01..0001-12-31"]),
        ("late", ["assess", "--period", "0001-01-01..9999-12-31"]),
        ("late", ["summary", "--period", "9999"]),
        ("late", ["summary", "--period", "9999", "--lang", "en"]),
        ("late", ["assess", "--period", "9999"]),
    ],
)
def test_periods_at_the_ends_of_the_calendar_give_an_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: str, argv: list[str]
) -> None:
    """These exited 70 (a day before 0001-01-01, a deadline after 9999-12-31)."""
    path = EXAMPLE
    if document == "late":
        path = tmp_path / "late.json"
        path.write_text(json.dumps(LATE, ensure_ascii=False))
    status, out, err = run(capsys, argv[0], path, *argv[1:])
    assert (status, err) == (0, "")
    assert out


def test_a_deadline_past_the_calendar_is_its_last_day() -> None:
    """A round that starts in the last months of 9999 is due on 9999-12-31, never late."""
    assert DEFAULT_POLICY.due(dt.date(9999, 11, 2)) == dt.date.max
    assert DEFAULT_POLICY.due(dt.date(9999, 9, 30)) == dt.date(9999, 12, 30)
    records = loads(json.dumps(LATE))
    assert records.suggestions[0].due_date() == dt.date.max


# -- item 4: one JSON reader for standards too -------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"name": "a", "name": "b", "rules": []}', "appears twice"),
        (b'{"name": "a", "rules": [], "x": NaN}', "not a JSON number"),
        ('{"name": "a", "rules": []}'.encode("utf-16"), "byte order mark"),
        ('{"name": "\u7532"}'.encode("gb18030"), "not UTF-8"),
        (b"", "empty"),
    ],
)
def test_assess_reads_a_standard_as_strictly_as_a_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, words: str
) -> None:
    """A deep standard exited 70; duplicate keys, NaN and UTF-16 were accepted."""
    path = tmp_path / "standard.json"
    path.write_bytes(data)
    status, _, err = run(capsys, "assess", EXAMPLE, "--period", "2020", "--standard", path)
    assert status == 1
    assert words in err
    assert err.startswith(f"{path} is not a JSON duty standard: ")
    assert len(err.splitlines()) == 1


def test_congresskit_error_is_what_the_readers_raise_on_a_second_congress() -> None:
    """The error is a CongresskitError (and a ValueError), not a TypeError."""
    out = io.StringIO()
    dump_jsonl(example_records(), out)
    text = out.getvalue() + out.getvalue().splitlines()[1] + "\n"
    with pytest.raises(CongresskitError) as caught:
        load_jsonl(io.StringIO(text))
    assert isinstance(caught.value, ValueError)


# -- item 22: a one-line document is a document ------------------------------------------

ONE_LINE = (
    '{"format":"congresskit","version":1,"profile":"public",'
    '"congress":{"id":"c","name":"某镇人民代表大会","level":"town"}}\n'
)


@pytest.mark.parametrize("how", ["stdin", "other name"])
def test_a_one_line_document_is_read_as_a_document(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    how: str,
) -> None:
    """It was taken for a JSON Lines header and refused."""
    if how == "stdin":
        data = io.TextIOWrapper(io.BytesIO(ONE_LINE.encode()), encoding="utf-8")
        monkeypatch.setattr("sys.stdin", data)
        path = "-"
    else:
        path = str(tmp_path / "records.txt")
        Path(path).write_text(ONE_LINE, encoding="utf-8")
    status, out, err = run(capsys, "validate", path)
    assert (status, err) == (0, "")
    assert "1 record, no problems" in out


def test_json_lines_on_standard_input_is_still_recognised(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A header line with the envelope's keys only starts JSON Lines."""
    text = '{"format":"congresskit","version":1,"profile":"public"}\n'
    text += '{"type":"place","id":"v1","name":"称沱村"}\n'
    data = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", data)
    status, out, _ = run(capsys, "convert", "-", "--to", "json")
    assert status == 0
    assert json.loads(out)["places"] == [{"id": "v1", "name": "称沱村"}]
