"""Writing a document from a stream of records, in memory that does not grow with it.

A document lists its records by type, so a stream in any order cannot be
written as it comes: each record is encoded as it arrives and spilled to a
temporary file of its type, and the document is put together from those files
at the end. The text is the same, byte for byte, as :func:`~congresskit.dump`
writes with the same ``indent`` for the record set of the same records.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Iterable
from typing import IO, Any

import attrs

from congresskit.checking.recordset import COLLECTIONS, RecordSet
from congresskit.exchange._envelope import header
from congresskit.exchange.converters import Profile, converter_for
from congresskit.records.body import Congress
from congresskit.records.tombstones import Tombstone

__all__ = ["dump_stream"]

_LIST_OF = {cls: name for name, cls in COLLECTIONS} | {Tombstone: "tombstones"}


def dump_stream(
    records: Iterable[Any], target: IO[str], *, profile: Profile = "public", indent: int = 2
) -> int:
    """Write the document of ``records`` (read once) to ``target``; return how many records."""
    conv = converter_for(profile)
    encode = json.JSONEncoder(ensure_ascii=False, indent=indent, separators=(",", ": ")).encode
    inner = "\n" + " " * (2 * indent)
    spills: dict[str, IO[str]] = {}
    first: dict[str, Any] = {}
    congress = None
    count = 0
    # The collector runs: encoding leaves cycles behind, and a stream may be long.
    with contextlib.ExitStack() as stack:
        for record in records:
            count += 1
            if type(record) is Congress:
                congress = record
                continue
            name = _LIST_OF[type(record)]
            spill = spills.get(name)
            if spill is None:
                spill = spills[name] = stack.enter_context(
                    tempfile.TemporaryFile("w+", encoding="utf-8")
                )
                first[name] = record
            else:
                spill.write(",")
            spill.write(inner + encode(conv.unstructure(record)).replace("\n", inner))
        skeleton = RecordSet.from_records(
            [r for name, r in first.items() if name != "tombstones"]
            + ([congress] if congress is not None else [])
        )
        if "tombstones" in first:
            skeleton = attrs.evolve(skeleton, tombstones=(first["tombstones"],))
        # Each list in place of a mark, so the envelope and the congress are
        # indented by the encoder itself.
        value = {**header(profile, None), **conv.unstructure(skeleton)}
        for name in spills:
            value[name] = f"\0{name}\0"
        text = encode(value)
        for name in [key for key in value if key in spills]:
            spill = spills[name]
            mark = encode(f"\0{name}\0")
            before, after = text.split(mark, 1)
            target.write(before + "[")
            spill.seek(0)
            shutil.copyfileobj(spill, target)
            text = "\n" + " " * indent + "]" + after
        target.write(text + "\n")
    return count
