"""The report writers: Markdown and plain text from the same blocks."""

from __future__ import annotations

import pytest

from congresskit import Count
from congresskit.reports import _en_words as en
from congresskit.reports import _zh_words as zh
from congresskit.reports._blocks import Bullets, Heading, Paragraph, Table, to_markdown, to_text


def test_text_tables_align_chinese_by_display_width() -> None:
    """CJK characters take two columns, so a zh table's columns still line up."""
    table = Table(("工作站", "接待群众"), (("称沱村站", "45"), ("场镇站", "120")), numeric=(1,))
    lines = to_text([table]).splitlines()
    assert lines == [
        "工作站    接待群众",
        "--------  --------",
        "称沱村站        45",
        "场镇站         120",
    ]


def test_markdown_escapes_pipes_in_cells() -> None:
    """A cell holding ``|`` does not split the Markdown table row."""
    out = to_markdown([Table(("a",), (("x|y",),))])
    assert "| x\\|y |" in out


def test_text_wraps_english_paragraphs_and_bullets_when_asked() -> None:
    """English text folds at the width given; bullets keep a hanging indent."""
    words = " ".join(["deputies"] * 20)
    out = to_text([Paragraph(words), Bullets((words,))], wrap=40)
    assert all(len(line) <= 40 for line in out.splitlines())
    assert "\n  deputies" in out


def test_headings_below_level_two_are_not_underlined() -> None:
    """Level 3 headings are plain lines in text and ``###`` in Markdown."""
    blocks = [Heading(3, "(一)依法开好人代会")]
    assert to_text(blocks) == "(一)依法开好人代会\n"
    assert to_markdown(blocks) == "### (一)依法开好人代会\n"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (2020, "二千零二十"),
    ],
)
def test_chinese_numerals(n: int, expected: str) -> None:
    """Ordinals read as written in reports: 第十九届, 第八次, 一百零一."""
    assert zh.numeral(n) == expected


@pytest.mark.parametrize("n", [0, -1])
def test_chinese_numerals_refuse_numbers_below_one(n: int) -> None:
    """Ordinals start at one; anything else is an error (10,000 and more are written)."""
    with pytest.raises(ValueError, match="1 or more"):
        zh.numeral(n)


@pytest.mark.parametrize(
    ("value", "zh_text", "en_text"),
    [
        (Count(200, at_least=True), "200余人次", "200+"),
        (Count(63), "63人次", "63"),
        (Count(12345), "12345人次", "12,345"),
    ],
)
def test_counts_read_right_in_each_language(value: Count, zh_text: str, en_text: str) -> None:
    """A lower bound is 余 in Chinese and + in English; exact figures stay exact."""
    assert zh.count(value, "人次") == zh_text
    assert en.count(value) == en_text


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (1, "station", "1 station"),
        (4, "station", "4 stations"),
        (Count(1, at_least=True), "village", "1+ villages"),
        (2, "activity", "2 activities"),
        (2, "survey", "2 surveys"),
        (3, "person", "3 people"),
    ],
)
def test_english_plurals(n: int | Count, noun: str, expected: str) -> None:
    """Nouns agree with their figure; a lower bound is always plural."""
    nouns = "people" if noun == "person" else None
    assert en.plural(n, noun, nouns) == expected
