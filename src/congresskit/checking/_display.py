"""A record set in a notebook: a one-line repr and a table of its records by type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from congresskit.records.display import display_language, html_table, in_language

__all__ = ["COLLECTION_LABELS", "records_html", "records_repr"]

#: A record set's collections, zh and en, in document order.
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


def records_repr(records: Any) -> str:
    """``<RecordSet 'xx-town': terms=1, deputies=28, ...>``: non-empty types only."""
    congress = repr(records.congress.id) if records.congress is not None else "no congress"
    held = [f"{n}={len(getattr(records, n))}" for n in COLLECTION_LABELS if getattr(records, n)]
    return f"<RecordSet {congress}: {', '.join(held) or 'no records'}>"


def records_html(records: Any, lang: Any = None) -> str:
    """How many records of each type a record set holds (empty types left out)."""
    lang = lang or display_language()
    rows = [
        (in_language(words, lang), str(len(getattr(records, name))))
        for name, words in COLLECTION_LABELS.items()
        if getattr(records, name)
    ]
    congress = records.congress.name if records.congress is not None else None
    congress = congress or in_language(("未载明的人大", "a congress not stated"), lang)
    n = len(records)
    title = f"{congress}记录（共{n}条）" if lang == "zh" else f"Records of {congress} ({n:,})"
    header = (in_language(("类别", "kind"), lang), in_language(("记录", "records"), lang))
    return html_table(title, header, rows, numeric=(1,))
