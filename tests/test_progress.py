"""The progress count on standard error: shown on a terminal, silent otherwise."""

from __future__ import annotations

import io

from congresskit.cli._progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Clock:
    """A clock that advances by ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_items_pass_through_unchanged() -> None:
    """Tracking yields every item, in order, and counts them."""
    progress = Progress(io.StringIO(), "x.jsonl")
    assert list(progress.track(iter(range(5)))) == [0, 1, 2, 3, 4]
    assert progress.count == 5


def test_nothing_is_written_when_the_stream_is_not_a_terminal() -> None:
    """A pipe or a file stays clean, however long the read."""
    stream = io.StringIO()
    list(Progress(stream, "x.jsonl", clock=_Clock(1.0)).track(range(1000)))
    assert stream.getvalue() == ""


def test_a_terminal_sees_the_count_and_then_it_is_erased() -> None:
    """On a terminal the count is redrawn in place and erased at the end."""
    stream = _Terminal()
    list(Progress(stream, "big.jsonl", interval=0.5, clock=_Clock(1.0)).track(range(3000)))
    out = stream.getvalue()
    assert "\rbig.jsonl: 2,999 lines" in out
    assert out.endswith("\r\x1b[K")


def test_a_short_read_draws_nothing_even_on_a_terminal() -> None:
    """Reads that end within one interval do not flash a line."""
    stream = _Terminal()
    list(Progress(stream, "small.jsonl", interval=10.0, clock=_Clock(0.001)).track(range(50)))
    assert stream.getvalue() == ""


def test_the_line_is_erased_when_reading_stops_early() -> None:
    """An error part-way (the consumer stops) still leaves a clean terminal line."""
    stream = _Terminal()
    items = Progress(stream, "bad.jsonl", interval=0.5, clock=_Clock(1.0)).track(range(100))
    for i in items:
        if i == 10:
            break
    items.close()  # what a for loop's exception or garbage collection does
    assert stream.getvalue().endswith("\r\x1b[K")
