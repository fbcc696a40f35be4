"""Deputies named where their ids belong, in a workbook: read as the ids they stand for."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from congresskit import RecordSet, example_records, loads

openpyxl = pytest.importorskip("openpyxl")

from congresskit.extra._names import DEPUTY_REFERENCES, DEPUTY_SUBJECTS  # noqa: E402
from congresskit.extra.sheets import SheetError  # noqa: E402
from congresskit.extra.xlsx import read_workbook, write_workbook  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted(
    p
    for p in (ROOT / "examples" / "real").glob("*.json")
    if not p.name.endswith((".facts.json", ".standard.json"))
)


def _book(records: RecordSet) -> Any:
    out = io.BytesIO()
    write_workbook(records, out)
    out.seek(0)
    return openpyxl.load_workbook(out)


def _read(book: Any) -> RecordSet:
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    return read_workbook(out)


def _name_cells(book: Any, sheet: str, header: str, names: dict[str, str]) -> int:
    """Write each deputy's name over the id in ``sheet``'s ``header`` column; how many."""
    found = book[sheet]
    column = [c.value for c in found[1]].index(header) + 1
    written = 0
    for row in range(2, found.max_row + 1):
        cell = found.cell(row, column)
        if cell.value in names:
            cell.value = names[cell.value]
            written += 1
    return written


def test_names_in_place_of_ids_read_as_the_ids() -> None:
    """Participants, leads, co-signers and the excused, typed as names, read back as the
    very records written (the ids), and every such cell was rewritten."""
    records = example_records()
    names = {d.id: d.name for d in records.deputies}
    assert len(set(names.values())) == len(names)  # the example's names are all different
    book = _book(records)
    rewritten = [
        _name_cells(book, "活动-参加代表", "参加代表", names),
        _name_cells(book, "建议", "领衔代表", names),
        _name_cells(book, "建议-附议代表", "附议代表", names),
    ]
    assert all(rewritten), rewritten
    assert _read(book) == records


def test_a_name_two_deputies_share_is_a_problem_at_its_cell() -> None:
    """Two deputies named 张华: the name cannot say which, so the cell is reported with
    both ids, in Chinese, at its sheet, row and column."""
    records = example_records()
    first, second = records.deputies[0], records.deputies[1]
    twins = attrs.evolve(
        records,
        deputies=(first, attrs.evolve(second, name=first.name), *records.deputies[2:]),
    )
    book = _book(twins)
    sheet = book["建议"]
    column = [c.value for c in sheet[1]].index("领衔代表") + 1
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, column).value == first.id)
    sheet.cell(row, column).value = first.name
    with pytest.raises(SheetError) as info:
        _read(book)
    problems = [p for p in info.value.problems if p.column == "领衔代表"]
    assert [(p.sheet, p.row) for p in problems] == [("建议", row)]
    assert f"姓名“{first.name}”对应多名代表（{first.id}、{second.id}）" in problems[0].message


def test_a_deputy_evaluated_may_be_named() -> None:
    """An evaluation of a deputy (述职评议) may name its subject; one of a unit may not."""
    path = next(p for p in CORPUS if '"subject_kind": "deputy"' in p.read_text(encoding="utf-8"))
    records = loads(path.read_text(encoding="utf-8"))
    names = {d.id: d.name for d in records.deputies}
    book = _book(records)
    assert _name_cells(book, "评议", "主题", names) >= 1  # the subject's id
    assert _read(book) == records


def test_a_name_of_no_deputy_is_left_for_the_check() -> None:
    """A name that is no deputy's is not guessed: the reference is reported as unknown."""
    book = _book(example_records())
    sheet = book["建议"]
    column = [c.value for c in sheet[1]].index("领衔代表") + 1
    sheet.cell(2, column).value = "无此人"
    with pytest.raises(SheetError) as info:
        _read(book)
    messages = [p.message for p in info.value.problems]
    assert any("无此人" in m for m in messages), messages


def _id_places(node: Any, keys: tuple[str, ...], ids: set[str]) -> Iterator[tuple[str, ...]]:
    """The key paths (list positions left out) of every value in ``ids`` below ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _id_places(value, (*keys, key), ids)
    elif isinstance(node, list):
        for item in node:
            yield from _id_places(item, keys, ids)
    elif isinstance(node, str) and node in ids:
        yield keys


@pytest.mark.parametrize("path", [ROOT / "examples" / "xx-town-2020.json", *CORPUS])
def test_every_place_that_holds_a_deputys_id_is_read_by_name(path: Path) -> None:
    """Every place a document holds a deputy's id (other than the deputy's own record) is
    among the places names are read in: a new field referring to deputies must join them."""
    document = json.loads(path.read_text(encoding="utf-8"))
    ids = {d.id for d in loads(path.read_text(encoding="utf-8")).deputies}
    found = {p for p in _id_places(document, (), ids) if p[0] != "deputies"}
    read = {*DEPUTY_REFERENCES, DEPUTY_SUBJECTS[:2]}
    assert found <= read, found - read
