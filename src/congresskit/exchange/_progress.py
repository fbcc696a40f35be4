"""Progress reports while reading: the ``progress=`` callback of the readers.

A reader given ``progress`` calls it with how much it has just read: ``1`` per
line of JSON Lines, the size of each block of a document. The calls carry the
increment, not a running total, so that a `tqdm <https://tqdm.github.io/>`_
bar's ``update`` can be passed as it is; a running total is one ``sum`` away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["BLOCK", "Progress", "read_reporting", "reported"]

#: A progress callback: called with the amount just read.
Progress = Callable[[int], object]

#: Documents are read in blocks of this size when progress is reported.
BLOCK = 1 << 20


def reported(lines: Iterable[Any], progress: Progress) -> Iterator[Any]:
    """``lines`` unchanged, calling ``progress(1)`` as each is read."""
    for line in lines:
        progress(1)
        yield line


def read_reporting(stream: Any, progress: Progress | None) -> Any:
    """All of ``stream`` (bytes or text, as it gives), calling ``progress`` per block."""
    if progress is None:
        return stream.read()
    blocks = []
    while block := stream.read(BLOCK):
        progress(len(block))
        blocks.append(block)
    if not blocks:
        return stream.read()  # empty: b"" or "", as the stream gives
    return blocks[0][:0].join(blocks)
