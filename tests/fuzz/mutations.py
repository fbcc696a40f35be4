"""Hypothesis strategies that break congresskit input the ways real input is broken.

Structure-aware mutations of a JSON value (type swaps, deletions, duplicated
records, edge numbers and dates, odd Unicode, unknown and overlong keys, deep
nesting), mutations of its text (truncation, duplicated keys) and of its bytes,
and mutations of JSON Lines streams (lines dropped, repeated, swapped, mutated).

Deputies' contact details carry the marker :data:`SECRET`, so that a test can
assert that no contact value reaches a message or a public output.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

import congresskit.strategies as cs
from congresskit import Contact, RecordSet

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"

#: What every contact value contains, and nothing else does.
SECRET = "SECRET"

EDGE_NUMBERS = st.sampled_from(
    [0, -1, 1, 999, 1000, 9999, 10_000, 2**31, 2**63, -(2**63), 10**30, 1.5, -0.0, 1e308, 10**400]
)
EDGE_DATES = st.sampled_from(
    [
        "0001-01-01",
        "9999-12-31",
        "9999-12-01",
        "2020-02-29",
        "2021-02-29",
        "2020-13-01",
        "0000-01-01",
        "2020-1-1",
        "2020-01-01T00:00:00+08:00",
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+14:00",
        "2020-01-01T24:00:00Z",
        "",
    ]
)
ODD_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\u0000",
        "\ud800",
        "a\udfffb",
        "\u202e反转",
        "𠀀𪚥",
        "e\u0301",
        "\ufeff",
        "\u2028\u2029",
        "x" * 100_001,
        "\t\n",
        "'\"\\",
        "NaN",
        "null",
        "k" * 300,
    ]
) | st.text(max_size=12)
LEAVES: SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    EDGE_NUMBERS,
    EDGE_DATES,
    ODD_TEXT,
    st.just({}),
    st.just([]),
)


def example_document() -> dict[str, Any]:
    """The bundled example as JSON, every deputy with contact details marked secret."""
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["profile"] = "full"
    for i, deputy in enumerate(data["deputies"]):
        deputy["contact"] = {"phone": f"{SECRET}-1380013{i:04}", "address": f"{SECRET} 路{i}号"}
    return data


EXAMPLE_DOCUMENT = example_document()


def _secret(records: RecordSet) -> RecordSet:
    deputies = tuple(
        attrs.evolve(d, contact=Contact(phone=f"{SECRET}-{i}", address=f"{SECRET} {i}"))
        if d.contact is not None
        else d
        for i, d in enumerate(records.deputies)
    )
    return attrs.evolve(records, deputies=deputies)


def generated_record_sets() -> SearchStrategy[RecordSet]:
    """Consistent record sets from congresskit.strategies, contacts marked secret."""
    return cs.record_sets(max_size=2, max_deputies=4).map(_secret)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*here, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*here, index)))
    return found


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


_NEST = "__nested__"
_NESTED = re.compile(rf'"{_NEST}(\d+)"')


@st.composite
def mutated_values(draw: DrawFn, base: Any) -> Any:
    """``base`` (a JSON value, not changed) with one to three structural mutations."""
    value = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(value)
        path = draw(st.sampled_from(paths[1:] or paths))
        if not path:
            return draw(LEAVES)
        parent, last = _at(value, path[:-1]), path[-1]
        old = parent[last]
        op = draw(st.sampled_from(["delete", "swap", "edge", "duplicate", "unknown key", "nest"]))
        if op == "delete":
            del parent[last]
        elif op == "swap":
            parent[last] = draw(LEAVES)
        elif op == "edge":
            if isinstance(old, bool) or not isinstance(old, (int, float, str)):
                parent[last] = draw(LEAVES)
            elif isinstance(old, (int, float)):
                parent[last] = draw(EDGE_NUMBERS)
            else:
                parent[last] = draw(EDGE_DATES | ODD_TEXT)
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(old))
        elif op == "unknown key" and isinstance(old, dict):
            old[draw(ODD_TEXT | st.sampled_from(["extra", "id", "type"]))] = draw(LEAVES)
        elif op == "nest":  # made deep in the text: deep values break printing them
            parent[last] = f"{_NEST}{draw(st.sampled_from([2, 50, 500, 5000]))}"
    return value


@st.composite
def mutated_texts(draw: DrawFn, value: Any) -> str:
    """``value`` as JSON text, then perhaps truncated or given a duplicated key."""
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    text = _NESTED.sub(lambda m: "[" * int(m.group(1)) + "]" * int(m.group(1)), text)
    op = draw(st.sampled_from(["none", "none", "truncate", "duplicate key"]))
    if op == "truncate" and text:
        text = text[: draw(st.integers(0, len(text) - 1))]
    elif op == "duplicate key":
        starts = [i for i, c in enumerate(text) if c == "{"]
        if starts:
            at = draw(st.sampled_from(starts)) + 1
            text = text[:at] + '"id":"dup","id":"dup",' + text[at:]
    return text


@st.composite
def mutated_bytes(draw: DrawFn, data: bytes) -> bytes:
    """``data`` with bytes flipped, inserted or removed."""
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not buffer:
            break
        at = draw(st.integers(0, len(buffer) - 1))
        op = draw(st.sampled_from(["flip", "insert", "remove"]))
        if op == "flip":
            buffer[at] = draw(st.integers(0, 255))
        elif op == "insert":
            buffer[at:at] = draw(st.binary(min_size=1, max_size=4))
        else:
            del buffer[at : at + draw(st.integers(1, 8))]
    return bytes(buffer)


@st.composite
def mutated_lines(draw: DrawFn, lines: list[str]) -> str:
    """A JSON Lines stream (its lines given) with lines dropped, repeated, swapped or mutated."""
    lines = list(lines)
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["drop", "repeat", "swap", "mutate", "garbage", "truncate"]))
        at = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if not lines:
            lines.append(draw(ODD_TEXT))
        elif op == "drop":
            del lines[at]
        elif op == "repeat":
            lines.insert(at, lines[at])
        elif op == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "mutate":
            try:
                value = json.loads(lines[at])
            except ValueError:
                continue
            lines[at] = draw(mutated_texts(draw(mutated_values(value))))
        elif op == "garbage":
            lines.insert(at, draw(ODD_TEXT | st.sampled_from(["", "{}", "[]", "null", "{"])))
        elif lines[at]:
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at]) - 1))]
    return "".join(line.replace("\n", " ") + "\n" for line in lines)
