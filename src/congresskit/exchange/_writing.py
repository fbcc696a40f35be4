"""Writing a document: the envelope and the record set, encoded, to text or a file.

orjson writes the compact form when it is installed (it takes dates, enums and
tuples as they are, from the native converter); the standard library writes
the rest, and the indented form.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import cattrs

from congresskit.checking.recordset import RecordSet
from congresskit.errors import DocumentError, Problem
from congresskit.exchange._atomic import replacing
from congresskit.exchange._envelope import header
from congresskit.exchange._fastpath import collector_paused, encode, native_converter_for
from congresskit.exchange._hooks import MAX_TEXT_LENGTH
from congresskit.exchange._problems import field_path, short
from congresskit.exchange._reading import is_binary
from congresskit.exchange.converters import Profile, converter_for

if TYPE_CHECKING:
    from congresskit.exchange.documents import Source

__all__ = ["document", "encoded", "readable", "refuse_unreadable", "write"]


def document(
    conv: cattrs.Converter, records: RecordSet, profile: Profile, since: dt.datetime | None
) -> dict[str, Any]:
    """The envelope followed by ``records`` as ``conv`` unstructures them."""
    return {**header(profile, since), **conv.unstructure(records)}


def encoded(
    records: RecordSet, profile: Profile, since: dt.datetime | None, indent: int | None
) -> bytes | str:
    """The document as compact UTF-8 bytes by orjson if it can, else as text.

    Raises:
        DocumentError: a value the readers would refuse (see :func:`refuse_unreadable`).
    """
    with collector_paused():  # the JSON values are many small objects, dropped at once
        # The models refuse texts longer than a reader takes; a lone surrogate is
        # what is left, and orjson refuses it (the standard library writes it).
        if indent is None:
            data = encode(document(native_converter_for(profile), records, profile, since))
            if data is not None:
                return data
        separators = (",", ":") if indent is None else (",", ": ")
        found = document(converter_for(profile), records, profile, since)
        text = json.dumps(found, ensure_ascii=False, indent=indent, separators=separators)
        if not readable(text):
            refuse_unreadable(found)
        return text


def readable(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8 (it has no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unreadable(value: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """(path, rule, message) for each value in ``value`` that a reader refuses."""
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_TEXT_LENGTH:
                message = (
                    f"a text of {len(item):,} characters is longer than the "
                    f"{MAX_TEXT_LENGTH:,} a reader accepts; shorten it"
                )
                yield where, "too_long", message
            elif not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    message = "contains a lone surrogate, which is not text; remove it"
                    yield where, "encoding", message
        elif isinstance(item, dict):
            stack.extend((v, field_path(where, str(k))) for k, v in reversed(item.items()))
        elif isinstance(item, (list, tuple)):
            stack.extend((v, f"{where}[{i}]") for i, v in reversed(list(enumerate(item))))
        elif isinstance(item, float) and not math.isfinite(item):
            yield where, "json_syntax", f"{item} is not a JSON number; a reader refuses it"
        elif isinstance(item, int) and item.bit_length() > _MAX_BITS:
            yield where, "number", "a number too long for a reader; no field holds one this large"


# Python reads integers of at most this many decimal digits (sys.get_int_max_str_digits).
_MAX_BITS = int((getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 4300) * 3.32) - 4


def refuse_unreadable(value: Any, *, root: str = "$", line: int | None = None) -> None:
    """Refuse a JSON-ready ``value`` that a congresskit reader would refuse.

    So that every document written reads back: texts longer than
    ``MAX_TEXT_LENGTH``, lone surrogates, non-finite or overlong numbers.

    Raises:
        DocumentError: every such value, at its path, with the id of its record.
    """
    problems = []
    for where, rule, message in _unreadable(value, root):
        record = _record_of(value, where, root)
        named = message if record is None else f"record {short(record)}: {message}"
        problems.append(Problem(path=where, record=record, rule=rule, message=named))
    if problems:
        raise DocumentError(problems, line=line)


def _record_of(value: Any, path: str, root: str) -> str | None:
    """The id of the record ``path`` falls in: a list item of the document, or the line's."""
    rest = path.removeprefix(root)
    found: Any = value
    if isinstance(found, dict) and rest.startswith("."):
        name = rest[1:].split("[", 1)[0].split(".", 1)[0]
        found = found.get(name)
        if isinstance(found, list) and rest[1 + len(name) :].startswith("["):
            index = rest[2 + len(name) :].split("]", 1)[0]
            found = found[int(index)] if index.isdigit() else None
    for candidate in (found, value):
        rid = candidate.get("id") if isinstance(candidate, dict) else None
        if isinstance(rid, str):
            return rid
    return None


def write(found: bytes | str, target: Source) -> None:
    """Write an encoded document and a newline to a path, or to a text or binary file."""
    if not isinstance(target, (str, os.PathLike)) and not is_binary(target):
        text = found.decode() if isinstance(found, bytes) else found
        target.write(text + "\n")  # type: ignore[call-overload]
        return
    data = found + b"\n" if isinstance(found, bytes) else (found + "\n").encode("utf-8")
    if isinstance(target, (str, os.PathLike)):
        with replacing(target) as stream:  # whole or not at all
            stream.write(data)
    else:
        target.write(data)  # type: ignore[arg-type]
