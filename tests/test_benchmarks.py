"""The benchmark script (benchmarks/run.py) runs, and compares like with like.

No timing is asserted here: the benchmark is a script. These tests run its
functions on tiny inputs so that it cannot rot, and check that the pydantic and
msgspec models it compares congresskit with refuse what congresskit refuses.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import congresskit

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
EXAMPLES = BENCHMARKS.parent / "examples"


@pytest.fixture(scope="module")
def bench() -> Iterator[Any]:
    """benchmarks/run.py, imported as the script imports its neighbours."""
    added = [str(p) for p in (BENCHMARKS, EXAMPLES) if str(p) not in sys.path]
    sys.path[:0] = added
    try:
        yield importlib.import_module("run")
    finally:
        for path in added:
            sys.path.remove(path)


@pytest.fixture(scope="module")
def small(bench: Any) -> bytes:
    """A small benchmark document."""
    data, counts = bench.document(60, seed=11)
    assert sum(counts.values()) == 60
    return data  # type: ignore[no-any-return]


def test_every_decoder_reads_the_document(bench: Any, small: bytes) -> None:
    """Each contender decodes the same bytes without error."""
    for name, decode in bench.decoders(small).items():
        assert decode() is not None, name


def test_every_encoder_writes_back_the_same_json(bench: Any, small: bytes) -> None:
    """Each contender's encoding of what it decoded is the JSON value it read."""
    outputs = {name: encode() for name, encode in bench.encoders(small).items()}
    assert set(outputs) >= {"congresskit", "pydantic", "msgspec"}
    assert bench.disagreements(small, outputs) == []
    assert bench.disagreements(small, {"broken": b"{}"}) == ["broken"]


def test_round_robin_times_every_case(bench: Any) -> None:
    """Every case runs `repeat` times, and the figures derived from the times are sane."""
    calls: list[str] = []
    cases: dict[str, Callable[[], object]] = {
        "a": lambda: calls.append("a"),
        "b": lambda: calls.append("b"),
    }
    timings = bench.round_robin(cases, 10, 3)
    assert calls == ["a", "b"] * 3
    for timing in timings.values():
        assert len(timing.seconds) == 3
        assert timing.rate > 0
        assert timing.spread >= 0


def test_quick_run_prints_every_table_and_target(bench: Any, tmp_path: Path) -> None:
    """A tiny run of the whole script prints each section and a verdict for each target."""
    lines: list[str] = []
    args = ["--quick", "--records", "40", "--stream-sizes", "30,60", "--repeat", "1"]
    results = bench.main([*args, "--data-dir", str(tmp_path)], out=lines.append)
    text = "\n".join(lines)
    for heading in ("Decode + validate", "Encode", "Streamed summary", "Import time", "Targets"):
        assert heading in text
    verdicts = [line for line in lines if line.strip().startswith(("MET", "MISSED"))]
    assert len(verdicts) == len(bench.TARGETS)
    assert results.stream["records"] > 60  # the county's other records come first
    assert results.stream["peak_rss"] > results.stream["baseline_rss"] / 2 > 0
    assert set(results.scaling) == {30, 60}


# -- the comparison is fair: the other models refuse what congresskit refuses ---------------

