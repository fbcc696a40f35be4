"""A summary in a notebook: a one-line repr and a table of its headline figures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from congresskit.records.display import count_cell, display_language, html_table, in_language

__all__ = ["HEADLINE_LABELS", "summary_html", "summary_repr"]

#: The headline figures' names, zh and en.
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


def summary_repr(summary: Any) -> str:
    """``<PeriodSummary 2020-H1: sessions=1, activities=66, suggestions_raised=71>``."""
    return (
        f"<PeriodSummary {summary.period}: sessions={len(summary.sessions)}, "
        f"activities={summary.activities.activities}, "
        f"suggestions_raised={summary.suggestions.raised}>"
    )


def summary_html(summary: Any, lang: Any = None) -> str:
    """The headline figures as a two-column table (lower bounds stay lower bounds)."""
    lang = lang or display_language()
    rows = [
        (in_language(HEADLINE_LABELS[name], lang), count_cell(value, lang))
        for name, value in summary.headline.items()
    ]
    title = f"{summary.period} " + in_language(("工作概况", "summary"), lang)
    header = (in_language(("项目", "figure"), lang), in_language(("数字", "count"), lang))
    return html_table(title, header, rows, numeric=(1,))
