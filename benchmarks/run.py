"""congresskit's benchmarks against pydantic v2 and msgspec, with the targets it must meet.

One command runs everything and prints one table per measurement, then the targets::

    python -m pip install -e ".[bench]"
    python benchmarks/run.py            # the full run (a few minutes)
    python benchmarks/run.py --quick    # a smoke run on small inputs (seconds)

Every figure is measured in the same run, on the same generated data (fixed seed):

- decode: a document of mixed records (deputies, suggestions with 3 to 5
  handling events, activities), from JSON bytes to validated objects, by
  congresskit, by the same models written for pydantic v2 and msgspec (with the
  same validation: see ``pydantic_models.py``), and by the untyped parsers
  (``orjson.loads``, ``json.loads``), the floor any typed decoder stands on;
- encode: the decoded objects back to JSON bytes, by the same five;
- stream: the period summary over a county's records read from JSON Lines
  (``examples/generate_county.py``), in a fresh process: time, peak memory, and
  the share of time spent aggregating rather than reading;
- import: ``import congresskit`` against importing the third-party modules it
  loads, in fresh processes (the median of several);
- scaling: the streamed summary at sizes ten times apart;
- scale (``scale.py``): merging 200 partial summaries, the parallel speed-up
  of ``--jobs 2``, the floor (orjson parsing and a plain-dict aggregation),
  and the peak memory of ``validate``, ``convert --to json`` and ``assess``.

Timings are the best of ``--repeat`` runs, taken round-robin so that load from
other processes on a shared machine falls on every contender alike; the spread
(slowest over fastest) is printed beside each. The garbage collector is left as
each library leaves it: congresskit pauses it during bulk loads itself; the rows
marked "collector paused" show what pydantic and msgspec do when their caller
pauses it too.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import io
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (HERE, ROOT / "examples"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import generate_county as gen  # noqa: E402
import scale  # noqa: E402

#: The sizes of the full run and of the quick one.
FULL = {
    "decode": 200_000,
    "stream": 1_000_000,
    "scaling": (10_000, 100_000, 1_000_000),
    "repeat": 3,
    "import_repeat": 9,
    "memory": (200_000, 1_000_000),
    "merge": 100_000,
}
QUICK = {
    "decode": 2_000,
    "stream": 20_000,
    "scaling": (2_000, 20_000),
    "repeat": 2,
    "import_repeat": 3,
    "memory": (20_000,),
    "merge": 5_000,
}
#: The period the streamed summary covers: the county's whole term.
PERIOD = "term-18:2021-01-01..2025-12-31"

TARGETS = {
    "decode": "decode + validate throughput >= 1.0x pydantic v2",
    "encode": "encode throughput >= 1.0x pydantic v2",
    "rss": "streamed summary of {n:,} records: peak RSS < 250 MB",
    "aggregation": "streamed summary: aggregation < 10% of the total time",
    "import": "import congresskit adds <= 50% to its dependencies' import time",
    # Issue 15: every side with the collector paused, the floor, parallelism, memory.
    "decode_paused": "decode + validate >= 1.0x pydantic v2, collector paused for both",
    "decode_msgspec": "decode + validate >= 0.5x msgspec, collector paused for both",
    "encode_15": "encode throughput >= 1.5x pydantic v2",
    "floor": "streamed summary runs at >= 1/4 of the floor (orjson + plain dicts)",
    "parallel": "summary of one file with --jobs 2: speed-up >= 1.8x",
    "validate_rss": "validate of {n:,} records: peak RSS <= 150 MB",
    "convert_rss": "convert --to json of {n:,} records: peak RSS <= 150 MB",
}


# -- measuring ------------------------------------------------------------------------------
@dataclass
class Timing:
    """The times of one contender, and what they mean per record."""

    name: str
    records: int
    seconds: list[float] = field(default_factory=list)  # CPU time of this process
    wall: list[float] = field(default_factory=list)  # elapsed time, for comparison

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def rate(self) -> float:
        """Records per second, from the best time."""
        return self.records / self.best if self.best > 0 else float("inf")

    @property
    def spread(self) -> float:
        """The slowest time over the fastest, minus one (0.05 is 5%)."""
        return max(self.seconds) / self.best - 1 if self.best > 0 else 0.0


def round_robin(
    cases: dict[str, Callable[[], object]], records: int, repeat: int
) -> dict[str, Timing]:
    """Time each case ``repeat`` times, one round of all cases after another.

    The time is the CPU time of this process (every case runs on one thread), so
    that other processes on a shared machine do not count; the elapsed time is
    kept too. Each call ends, inside the timing, with a collection of the
    youngest generation: work a case leaves to the collector (congresskit pauses
    it during bulk loads) is counted. The result is dropped after the clock
    stops, and a full collection runs before each call, so one case's garbage
    is not another's cost.
    """
    timings = {name: Timing(name, records) for name in cases}
    for _ in range(repeat):
        for name, case in cases.items():
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            result = case()
            gc.collect(0)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            del result
            timings[name].seconds.append(cpu)
            timings[name].wall.append(wall)
    return timings


def paused(fn: Callable[[], object]) -> Callable[[], object]:
    """``fn`` with the garbage collector paused around it, as a caller may do."""

    def call() -> object:
        gc.disable()
        try:
            return fn()
        finally:
            gc.enable()

    return call


# -- the data -------------------------------------------------------------------------------
def document(n: int, seed: int = gen.DEFAULT_SEED) -> tuple[bytes, dict[str, int]]:
    """A congresskit document of ``n`` mixed records, as compact UTF-8 JSON bytes.

    Returns:
        The bytes, and the number of records of each kind (the few hundred
        records they refer to, the county's units, places, groups, stations
        and sessions, are in the document but not counted).
    """
    doc = gen.mixed_document(n, seed=seed)
    counts = {name: len(doc[name]) for name in ("deputies", "suggestions", "activities")}
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    return data, counts


def county_file(records: int, directory: Path, seed: int = gen.DEFAULT_SEED) -> Path:
    """The county's JSON Lines file with ``records`` activities and suggestions.

    Written once and kept in ``directory``; the name carries a digest of the
    generator's source, so a changed generator writes a new file.
    """
    digest = hashlib.sha256(Path(gen.__file__).read_bytes()).hexdigest()[:12]
    path = directory / f"county-{records}-{seed}-{digest}.jsonl"
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("wb") as out:
            gen.write_jsonl(gen.county_stream(records, seed=seed), out)
        partial.replace(path)
    return path


# -- the contenders -------------------------------------------------------------------------
def decoders(data: bytes) -> dict[str, Callable[[], object]]:
    """Each contender's decode + validate of the document ``data``."""
    import msgspec
    import msgspec_models
    import orjson
    import pydantic_models

    import congresskit

    pydantic_decode = pydantic_models.Document.model_validate_json
    msgspec_decode = msgspec.json.Decoder(msgspec_models.Document).decode
    return {
        "congresskit": lambda: congresskit.loads(data),
        "pydantic": lambda: pydantic_decode(data),
        "pydantic, collector paused": paused(lambda: pydantic_decode(data)),
        "msgspec": lambda: msgspec_decode(data),
        "msgspec, collector paused": paused(lambda: msgspec_decode(data)),
        "orjson.loads (untyped)": lambda: orjson.loads(data),
        "json.loads (untyped)": lambda: json.loads(data),
    }


