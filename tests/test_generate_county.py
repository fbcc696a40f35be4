"""The synthetic county generator (examples/generate_county.py): deterministic, streamed, valid."""

from __future__ import annotations

import doctest
import importlib.util
import io
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


gen: Any = _load("generate_county")


def _jsonl(records: int, seed: int = 7) -> bytes:
    out = io.BytesIO()
    gen.write_jsonl(gen.county_stream(records, seed=seed), out)
    return out.getvalue()


def test_docstring_examples() -> None:
    """The module's doctest examples run (examples/ is outside pytest's doctest paths)."""
    failures, tried = doctest.testmod(gen, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    """The output is a function of the seed alone."""
    assert _jsonl(300, seed=7) == _jsonl(300, seed=7)
    assert _jsonl(300, seed=7) != _jsonl(300, seed=8)


def test_records_option_counts_activities_and_suggestions(tmp_path: Path) -> None:
    """`--records N` writes N activities and suggestions after the county's other records."""
    path = tmp_path / "county.jsonl"
    assert gen.main(["--records", "500", "--seed", "3", "-o", str(path)]) == 0
    lines = path.read_bytes().splitlines()
    assert json.loads(lines[0]) == {"format": "congresskit", "version": 2, "profile": "full"}
    kinds = Counter(json.loads(line)["type"] for line in lines[1:])
    assert kinds["activity"] + kinds["suggestion"] == 500
    assert 0.1 < kinds["suggestion"] / 500 < 0.3
    assert kinds["congress"] == 1
    assert kinds["deputy"] == 30 * 12
    assert kinds["place"] == 30 * 11  # each town and its ten villages
    assert lines == _jsonl(500, seed=3).splitlines()


def test_stream_is_lazy() -> None:
    """Asking for a billion records and taking a few costs only the few."""
    first = list(itertools.islice(gen.County(seed=1).records(10**9), 5))
    assert len(first) == 5
    assert all(r["type"] in ("activity", "suggestion") for r in first)


def test_ids_are_unique_and_references_resolve() -> None:
    """Every id is used once per type, and every deputy a record names exists."""
    records = [json.loads(line) for line in _jsonl(2_000).splitlines()[1:]]
    ids = Counter((r["type"], r["id"]) for r in records)
    assert max(ids.values()) == 1
    deputies = {r["id"] for r in records if r["type"] == "deputy"}
    for r in records:
        named = [*r.get("participants", ()), *r.get("cosigners", ())]
        if "lead" in r:
            named.append(r["lead"])
        assert set(named) <= deputies


def test_mixed_records_have_the_requested_mix() -> None:
    """The benchmark mix: ~10% deputies, 30% suggestions with 3-5 events, the rest activities."""
    mix = gen.mixed_records(10_000, seed=5)
    counts = {k: len(v) for k, v in mix.items() if k != "reference"}
    assert sum(counts.values()) == 10_000
    assert counts["suggestions"] == 3_000
    assert 900 <= counts["deputies"] <= 1_000
    assert all(3 <= len(s["events"]) <= 5 for s in mix["suggestions"])
    assert all("type" not in r for r in mix["activities"])


def test_bad_arguments_are_refused() -> None:
    """A negative record count is a usage error; an empty county is a ValueError."""
    with pytest.raises(SystemExit):
        gen.main(["--records", "-1"])
    with pytest.raises(ValueError, match="at least 1 town"):
        gen.County(towns=0)
