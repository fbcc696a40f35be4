"""Notebook display: short reprs, and compact HTML tables in the chosen language."""

from __future__ import annotations

import html.parser
from collections.abc import Iterator

import attrs
import pytest

from congresskit import (
    Assessment,
    PeriodSummary,
    RecordSet,
    UsageError,
    assess,
    display_language,
    example_records,
    set_display_language,
    summarize,
)

RECORDS = example_records()


@pytest.fixture
def english() -> Iterator[None]:
    """Show English for one test, then Chinese again."""
    set_display_language("en")
    yield
    set_display_language("zh")


class _Cells(html.parser.HTMLParser):
    """The text of every table cell and heading, in order; checks the tags balance."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.rows: list[list[str]] = []
        self.headings: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.open.append(tag)
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self.rows[-1].append("")
        if tag.startswith("h") and tag[1:].isdigit():
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] in ("td", "th"):
            self.rows[-1][-1] += data
        elif self.open and self.open[-1].startswith("h") and self.open[-1][1:].isdigit():
            self.headings[-1] += data


def _cells(text: str) -> _Cells:
    parser = _Cells()
    parser.feed(text)
    parser.close()
    assert not parser.open
    return parser


def test_reprs_are_one_short_line() -> None:
    """A summary, an assessment and a record set repr in one line naming what they hold."""
    summary = summarize(RECORDS, "2020-H1")
    result = assess(RECORDS, "2020-H1")
    for value, start in [
        (RECORDS, "<RecordSet 'xx-town': "),
        (summary, "<PeriodSummary 2020-H1: "),
        (result, "<Assessment 2020-H1 standard='12345': "),
    ]:
        text = repr(value)
        assert text.startswith(start)
        assert "\n" not in text
        assert len(text) < 250
    assert f"deputies={len(RECORDS.deputies)}" in repr(RECORDS)
    assert f"activities={len(RECORDS.activities)}" in repr(summary)
    assert repr(RecordSet()) == "<RecordSet no congress: no records>"


def test_summary_table_shows_the_headline_in_chinese_by_default() -> None:
    """The table's rows are the headline figures, with Chinese labels and 至少 for bounds."""
    summary: PeriodSummary = summarize(RECORDS, "2020-H1")
    cells = _cells(summary._repr_html_())
    assert cells.headings == ["2020-H1 工作概况"]
    rows = {r[0]: r[1] for r in cells.rows[1:]}
    assert rows["召开会议"] == "1"
    assert rows["接待群众人次"] == "至少200"
    assert len(rows) == len(summary.headline)


def test_summary_table_in_english_when_chosen(english: None) -> None:
    """After set_display_language("en") the labels and the title are English."""
    assert display_language() == "en"
    cells = _cells(summarize(RECORDS, "2020-H1")._repr_html_())
    assert cells.headings == ["2020-H1 summary"]
    rows = {r[0]: r[1] for r in cells.rows[1:]}
    assert rows["sessions held"] == "1"
    assert rows["people received"] == "200+"


def test_assessment_table_has_a_row_per_deputy_in_rank_order() -> None:
    """The assessment's table lists every assessed deputy, first rank first."""
    result: Assessment = assess(RECORDS, "2020-H1")
    cells = _cells(result._repr_html_())
    body = cells.rows[1:]
    assert len(body) == len(result.deputies)
    assert [r[1] for r in body] == [d.name for d in result.deputies]
    assert body[0][0] == "1"
    first = result.deputies[0]
    assert body[0][2:] == [str(first.points), str(first.rules_met), str(first.rules_failed), "否"]


def test_record_set_table_counts_each_type_and_escapes_names() -> None:
    """A record set's table counts its records by type; names are HTML-escaped."""
    cells = _cells(RECORDS._repr_html_())
    rows = {r[0]: r[1] for r in cells.rows[1:]}
    assert rows["代表"] == str(len(RECORDS.deputies))
    assert rows["活动"] == str(len(RECORDS.activities))
    assert "删除记录" not in rows  # no tombstones: the row is left out
    assert RECORDS.congress is not None
    odd = attrs.evolve(RECORDS, congress=attrs.evolve(RECORDS.congress, name="<b>X</b>镇人大"))
    assert "<b>" not in odd._repr_html_()
    assert _cells(odd._repr_html_()).headings[0].startswith("<b>X</b>镇人大")


def test_an_unknown_display_language_is_refused() -> None:
    """Only zh and en can be chosen; the error says which."""
    with pytest.raises(UsageError, match="'zh' or 'en'"):
        set_display_language("fr")  # type: ignore[arg-type]
    assert display_language() == "zh"