def encoders(data: bytes) -> dict[str, Callable[[], bytes]]:
    """Each contender's encode of the objects it decoded from ``data``, to JSON bytes."""
    import msgspec
    import msgspec_models
    import orjson
    import pydantic
    import pydantic_models

    import congresskit

    records = congresskit.loads(data)
    model = pydantic_models.Document.model_validate_json(data)
    struct = msgspec.json.decode(data, type=msgspec_models.Document)
    tree = orjson.loads(data)
    encode = msgspec.json.Encoder().encode
    # Each library's own way to JSON bytes (model_dump_json gives text, dump_json bytes).
    pydantic_dump = pydantic.TypeAdapter(pydantic_models.Document).dump_json

    def congresskit_dump() -> bytes:
        out = io.BytesIO()
        congresskit.dump(records, out, profile="full")
        return out.getvalue()

    return {
        "congresskit": congresskit_dump,
        "pydantic": lambda: pydantic_dump(model, exclude_defaults=True),
        "msgspec": lambda: encode(struct),
        "orjson.dumps (untyped)": lambda: orjson.dumps(tree),
        "json.dumps (untyped)": lambda: json.dumps(
            tree, ensure_ascii=False, separators=(",", ":")
        ).encode(),
    }


def disagreements(data: bytes, outputs: dict[str, bytes]) -> list[str]:
    """The contenders whose output is not the same JSON value as ``data``."""
    expected = json.loads(data)
    return [name for name, out in outputs.items() if json.loads(out) != expected]


