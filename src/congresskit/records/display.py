"""Notebook display: the chosen language, and the compact HTML table records show as.

Jupyter shows an object by its ``_repr_html_`` when it has one.
:class:`~congresskit.PeriodSummary`, :class:`~congresskit.Assessment` and
:class:`~congresskit.RecordSet` have one, so a notebook cell ending in one of them
shows a small table (headline figures, the ranking, the records by type) instead of
a page of ``repr``, in the language :func:`set_display_language` chose (simplified
Chinese unless told). Each part builds its own rows; this module holds the language
and writes the table.

>>> table = html_table("概况", ("类别", "数字"), [("代表", "28")], numeric=(1,))
>>> table.count("<tr>"), '<td style="text-align:right">28</td>' in table
(2, True)
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from congresskit.errors import UsageError
from congresskit.records.counts import Count
from congresskit.records.labels import Lang

__all__ = ["count_cell", "display_language", "html_table", "in_language", "set_display_language"]

_LANGUAGES = ("zh", "en")
_chosen: list[Lang] = ["zh"]  # one mutable cell: the notebook's chosen language


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


def in_language(words: tuple[str, str], lang: Lang) -> str:
    """The Chinese or the English of a ``(zh, en)`` pair."""
    return words[0] if lang == "zh" else words[1]


def count_cell(count: Count | int, lang: Lang) -> str:
    """A figure in a cell, as the reports write it: ``至少200`` or ``200+`` for a lower bound."""
    if isinstance(count, int):
        return str(count)
    if not count.at_least:
        return str(count.value)
    return f"至少{count.value}" if lang == "zh" else f"{count.value}+"


def _cells(cells: Iterable[str], tag: str, numeric: Sequence[int]) -> str:
    out = []
    for i, cell in enumerate(cells):
        style = ' style="text-align:right"' if i in numeric else ""
        out.append(f"<{tag}{style}>{html.escape(cell)}</{tag}>")
    return "".join(out)


def html_table(
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: Sequence[int] = (),
) -> str:
    """A titled table in a ``<div class="congresskit">``, every text HTML-escaped."""
    head = _cells(header, "th", numeric)
    body = "".join(f"<tr>{_cells(row, 'td', numeric)}</tr>" for row in rows)
    return (
        f'<div class="congresskit"><h3>{html.escape(title)}</h3><table>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )
