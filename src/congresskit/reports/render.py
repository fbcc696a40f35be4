"""Work reports and assessment tables, in Chinese or English, as Markdown, text or JSON.

The renderer reads only the typed summary (:class:`~congresskit.PeriodSummary`):
every figure in a report was counted by :func:`~congresskit.summarize`, never by
the renderer. In Chinese (the default) the report reads like a town congress's
half-year work summary: the session, campaigns, inspections and surveys,
stations and reception, suggestions and their handling, and then the plan for
the next period where one is among the records. Sections with nothing to
report are left out rather than printed as zeros. :func:`render_assessment`
does the same for a duty assessment: one row per deputy, one column per rule.

>>> from congresskit import example_records, render_summary, summarize
>>> summary = summarize(example_records(), "2020-H1")
>>> print(render_summary(summary).splitlines()[0])
# XX镇人民代表大会2020年上半年工作总结及2020年下半年工作计划
>>> print(render_summary(summary, format="text", lang="en").splitlines()[0])
Work summary of XX镇人民代表大会 for the first half of 2020, and plan for the second half of 2020
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from congresskit.assessment import Assessment
from congresskit.errors import CongresskitError
from congresskit.reports import _en as _render_en
from congresskit.reports import _zh as _render_zh
from congresskit.reports._assessment import assessment_blocks
from congresskit.reports._blocks import Block, to_markdown, to_text
from congresskit.reports._json import to_json
from congresskit.reports._language import Language
from congresskit.reports._report import summary_blocks
from congresskit.summary import PeriodSummary

__all__ = [
    "BREAKDOWNS",
    "FORMATS",
    "LANGUAGES",
    "RenderError",
    "language_of",
    "render_assessment",
    "render_summary",
    "report_blocks",
]

#: The output formats: Markdown, plain text, and JSON (for programs).
FORMATS = ("md", "text", "json")
#: The report languages: simplified Chinese and English.
LANGUAGES = ("zh", "en")
#: The breakdown tables a report can append.
BREAKDOWNS = ("station", "group", "deputy", "unit")

# Each language is a module of words, formatters and sentences (mypy checks
# that each supplies all a Language must).
_LANGUAGES: Mapping[str, Language] = {"zh": _render_zh, "en": _render_en}

# English plain text folds at the usual terminal width; Chinese text has no
# spaces to break at, so its lines are left whole.
_TEXT_WIDTH = 80


class RenderError(CongresskitError, ValueError):
    """A report was asked for in a format, language or breakdown that does not exist."""


def _check(name: str, value: object, allowed: tuple[str | None, ...]) -> None:
    if value not in allowed:
        shown = ", ".join(repr(a) for a in allowed)
        msg = f"{name} must be one of {shown}, got {value!r}"
        raise RenderError(msg)


def _write(blocks: list[Block], format: str, lang: str) -> str:
    if format == "md":
        return to_markdown(blocks)
    return to_text(blocks, wrap=_TEXT_WIDTH if lang == "en" else None)


def _breakdowns(by: str | Sequence[str] | None) -> tuple[str, ...]:
    found = () if by is None else (by,) if isinstance(by, str) else tuple(by)
    for one in found:
        _check("by", one, (*BREAKDOWNS, None))
    return found


def language_of(lang: str) -> Language:
    """The words and sentences of reports in ``lang``.

    Raises:
        RenderError: an unknown language.
    """
    _check("lang", lang, LANGUAGES)
    return _LANGUAGES[lang]


def report_blocks(
    summary: PeriodSummary, *, lang: str = "zh", by: str | Sequence[str] | None = None
) -> list[Block]:
    """The work report as blocks (headings, paragraphs, lists, tables), for other writers.

    Raises:
        RenderError: an unknown language or breakdown.
    """
    return summary_blocks(summary, _breakdowns(by), language_of(lang))


def render_summary(
    summary: PeriodSummary,
    *,
    format: Literal["md", "text", "json"] = "md",  # the word the CLI uses
    lang: Literal["zh", "en"] = "zh",
    by: str | Sequence[str] | None = None,
) -> str:
    """Render a period summary as a work report.

    Args:
        summary: what :func:`~congresskit.summarize` returned.
        format: ``"md"`` (Markdown, the default), ``"text"`` (plain text) or
            ``"json"`` (every figure of the summary, for programs; ``lang``
            and ``by`` do not apply).
        lang: ``"zh"`` (simplified Chinese, the default) or ``"en"``.
        by: append a table of the period broken down by ``"station"``,
            ``"group"`` (deputy group) or ``"deputy"``, or the scorecards
            of the handling units (``"unit"``: see
            :class:`~congresskit.UnitScorecard`); or several, in order
            (``("station", "unit")``).

    Returns:
        The report, ending in a newline.

    Raises:
        RenderError: an unknown format, language or breakdown.
    """
    _check("format", format, FORMATS)
    _check("lang", lang, LANGUAGES)
    found = _breakdowns(by)
    if format == "json":
        return to_json(summary)
    return _write(summary_blocks(summary, found, _LANGUAGES[lang]), format, lang)


def render_assessment(
    assessment: Assessment,
    *,
    format: Literal["md", "text", "json"] = "md",  # the word the CLI uses
    lang: Literal["zh", "en"] = "zh",
) -> str:
    """Render a duty assessment as a table: one row per deputy, in rank order.

    >>> from congresskit import DEFAULT_STANDARD, assess, example_records
    >>> table = render_assessment(assess(example_records(), "2020", DEFAULT_STANDARD))
    >>> print(table.splitlines()[0])
    # 代表履职考核（2020年）

    Args:
        assessment: what :func:`~congresskit.assess` returned.
        format: ``"md"`` (Markdown, the default), ``"text"`` or ``"json"``.
        lang: ``"zh"`` (simplified Chinese, the default) or ``"en"``.

    Returns:
        The table with a title and notes, ending in a newline.

    Raises:
        RenderError: an unknown format or language.
    """
    _check("format", format, FORMATS)
    _check("lang", lang, LANGUAGES)
    if format == "json":
        return to_json(assessment)
    return _write(assessment_blocks(assessment, _LANGUAGES[lang]), format, lang)