# -- the streamed summary, in a fresh process ------------------------------------------------
def stream_summary(path: Path, period: str = PERIOD) -> dict[str, float]:
    """Summarise ``path`` (JSON Lines) record by record; time, memory, and where time went.

    Meant to run in a fresh process (see :func:`stream_in_child`), so that the
    peak memory is this job's alone.
    """
    import congresskit

    baseline = peak_rss()
    reading = 0.0
    count = 0

    def timed(records: Iterator[Any]) -> Iterator[Any]:
        # Elapsed time splits reading from aggregating (a CPU-time clock costs a
        # system call, too much twice per record); the total is CPU time, and
        # each part is its share of the elapsed time.
        nonlocal reading, count
        clock = time.perf_counter
        while True:
            start = clock()
            try:
                record = next(records)
            except StopIteration:
                reading += clock() - start
                return
            reading += clock() - start
            count += 1
            yield record

    start, wall = time.process_time(), time.perf_counter()
    with path.open("rb") as stream:
        summary = congresskit.summarize(timed(congresskit.iter_jsonl(stream)), period)
    total, wall = time.process_time() - start, time.perf_counter() - wall
    return {
        "records": count,
        "seconds": total,
        "wall": wall,
        "reading": total * reading / wall,
        "aggregating": total * (wall - reading) / wall,
        "peak_rss": peak_rss(),
        "baseline_rss": baseline,
        "activities": summary.activities.activities,
    }


