"""Split grouped names in docstrings' Args and Attributes sections before napoleon reads them.

congresskit's docstrings describe related fields together
(``start, end: the period the plan covers.``), which reads well in the source
but which napoleon turns into a single entry named ``start, end``, garbled
when the group spans lines (``sessions, (terms, units, …)``). This extension
rewrites such an entry as one entry per name, each with the shared
description, so the API reference lists every field under its own name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the splitting itself needs no Sphinx (the tests run it without)
    from sphinx.application import Sphinx

_SECTION = re.compile(r"^(\s*)(Args|Arguments|Attributes|Parameters|Keyword Args):\s*$")
_NAMES = re.compile(r"^[A-Za-z_][\w]*(?:\s*,\s*[A-Za-z_][\w]*)+$")


def split_grouped_entries(lines: list[str]) -> list[str]:
    """The docstring ``lines`` with each grouped entry ``a, b: text`` made one entry per name."""
    out: list[str] = []
    i = 0
    section_indent: int | None = None
    item_indent: int | None = None
    while i < len(lines):
        line = lines[i]
        header = _SECTION.match(line)
        if header:
            section_indent, item_indent = len(header.group(1)), None
            out.append(line)
            i += 1
            continue
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if section_indent is not None and stripped and indent <= section_indent:
            section_indent = None  # the section ended
        if section_indent is None or not stripped:
            out.append(line)
            i += 1
            continue
        if item_indent is None:
            item_indent = indent
        if indent != item_indent:
            out.append(line)  # a continuation of the previous entry's text
            i += 1
            continue
        # An entry's names may run over several lines, each ending in a comma.
        head, j = stripped, i
        while head.endswith(",") and j + 1 < len(lines):
            j += 1
            head = f"{head} {lines[j].strip()}"
        names, colon, text = head.partition(":")
        if colon and _NAMES.match(names.strip()):
            rest = []
            k = j + 1
            while k < len(lines) and (
                not lines[k].strip() or len(lines[k]) - len(lines[k].lstrip()) > item_indent
            ):
                if not lines[k].strip() and (
                    k + 1 >= len(lines)
                    or len(lines[k + 1]) - len(lines[k + 1].lstrip()) <= item_indent
                ):
                    break
                rest.append(lines[k])
                k += 1
            pad = " " * item_indent
            for name in (n.strip() for n in names.split(",")):
                out.append(f"{pad}{name}:{text}")
                out.extend(rest)
            i = k
            continue
        out.append(line)
        i += 1
    return out


def _process(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    lines[:] = split_grouped_entries(lines)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the rewrite ahead of napoleon (a lower priority number runs first)."""
    app.connect("autodoc-process-docstring", _process, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
