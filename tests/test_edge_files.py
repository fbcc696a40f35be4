"""Files are written whole or not at all (issue 10, items 8 and 9).

Documents, JSON Lines and the command line's ``-o`` write to a temporary file
beside the target and rename it over the target once all is written.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from congresskit import (
    JsonLinesWriter,
    Place,
    RecordSet,
    dump,
    dump_jsonl,
    dumps,
    example_records,
    iter_jsonl,
    load,
)
from congresskit.cli import main
from congresskit.errors import DocumentError
from congresskit.exchange._atomic import TEMPORARY_MARK, AtomicFile, remove_stale

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and signals")


def leftovers(directory: Path) -> list[str]:
    """Temporary files congresskit left in ``directory``."""
    return [p.name for p in directory.iterdir() if TEMPORARY_MARK in p.name]


def failing(records: RecordSet, after: int) -> Iterator[Any]:
    """The records, then an error after ``after`` of them."""
    for i, record in enumerate(records):
        if i == after:
            msg = "the source failed"
            raise RuntimeError(msg)
        yield record


def test_dump_jsonl_that_fails_midway_leaves_the_old_file(tmp_path: Path) -> None:
    """The old file was emptied first, and a truncated valid-looking one left."""
    target = tmp_path / "records.jsonl"
    dump_jsonl(example_records(), target)
    before = target.read_bytes()
    with pytest.raises(RuntimeError):
        dump_jsonl(failing(example_records(), 10), target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_writer_closed_after_an_error_leaves_the_old_file(tmp_path: Path) -> None:
    """JsonLinesWriter as a context manager: an error discards what was written."""
    target = tmp_path / "records.jsonl"
    target.write_text("old\n")
    records = RecordSet(places=(Place(id="v1", name="称沱村"), Place(id="v2", name="\ud800")))
    with pytest.raises(DocumentError), JsonLinesWriter(target) as writer:
        writer.write_all(records)
    assert writer.count == 1
    assert target.read_text() == "old\n"
    assert leftovers(tmp_path) == []


def test_a_writer_writes_nothing_to_the_target_until_closed(tmp_path: Path) -> None:
    """Readers see the old file while a stream is being written, then the new one."""
    target = tmp_path / "records.jsonl"
    target.write_text("old\n")
    writer = JsonLinesWriter(target)
    writer.write(Place(id="v1", name="称沱村"))
    assert target.read_text() == "old\n"
    writer.close()
    assert [p.id for p in iter_jsonl(target)] == ["v1"]


def test_dump_that_fails_leaves_the_old_file(tmp_path: Path) -> None:
    """A document the writer refuses does not touch the target."""
    target = tmp_path / "records.json"
    dump(example_records(), target)
    before = target.read_bytes()
    with pytest.raises(DocumentError):
        dump(RecordSet(places=(Place(id="v1", name="\ud800"),)), target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "write",
    [
        lambda path: dump(example_records(), path),
        lambda path: dump_jsonl(example_records(), path),
        lambda path: main(["convert", str(EXAMPLE), "--to", "json", "-o", str(path)]),
    ],
)
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path, write: Any) -> None:
    """convert -o created files with mode 0600."""
    old = os.umask(0o027)
    try:
        write(tmp_path / "out")
    finally:
        os.umask(old)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    """Replacing a file does not change who may read it."""
    target = tmp_path / "out.json"
    target.write_text("{}")
    target.chmod(0o604)
    dump(example_records(), target)
    assert target.stat().st_mode & 0o777 == 0o604


def test_a_symlink_stays_and_its_target_is_replaced(tmp_path: Path) -> None:
    """-o replaced a symbolic link with a plain file."""
    real = tmp_path / "data" / "records.json"
    real.parent.mkdir()
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert main(["convert", str(EXAMPLE), "--to", "json", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert load(real) == example_records()
    assert leftovers(real.parent) == []
    assert leftovers(tmp_path) == []


def test_the_data_is_flushed_to_disk_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """-o never called fsync."""
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    assert main(["convert", str(EXAMPLE), "--to", "jsonl", "-o", str(tmp_path / "o")]) == 0
    assert synced


def test_stale_temporaries_of_dead_processes_are_removed(tmp_path: Path) -> None:
    """A run removes what a killed run left, but not what a live one is writing."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    stale = tmp_path / f".out.json{TEMPORARY_MARK}{finished.pid}-0"
    live = tmp_path / f".out.json{TEMPORARY_MARK}{os.getppid()}-0"
    other = tmp_path / f".other.json{TEMPORARY_MARK}{finished.pid}-0"
    for path in (stale, live, other):
        path.write_text("partial")
    assert main(["convert", str(EXAMPLE), "--to", "json", "-o", str(tmp_path / "out.json")]) == 0
    assert sorted(leftovers(tmp_path)) == sorted([live.name, other.name])
    assert remove_stale(str(tmp_path), "other.json") == [str(other)]


def test_sigterm_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    """convert -o stopped by SIGTERM left a hidden partial file (with contacts, if full)."""
    target = tmp_path / "out.jsonl"
    header = b'{"format":"congresskit","version":1,"profile":"full"}\n'
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    argv = [sys.executable, "-m", "congresskit", "convert", "-", "--to", "jsonl", "-o", str(target)]
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdin is not None
    process.stdin.write(header + b'{"type":"place","id":"v1","name":"a"}\n')
    process.stdin.flush()
    deadline = time.monotonic() + 30
    while not leftovers(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert leftovers(tmp_path), "the command did not start writing"
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    process.stdin.close()
    assert process.stderr is not None
    process.stderr.close()
    assert process.returncode == -signal.SIGTERM
    assert leftovers(tmp_path) == []
    assert not target.exists()


def test_an_atomic_file_discarded_leaves_nothing(tmp_path: Path) -> None:
    """The helper shared by the writers: discard removes, commit replaces."""
    target = tmp_path / "t"
    atomic = AtomicFile(target)
    atomic.stream.write(b"x")
    atomic.discard()
    assert list(tmp_path.iterdir()) == []
    atomic = AtomicFile(target, text=True)
    atomic.stream.write("y")
    atomic.commit()
    assert target.read_text() == "y"


def test_writing_to_an_open_stream_is_unchanged() -> None:
    """Streams given by the caller are written to directly."""
    out = io.StringIO()
    dump(example_records(), out)
    assert out.getvalue() == dumps(example_records()) + "\n"