def peak_rss() -> int:
    """This process's peak resident set size, in bytes.

    On Linux, from /proc (VmHWM): getrusage's figure survives exec, so a child
    started by a large parent would report the parent's size.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux counts kilobytes


def stream_in_child(path: Path, period: str = PERIOD) -> dict[str, float]:
    """:func:`stream_summary` in a fresh Python process."""
    out = subprocess.run(
        [sys.executable, __file__, "--child-stream", str(path), "--period", period],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


# -- import time, in fresh processes ---------------------------------------------------------
_TIMED_IMPORT = (
    "import time, importlib; t = time.perf_counter()\n"
    "for m in {modules!r}: importlib.import_module(m)\n"
    "{then}\n"
    "print(time.perf_counter() - t)"
)
# Every public name used once: with lazy loading, that imports every module.
_USE_ALL = "import congresskit; [getattr(congresskit, n) for n in congresskit.__all__]"


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter that may write bytecode (as an installed package
    has it: timing an import that compiles its sources would time the compiler)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    return done.stdout


def dependency_modules() -> list[str]:
    """The third-party modules congresskit loads once every part of it is used, in order."""
    code = (
        f"import sys; {_USE_ALL}; std = sys.stdlib_module_names\n"
        "print('\\n'.join(m for m in sys.modules if m.split('.')[0] not in std "
        "and m.split('.')[0] not in ('congresskit', '__main__', '_distutils_hack')))"
    )
    return _python(code).split()


IMPORTS = {
    "congresskit": "import congresskit",
    "congresskit, every name used": "import congresskit and use every public name",
    "dependencies": "its dependencies alone (attrs, cattrs, dateutil, ...)",
}


def import_times(repeat: int) -> dict[str, list[float]]:
    """Seconds to import congresskit (then to use all of it) and its dependencies alone.

    Each in a fresh process, after one untimed import that writes the bytecode.
    """
    modules = dependency_modules()
    codes = {
        "congresskit": _TIMED_IMPORT.format(modules=["congresskit"], then=""),
        "congresskit, every name used": _TIMED_IMPORT.format(modules=[], then=_USE_ALL),
        "dependencies": _TIMED_IMPORT.format(modules=modules, then=""),
    }
    _python(codes["congresskit, every name used"])  # bytecode for every module
    runs: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(repeat):
        for name, code in codes.items():
            runs[name].append(float(_python(code)))
    return runs


# -- printing -------------------------------------------------------------------------------
def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    """A plain-text table with a title, right-aligned numbers."""
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    lines = [title, "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def throughput_rows(timings: dict[str, Timing], against: str) -> list[list[str]]:
    """Rows of records/s, best time, spread and the ratio to ``against``."""
    reference = timings[against].rate
    return [
        [
            t.name,
            f"{t.rate:,.0f}",
            f"{t.best:.3f}",
            f"{t.spread:.0%}",
            f"{min(t.wall):.3f}",
            f"{t.rate / reference:.2f}x",
        ]
        for t in timings.values()
    ]


THROUGHPUT = ["contender", "records/s", "best CPU s", "spread", "best wall s", "vs pydantic"]


def verdict(met: bool, detail: str) -> str:
    return f"MET     {detail}" if met else f"MISSED  {detail}"


def megabytes(n: float) -> str:
    return f"{n / 1e6:,.0f} MB"


# -- the run --------------------------------------------------------------------------------
@dataclass
class Results:
    """What a run measured, for the targets and for ``--json``."""

    decode: dict[str, Timing] = field(default_factory=dict)
    encode: dict[str, Timing] = field(default_factory=dict)
    encode_disagree: list[str] = field(default_factory=list)
    stream: dict[str, float] = field(default_factory=dict)
    scaling: dict[int, dict[str, float]] = field(default_factory=dict)
    imports: dict[str, list[float]] = field(default_factory=dict)
    merge: dict[str, float] = field(default_factory=dict)
    parallel: dict[str, float] = field(default_factory=dict)
    floor: dict[str, float] = field(default_factory=dict)
    memory: dict[int, dict[str, dict[str, float]]] = field(default_factory=dict)


def run_decode_encode(n: int, repeat: int, results: Results, out: Callable[[str], None]) -> None:
    """Measure decode and encode of a document of ``n`` mixed records."""
    data, counts = document(n)
    total = sum(counts.values())
    kinds = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    out(f"\nDocument: {total:,} records ({kinds}), {len(data) / 1e6:.1f} MB of JSON\n")
    results.decode = round_robin(decoders(data), total, repeat)
    out(
        table(
            f"Decode + validate, best of {repeat}",
            THROUGHPUT,
            throughput_rows(results.decode, "pydantic"),
        )
    )
    cases = encoders(data)
    results.encode_disagree = disagreements(data, {k: f() for k, f in cases.items()})
    results.encode = round_robin(cases, total, repeat)  # type: ignore[arg-type]
    out("")
    out(table(f"Encode, best of {repeat}", THROUGHPUT, throughput_rows(results.encode, "pydantic")))
    if results.encode_disagree:
        out(f"!! output differs from the input document: {', '.join(results.encode_disagree)}")
    else:
        out("Every encoder wrote the same JSON value it was given.")


def run_stream(
    sizes: tuple[int, ...], directory: Path, results: Results, out: Callable[[str], None]
) -> None:
    """The streamed summary at each size, each in a fresh process."""
    for size in sizes:
        path = county_file(size, directory)
        results.scaling[size] = stream_in_child(path)
    largest = max(sizes)
    results.stream = results.scaling[largest]
    out("")
    out(
        table(
            f"Streamed summary over the county's JSON Lines (period {PERIOD}), fresh process each",
            [
                "records",
                "records/s",
                "CPU s",
                "wall s",
                "reading",
                "aggregating",
                "peak RSS",
                "RSS before",
            ],
            [
                [
                    f"{int(r['records']):,}",
                    f"{r['records'] / r['seconds']:,.0f}",
                    f"{r['seconds']:.2f}",
                    f"{r['wall']:.2f}",
                    f"{r['reading'] / r['seconds']:.0%}",
                    f"{r['aggregating'] / r['seconds']:.0%}",
                    megabytes(r["peak_rss"]),
                    megabytes(r["baseline_rss"]),
                ]
                for _, r in sorted(results.scaling.items())
            ],
        )
    )
    out(scaling_line(results.scaling))


def scaling_line(runs: dict[int, dict[str, float]]) -> str:
    """Whether cost grows linearly: the cost per added record between each pair of sizes.

    A fixed cost (imports, converters built on first use, the stations' reception
    days) weighs on a small run's rate; the cost of each record added beyond it
    is what must stay the same as the input grows.
    """
    sizes = sorted(runs)
    steps = []
    for a, b in itertools.pairwise(sizes):
        added = runs[b]["records"] - runs[a]["records"]
        steps.append((a, b, (runs[b]["seconds"] - runs[a]["seconds"]) / added))
    if not steps:
        return "Scaling: one size only."
    parts = ", ".join(f"{a:,} to {b:,}: {cost * 1e6:.1f} us" for a, b, cost in steps)
    costs = [cost for _, _, cost in steps]
    return (
        f"Scaling: cost of each added record, {parts}; the largest step costs "
        f"{costs[-1] / costs[0]:.2f}x the first (1.00x is linear)."
    )


def run_imports(repeat: int, results: Results, out: Callable[[str], None]) -> None:
    """Import time of congresskit against its dependencies alone."""
    results.imports = import_times(repeat)
    deps = statistics.median(results.imports["dependencies"])
    rows = []
    for name, label in IMPORTS.items():
        times = results.imports[name]
        median = statistics.median(times)
        share = "" if name == "dependencies" else f"{(median - deps) / deps:+.0%}"
        rows.append(
            [
                label,
                f"{median * 1e3:.1f}",
                f"{min(times) * 1e3:.1f}",
                f"{max(times) * 1e3:.1f}",
                share,
            ]
        )
    out("")
    out(
        table(
            f"Import time, fresh process, bytecode written, median of {repeat}",
            ["import", "median ms", "min ms", "max ms", "vs dependencies"],
            rows,
        )
    )
    out(
        "congresskit loads a module the first time one of its names is used (PEP 562): the "
        "first row is what `import congresskit` costs, the second what using all of it costs."
    )


def targets(results: Results, stream_size: int) -> list[tuple[str, bool, str]]:
    """Each target, whether it is met, and by what margin."""
    found = []
    for key in ("decode", "encode"):
        timings = getattr(results, key)
        if timings:
            ratio = timings["congresskit"].rate / timings["pydantic"].rate
            found.append((TARGETS[key], ratio >= 1.0, f"{ratio:.2f}x pydantic"))
    if results.stream:
        s = results.stream
        found.append(
            (
                TARGETS["rss"].format(n=int(s["records"])),
                s["peak_rss"] < 250e6,
                megabytes(s["peak_rss"]),
            )
        )
        share = s["aggregating"] / s["seconds"]
        found.append((TARGETS["aggregation"], share < 0.10, f"{share:.1%} aggregating"))
    if results.imports:
        ck = statistics.median(results.imports["congresskit"])
        deps = statistics.median(results.imports["dependencies"])
        found.append((TARGETS["import"], ck <= 1.5 * deps, f"{(ck - deps) / deps:+.0%}"))
    found.extend(scale_targets(results))
    return found


def scale_targets(results: Results) -> list[tuple[str, bool, str]]:
    """The targets of issue 15."""
    found = []
    if results.decode:
        d = results.decode
        ratio = d["congresskit"].rate / d["pydantic, collector paused"].rate
        found.append((TARGETS["decode_paused"], ratio >= 1.0, f"{ratio:.2f}x pydantic"))
        ratio = d["congresskit"].rate / d["msgspec, collector paused"].rate
        found.append((TARGETS["decode_msgspec"], ratio >= 0.5, f"{ratio:.2f}x msgspec"))
    if results.encode:
        ratio = results.encode["congresskit"].rate / results.encode["pydantic"].rate
        found.append((TARGETS["encode_15"], ratio >= 1.5, f"{ratio:.2f}x pydantic"))
    if results.floor:
        share = results.floor["share"]
        found.append((TARGETS["floor"], share >= 0.25, f"{share:.2f} of the floor"))
    if results.parallel:
        speedup = results.parallel["speedup"]
        found.append((TARGETS["parallel"], speedup >= 1.8, f"{speedup:.2f}x"))
    if results.memory:
        n = min(results.memory)
        for key, name in (("validate_rss", "validate"), ("convert_rss", "convert --to json")):
            peak = results.memory[n][name]["peak_rss"]
            found.append((TARGETS[key].format(n=n), peak <= 150e6, megabytes(peak)))
    return found


def run_scale(
    sizes: dict[str, Any],
    stream: int,
    directory: Path,
    results: Results,
    out: Callable[[str], None],
) -> None:
    """Merging partial states, the parallel speed-up, the floor, and peak memory."""
    path = county_file(sizes["merge"], directory)
    results.merge = m = scale.merge(path, sizes.get("parts", 200))
    out("")
    out(
        table(
            f"Merging {int(m['parts'])} partial summaries of {sizes['merge']:,} records "
            f"(period {scale.YEAR}), CPU time",
            ["how", "seconds", "per partition"],
            [
                ["PeriodSummary.sum", f"{m['sum']:.3f}", f"{m['sum'] / m['parts'] * 1e3:.2f} ms"],
                ["fold with +", f"{m['fold']:.3f}", f"{m['fold'] / m['parts'] * 1e3:.2f} ms"],
                [
                    "pickle + unpickle + Summarizer.merge",
                    f"{m['per_part'] * m['parts']:.3f}",
                    f"{m['per_part'] * 1e3:.2f} ms ({m['pickled'] / 1e3:,.0f} kB pickled)",
                ],
            ],
        )
    )
    path = county_file(stream, directory)
    results.parallel = p = scale.parallel(path)
    results.floor = f = scale.floor(path)
    out("")
    out(
        table(
            f"Summary of one county file of {stream:,} records (period {scale.YEAR})",
            ["how", "seconds", ""],
            [
                ["1 process, elapsed", f"{p['one']:.2f}", ""],
                [f"--jobs {int(p['jobs'])}, elapsed", f"{p['many']:.2f}", f"{p['speedup']:.2f}x"],
                ["streamed summary, CPU", f"{f['summary']:.2f}", ""],
                ["floor: orjson + plain dicts, CPU", f"{f['floor']:.2f}", f"{f['share']:.2f}"],
            ],
        )
    )
    rows = []
    for n in sizes["memory"]:
        path = county_file(n, directory)
        results.memory[n] = found = scale.memory(path, directory)
        rows.extend(
            [f"{n:,}", name, f"{r['wall']:.1f}", megabytes(r["peak_rss"])]
            for name, r in found.items()
        )
    out("")
    out(
        table(
            "Whole commands, fresh process each", ["records", "command", "wall s", "peak RSS"], rows
        )
    )


def main(argv: list[str] | None = None, out: Callable[[str], None] = print) -> Results:
    """Run the benchmarks and print the tables and the targets."""
    parser = argparse.ArgumentParser(
        description="congresskit benchmarks (see the module docstring)"
    )
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run in seconds")
    parser.add_argument("--repeat", type=int, help="timed runs per contender (best is reported)")
    parser.add_argument("--records", type=int, help="records in the decode/encode document")
    parser.add_argument(
        "--stream-sizes",
        type=lambda s: tuple(int(x) for x in s.split(",")),
        help="e.g. 10000,100000,1000000",
    )
    parser.add_argument(
        "--only",
        default="decode,stream,import,scale",
        help="comma-separated: decode (with encode), stream, import, scale",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "congresskit-bench",
        help="where the generated JSON Lines files are kept between runs",
    )
    parser.add_argument("--child-stream", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--period", default=PERIOD, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_stream is not None:
        print(json.dumps(stream_summary(args.child_stream, args.period)))
        return Results()
    sizes = QUICK if args.quick else FULL
    repeat = args.repeat or sizes["repeat"]
    only = set(args.only.split(","))
    results = Results()
    out(
        f"congresskit benchmarks ({'quick' if args.quick else 'full'} run) on Python "
        f"{sys.version.split()[0]}, {os.cpu_count()} CPUs"
    )
    out(versions())
    started = time.perf_counter()
    if "decode" in only:
        run_decode_encode(args.records or sizes["decode"], repeat, results, out)
    stream_sizes = args.stream_sizes or sizes["scaling"]
    if "stream" in only:
        run_stream(stream_sizes, args.data_dir, results, out)
    if "import" in only:
        run_imports(sizes["import_repeat"], results, out)
    if "scale" in only:
        scale_sizes = dict(sizes)
        if args.stream_sizes:  # a custom run: the scale measurements at its sizes too
            scale_sizes.update(merge=min(stream_sizes), memory=(min(stream_sizes),), parts=10)
        run_scale(scale_sizes, max(stream_sizes), args.data_dir, results, out)
    out("\nTargets (issues 6 and 15):")
    for target, met, detail in targets(results, max(stream_sizes)):
        out(f"  {verdict(met, detail):<32}  {target}")
    out(f"\n(finished in {time.perf_counter() - started:.0f} s)")
    return results


def versions() -> str:
    """The versions of the libraries compared."""
    from importlib.metadata import version

    names = ("congresskit", "attrs", "cattrs", "pydantic", "pydantic-core", "msgspec", "orjson")
    return "versions: " + ", ".join(f"{n} {version(n)}" for n in names)


if __name__ == "__main__":
    main()
