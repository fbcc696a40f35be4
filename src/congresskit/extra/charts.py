"""The charts of a work report, as data, and drawn as SVG (no optional library needed).

:func:`report_charts` picks from a period summary the figures a congress
office charts: activities by month and by kind, suggestions by status and by
outcome, people received by station, and plan targets planned against done.
:func:`to_svg` draws one as a self-contained SVG bar chart, for HTML pages;
:mod:`congresskit.extra.docx` draws them with matplotlib for Word.

>>> from congresskit import example_records, summarize
>>> charts = report_charts(summarize(example_records(), "2020-H1"))
>>> [c.title for c in charts][:2]
['各月活动次数', '各类活动次数']
>>> charts[0].categories[:2], charts[0].series[0].values[:2]
(('1月', '2月'), (10, 8))
>>> to_svg(charts[0]).startswith("<svg")
True
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import attrs

from congresskit.records.labels import Lang, label
from congresskit.summary import PeriodSummary

__all__ = ["Chart", "Series", "report_charts", "to_svg"]

_COLOURS = ("#c0392b", "#2e86c1", "#27ae60", "#d68910")
_FONTS = (
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', "
    "'PingFang SC', SimHei, sans-serif"
)


@attrs.frozen(kw_only=True)
class Series:
    """One series of bars: a name and a value per category (``at_least``: a lower bound)."""

    name: str
    values: tuple[int, ...]
    at_least: tuple[bool, ...] = ()


@attrs.frozen(kw_only=True)
class Chart:
    """A bar chart: a title, the categories along the axis, and one or more series."""

    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]


def _words(lang: str) -> dict[str, str]:
    zh = lang == "zh"
    return {
        "by_month": "各月活动次数" if zh else "Activities by month",
        "by_kind": "各类活动次数" if zh else "Activities by kind",
        "status": "代表建议办理状态" if zh else "Suggestions by status",
        "outcome": "代表建议答复类别" if zh else "Suggestions by outcome",
        "station": "各代表工作站接待群众人次" if zh else "People received by station",
        "plan": "工作计划目标完成情况" if zh else "Plan targets: planned and done",
        "activities": "活动次数" if zh else "activities",
        "suggestions": "件数" if zh else "suggestions",
        "people": "人次" if zh else "people",
        "planned": "计划" if zh else "planned",
        "done": "完成" if zh else "done",
    }


def report_charts(summary: PeriodSummary, *, lang: Lang = "zh") -> list[Chart]:
    """The charts of a period's work report; a chart with nothing to show is left out.

    Args:
        summary: what :func:`congresskit.summarize` returned.
        lang: ``"zh"`` (the default) or ``"en"``.
    """
    w = _words(lang)
    charts: list[Chart] = []

    def add(key: str, title: str, categories: Sequence[str], *series: Series) -> None:
        if categories and any(any(s.values) for s in series):
            charts.append(Chart(key=key, title=title, categories=tuple(categories), series=series))

    months = summary.activities_by_month
    names = [f"{m.start.month}月" if lang == "zh" else m.start.strftime("%b") for m in months]
    add(
        "by_month",
        w["by_month"],
        names,
        Series(name=w["activities"], values=tuple(f.activities for f in months.values())),
    )
    kinds = summary.activities_by_kind
    add(
        "by_kind",
        w["by_kind"],
        [label(k, lang) for k in kinds],
        Series(name=w["activities"], values=tuple(f.activities for f in kinds.values())),
    )
    figures = summary.suggestions.in_hand
    add(
        "status",
        w["status"],
        [label(s, lang) for s in figures.by_status],
        Series(name=w["suggestions"], values=tuple(figures.by_status.values())),
    )
    add(
        "outcome",
        w["outcome"],
        [label(o, lang) for o in figures.outcomes],
        Series(name=w["suggestions"], values=tuple(figures.outcomes.values())),
    )
    stations = summary.stations
    received = [s.activities.people_received for s in stations]
    add(
        "station",
        w["station"],
        [s.name or s.id for s in stations],
        Series(
            name=w["people"],
            values=tuple(c.value for c in received),
            at_least=tuple(c.at_least for c in received),
        ),
    )
    targets = [t for plan in summary.plans for t in plan.targets if t.done is not None]
    add(
        "plan",
        w["plan"],
        [t.target.description or label(t.target.metric, lang) for t in targets],
        Series(name=w["planned"], values=tuple(t.needed for t in targets)),
        Series(name=w["done"], values=tuple(t.done.value for t in targets if t.done is not None)),
    )
    return charts


def to_svg(chart: Chart, *, width: int = 640) -> str:
    """``chart`` drawn as a horizontal bar chart in SVG (a lower bound shows as ``200+``)."""
    bar, gap, left, top = 18, 10, 170, 40
    groups = len(chart.categories)
    per_group = bar * len(chart.series) + gap
    height = top + groups * per_group + 30
    largest = max((v for s in chart.series for v in s.values), default=0) or 1
    scale = (width - left - 60) / largest
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(chart.title)}" '
        f'font-family="{_FONTS}" font-size="13">',
        f'<text x="{width // 2}" y="22" text-anchor="middle" font-size="16" font-weight="bold">'
        f"{html.escape(chart.title)}</text>",
    ]
    for g, category in enumerate(chart.categories):
        y0 = top + g * per_group
        middle = y0 + bar * len(chart.series) / 2 + 4
        out.append(
            f'<text x="{left - 8}" y="{middle:.0f}" text-anchor="end">'
            f"{html.escape(category[:14])}</text>"
        )
        for s, series in enumerate(chart.series):
            value = series.values[g]
            y = y0 + s * bar
            length = max(value * scale, 0.5)
            more = "+" if series.at_least and series.at_least[g] else ""
            out.append(
                f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar - 3}" '
                f'fill="{_COLOURS[s % len(_COLOURS)]}"><title>{html.escape(series.name)}: '
                f"{value}{more}</title></rect>"
            )
            out.append(f'<text x="{left + length + 4:.1f}" y="{y + bar - 6}">{value}{more}</text>')
    if len(chart.series) > 1:
        for s, series in enumerate(chart.series):
            x = left + s * 90
            out.append(
                f'<rect x="{x}" y="{height - 18}" width="12" height="12" fill="{_COLOURS[s]}"/>'
            )
            out.append(f'<text x="{x + 16}" y="{height - 8}">{html.escape(series.name)}</text>')
    out.append("</svg>")
    return "\n".join(out)
