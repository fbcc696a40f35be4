"""Office formats: workbooks and CSV folders in and out, Word and HTML reports, CLI choices."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings

from congresskit import RecordSet, example_records, load, summarize
from congresskit.cli import main
from congresskit.strategies import record_sets
from tests.budget import examples

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")

from congresskit.extra._layout import layout  # noqa: E402
from congresskit.extra.csvdata import read_csv, write_csv  # noqa: E402
from congresskit.extra.sheets import SheetError, from_tables, to_tables  # noqa: E402
from congresskit.extra.xlsx import read_workbook, write_template, write_workbook  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"


def _book(records: RecordSet, lang: str = "zh") -> Any:
    out = io.BytesIO()
    write_workbook(records, out, lang=lang)  # type: ignore[arg-type]
    out.seek(0)
    return openpyxl.load_workbook(out)


def _read(book: Any) -> RecordSet:
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    return read_workbook(out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_example_round_trips_through_a_workbook(lang: str) -> None:
    """JSON -> xlsx -> records gives the same records, in either language."""
    records = example_records()
    assert _read(_book(records, lang)) == records


CORPUS = sorted(p for p in (ROOT / "examples" / "real").glob("*.json") if p.name.count(".") == 1)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus_documents_round_trip_through_a_workbook(path: Path) -> None:
    """Every real record of the corpus comes back from a workbook unchanged: a figure the
    source leaves unstated (a ballot's votes against) stays unstated, never 0."""
    records = load(path)
    assert _read(_book(records)) == records


def test_example_round_trips_through_csv(tmp_path: Path) -> None:
    """CSV files and their datapackage.json read back to the same records."""
    write_csv(example_records(), tmp_path)
    assert read_csv(tmp_path) == example_records()
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    events = next(r for r in package["resources"] if r["path"] == "suggestions.events.csv")
    names = {f["name"]: f for f in events["schema"]["fields"]}
    assert names["日期"]["type"] == "date"
    assert names["日期"]["en"] == "date"
    assert "交办" in names["类别"]["constraints"]["enum"]


@settings(max_examples=examples(10), deadline=None, suppress_health_check=list(HealthCheck))
@given(record_sets())
def test_generated_record_sets_round_trip_through_tables(records: RecordSet) -> None:
    """Any valid record set laid out in tables reads back unchanged (the layout loses nothing).

    The one exception: an object with every field empty (contact details, an activity's
    dispositions) is no cells at all, and reads back as no object.
    """
    assume(
        all(d.contact is None or attrs.astuple(d.contact) != (None,) * 3 for d in records.deputies)
    )
    assume(
        all(
            a.dispositions is None or any(v is not None for v in attrs.astuple(a.dispositions))
            for a in records.activities
        )
    )
    tables = to_tables(records)
    assert from_tables({t.name: [t.header, *t.rows] for t in tables}) == records


def test_workbook_looks_as_an_office_expects() -> None:
    """Instructions first; Chinese headers; enum labels with drop-downs; real dates; ids kept."""
    book = _book(example_records())
    assert book.sheetnames[0] == "填写说明"
    sheet = book["活动"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["编号", "备注", "类型", "标题"]
    assert sheet["C2"].value in {
        "视察",
        "调研",
        "执法检查",
        "监督",
        "走访",
        "接访",
        "学习",
        "专项工作",
    }
    assert sheet["E2"].is_date
    assert sheet.data_validations.dataValidation
    events = book["建议-办理过程"]
    assert [c.value for c in events[1]][:4] == ["建议编号", "序号", "类别", "日期"]
    assert events["A2"].value == "s8-001"


def test_every_sheet_and_column_has_a_chinese_name() -> None:
    """No sheet or column of a Chinese workbook falls back to the format's English key, and
    every enum column offers Chinese labels in its drop-down (ids and codes aside)."""
    english = re.compile("[A-Za-z]{3,}")
    untranslated = [t.zh for t in layout() if english.search(t.zh)]
    untranslated += [f"{t.zh}: {c.zh}" for t in layout() for c in t.columns if english.search(c.zh)]
    assert untranslated == []
    # The deleted records' kinds are the format's record names: they have no labels.
    unlabelled = [
        f"{t.zh}: {c.zh}"
        for t in layout()
        for c in t.columns
        if c.kind == "enum" and c.enum is None and t.key != "tombstones"
    ]
    assert unlabelled == []
    for table in layout():
        headers = [c.zh for c in table.columns]
        assert len(set(headers)) == len(headers), table.key
    # A suggestion's number is its own (建议号), not the order the shared name says (次序).
    (suggestions,) = [t for t in layout() if t.key == "suggestions"]
    assert ("建议号", "suggestion number") in [(c.zh, c.en) for c in suggestions.columns]


def _activity_row(sheet: Any, column: str) -> int:
    header = [c.value for c in sheet[1]]
    return header.index(column) + 1


def test_reading_accepts_what_people_type() -> None:
    """English values for enums, dates as text, approximate figures, numbers as text."""
    book = _book(example_records())
    sheet = book["活动"]
    sheet.cell(row=2, column=_activity_row(sheet, "类型")).value = "inspection"
    sheet.cell(row=2, column=_activity_row(sheet, "开始日期")).value = "2020年1月3日"
    sheet.cell(row=3, column=_activity_row(sheet, "开始日期")).value = "2020/1/4"
    sheet.cell(row=2, column=_activity_row(sheet, "接待群众人次")).value = "200余"
    records = _read(book)
    first, second = records.activities[0], records.activities[1]
    assert first.kind.value == "inspection"
    assert str(first.start) == "2020-01-03"
    assert str(second.start) == "2020-01-04"
    assert first.people_received is not None
    assert (first.people_received.value, first.people_received.at_least) == (200, True)


def test_problems_are_reported_all_at_once_with_sheet_row_and_column() -> None:
    """A bad date, an unknown label, a list row without its owner: three lines, nothing loaded."""
    book = _book(example_records())
    sheet = book["活动"]
    sheet.cell(row=7, column=_activity_row(sheet, "开始日期")).value = "去年春天"
    sheet.cell(row=4, column=_activity_row(sheet, "类型")).value = "开会"
    participants = book["活动-参加代表"]
    participants.cell(row=2, column=1).value = "no-such-activity"
    with pytest.raises(SheetError) as caught:
        _read(book)
    lines = [str(p) for p in caught.value.problems]
    assert any(line.startswith('活动 第7行 "开始日期": 应为日期') for line in lines)
    assert any(
        line.startswith('活动 第4行 "类型": 未知的取值') and "视察（inspection）" in line
        for line in lines
    )
    assert any(line.startswith('活动-参加代表 第2行 "活动编号"') for line in lines)


def test_record_problems_found_by_the_strict_reading_point_at_the_cell() -> None:
    """A reference to a deputy that does not exist is reported at the participants cell."""
    book = _book(example_records())
    participants = book["活动-参加代表"]
    participants.cell(row=3, column=2).value = "d99"
    with pytest.raises(SheetError) as caught:
        _read(book)
    (problem,) = caught.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("活动-参加代表", 3, "参加代表")
    assert "d99" in problem.message


def test_template_is_an_empty_workbook_that_reads_as_no_records() -> None:
    """The template has every sheet and its headers, and reads back as an empty record set."""
    out = io.BytesIO()
    write_template(out)
    out.seek(0)
    assert read_workbook(out) == RecordSet()


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command line in this process; return the status, stdout and stderr."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_converts_to_a_workbook_and_back_losslessly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """convert --to xlsx, then validate, summary and convert --to json read the workbook."""
    book, back = tmp_path / "book.xlsx", tmp_path / "back.json"
    assert run(capsys, "convert", EXAMPLE, "--to", "xlsx", "-o", book)[0] == 0
    status, out, _ = run(capsys, "validate", book)
    assert (status, out.endswith("no problems\n")) == (0, True)
    assert run(capsys, "convert", book, "--to", "json", "-o", back)[0] == 0
    assert json.loads(back.read_text(encoding="utf-8")) == json.loads(EXAMPLE.read_text("utf-8"))
    status, out, _ = run(capsys, "summary", book, "--period", "2020-H1")
    assert status == 0
    assert out.startswith("# XX镇人民代表大会2020年上半年")


def test_cli_reports_workbook_problems_with_exit_status_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each problem is a line naming the file, sheet, row and column."""
    book = _book(example_records())
    sheet = book["活动"]
    sheet.cell(row=7, column=_activity_row(sheet, "开始日期")).value = "2020-13-45"
    path = tmp_path / "bad.xlsx"
    book.save(path)
    status, out, err = run(capsys, "validate", path, "--lang", "zh")
    assert (status, out) == (1, "")
    assert err.startswith(f'{path}: 活动 第7行 "开始日期": 应为日期')


def test_cli_csv_folder_reads_back(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """convert --to csv writes a folder that every command reads."""
    folder = tmp_path / "open-data"
    assert run(capsys, "convert", EXAMPLE, "--to", "csv", "-o", folder)[0] == 0
    assert (folder / "datapackage.json").exists()
    status, out, _ = run(capsys, "validate", folder)
    assert status == 0, out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("-o", "r.docx"), "docx"),
        (("-o", "r.html"), "html"),
        (("-o", "r.md"), "md"),
        (("--format", "docx", "-o", "r.docx"), "docx"),
    ],
)
def test_output_format_follows_the_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...], expected: str
) -> None:
    """Without --format, -o's suffix picks the format; the file is that format."""
    args = [a if not a.startswith("r.") else str(tmp_path / a) for a in argv]
    status, _, err = run(capsys, "summary", EXAMPLE, "--period", "2020-H1", *args)
    assert status == 0, err
    data = (tmp_path / argv[-1]).read_bytes()
    kinds = {
        "docx": data[:2] == b"PK",
        "html": data.startswith(b"<!DOCTYPE html>"),
        "md": data.startswith(b"# "),
    }
    assert kinds[expected]


