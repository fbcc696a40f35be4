"""Reading JSON text safely, and structuring it into records with every problem reported.

Shared by documents and JSON Lines: both refuse what RFC 8259 leaves to chance
(a byte order mark, other encodings than UTF-8, ``NaN``, duplicate keys) with an
error that says what to do, never a bare traceback from the parser.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any, TypeVar

import cattrs

from congresskit.errors import DocumentError, DocumentSyntaxError, Problem
from congresskit.exchange._problems import problems_from

try:  # the optional accelerator
    import orjson
except ImportError:  # pragma: no cover - the test extras install it
    orjson = None  # type: ignore[assignment] # absent: the standard library reads

__all__ = ["decode", "is_binary", "parse", "quick_parse", "read_quickly", "structure"]

T = TypeVar("T")

_BOMS = (
    (b"\xef\xbb\xbf", "UTF-8"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def decode(data: bytes, *, line: int | None = None) -> str:
    """UTF-8 bytes as text.

    Raises:
        DocumentSyntaxError: a byte order mark, or bytes that are not UTF-8.
    """
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            msg = (
                f"the input starts with a {encoding} byte order mark; save it as UTF-8 "
                "without a byte order mark (JSON for exchange never has one)"
            )
            raise DocumentSyntaxError("bom", msg, line=line, column=1 if line else None)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = (
            f"the bytes are not UTF-8 (byte {exc.start} is 0x{data[exc.start]:02x}); convert "
            "the file to UTF-8, e.g. from GB18030 with `iconv -f GB18030 -t UTF-8`"
        )
        raise DocumentSyntaxError("encoding", msg, line=line) from None


class _RefusalError(ValueError):
    def __init__(self, rule: str, message: str) -> None:
        self.rule = rule
        self.message = message
        super().__init__(message)


def _no_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number; write null or leave the field out"
    raise _RefusalError("json_syntax", msg)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        key = ""
        for key, _ in pairs:
            if key in seen:
                break
            seen.add(key)
        msg = (
            f"the key {key!r} appears twice in one object; JSON readers disagree on which "
            "one counts, so keep only one"
        )
        raise _RefusalError("duplicate_key", msg)
    return obj


# One decoder for every call: json.loads with arguments would build one each time,
# which counts when a JSON Lines stream parses a million short lines.
_DECODER = json.JSONDecoder(parse_constant=_no_constant, object_pairs_hook=_unique_keys)


def parse(text: str, *, line: int | None = None) -> Any:
    """Parse JSON ``text``, refusing what is not strict JSON.

    Args:
        text: the JSON text.
        line: the JSON Lines line number, for messages (``None`` for a document).

    Raises:
        DocumentSyntaxError: the text is empty, has a byte order mark, is not
            well-formed JSON, has a non-finite number or a duplicate key, or is
            nested too deeply.
    """
    if text.startswith("\ufeff"):
        msg = "the text starts with a byte order mark (U+FEFF); remove it"
        raise DocumentSyntaxError("bom", msg, line=line, column=1 if line else None)
    if not text or text.isspace():  # (not text.strip(), which would copy a large text)
        msg = 'the input is empty; a document is a JSON object such as {"format": ...}'
        raise DocumentSyntaxError("empty", msg, line=line, column=1 if line else None)
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        at_line = exc.lineno if line is None else line
        msg = f"not valid JSON: {exc.msg}; correct the JSON at this place"
        raise DocumentSyntaxError("json_syntax", msg, line=at_line, column=exc.colno) from None
    except _RefusalError as exc:
        raise DocumentSyntaxError(exc.rule, exc.message, line=line) from None
    except RecursionError:
        msg = (
            "the JSON is nested too deeply to read; congresskit records are never nested "
            "more than a few levels, so the input is not a congresskit document"
        )
        raise DocumentSyntaxError("nesting", msg, line=line) from None
    except ValueError:  # Python refuses integers of thousands of digits
        msg = "a number is too long to read; no congresskit field holds a number this large"
        raise DocumentSyntaxError("number", msg, line=line) from None


def quick_parse(data: bytes) -> dict[str, Any] | None:
    """The JSON object ``data`` holds, read by orjson, when that is what :func:`parse` reads.

    orjson keeps the last of two equal keys where congresskit refuses them, so
    its value is taken only when orjson writes it back as the very bytes it
    read (up to white space at the end): a text written that way has no key
    twice, no byte order mark, no ``NaN``, and nothing orjson and the standard
    library read differently. congresskit's own compact documents and lines
    are written so. Anything else (indented text, an escape orjson would not
    write, an error, nesting deeper than orjson writes) gives ``None``, and the
    caller reads it with :func:`parse`.
    One difference is left: orjson reads 1,024 levels of nesting, the standard
    library fewer; :func:`read_quickly` reports such a syntax error first.
    """
    if orjson is None:
        return None
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if type(value) is not dict:
        return None
    try:
        written = orjson.dumps(value)
    except TypeError:  # nesting orjson reads (1,024 levels) but will not write (255)
        return None
    if not data.startswith(written) or data[len(written) :].strip(b" \t\n\r"):
        return None
    return value


def read_quickly(
    data: bytes, read: Callable[[dict[str, Any]], T], parse: Callable[[], object]
) -> T | None:
    """``read`` of what :func:`quick_parse` finds in ``data``, or ``None`` if it finds nothing.

    If ``read`` raises a :class:`~congresskit.DocumentError`, ``parse`` (the
    caller's careful parse of the same text) runs first, so that a syntax
    error the standard library sees is the error raised, as without orjson.
    """
    value = quick_parse(data)
    if value is None:
        return None
    try:
        return read(value)
    except DocumentError:
        parse()
        raise


def structure(
    converter: cattrs.Converter,
    data: Any,
    cls: type[T],
    *,
    root: str = "$",
    record_at: Callable[[str], str | None] = lambda _: None,
    fast: cattrs.Converter | None = None,
) -> T | list[Problem]:
    """``data`` structured as ``cls``, or every problem that prevents it.

    With ``fast``, a converter that refuses at least what ``converter`` refuses
    and builds the same objects, that one is tried first; ``converter`` is used
    only to find the problems, if there are any.
    """
    if fast is not None:
        try:
            return fast.structure(data, cls)
        except Exception:  # the detailed converter below says what is wrong
            pass
    try:
        return converter.structure(data, cls)
    except DocumentError:
        raise
    except Exception as exc:  # every error becomes a problem with a path
        return problems_from(exc, root, record_at)


def is_binary(stream: Any) -> bool:
    """Whether an open file reads and writes bytes rather than text."""
    return isinstance(stream, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(
        stream, "mode", ""
    )
