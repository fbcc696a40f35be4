"""congresskit.extra.dask on a local cluster of two worker processes: the one-process result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from congresskit import (
    Activity,
    JsonLinesError,
    Suggestion,
    assess,
    dump_jsonl,
    example_records,
    summarize,
)

distributed = pytest.importorskip("distributed")

from congresskit.extra.dask import assess_files, summarize_files, validate_files  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The example in three files: references cross files, the term is in one only."""
    folder = tmp_path_factory.mktemp("parts")
    records = list(example_records())
    paths = []
    for i in range(3):
        path = folder / f"part-{i}.jsonl"
        dump_jsonl(records[i::3], path, profile="full")
        paths.append(str(path))
    return paths


def test_summaries_and_assessments_on_a_cluster_equal_one_process(
    client: Any, parts: list[str]
) -> None:
    """summarize_files and assess_files equal summarize and assess of all the records."""
    records = example_records()
    for period in ("2020-H1", "term-19"):
        assert summarize_files(parts, period, client=client) == summarize(records, period)
        assert summarize_files(parts, period, client=client, pieces=5) == summarize(records, period)
    assert assess_files(parts, "2020", client=client) == assess(records, "2020")


def test_validation_on_a_cluster_finds_what_one_process_finds(
    client: Any, parts: list[str], tmp_path: Path
) -> None:
    """validate_files counts the records, and reports a duplicate across files at both lines."""
    assert validate_files(parts, client=client) == len(example_records())
    counted = [r for r in example_records() if isinstance(r, (Activity, Suggestion))]
    extra = tmp_path / "again.jsonl"
    dump_jsonl(counted[:1], extra, profile="full")
    with pytest.raises(JsonLinesError) as error:
        validate_files([*parts, str(extra)], client=client)
    assert [(e.source, e.line) for e in error.value.errors][-1] == (str(extra), 2)
    assert {p.rule for p in error.value.problems} == {"duplicate_id"}
