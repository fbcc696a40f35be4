"""What the source modules share: their source as a congresskit ``Source``."""

from __future__ import annotations

from typing import Any

from congresskit import Source, When

#: The title given to a source whose stored text has none.
UNTITLED = "（原文无标题）"


def source(sheet: dict[str, Any], locator: str | None = None) -> Source:
    """The ``Source`` of a module's ``SOURCE`` table (publication date as precise as known)."""
    date = sheet["date"]
    return Source(
        title=sheet["title"] or UNTITLED,
        url=sheet["url"],
        publisher=sheet["publisher"],
        date=When.parse(date) if date else None,
        locator=locator,
    )
