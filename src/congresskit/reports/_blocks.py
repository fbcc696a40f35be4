"""A tiny document model for reports, and its Markdown and plain-text writers.

The report layout (``_render_report``, worded by ``_render_zh`` or
``_render_en``) turns a summary into a list of blocks; the writers here turn
blocks into text. Keeping the two apart means each language is written once
and each output format once.

>>> blocks = [Heading(1, "Report"), Paragraph("Held 1 session."),
...           Table(("station", "days"), (("North", "6"),), numeric=(1,))]
>>> print(to_markdown(blocks))
# Report
<BLANKLINE>
Held 1 session.
<BLANKLINE>
| station | days |
| --- | --: |
| North | 6 |
<BLANKLINE>
>>> print(to_text(blocks))
Report
======
<BLANKLINE>
Held 1 session.
<BLANKLINE>
station  days
-------  ----
North       6
<BLANKLINE>
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence
from typing import TypeAlias

import attrs

__all__ = ["Block", "Bullets", "Heading", "Paragraph", "Table", "to_markdown", "to_text"]


@attrs.frozen
class Heading:
    """A heading; level 1 is the report's title."""

    level: int
    text: str


@attrs.frozen
class Paragraph:
    """A paragraph of running text."""

    text: str


@attrs.frozen
class Bullets:
    """A list of short items."""

    items: tuple[str, ...]


@attrs.frozen
class Table:
    """A table: a header row, rows of cells, and the columns that hold numbers."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()


Block: TypeAlias = Heading | Paragraph | Bullets | Table


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def to_markdown(blocks: Sequence[Block]) -> str:
    """Markdown (CommonMark with GFM tables), ending in one newline."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(f"{'#' * block.level} {block.text}")
        elif isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Bullets):
            parts.append("\n".join(f"- {item}" for item in block.items))
        else:
            rule = ["--:" if i in block.numeric else "---" for i in range(len(block.header))]
            lines = [block.header, rule, *block.rows]
            parts.append("\n".join(f"| {' | '.join(map(_md_cell, row))} |" for row in lines))
    return "\n\n".join(parts) + "\n"


def width(text: str) -> int:
    """The number of terminal columns ``text`` takes (CJK characters take two).

    >>> width("接访日"), width("days")
    (6, 4)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, columns: int, right: bool) -> str:
    fill = " " * (columns - width(text))
    return fill + text if right else text + fill


def _wrap(text: str, columns: int | None, indent: str = "") -> str:
    if columns is None:
        return indent + text
    return textwrap.fill(
        text,
        columns,
        initial_indent=indent,
        subsequent_indent=" " * len(indent),
        break_on_hyphens=False,
    )


def to_text(blocks: Sequence[Block], *, wrap: int | None = None) -> str:
    """Plain text, ending in one newline.

    Args:
        blocks: the report.
        wrap: fold paragraphs and list items at this many columns (for
            languages that break lines at spaces); ``None`` leaves lines whole.
    """
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            underline = {1: "=", 2: "-"}.get(block.level)
            text = block.text
            parts.append(f"{text}\n{underline * width(text)}" if underline else text)
        elif isinstance(block, Paragraph):
            parts.append(_wrap(block.text, wrap))
        elif isinstance(block, Bullets):
            parts.append("\n".join(_wrap(item, wrap, "- ") for item in block.items))
        else:
            cells = [block.header, *block.rows]
            widths = [max(width(row[i]) for row in cells) for i in range(len(block.header))]
            rule = tuple("-" * w for w in widths)
            lines = []
            for row in [block.header, rule, *block.rows]:
                padded = [
                    _pad(c, w, i in block.numeric)
                    for i, (c, w) in enumerate(zip(row, widths, strict=True))
                ]
                lines.append("  ".join(padded).rstrip())
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"
