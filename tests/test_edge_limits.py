"""Problem collection is bounded: at most N problems kept, the rest counted (issue 10, item 10)."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from congresskit import (
    DocumentError,
    JsonLinesError,
    Place,
    RecordSet,
    Station,
    UsageError,
    ValidationError,
    check,
    iter_jsonl,
    load_jsonl,
    loads,
    validate,
)
from congresskit.cli import main

HEADER = '{"format":"congresskit","version":1,"profile":"public"}\n'


def bad_places(n: int) -> str:
    """A document of ``n`` places whose names are numbers: ``n`` field problems."""
    places = [{"id": f"v{i}", "name": i} for i in range(n)]
    return json.dumps(
        {"format": "congresskit", "version": 1, "profile": "public", "places": places}
    )


def dangling(n: int) -> RecordSet:
    """``n`` stations at a place that does not exist: ``n`` cross-record problems."""
    stations = tuple(Station(id=f"s{i}", name="站", place="nowhere") for i in range(n))
    return RecordSet(places=(Place(id="v1", name="村"),), stations=stations)


def test_loads_keeps_at_most_the_limit_and_counts_the_rest() -> None:
    """A million problems were all collected (4.2 GB); now 1,000 by default, then a count."""
    with pytest.raises(DocumentError) as caught:
        loads(bad_places(1500))
    assert len(caught.value.problems) == 1000
    assert caught.value.more == 500
    assert "and 500 more problems" in str(caught.value)


@pytest.mark.parametrize("limit", [1, 7, 3000])
def test_the_limit_is_a_keyword(limit: int) -> None:
    """max_problems chooses the bound; the problems kept are the first ones, in order."""
    with pytest.raises(DocumentError) as caught:
        loads(bad_places(2000), max_problems=limit)
    kept = min(limit, 2000)
    assert [p.path for p in caught.value.problems] == [f"$.places[{i}].name" for i in range(kept)]
    assert caught.value.more == 2000 - kept


def test_no_limit_collects_everything() -> None:
    """None keeps the old behaviour."""
    with pytest.raises(DocumentError) as caught:
        loads(bad_places(1200), max_problems=None)
    assert (len(caught.value.problems), caught.value.more) == (1200, 0)


def test_cross_record_problems_are_bounded_too() -> None:
    """check, validate and loads bound the collection check as well."""
    records = dangling(50)
    assert len(check(records)) == 50
    assert len(check(records, max_problems=10)) == 10
    with pytest.raises(ValidationError) as caught:
        validate(records, max_problems=10)
    assert (len(caught.value.problems), caught.value.more) == (10, 40)
    from congresskit import dumps

    with pytest.raises(DocumentError) as read:
        loads(dumps(records), max_problems=5)
    assert (len(read.value.problems), read.value.more) == (5, 45)


def test_json_lines_bounds_bad_lines_and_their_memory() -> None:
    """load_jsonl keeps the first N problems; the memory used does not grow with the rest."""
    lines = [json.dumps({"type": "place", "id": f"v{i}", "name": i}) for i in range(3000)]
    text = HEADER + "\n".join(lines) + "\n"
    tracemalloc.start()
    try:
        with pytest.raises(JsonLinesError) as caught:
            load_jsonl(io.StringIO(text), max_problems=10)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(caught.value.problems) == 10
    assert caught.value.more == 2990
    assert peak < 20_000_000


def test_iter_jsonl_can_bound_what_it_keeps_of_skipped_lines() -> None:
    """max_skipped keeps the first errors; skipped_more counts the others."""
    lines = [json.dumps({"type": "place", "id": f"v{i}", "name": i}) for i in range(30)]
    good = json.dumps({"type": "place", "id": "ok", "name": "村"})
    reader = iter_jsonl(
        io.StringIO(HEADER + "\n".join([*lines, good]) + "\n"), on_error="skip", max_skipped=3
    )
    assert [p.id for p in reader] == ["ok"]
    assert [e.line for e in reader.skipped] == [2, 3, 4]
    assert reader.skipped_more == 27


@pytest.mark.parametrize("bad", [0, -1, 1.5, "10", True])
def test_a_limit_must_be_a_positive_whole_number(bad: Any) -> None:
    """Anything else is a usage error."""
    with pytest.raises(UsageError, match="max_problems"):
        loads(bad_places(2), max_problems=bad)


def test_validate_lists_n_problems_then_says_how_many_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-problems N on the command line."""
    path = tmp_path / "bad.json"
    path.write_text(bad_places(40))
    assert main(["validate", str(path), "--max-problems", "5"]) == 1
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert len(lines) == 6
    assert (
        lines[-1] == f"{path}: ... and 35 more problems, not listed (--max-problems N lists more)"
    )
    assert main(["validate", str(path)]) == 1
    assert len(capsys.readouterr().err.splitlines()) == 40


@pytest.mark.parametrize("bad", ["0", "x", "-3"])
def test_max_problems_must_be_positive_on_the_command_line(
    bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A usage error, exit 2."""
    assert main(["validate", "x.json", "--max-problems", bad]) == 2
    assert "--max-problems" in capsys.readouterr().err
