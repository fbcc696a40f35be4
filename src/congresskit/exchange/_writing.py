"""Writing a document: the envelope and the record set, encoded, to text or a file.

orjson writes the compact form when it is installed (it takes dates, enums and
tuples as they are, from the native converter); the standard library writes
the rest, and the indented form.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import TYPE_CHECKING, Any

import cattrs

from congresskit.checking.recordset import RecordSet
from congresskit.exchange._envelope import header
from congresskit.exchange._fastpath import collector_paused, encode, native_converter_for
from congresskit.exchange._reading import is_binary
from congresskit.exchange.converters import Profile, converter_for

if TYPE_CHECKING:
    from congresskit.exchange.documents import Source

__all__ = ["document", "encoded", "write"]


def document(
    conv: cattrs.Converter, records: RecordSet, profile: Profile, since: dt.datetime | None
) -> dict[str, Any]:
    """The envelope followed by ``records`` as ``conv`` unstructures them."""
    return {**header(profile, since), **conv.unstructure(records)}


def encoded(
    records: RecordSet, profile: Profile, since: dt.datetime | None, indent: int | None
) -> bytes | str:
    """The document as compact UTF-8 bytes by orjson if it can, else as text."""
    with collector_paused():  # the JSON values are many small objects, dropped at once
        if indent is None:
            data = encode(document(native_converter_for(profile), records, profile, since))
            if data is not None:
                return data
        separators = (",", ":") if indent is None else (",", ": ")
        found = document(converter_for(profile), records, profile, since)
        return json.dumps(found, ensure_ascii=False, indent=indent, separators=separators)


def write(found: bytes | str, target: Source) -> None:
    """Write an encoded document and a newline to a path, or to a text or binary file."""
    if not isinstance(target, (str, os.PathLike)) and not is_binary(target):
        text = found.decode() if isinstance(found, bytes) else found
        target.write(text + "\n")  # type: ignore[call-overload]
        return
    data = found + b"\n" if isinstance(found, bytes) else (found + "\n").encode("utf-8")
    if isinstance(target, (str, os.PathLike)):
        with open(target, "wb") as stream:
            stream.write(data)
    else:
        target.write(data)  # type: ignore[arg-type]
