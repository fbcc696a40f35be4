"""A progress count on standard error, shown only when it is a terminal.

Reading a large JSON Lines file takes a while; a person at a terminal wants to
see that it moves, while a pipe or a log file must stay clean. The count is
redrawn in place at most a few times a second and erased when reading ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from typing import TextIO, TypeVar

__all__ = ["Progress"]

T = TypeVar("T")


class Progress:
    """Counts items as they pass and shows the count on ``stream`` if it is a terminal.

    Args:
        stream: where to draw (standard error); nothing is written unless
            ``stream.isatty()`` is true.
        label: what is being read, e.g. the file name.
        unit: what is counted (``"lines"``).
        interval: the least number of seconds between two redraws.
        clock: a monotonic clock (replaceable in tests).
    """

    def __init__(
        self,
        stream: TextIO,
        label: str,
        *,
        unit: str = "lines",
        interval: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        isatty = getattr(stream, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self.stream = stream
        self.label = label
        self.unit = unit
        self.interval = interval
        self.clock = clock
        self.count = 0
        self._last_draw: float | None = None
        self._drawn = False

    def track(self, items: Iterable[T]) -> Generator[T, None, None]:
        """Yield ``items`` unchanged, counting them; erase the count when they end."""
        try:
            for item in items:
                self.count += 1
                if self.enabled:
                    self._maybe_draw()
                yield item
        finally:
            self.close()

    def _maybe_draw(self) -> None:
        now = self.clock()
        if self._last_draw is None:
            # Short reads should not flash a line: wait one interval first.
            self._last_draw = now
            return
        if now - self._last_draw >= self.interval:
            self._last_draw = now
            self.stream.write(f"\r{self.label}: {self.count:,} {self.unit}")
            self.stream.flush()
            self._drawn = True

    def close(self) -> None:
        """Erase the count line, if one was drawn."""
        if self._drawn:
            # Carriage return, then "erase to end of line" (ANSI EL).
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
