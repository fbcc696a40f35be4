"""Compact HTML tables for notebooks: a summary, an assessment, a record set.

Jupyter shows an object by its ``_repr_html_`` when it has one.
:class:`~congresskit.PeriodSummary`, :class:`~congresskit.Assessment` and
:class:`~congresskit.RecordSet` have one that calls the functions here, so a
notebook cell ending in a summary shows a small table of its headline figures
instead of a page of ``repr``. The language is the one
:func:`set_display_language` chose (simplified Chinese unless told).

>>> from congresskit import example_records, summarize
>>> html = summarize(example_records(), "2020-H1")._repr_html_()
>>> html.startswith('<div class="congresskit">'), "提出建议" in html
(True, True)
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from congresskit.errors import UsageError
from congresskit.records.counts import Count
from congresskit.records.labels import Lang
from congresskit.reports import _en, _zh
from congresskit.reports._assessment import assessment_blocks
from congresskit.reports._blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.reports._language import Language

if TYPE_CHECKING:
    from congresskit.assessment import Assessment
    from congresskit.checking.recordset import RecordSet
    from congresskit.summary import PeriodSummary

__all__ = [
    "assessment_html",
    "display_language",
    "records_html",
    "set_display_language",
    "summary_html",
    "to_html",
]

_LANGUAGES: Mapping[str, Language] = {"zh": _zh, "en": _en}
_chosen: list[Lang] = ["zh"]  # one mutable cell: the notebook's chosen language

#: The headline figures' names in a compact table, zh and en.
HEADLINE_LABELS: Mapping[str, tuple[str, str]] = {
    "sessions": ("召开会议", "sessions held"),
    "suggestions_raised": ("提出建议", "suggestions raised"),
    "suggestions_replied_on_time": ("按期答复", "replied on time"),
    "suggestions_overdue": ("逾期未复", "overdue"),
    "activities": ("开展活动", "activities"),
    "participations": ("代表参加人次", "deputies' participations"),
    "deputies_taking_part": ("参加代表", "deputies taking part"),
    "villages_covered": ("覆盖村（社区）", "villages covered"),
    "people_received": ("接待群众人次", "people received"),
    "opinions_collected": ("收集意见", "opinions collected"),
    "households_contacted": ("联系户数", "households contacted"),
    "stations": ("代表工作站", "stations"),
    "projects_voted": ("票决民生实事项目", "projects voted"),
    "projects_selected": ("确定民生实事项目", "projects selected"),
    "projects_supervised": ("督查民生实事项目", "projects supervised"),
}

#: A record set's collections in a compact table, zh and en.
COLLECTION_LABELS: Mapping[str, tuple[str, str]] = {
    "terms": ("届", "terms"),
    "units": ("单位", "units"),
    "places": ("地点", "places"),
    "deputies": ("代表", "deputies"),
    "groups": ("代表小组", "deputy groups"),
    "stations": ("代表工作站", "stations"),
    "sessions": ("人代会会议", "sessions"),
    "presidium_meetings": ("主席团会议", "presidium meetings"),
    "projects": ("民生实事项目", "livelihood projects"),
    "campaigns": ("专项工作", "campaigns"),
    "suggestions": ("建议、批评和意见", "suggestions"),
    "activities": ("活动", "activities"),
    "plans": ("工作计划", "work plans"),
    "tombstones": ("删除记录", "deletions"),
}

_WORDS: Mapping[str, tuple[str, str]] = {
    "figure": ("数字", "figure"),
    "records": ("记录", "records"),
    "kind": ("类别", "kind"),
    "summary": ("{period}工作概况", "Summary of {period}"),
    "record_set": ("{congress}记录（共{n}条）", "Records of {congress} ({n})"),
    "no_congress": ("未载明的人大", "a congress not stated"),
}


def set_display_language(lang: Lang) -> None:
    """Choose the language notebooks show summaries, assessments and record sets in.

    >>> from congresskit import set_display_language
    >>> set_display_language("en")
    >>> set_display_language("zh")

    Args:
        lang: ``"zh"`` (simplified Chinese, the default) or ``"en"``.

    Raises:
        UsageError: another language.
    """
    if lang not in _LANGUAGES:
        msg = f"set_display_language: lang must be 'zh' or 'en', not {lang!r} (语言只能是 zh 或 en)"
        raise UsageError(msg)
    _chosen[0] = lang


def display_language() -> Lang:
    """The language :func:`set_display_language` chose (``"zh"`` unless told)."""
    return _chosen[0]


def _word(key: str, lang: Lang) -> str:
    zh, en = _WORDS[key]
    return zh if lang == "zh" else en


def _cells(cells: Iterable[str], tag: str, numeric: tuple[int, ...]) -> str:
    out = []
    for i, cell in enumerate(cells):
        style = ' style="text-align:right"' if i in numeric else ""
        out.append(f"<{tag}{style}>{html.escape(cell)}</{tag}>")
    return "".join(out)


def to_html(blocks: Iterable[Block]) -> str:
    """HTML for report blocks, in a ``<div class="congresskit">`` (no styles of its own)."""
    parts = ['<div class="congresskit">']
    for block in blocks:
        if isinstance(block, Heading):
            level = min(block.level + 2, 6)  # below a notebook's own headings
            parts.append(f"<h{level}>{html.escape(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{html.escape(block.text)}</p>")
        elif isinstance(block, Bullets):
            items = "".join(f"<li>{html.escape(i)}</li>" for i in block.items)
            parts.append(f"<ul>{items}</ul>")
        else:
            head = _cells(block.header, "th", block.numeric)
            rows = "".join(f"<tr>{_cells(r, 'td', block.numeric)}</tr>" for r in block.rows)
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    parts.append("</div>")
    return "".join(parts)


def summary_html(summary: PeriodSummary, lang: Lang | None = None) -> str:
    """A summary's headline figures as a two-column table (lower bounds stay lower bounds)."""
    lang = lang or display_language()
    language = _LANGUAGES[lang]
    index = 0 if lang == "zh" else 1
    rows = tuple(
        (HEADLINE_LABELS[name][index], language.cell(value))
        for name, value in summary.headline.items()
    )
    title = _word("summary", lang).format(period=language.period_name(summary.period))
    header = (_word("kind", lang), _word("figure", lang))
    return to_html([Heading(1, title), Table(header, rows, numeric=(1,))])


def assessment_html(assessment: Assessment, lang: Lang | None = None) -> str:
    """An assessment as the table ``render_assessment`` writes: a row per deputy."""
    return to_html(assessment_blocks(assessment, _LANGUAGES[lang or display_language()]))


def records_html(records: RecordSet, lang: Lang | None = None) -> str:
    """How many records of each type a record set holds (empty types left out)."""
    lang = lang or display_language()
    index = 0 if lang == "zh" else 1
    language = _LANGUAGES[lang]
    rows = tuple(
        (labels[index], language.cell(Count(len(getattr(records, name)))))
        for name, labels in COLLECTION_LABELS.items()
        if getattr(records, name)
    )
    congress = records.congress.name if records.congress else _word("no_congress", lang)
    title = _word("record_set", lang).format(congress=congress, n=language.number(len(records)))
    header = (_word("kind", lang), _word("records", lang))
    return to_html([Heading(1, title), Table(header, rows, numeric=(1,))])
