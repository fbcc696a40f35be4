"""Stream a million records through JSON Lines and show that memory stays flat.

    python benchmarks/jsonl_million.py [COUNT]

Writes COUNT (default 1,000,000) generated records (activities, suggestions
with handling events, deputies) to a temporary file with ``dump_jsonl``, reads
them back with ``iter_jsonl``, and prints the time taken and the peak resident
memory of the process after each phase. Neither phase holds the records: the
peak after a million records is close to the peak after the first thousand.
Exits non-zero if the peak grows by more than 50 MB.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator

import congresskit as ck

LIMIT_GROWTH_MB = 50


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def records(count: int) -> Iterator[ck.Deputy | ck.Activity | ck.Suggestion]:
    """``count`` records made one at a time, deterministic."""
    start = dt.date(2020, 1, 1)
    for i in range(count):
        day = start + dt.timedelta(days=i % 180)
        if i % 3 == 0:
            yield ck.Deputy(id=f"d{i}", name=f"代表{i}", levels=(ck.Level.TOWN,))
        elif i % 3 == 1:
            yield ck.Activity(
                id=f"a{i}",
                kind=ck.ActivityKind.RECEPTION,
                title="代表接访日",
                start=day,
                participants=(f"d{i - 1}",),
                people_received=ck.Count(20 + i % 7, at_least=i % 2 == 0),
            )
        else:
            events: tuple[ck.Event, ...] = (
                ck.Assigned(on=day + dt.timedelta(days=7), lead_unit="police"),
                ck.Replied(on=day + dt.timedelta(days=60), outcome=ck.Outcome.A),
                ck.Evaluated(on=day + dt.timedelta(days=70), handling=ck.Satisfaction.SATISFIED),
                ck.Closed(on=day + dt.timedelta(days=75)),
            )
            yield ck.Suggestion(
                id=f"s{i}",
                kind=ck.SuggestionKind.SUGGESTION,
                title="整治场镇车辆乱停",
                lead=f"d{i - 2}",
                raised_on=day,
                events=events[: 3 + i % 2],
            )


def main(count: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "records.jsonl")
        baseline = peak_mb()
        began = time.perf_counter()
        written = ck.dump_jsonl(records(count), path)
        wrote = time.perf_counter() - began
        after_write = peak_mb()
        size = os.path.getsize(path) / 1e6
        began = time.perf_counter()
        read = sum(1 for _ in ck.iter_jsonl(path))
        took = time.perf_counter() - began
        after_read = peak_mb()
    growth = after_read - baseline
    print(f"records          {written:>12,} written, {read:,} read ({size:,.0f} MB of JSON Lines)")
    print(f"write            {wrote:>10.1f} s  {written / wrote:>10,.0f} records/s")
    print(f"read + validate  {took:>10.1f} s  {read / took:>10,.0f} records/s")
    print(
        f"peak RSS         {baseline:>10.1f} MB before, {after_write:.1f} after writing, "
        f"{after_read:.1f} after reading (growth {growth:.1f} MB, limit {LIMIT_GROWTH_MB})"
    )
    return 0 if read == written == count and growth < LIMIT_GROWTH_MB else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
