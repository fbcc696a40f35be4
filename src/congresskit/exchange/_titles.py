"""How the open-data exports name what the records number: 第十九届第八次会议, 选举乡长.

The Popolo and OParl exports write a name where the records hold a number or a
kind (a term's number, an agenda item's report); both name them alike, here.
"""

from __future__ import annotations

from typing import Any

from congresskit.records.agenda import Election, ProjectBallot, ReportReview, Resolution
from congresskit.records.body import Term
from congresskit.records.labels import label

__all__ = ["agenda_name", "session_name", "term_name", "zh_number"]

_ZH_NUMBERS = "零一二三四五六七八九"


def zh_number(n: int) -> str:
    """第十九届: Chinese numerals up to 99, as a congress numbers its terms and sessions."""
    if n < 10:
        return _ZH_NUMBERS[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _ZH_NUMBERS[tens]
    return f"{head}十{_ZH_NUMBERS[units] if units else ''}" if n < 100 else str(n)


def term_name(term: Term) -> str:
    """``第十九届``."""
    return f"第{zh_number(term.number)}届"


def session_name(number: int, term: Term | None) -> str:
    """``第十九届第八次会议`` (without the term's part when the term is not in the records)."""
    return f"{term_name(term) if term is not None else ''}第{zh_number(number)}次会议"


def agenda_name(item: Any) -> str:
    """An agenda item's name: its title, a report's label, or the office elected."""
    if isinstance(item, ReportReview):
        return item.title or label(item.report, "zh")
    if isinstance(item, Resolution):
        return item.title
    if isinstance(item, Election):
        return f"{'补选' if item.by_election else '选举'}{item.office}"
    if isinstance(item, ProjectBallot):
        return item.title or "票决民生实事项目"
    return str(item.subject)
