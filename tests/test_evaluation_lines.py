"""Each evaluation listed in a period summary carries the issues raised to its subject.

Expected figures are counted by hand from the records in each test.
"""

from __future__ import annotations

import datetime as dt
import json

from congresskit import Count, Evaluation, SubjectKind, render_summary, summarize

DAY = dt.date(2022, 11, 28)


def _unit(id: str, issues: Count | None, items: tuple[str, ...] = ()) -> Evaluation:
    return Evaluation(
        id=id,
        subject_kind=SubjectKind.DEPARTMENT,
        title="站所评议",
        on=DAY,
        issues_raised=issues,
        issues_raised_items=items,
    )


def test_each_evaluation_listed_gives_the_issues_raised_to_its_subject() -> None:
    """7 to the bank and 5 to the health office, apart; over all, at least 12 (one unstated)."""
    records = [
        _unit("e-bank", Count(7)),
        _unit("e-health", None, ("门诊秩序", "药品价格", "卫生厕所", "垃圾清运", "饮水安全")),
        _unit("e-post", None),
    ]
    figures = summarize(records, "2022").evaluations
    by_id = {line.id: line.issues_raised for line in figures.held}
    assert by_id == {"e-bank": Count(7), "e-health": Count(5), "e-post": None}
    assert figures.issues_raised == Count(12, at_least=True)
    summary = json.loads(render_summary(summarize(records, "2022"), format="json"))
    listed = {line["id"]: line["issues_raised"] for line in summary["evaluations"]["held"]}
    assert listed["e-bank"] == {"value": 7, "at_least": False}
    assert listed["e-post"] is None
