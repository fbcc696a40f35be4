"""Work reports and assessment tables as Word documents, laid out as official documents are.

Needs the ``office`` extra (python-docx, matplotlib). The layout follows
GB/T 9704 (the format of Chinese official documents): A4 with its margins, a
centred title in a Song-style display font at size 2 (22 pt), body text in
FangSong at size 3 (16 pt) with a two-character first-line indent, first-level
headings in HeiTi and second-level in KaiTi, and page numbers ``— 1 —`` at
the foot. Breakdown tables are real Word tables; the report's charts are
embedded at the end.

>>> import io, docx
>>> from congresskit import example_records, summarize
>>> data = summary_docx(summarize(example_records(), "2020-H1"))
>>> document = docx.Document(io.BytesIO(data))
>>> document.paragraphs[0].text
'XX镇人民代表大会2020年上半年工作总结及2020年下半年工作计划'
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Literal

from congresskit.assessment import Assessment
from congresskit.extra import require
from congresskit.extra._png import to_png
from congresskit.extra.charts import Chart, report_charts
from congresskit.reports._assessment import assessment_blocks
from congresskit.reports._blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.reports.render import language_of, report_blocks
from congresskit.summary import PeriodSummary

__all__ = ["assessment_docx", "summary_docx"]

docx = require("docx", "office")
from docx.enum.section import WD_ORIENT  # noqa: E402 - after the check above
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

# GB/T 9704: the fonts and sizes of each kind of line (size 2 = 22 pt, size 3 = 16 pt).
_TITLE = ("方正小标宋简体", 22)
_BODY = ("仿宋_GB2312", 16)
_HEADINGS = {2: ("黑体", 16), 3: ("楷体_GB2312", 16), 4: ("仿宋_GB2312", 16)}
_TABLE = ("仿宋_GB2312", 12)
_LATIN = "Times New Roman"


def _font(run: Any, name: str, size: float, *, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = _LATIN
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)


def _paragraph(
    document: Any, text: str, font: tuple[str, float], *, indent: bool = True, bold: bool = False
) -> Any:
    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(font[1] * 2)
    paragraph.paragraph_format.line_spacing = Pt(28)  # 22 lines to the page
    paragraph.paragraph_format.space_after = Pt(0)
    _font(paragraph.add_run(text), font[0], font[1], bold=bold)
    return paragraph


def _page_numbers(section: Any) -> None:
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(footer.add_run("— "), "宋体", 14)
    run = footer.add_run()
    _font(run, "宋体", 14)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag is None:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = text
            run._r.append(code)
        else:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), tag)
            run._r.append(mark)
    _font(footer.add_run(" —"), "宋体", 14)


def _table(document: Any, block: Table) -> None:
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate((block.header, *block.rows)):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            numeric = c in block.numeric and r > 0
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.RIGHT
                if numeric
                else WD_ALIGN_PARAGRAPH.CENTER
                if r == 0
                else WD_ALIGN_PARAGRAPH.LEFT
            )
            _font(paragraph.add_run(text), "黑体" if r == 0 else _TABLE[0], _TABLE[1])
    document.add_paragraph()


def _document(blocks: Sequence[Block], charts: Sequence[Chart], lang: str) -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _page_numbers(section)
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            title = _paragraph(document, block.text, _TITLE, indent=False)
            title.alignment = WD_ALIGN_PARAGRAPH.CENTER
            title.paragraph_format.space_after = Pt(28)
        elif isinstance(block, Heading):
            font = _HEADINGS.get(block.level, _BODY)
            _paragraph(document, block.text, font, bold=block.level >= 4)
        elif isinstance(block, Paragraph):
            _paragraph(document, block.text, _BODY)
        elif isinstance(block, Bullets):
            for item in block.items:
                _paragraph(document, item, _BODY)
        else:
            _table(document, block)
    if charts:
        _paragraph(document, "附图" if lang == "zh" else "Charts", _HEADINGS[2])
        for chart in charts:
            picture = document.add_paragraph()
            picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture.add_run().add_picture(io.BytesIO(to_png(chart)), width=Mm(150))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def summary_docx(
    summary: PeriodSummary,
    *,
    lang: Literal["zh", "en"] = "zh",
    by: Sequence[str] = (),
    charts: bool = True,
) -> bytes:
    """The period's work report as a Word document (``.docx`` bytes).

    Args:
        summary: what :func:`congresskit.summarize` returned.
        lang: ``"zh"`` (the default) or ``"en"``.
        by: breakdown tables to add (``"station"``, ``"group"``, ``"deputy"``, ``"unit"``).
        charts: embed the report's charts (they need a font with Chinese glyphs).
    """
    blocks = report_blocks(summary, lang=lang, by=by)
    return _document(blocks, report_charts(summary, lang=lang) if charts else (), lang)


def assessment_docx(assessment: Assessment, *, lang: Literal["zh", "en"] = "zh") -> bytes:
    """A duty assessment as a Word document: the title, the table and its notes."""
    return _document(assessment_blocks(assessment, language_of(lang)), (), lang)