_BAD: list[tuple[str, str, Any]] = [
    # (what, a path into the document, the value put there: DELETE removes the field,
    # REPEAT appends the list's first item again)
    ("number where a string belongs", "activities/0/title", 5),
    ("blank text", "activities/0/title", "   "),
    ("id with surrounding space", "activities/0/id", " a-0000001"),
    ("empty id", "deputies/0/id", ""),
    ("unknown enum value", "activities/0/kind", "party"),
    ("date not YYYY-MM-DD", "activities/0/start", "2021-1-5"),
    ("date with a time", "activities/0/start", "2021-01-05T00:00:00"),
    ("no such day", "activities/0/start", "2021-02-30"),
    ("end before start", "activities/0/end", "2020-01-01"),
    ("repeated participant", "activities/0/participants", "REPEAT"),
    ("negative count", "activities/0/people_received", -1),
    ("count as a string", "activities/0/people_received", "5"),
    ("count as a boolean", "activities/0/people_received", True),
    ("count as a float", "activities/0/people_received", 5.0),
    ("unknown field", "activities/0/colour", "red"),
    ("missing required field", "activities/0/kind", "DELETE"),
    ("timestamp without offset", "activities/0/created", "2021-01-05T09:00:00"),
    ("modified before created", "activities/0/modified", "2000-01-01T09:00:00+08:00"),
    ("unknown field in a nested object", "activities/0/opinions/0/colour", "red"),
    ("repeated level", "deputies/0/levels", ["county", "county"]),
    ("membership ending before it starts", "deputies/0/memberships/0/end", "2000-01-01"),
    ("blank phone", "deputies/0/contact/phone", " "),
    ("list where an object belongs", "deputies/0/contact", []),
    ("unknown event type", "suggestions/0/events/0/type", "escalated"),
    ("event dated before the one before", "suggestions/0/events/1/on", "2000-01-01"),
    (
        "reply before assignment",
        "suggestions/0/events/0",
        {"type": "replied", "on": "2021-02-01", "outcome": "a"},
    ),
    (
        "merged without naming into what",
        "suggestions/0/events",
        [{"type": "reviewed", "on": "2021-01-12", "decision": "merged"}],
    ),
    (
        "lead unit also assisting",
        "suggestions/0/events/0",
        {
            "type": "assigned",
            "on": "2021-01-12",
            "lead_unit": "police",
            "assisting_units": ["police"],
        },
    ),
    ("wrong format name", "format", "pydantic"),
]


def _base(bench: Any) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(bench.document(30, seed=2)[0])
    # The first activity is a reception with an opinion and a time span, so that
    # every path above exists; the first suggestion starts with an assignment.
    activity = doc["activities"][0]
    activity.update(
        kind="reception",
        end=activity["start"],
        participants=doc["activities"][0]["participants"][:2],
        opinions=[{"text": "反映村道破损", "resolution": "answered_on_spot"}],
        people_received=12,
    )
    doc["deputies"][0]["contact"] = {"phone": "13900000000"}
    suggestion = doc["suggestions"][0]
    suggestion["raised_on"] = "2021-01-11"
    suggestion["events"] = [
        {"type": "assigned", "on": "2021-01-12", "lead_unit": "police"},
        {"type": "replied", "on": "2021-02-12", "outcome": "a"},
    ]
    return doc


def _put(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    *parents, last = [int(p) if p.isdigit() else p for p in path.split("/")]
    target: Any = doc
    for step in parents:
        target = target[step]
    if value == "DELETE":
        del target[last]
    elif value == "REPEAT":
        target[last].append(target[last][0])
    else:
        target[last] = value
    return doc


def _refusals(bench: Any, data: bytes) -> dict[str, bool]:
    import msgspec
    import pydantic

    msgspec_models = importlib.import_module("msgspec_models")
    pydantic_models = importlib.import_module("pydantic_models")
    refused = {}
    for name, decode, error in (
        ("congresskit", congresskit.loads, congresskit.CongresskitError),
        ("pydantic", pydantic_models.Document.model_validate_json, pydantic.ValidationError),
        ("msgspec", msgspec.json.Decoder(msgspec_models.Document).decode, msgspec.ValidationError),
    ):
        try:
            decode(data)
        except error:
            refused[name] = True
        else:
            refused[name] = False
    return refused


def test_the_valid_base_document_is_read_by_all(bench: Any) -> None:
    """The document the bad cases start from is valid for every contender."""
    data = json.dumps(_base(bench)).encode()
    assert _refusals(bench, data) == dict.fromkeys(("congresskit", "pydantic", "msgspec"), False)


@pytest.mark.parametrize(("what", "path", "value"), _BAD, ids=[case[0] for case in _BAD])
def test_every_contender_refuses(bench: Any, what: str, path: str, value: Any) -> None:
    """congresskit, pydantic and msgspec all refuse the same bad document."""
    data = json.dumps(_put(_base(bench), path, value)).encode()
    assert _refusals(bench, data) == dict.fromkeys(("congresskit", "pydantic", "msgspec"), True)
