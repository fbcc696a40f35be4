"""The ``congresskit`` command line: every command and option, its output and exit status.

Most tests call :func:`congresskit.cli.main` in this process (fast); a few run
the real entry point, ``python -m congresskit``, in a subprocess, to check what
a user at a shell gets: the exit status, the streams, and no traceback.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from congresskit import (
    Contact,
    Deputy,
    Level,
    RecordSet,
    dumps,
    example_records,
    load,
)
from congresskit.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"
GOLDEN = Path(__file__).resolve().parent / "golden"
COMMANDS = ("summary", "validate", "assess", "convert", "schema")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command line in this process; return the status, stdout and stderr."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def stdin_of(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make standard input read ``data``."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture(scope="module")
def example_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example converted to JSON Lines."""
    path = tmp_path_factory.mktemp("jsonl") / "xx-town.jsonl"
    assert main(["convert", str(EXAMPLE), "--to", "jsonl", "-o", str(path)]) == 0
    return path


# -- help and usage --------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """``COMMAND --help`` exits 0 and shows an example of the command."""
    status, out, _ = run(capsys, command, "--help")
    assert status == 0
    assert f"example:\n  congresskit {command}" in out


def test_top_level_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` names every command and gives an example."""
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert all(c in out for c in COMMANDS)
    assert "example:" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ((), "the following arguments are required: COMMAND"),
        (("report",), "invalid choice: 'report'"),
        (("summary", EXAMPLE), "the following arguments are required: --period"),
        (("summary", EXAMPLE, "--period", "2020-H3"), "'2020-H3' is not a period"),
        (("summary", EXAMPLE, "--period", "H1"), "expected a year '2020'"),
        (("summary", EXAMPLE, "--period", "2020", "--format", "pdf"), "invalid choice: 'pdf'"),
        (("summary", EXAMPLE, "--period", "2020", "--lang", "fr"), "invalid choice: 'fr'"),
        (("summary", EXAMPLE, "--period", "2020", "--by", "village"), "invalid choice"),
        (("assess", EXAMPLE), "required: --period"),
        (("convert", EXAMPLE), "required: --to"),
        (("convert", EXAMPLE, "--to", "xml"), "invalid choice: 'xml'"),
        (("convert", EXAMPLE, "--to", "json", "--profile", "secret"), "invalid choice"),
        (("validate",), "required: FILE"),
        (("schema", "extra"), "unrecognized arguments: extra"),
    ],
)
def test_usage_errors_exit_2_with_the_reason(
    capsys: pytest.CaptureFixture[str], argv: tuple[str | Path, ...], message: str
) -> None:
    """A usage error is one line naming the command, the reason and its help; status 2."""
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    prog = "congresskit" if not argv or argv[0] not in COMMANDS else f"congresskit {argv[0]}"
    assert err.startswith(f"{prog}: error: ")
    assert err.endswith(f" (see '{prog} --help')\n")
    assert err.count("\n") == 1
    assert "usage:" not in err
    assert message in err


# -- summary ---------------------------------------------------------------------------


def test_summary_prints_the_chinese_markdown_report_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without options the report is Chinese Markdown: the golden zh report."""
    status, out, err = run(capsys, "summary", EXAMPLE, "--period", "2020-H1")
    assert (status, err) == (0, "")
    assert out == (GOLDEN / "summary-2020-H1.zh.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("options", "golden"),
    [
        (("--lang", "en"), "summary-2020-H1.en.md"),
        (("--format", "text"), "summary-2020-H1.zh.txt"),
        (("--format", "text", "--lang", "en"), "summary-2020-H1.en.txt"),
        (("--by", "station"), "summary-2020-H1.by-station.zh.md"),
        (("--by", "group", "--lang", "en", "--format", "text"), "summary-2020-H1.by-group.en.txt"),
    ],
)
def test_summary_options_choose_language_format_and_breakdown(
    capsys: pytest.CaptureFixture[str], options: tuple[str, ...], golden: str
) -> None:
    """--lang, --format and --by give the matching golden report."""
    status, out, _ = run(capsys, "summary", EXAMPLE, "--period", "2020-H1", *options)
    assert status == 0
    assert out == (GOLDEN / golden).read_text(encoding="utf-8")


def test_summary_by_deputy_has_a_row_per_deputy(capsys: pytest.CaptureFixture[str]) -> None:
    """--by deputy appends a table with one row for each deputy in the records."""
    status, out, _ = run(capsys, "summary", EXAMPLE, "--period", "2020-H1", "--by", "deputy")
    assert status == 0
    table = out.split("## 附表：按代表统计\n\n", 1)[1].splitlines()
    assert table[0].startswith("| 代表 | 参加活动 |")
    names = {d.name for d in example_records().deputies}
    assert {row.split(" | ")[0].removeprefix("| ") for row in table[2:]} == names


def test_summary_as_json_gives_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes the summary's figures as JSON, lower bounds marked."""
    status, out, _ = run(capsys, "summary", EXAMPLE, "--period", "2020-H1", "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert data["period"] == "2020-H1"
    assert data["sessions"][0]["suggestions"] == {"value": 63, "at_least": False}
    reception = data["activities_by_kind"]["reception"]
    assert reception["people_received"] == {"value": 200, "at_least": True}
    assert "state" not in data


def test_summary_of_a_period_with_nothing_leaves_sections_out(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A period before any record has only its title: no section full of zeros."""
    status, out, _ = run(capsys, "summary", EXAMPLE, "--period", "2015")
    assert status == 0
    assert out == "# XX镇人民代表大会2015年工作总结\n"


def test_summary_writes_to_a_file_with_o(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-o FILE writes the report there (UTF-8) and nothing to standard output."""
    target = tmp_path / "report.md"
    status, out, _ = run(capsys, "summary", EXAMPLE, "--period", "2020-H1", "-o", target)
    assert (status, out) == (0, "")
    assert target.read_text(encoding="utf-8") == (GOLDEN / "summary-2020-H1.zh.md").read_text(
        encoding="utf-8"
    )


def test_summary_reads_json_lines_as_a_stream(
    capsys: pytest.CaptureFixture[str], example_jsonl: Path
) -> None:
    """A JSON Lines file gives the same report as the document, and no progress off a terminal."""
    status, out, err = run(capsys, "summary", example_jsonl, "--period", "2020-H1")
    assert (status, err) == (0, "")
    assert out == (GOLDEN / "summary-2020-H1.zh.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "and plan for 1 July to 31 December 2020"),
        ("zh", "及2020年7月1日至12月31日工作计划"),
    ],
)
def test_summary_of_a_range_of_months_titles_the_plan_by_its_dates(
    capsys: pytest.CaptureFixture[str], lang: str, title: str
) -> None:
    """The plan 2020-07-01..2020-12-31 follows 2020-01-01..2020-06-30, and is titled so."""
    status, out, _ = run(
        capsys, "summary", EXAMPLE, "--period", "2020-01-01..2020-06-30", "--lang", lang
    )
    assert status == 0
    assert out.splitlines()[0].endswith(title)


@pytest.mark.parametrize("command", ["summary", "assess"])
@pytest.mark.parametrize("kind", ["document", "jsonl", "stdin"])
def test_a_bare_term_period_takes_the_dates_of_the_records_term(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    example_jsonl: Path,
    command: str,
    kind: str,
) -> None:
    """``--period term-19`` reports as the term's own dates do, from a document or a stream."""
    status, expected, _ = run(
        capsys, command, EXAMPLE, "--period", "term-19:2016-12-15..2021-12-14", "--format", "json"
    )
    assert status == 0
    source: Path | str = EXAMPLE if kind == "document" else example_jsonl
    if kind == "stdin":
        stdin_of(monkeypatch, example_jsonl.read_bytes())
        source = "-"
    status, out, err = run(capsys, command, source, "--period", "term-19", "--format", "json")
    assert (status, err) == (0, "")
    assert out == expected


def test_a_term_the_records_do_not_hold_is_one_line_and_status_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--period term-7`` of records with only term 19: one line naming their terms."""
    status, out, err = run(capsys, "summary", EXAMPLE, "--period", "term-7")
    assert (status, out) == (1, "")
    assert err.startswith(
        "congresskit: error: 'term-7' is not a period (the records hold no term 7"
    )
    assert "their terms: term-19" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("kind", ["document", "jsonl"])
def test_summary_reads_standard_input(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    example_jsonl: Path,
    kind: str,
) -> None:
    """``-`` reads a document or JSON Lines from standard input, told apart by content."""
    source = EXAMPLE if kind == "document" else example_jsonl
    stdin_of(monkeypatch, source.read_bytes())
    status, out, _ = run(capsys, "summary", "-", "--period", "2020-H1", "--lang", "en")
    assert status == 0
    assert out == (GOLDEN / "summary-2020-H1.en.md").read_text(encoding="utf-8")


# -- validate --------------------------------------------------------------------------


def test_validate_accepts_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    """A valid file: exit 0, a one-line confirmation, nothing on standard error."""
    status, out, err = run(capsys, "validate", EXAMPLE)
    assert (status, err) == (0, "")
    assert out == f"{EXAMPLE}: {len(example_records())} records, no problems\n"


def _document(**lists: Any) -> str:
    return json.dumps({"format": "congresskit", "version": 1, "profile": "public", **lists})


BAD_FILES = [
    (
        "wrong type",
        _document(places=[{"id": "v1", "name": 5}]),
        ["$.places[0].name: expected a string, got number 5"],
    ),
    (
        "two problems",
        _document(places=[{"id": "v1", "name": "称沱村", "kind": "city"}, {"id": 2, "name": "x"}]),
        ["$.places[0].kind: ", "$.places[1].id: expected a string, got number 2"],
    ),
    (
        "unknown reference",
        _document(groups=[{"id": "g1", "name": "第一小组", "station": "st9"}]),
        ["$.groups[0].station: refers to unknown Station 'st9'"],
    ),
    ("not json", "{oops", ["$: line 1, column 2: "]),
    ("empty", "", ["$: "]),
    ("newer version", '{"format": "congresskit", "version": 99}', ["$.version: "]),
]


@pytest.mark.parametrize(("case", "text", "messages"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_validate_reports_each_problem_on_a_line_with_its_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str, text: str, messages: list[str]
) -> None:
    """Invalid data: exit 1, and one ``FILE: PATH: MESSAGE`` line per problem on stderr."""
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "validate", path)
    assert (status, out) == (1, "")
    lines = err.splitlines()
    assert len(lines) == len(messages)
    for line, message in zip(lines, messages, strict=True):
        assert line.startswith(f"{path}: {message}")


def test_validate_names_the_bad_lines_of_json_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A JSON Lines problem gives its line number: ``FILE:LINE: PATH: MESSAGE``."""
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"format":"congresskit","version":1,"profile":"public"}\n'
        '{"type":"place","id":"v1","name":"称沱村"}\n'
        '{"type":"place","id":"v2","name":7}\n',
        encoding="utf-8",
    )
    status, _, err = run(capsys, "validate", path)
    assert status == 1
    assert err == f"{path}:3: $.name: expected a string, got number 7\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xef\xbb\xbf{}", "byte order mark"),
        ('{"名": 1}'.encode("gb18030"), "not UTF-8"),
    ],
)
def test_validate_explains_bytes_it_cannot_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, message: str
) -> None:
    """A byte order mark or a non-UTF-8 file is one clear line, not a decoding traceback."""
    path = tmp_path / "bytes.json"
    path.write_bytes(data)
    status, _, err = run(capsys, "validate", path)
    assert status == 1
    assert err.startswith(f"{path}: $: ")
    assert message in err


DEEP = b"[" * 100_000 + b"]" * 100_000 + b"\n"
NESTED_TOO_DEEPLY = "the JSON is nested too deeply to read"


@pytest.mark.parametrize(
    "argv",
    [
        ("validate",),
        ("summary", "--period", "2020-H1"),
        ("assess", "--period", "2020"),
        ("convert", "--to", "jsonl"),
    ],
)
@pytest.mark.parametrize("source", ["stdin", ".json", ".jsonl", ".txt"])
def test_deeply_nested_json_is_one_clear_line_from_every_input(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: tuple[str, ...],
    source: str,
) -> None:
    """100,000 nested brackets, piped in or in any file: status 1 and one line, not a bug."""
    if source == "stdin":
        stdin_of(monkeypatch, DEEP)
        where = "<stdin>"
    else:
        path = tmp_path / f"deep{source}"
        path.write_bytes(DEEP)
        where = str(path)
    status, out, err = run(capsys, argv[0], "-" if source == "stdin" else where, *argv[1:])
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith(f"{where}")
    assert NESTED_TOO_DEEPLY in err
    assert "column None" not in err


def test_a_missing_file_is_one_line_and_status_1(capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist: exit 1 and a line saying so."""
    status, _, err = run(capsys, "validate", "no/such/file.json")
    assert status == 1
    assert err == "congresskit: error: cannot read 'no/such/file.json': No such file or directory\n"


def test_an_unwritable_output_is_one_line_and_status_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-o into a directory that does not exist: exit 1 and a line saying so."""
    target = tmp_path / "missing" / "report.md"
    status, out, err = run(capsys, "summary", EXAMPLE, "--period", "2020", "-o", target)
    assert (status, out) == (1, "")
    assert err.startswith(f"congresskit: error: cannot write '{target}'")


# -- assess ----------------------------------------------------------------------------


def test_assess_ranks_every_serving_deputy(capsys: pytest.CaptureFixture[str]) -> None:
    """The table has a row per serving deputy, ranked, with the 12345 rules as columns."""
    status, out, _ = run(capsys, "assess", EXAMPLE, "--period", "2020")
    assert status == 0
    rows = [line for line in out.splitlines() if line.startswith("| ") and line[2].isdigit()]
    serving = [
        d for d in example_records().deputies if any(m.kind.value == "term" for m in d.memberships)
    ]
    assert len(rows) == len(serving)
    assert rows[0].startswith("| 1 | ")
    assert "提出建议（每年≥2）" in out
    assert "积分表：人大代表履职积分表（示例）" in out


def test_assess_in_english_text(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en --format text gives an English plain-text table."""
    status, out, _ = run(
        capsys, "assess", EXAMPLE, "--period", "2020", "--lang", "en", "--format", "text"
    )
    assert status == 0
    assert out.startswith("Duty assessment of deputies, 2020\n=====")
    assert "suggestions raised (≥2 per year)" in out


def test_assess_with_another_standard(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--standard FILE replaces 12345: its rules are the columns, as JSON its codes."""
    standard = tmp_path / "standard.json"
    standard.write_text(
        json.dumps(
            {
                "name": "两个一",
                "rules": [{"code": "a", "metric": "speeches", "threshold": 1, "window": "session"}],
            }
        ),
        encoding="utf-8",
    )
    status, out, _ = run(
        capsys, "assess", EXAMPLE, "--period", "2020", "--standard", standard, "--format", "json"
    )
    assert status == 0
    data = json.loads(out)
    assert data["standard"]["name"] == "两个一"
    assert {r["rule"] for d in data["deputies"] for r in d["results"]} == {"a"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"name": "x", "rules": [{"code": "a", "metric": "speeches", "threshold": "3", '
            '"window": "session"}]}',
            "$.rules[0].threshold: ",
        ),
        ("[oops", "is not a JSON duty standard"),
    ],
)
def test_assess_reports_a_bad_standard_with_paths(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, message: str
) -> None:
    """A standard that is not valid: exit 1, each problem with its path in the file."""
    standard = tmp_path / "standard.json"
    standard.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "assess", EXAMPLE, "--period", "2020", "--standard", standard)
    assert status == 1
    assert message in err
    assert str(standard) in err


# -- convert and schema ----------------------------------------------------------------


def test_convert_round_trips_through_json_lines(
    capsys: pytest.CaptureFixture[str], example_jsonl: Path
) -> None:
    """Document -> JSON Lines -> document gives back the bundled example, byte for byte."""
    assert example_jsonl.read_text(encoding="utf-8").startswith('{"format":"congresskit"')
    status, out, _ = run(capsys, "convert", example_jsonl, "--to", "json")
    assert status == 0
    assert out == EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(("to", "profile", "kept"), [
    ("json", "public", False), ("json", "full", True), ("jsonl", "public", False),
    ("jsonl", "full", True),
])  # fmt: skip
def test_convert_profile_decides_whether_contact_details_go_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, to: str, profile: str, kept: bool
) -> None:
    """The public profile (the default) drops deputies' contact details; full keeps them."""
    phone = Contact(phone="13800000000")
    deputy = Deputy(id="d1", name="张华", levels=(Level.TOWN,), contact=phone)
    source = tmp_path / "full.json"
    source.write_text(dumps(RecordSet(deputies=(deputy,)), profile="full"), encoding="utf-8")
    status, out, _ = run(capsys, "convert", source, "--to", to, "--profile", profile)
    assert status == 0
    assert ("13800000000" in out) is kept
    assert f'"profile": "{profile}"' in out or f'"profile":"{profile}"' in out


def test_schema_is_a_draft_2020_12_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """``schema`` prints the exchange format's JSON Schema, which accepts the example."""
    import jsonschema

    status, out, _ = run(capsys, "schema")
    assert status == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.validate(json.loads(EXAMPLE.read_text(encoding="utf-8")), schema)


# -- the real entry point ----------------------------------------------------------------


def shell(*argv: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m congresskit`` as a user's shell would."""
    return subprocess.run(
        [sys.executable, "-m", "congresskit", *map(str, argv)],
        input=None if stdin is None else stdin.decode("utf-8"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )


def test_entry_point_prints_the_report_of_the_quick_start() -> None:
    """README's quick start command prints the Chinese report and exits 0."""
    done = shell("summary", "examples/xx-town-2020.json", "--period", "2020-H1")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (GOLDEN / "summary-2020-H1.zh.md").read_text(encoding="utf-8")


def test_entry_point_reports_invalid_data_without_a_traceback(tmp_path: Path) -> None:
    """Invalid data through the real entry point: status 1, problem lines, no traceback."""
    path = tmp_path / "bad.json"
    path.write_text(_document(places=[{"id": "v1", "name": 5}]), encoding="utf-8")
    done = shell("validate", path)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == f"{path}: $.places[0].name: expected a string, got number 5\n"


def test_entry_point_usage_error_exits_2() -> None:
    """A malformed period through the real entry point: status 2, one line on stderr."""
    done = shell("summary", "examples/xx-town-2020.json", "--period", "2020-H9")
    assert done.returncode == 2
    assert done.stderr.startswith("congresskit summary: error: argument --period: '2020-H9'")
    assert done.stderr.count("\n") == 1


def test_entry_point_streams_json_lines_from_standard_input(example_jsonl: Path) -> None:
    """JSON Lines piped in: the report, and nothing on stderr (not a terminal: no progress)."""
    done = shell(
        "summary", "-", "--period", "2020-H1", "--lang", "en", stdin=example_jsonl.read_bytes()
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (GOLDEN / "summary-2020-H1.en.md").read_text(encoding="utf-8")


def test_bundled_example_is_a_fresh_dump_of_the_example_records() -> None:
    """examples/xx-town-2020.json is what examples/make_example.py writes now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_example", ROOT / "examples/make_example.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert EXAMPLE.read_text(encoding="utf-8") == module.example_document()
    assert load(EXAMPLE) == example_records()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "argv",
    [("summary", "--period", "2020-H1"), ("validate",), ("convert", "--to", "json", "-o", "-")],
)
def test_progress_is_shown_on_a_terminal_while_json_lines_are_read(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    example_jsonl: Path,
    argv: tuple[str, ...],
) -> None:
    """With standard error a terminal, reading JSON Lines draws a count, then erases it."""
    import functools

    from congresskit.cli import _commands as _cli_commands
    from congresskit.cli._progress import Progress

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(_cli_commands, "Progress", functools.partial(Progress, interval=0.0))
    assert main([argv[0], str(example_jsonl), *argv[1:]]) == 0
    shown = terminal.getvalue()
    assert f"\r{example_jsonl}: 10 lines" in shown
    assert shown.endswith("\r\x1b[K")


@pytest.mark.parametrize(
    ("raised", "status", "line"),
    [
        (RuntimeError("boom"), 70, "congresskit: internal error: RuntimeError: boom"),
        (KeyboardInterrupt(), 130, "congresskit: interrupted"),
    ],
)
def test_a_bug_or_an_interrupt_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    raised: BaseException,
    status: int,
    line: str,
) -> None:
    """An unexpected error exits 70 and an interrupt 130, each with a line, no traceback."""
    from congresskit.cli import _commands as _cli_commands

    def fail(args: object) -> int:
        raise raised

    monkeypatch.setattr(_cli_commands, "schema", fail)
    monkeypatch.delenv("CONGRESSKIT_DEBUG", raising=False)
    code, out, err = run(capsys, "schema")
    assert (code, out) == (status, "")
    assert err.splitlines()[0] == line
    assert "Traceback" not in err


def test_congresskit_debug_shows_the_traceback_of_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """With CONGRESSKIT_DEBUG set, a bug propagates so its traceback can be read."""
    from congresskit.cli import _commands as _cli_commands

    def fail(args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(_cli_commands, "schema", fail)
    monkeypatch.setenv("CONGRESSKIT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["schema"])


def test_tombstones_in_json_lines_are_passed_over_by_summary_and_kept_by_convert(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A deletion in a stream is not a record to count, but a conversion passes it on."""
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"format":"congresskit","version":1,"profile":"public"}\n'
        '{"type":"place","id":"v1","name":"称沱村"}\n'
        '{"type":"place","id":"v2","deleted":"2020-07-01T09:00:00+08:00"}\n',
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "summary", path, "--period", "2020", "--lang", "en")
    assert (status, out) == (0, "# Work summary of the congress for 2020\n")
    status, out, _ = run(capsys, "convert", path, "--to", "jsonl")
    assert status == 0
    assert out.splitlines()[2] == '{"type":"place","id":"v2","deleted":"2020-07-01T09:00:00+08:00"}'
