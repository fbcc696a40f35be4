"""A Sphinx directive that renders congresskit's enumeration labels as tables.

``congresskit-labels`` emits, for each enumeration in ``congresskit.LABELS``, a
heading naming the enum (linked to its API entry) and a table of its values
with their simplified-Chinese and English labels. The glossary is generated
from the same table the reports use, so the two cannot disagree.
"""

from __future__ import annotations

import enum
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from congresskit import LABELS


def enum_tables() -> dict[type[enum.Enum], list[tuple[str, str, str]]]:
    """Every labelled enum (in the order of ``LABELS``) with its ``(value, zh, en)`` rows."""
    tables: dict[type[enum.Enum], list[tuple[str, str, str]]] = {}
    for member, (zh, en) in LABELS.items():
        tables.setdefault(type(member), []).append((str(member.value), zh, en))
    return tables


def _table(header: tuple[str, ...], rows: list[tuple[str, str, str]]) -> nodes.table:
    table = nodes.table(classes=["congresskit-labels"])
    group = nodes.tgroup(cols=len(header))
    table += group
    for width in (2, 2, 3):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    body = nodes.tbody()
    group += body
    for cells, parent in [(header, head), *((row, body) for row in rows)]:
        row_node = nodes.row()
        for i, cell in enumerate(cells):
            value_cell = parent is body and i == 0
            inline = nodes.literal(cell, cell) if value_cell else nodes.Text(cell)
            entry = nodes.entry()
            entry += nodes.paragraph("", "", inline)
            row_node += entry
        parent += row_node
    return table


class LabelsDirective(SphinxDirective):
    """``congresskit-labels``: one labelled table per enumeration."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        result: list[nodes.Node] = []
        for cls, rows in enum_tables().items():
            name = cls.__name__
            ref = addnodes.pending_xref(
                "",
                nodes.literal(name, name),
                refdomain="py",
                reftype="class",
                reftarget=f"congresskit.{name}",
                refexplicit=True,
            )
            result.append(nodes.rubric("", "", ref))
            result.append(_table(("value", "中文", "English"), rows))
        return result


def setup(app: Any) -> dict[str, Any]:
    """Register the directive."""
    app.add_directive("congresskit-labels", LabelsDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
