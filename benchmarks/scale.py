"""The scale measurements of ``run.py``: merging partial states, parallel speed-up, the floor,
and the peak memory of whole commands.

- merge: a county's records in 200 parts, each part's summary built apart
  (every part carries the county's reference records); then summed once with
  ``PeriodSummary.sum`` against folded with ``+``, and the cost per partition
  of pickling a partial state and merging it;
- parallel: the streamed summary of one county file in one process, and in
  two (``--jobs 2``: the file cut into two ranges of lines, read in a process
  pool, merged), elapsed time;
- floor: the same file parsed by ``orjson`` line by line and the summary's
  main figures aggregated in plain dicts: what any typed reader stands on;
- memory: peak resident memory (VmHWM) of ``congresskit validate``,
  ``convert --to json`` and ``assess`` over the county, each in a fresh process.
"""

from __future__ import annotations

import functools
import json
import pickle
import subprocess
import sys
import time
from pathlib import Path

#: The period the scale measurements summarise: one year of the county's term.
YEAR = "2023"

_CHILD = (
    "import sys\n"
    "from congresskit.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
    "sys.stderr.write('\\nPEAK ' + (peak[0].split()[1] if peak else '0') + '\\n')\n"
    "sys.exit(code)\n"
)


def command_peak(argv: list[str]) -> dict[str, float]:
    """Run ``congresskit ARGV`` in a fresh process: its elapsed time and peak memory (bytes)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *argv], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    peaks = [line for line in done.stderr.splitlines() if line.startswith("PEAK ")]
    if done.returncode != 0 or not peaks:
        msg = f"congresskit {' '.join(argv)} failed: {done.stderr[-500:]}"
        raise RuntimeError(msg)
    return {"wall": wall, "peak_rss": int(peaks[-1].split()[1]) * 1024}


def memory(path: Path, scratch: Path) -> dict[str, dict[str, float]]:
    """Peak memory of validate, convert --to json and assess over ``path``."""
    return {
        "validate": command_peak(["validate", str(path)]),
        "convert --to json": command_peak(
            ["convert", str(path), "--to", "json", "-o", str(scratch / "county.json")]
        ),
        "assess": command_peak(
            ["assess", str(path), "--period", YEAR, "--format", "json", "-o", "/dev/null"]
        ),
    }


def merge(path: Path, parts: int = 200) -> dict[str, float]:
    """Summing ``parts`` partial summaries once against folding them with ``+``."""
    import congresskit as ck

    with ck.iter_jsonl(path) as reader:
        records = list(reader)
    counted = (ck.Activity, ck.Suggestion)
    reference = [r for r in records if not isinstance(r, counted)]
    streamed = [r for r in records if isinstance(r, counted)]
    summaries = [ck.summarize(reference + streamed[i::parts], YEAR) for i in range(parts)]
    started = time.process_time()
    total = ck.PeriodSummary.sum(summaries)
    summed = time.process_time() - started
    started = time.process_time()
    folded = functools.reduce(lambda a, b: a + b, summaries)
    fold = time.process_time() - started
    assert total == folded == ck.summarize(records, YEAR)
    states = [ck.Summarizer(YEAR).update(reference + streamed[i::parts]) for i in range(parts)]
    started = time.process_time()
    blobs = [pickle.dumps(s) for s in states]
    merged = pickle.loads(blobs[0]).merge(*(pickle.loads(b) for b in blobs[1:]))
    per_part = (time.process_time() - started) / parts
    assert merged.summary() == total
    return {
        "parts": parts,
        "sum": summed,
        "fold": fold,
        "per_part": per_part,
        "pickled": sum(map(len, blobs)) / parts,
    }


def parallel(path: Path, jobs: int = 2) -> dict[str, float]:
    """Elapsed time of the streamed summary of ``path`` in one process and in ``jobs``."""
    from congresskit.cli import _partitions as partitions
    from congresskit.summary import Summarizer
    from congresskit.summary.periods import Period

    period = Period.parse(YEAR)
    times = {}
    results = {}
    for n in (1, jobs):
        started = time.perf_counter()
        pieces = partitions.pieces([str(path)], n)
        found = partitions.run(partitions.summarize_piece, pieces, period, jobs=n)
        results[n] = partitions.merge_tree(found, Summarizer.merge).summary()
        times[n] = time.perf_counter() - started
    assert results[1] == results[jobs]
    return {"one": times[1], "many": times[jobs], "jobs": jobs, "speedup": times[1] / times[jobs]}


def floor(path: Path) -> dict[str, float]:
    """orjson parsing plus a plain-dict aggregation of the summary's main figures, and the
    streamed summary of the same file, both in this process (CPU time)."""
    import orjson

    import congresskit as ck

    started = time.process_time()
    by_kind: dict[str, int] = {}
    by_month: dict[str, int] = {}
    deputies: set[str] = set()
    raised = 0
    with open(path, "rb") as stream:
        stream.readline()
        for line in stream:
            data = orjson.loads(line)
            tag = data["type"]
            if tag == "activity" and data["start"].startswith(YEAR):
                by_kind[data["kind"]] = by_kind.get(data["kind"], 0) + 1
                month = data["start"][:7]
                by_month[month] = by_month.get(month, 0) + 1
                deputies.update(data.get("participants", ()))
            elif tag == "suggestion" and data["raised_on"].startswith(YEAR):
                raised += 1
    bare = time.process_time() - started
    started = time.process_time()
    with ck.iter_jsonl(path) as reader:
        ck.summarize(reader, YEAR)
    summary = time.process_time() - started
    return {"floor": bare, "summary": summary, "share": bare / summary}


if __name__ == "__main__":  # pragma: no cover - a manual check
    print(json.dumps(merge(Path(sys.argv[1])), indent=2))
