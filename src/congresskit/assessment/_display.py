"""An assessment in a notebook: a one-line repr and a table of the ranking."""

from __future__ import annotations

from typing import Any

from congresskit.records.display import display_language, html_table, in_language

__all__ = ["assessment_html", "assessment_repr"]

_HEADER = (
    ("名次", "rank"),
    ("代表", "deputy"),
    ("积分", "points"),
    ("达标", "met"),
    ("未达标", "not met"),
    ("全部达标", "all met"),
)


def assessment_repr(assessment: Any) -> str:
    """``<Assessment 2020-H1 standard='12345': deputies=26, all_met=0>``."""
    met = sum(d.all_met for d in assessment.deputies)
    return (
        f"<Assessment {assessment.period} standard={assessment.standard.name!r}: "
        f"deputies={len(assessment.deputies)}, all_met={met}>"
    )


def assessment_html(assessment: Any, lang: Any = None) -> str:
    """One row per deputy in rank order: points, rules met and failed, all met."""
    lang = lang or display_language()
    yes, no = in_language(("是", "yes"), lang), in_language(("否", "no"), lang)
    rows = [
        (
            str(d.rank),
            d.name,
            str(d.points),
            str(d.rules_met),
            str(d.rules_failed),
            yes if d.all_met else no,
        )
        for d in assessment.deputies
    ]
    title = f"{assessment.period} " + in_language(("代表履职考核", "duty assessment"), lang)
    title += f"（{assessment.standard.name}）" if lang == "zh" else f" ({assessment.standard.name})"
    header = [in_language(words, lang) for words in _HEADER]
    return html_table(title, header, rows, numeric=(0, 2, 3, 4))