def test_a_format_that_contradicts_the_suffix_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--format md -o x.docx exits 2 and writes nothing."""
    target = tmp_path / "x.docx"
    status, _, err = run(
        capsys, "summary", EXAMPLE, "--period", "2020-H1", "--format", "md", "-o", target
    )
    assert status == 2
    assert "does not match" in err or "不一致" in err
    assert not target.exists()


def test_several_breakdowns_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    """--by station,deputy adds both tables, in that order."""
    status, out, _ = run(
        capsys, "summary", EXAMPLE, "--period", "2020-H1", "--by", "station,deputy"
    )
    assert status == 0
    assert out.index("附表：按代表工作站统计") < out.index("附表：按代表统计")


def test_word_report_reads_back_laid_out_as_an_official_document(tmp_path: Path) -> None:
    """python-docx reads the report: a centred title, FangSong body indented, tables, charts."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    from congresskit.extra.docx import summary_docx

    data = summary_docx(summarize(example_records(), "2020-H1"), by=("station",))
    document = docx.Document(io.BytesIO(data))
    title, *body = document.paragraphs
    assert title.text.startswith("XX镇人民代表大会2020年上半年工作总结")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert title.runs[0].font.size.pt == 22
    text = next(p for p in body if p.text.startswith("上半年"))
    assert text.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert text.runs[0].font.size.pt == 16
    assert text.paragraph_format.first_line_indent.pt == 32
    assert document.tables[0].cell(1, 0).text == "场镇人大代表工作站"
    assert len(document.inline_shapes) >= 4
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_html_report_renders_in_a_real_browser(tmp_path: Path) -> None:
    """Headless Chromium renders the page: not blank, charts present, no console errors."""
    browser = _chromium()
    if browser is None:
        pytest.skip("no Chromium found (.ci/run installs it)")
    from congresskit.extra.html import summary_html

    page = tmp_path / "report.html"
    page.write_text(summary_html(summarize(example_records(), "2020-H1")), encoding="utf-8")
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=900,1400",
            "--enable-logging=stderr",
            "--v=0",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shot.exists(), done.stderr
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    assert console == []
    pillow = pytest.importorskip("PIL.Image")
    image = pillow.open(shot).convert("L")
    low, high = image.getextrema()
    assert high - low > 100  # text on white, not a blank page
    dark = sum(image.histogram()[:128])
    assert dark > 1000
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    ).stdout
    assert dom.count("<svg") == 5


def test_charts_show_chinese_with_a_cjk_font() -> None:
    """The chart font has glyphs for the chart's Chinese text (no empty boxes)."""
    pytest.importorskip("matplotlib")
    from matplotlib.ft2font import FT2Font

    from congresskit.extra._png import FontMissingError, cjk_font, to_png
    from congresskit.extra.charts import report_charts

    try:
        font = FT2Font(cjk_font())
    except FontMissingError:
        pytest.skip("no CJK font installed (.ci/run installs one)")
    charts = report_charts(summarize(example_records(), "2020-H1"))
    characters = {ch for c in charts for ch in c.title + "".join(c.categories) if ord(ch) > 0x2E80}
    assert characters
    cmap = font.get_charmap()
    assert all(ord(ch) in cmap for ch in characters)
    assert to_png(charts[0])[:8] == b"\x89PNG\r\n\x1a\n"
