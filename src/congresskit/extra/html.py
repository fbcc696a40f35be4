"""Work reports as one self-contained HTML page, with the charts as inline SVG.

No optional library is needed, and the page needs no network: the styles are
in the page, the charts are SVG inside it, and there is no script. It prints
on A4 as it shows on screen, with the charts after the report.

>>> from congresskit import example_records, summarize
>>> page = summary_html(summarize(example_records(), "2020-H1"))
>>> page.startswith("<!DOCTYPE html>"), page.count("<svg")
(True, 5)
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Literal

from congresskit.assessment import Assessment
from congresskit.extra.charts import Chart, report_charts, to_svg
from congresskit.reports._assessment import assessment_blocks
from congresskit.reports._blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.reports.render import language_of, report_blocks
from congresskit.summary import PeriodSummary

__all__ = ["assessment_html", "summary_html"]

_STYLE = """
@page { size: A4; margin: 25mm 20mm; }
body { font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, 'Songti SC',
       'WenQuanYi Micro Hei', serif; font-size: 16px; line-height: 1.8; color: #111;
       max-width: 52em; margin: 2em auto; padding: 0 1em; background: #fff; }
h1 { text-align: center; font-size: 1.6em; margin-bottom: 1.2em; }
h2 { font-family: SimHei, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;
     font-size: 1.15em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin-top: 1.2em; }
p { text-indent: 2em; margin: 0.4em 0; }
table { border-collapse: collapse; margin: 0.8em auto; font-size: 0.9em; }
th, td { border: 1px solid #555; padding: 0.2em 0.6em; }
th { background: #eef3f8; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1em auto; text-align: center; page-break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{html.escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p>{html.escape(block.text)}</p>"
    if isinstance(block, Bullets):
        items = "".join(f"<li>{html.escape(i)}</li>" for i in block.items)
        return f"<ul>{items}</ul>"
    return _table(block)


def _table(block: Table) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in block.header)
    rows = []
    for row in block.rows:
        cells = "".join(
            f'<td class="n">{html.escape(c)}</td>'
            if i in block.numeric
            else f"<td>{html.escape(c)}</td>"
            for i, c in enumerate(row)
        )
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _page(blocks: Sequence[Block], charts: Sequence[Chart], lang: str) -> str:
    title = next((b.text for b in blocks if isinstance(b, Heading)), "congresskit")
    body = [_block(b) for b in blocks]
    if charts:
        body.append(f"<h2>{'附图' if lang == 'zh' else 'Charts'}</h2>")
        body.extend(f'<figure id="chart-{c.key}">{to_svg(c)}</figure>' for c in charts)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def summary_html(
    summary: PeriodSummary,
    *,
    lang: Literal["zh", "en"] = "zh",
    by: Sequence[str] = (),
    charts: bool = True,
) -> str:
    """The period's work report as one self-contained HTML page with SVG charts.

    Args:
        summary: what :func:`congresskit.summarize` returned.
        lang: ``"zh"`` (the default) or ``"en"``.
        by: breakdown tables to add.
        charts: add the report's charts.
    """
    blocks = report_blocks(summary, lang=lang, by=by)
    return _page(blocks, report_charts(summary, lang=lang) if charts else (), lang)


def assessment_html(assessment: Assessment, *, lang: Literal["zh", "en"] = "zh") -> str:
    """A duty assessment as one self-contained HTML page."""
    return _page(assessment_blocks(assessment, language_of(lang)), (), lang)
