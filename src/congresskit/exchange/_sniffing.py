"""Telling JSON Lines from a document by its first line, and putting that line back."""

from __future__ import annotations

import io
import json
import os
from typing import IO, Any

from congresskit.exchange._envelope import ENVELOPE

__all__ = ["Rejoined", "looks_like_json_lines"]


def looks_like_json_lines(path: str, first: bytes) -> bool:
    """Whether the input is JSON Lines rather than one JSON document.

    A ``.jsonl`` or ``.ndjson`` name says so and a ``.json`` name says not;
    otherwise (standard input, other names) the first line decides: JSON
    Lines starts with a header, a whole JSON object on its own line with the
    envelope's keys only, while a document's first line is only its start, or
    the whole document, envelope and records.
    """
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".jsonl", ".ndjson"):
        return True
    if suffix == ".json":
        return False
    try:
        header = json.loads(first)
    except (ValueError, RecursionError):
        # Not a header; reading it as a document reports what is wrong with it.
        return False
    return isinstance(header, dict) and set(header) <= set(ENVELOPE)


class Rejoined(io.RawIOBase):
    """A binary stream whose first line was already read, put back in front of the rest."""

    def __init__(self, first: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._first = first
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        # read1 returns what a pipe has now, rather than waiting for a full buffer.
        read = getattr(self._rest, "read1", self._rest.read)
        data = self._first or read(len(buffer))
        self._first = self._first[len(buffer) :]
        if len(data) > len(buffer):
            data = data[: len(buffer)]
        buffer[: len(data)] = data
        return len(data)
