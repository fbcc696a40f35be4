"""Speed without a change of result: the fast paths of reading and writing.

Reading: most input is valid, so a reader first structures with a converter that
does not collect errors (``detailed_validation=False``), whose hooks for the record
classes are the readers of ``_direct``: each field checked once, the record built
without running again the validators that check proves. Only if that fails does
it structure again with the detailed converter, which finds every problem and its
path. Both build equal objects of the same types, and the fast one refuses at
least what the detailed one refuses, so the result, records or problems, is the
same. With orjson installed, bytes are parsed by it when that is provably what
the standard library reads (``_reading.quick_parse``).

Bulk loads pause the cyclic garbage collector: building a million small objects
otherwise triggers collections that walk every object built so far, again and
again. congresskit's records hold no reference cycles, so nothing is left for the
collector to find; it runs as usual once the load is over.

Writing: when orjson is installed (``pip install congresskit[fast]``), documents
and JSON Lines are written by it from values that keep dates, timestamps and
enum members as Python objects, which orjson writes itself. The text is the same
as the standard library's, byte for byte (tests/test_fast_paths.py checks);
should orjson refuse a value (an integer beyond 64 bits), the standard library
writes it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.fns import identity

from congresskit.checking.recordset import RecordSet
from congresskit.exchange import _direct
from congresskit.exchange._hooks import inner_type, is_optional
from congresskit.exchange.converters import (
    AGENDA_ITEM_TYPES,
    EVENT_TYPES,
    MAX_TEXT_LENGTH,
    TAG,
    Profile,
    _check_profile,
    _configure,
    make_converter,
)
from congresskit.records.agenda import AgendaItem
from congresskit.records.suggestions import Event
from congresskit.records.tombstones import RECORD_TYPES, Tombstone

try:  # the optional accelerator
    import orjson
except ImportError:  # pragma: no cover - the test extras install it
    orjson = None  # type: ignore[assignment] # absent: the standard library writes

__all__ = ["collector_paused", "encode", "fast_converter_for", "native_converter_for"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk load (a no-op if it is off already)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _is_text_tuple(cls: Any) -> bool:
    return bool(cls == tuple[str, ...])


def _text_tuple(value: Any, _: Any) -> tuple[str, ...]:
    # The detailed converter's tuple and string hooks in one call, without messages.
    if type(value) is not list:
        raise TypeError
    for item in value:
        if type(item) is not str or len(item) > MAX_TEXT_LENGTH:
            raise TypeError
        if not item.isascii():
            item.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError
    return tuple(value)


@functools.cache
def _fast(profile: Profile) -> cattrs.Converter:
    converter = make_converter(profile=profile, detailed_validation=False)
    converter.register_structure_hook_func(_is_text_tuple, _text_tuple)
    if _DIRECT:
        _direct.install(
            converter,
            [RecordSet, Tombstone, *RECORD_TYPES.values()],
            {AgendaItem: AGENDA_ITEM_TYPES, Event: EVENT_TYPES},
        )
    return converter


#: Whether the fast converter reads records with each field checked once (tests turn it off).
_DIRECT = True


def fast_converter_for(profile: Profile) -> cattrs.Converter:
    """The shared converter that reads without collecting errors (see the module docstring)."""
    _check_profile(profile)
    return _fast(profile)


def _record_writer(
    cls: type[Any], converter: cattrs.Converter, tag: str | None = None
) -> Callable[[Any], dict[str, Any]]:
    """A hook that writes an attrs record as cattrs's omit-if-default hook does.

    The same keys in the same order (fields without a default first, then the
    others when they differ from their default) and the same values, from the
    same field hooks; but a ``None`` or ``()`` default is tested with ``is not
    None`` or truth rather than ``!=``, and a union member can carry its tag
    first. Writing is most of the time of :func:`congresskit.dumps`.
    """
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {}
    required = [f"{TAG!r}: {tag!r}"] if tag is not None else []
    optional = []
    for i, field in enumerate(attrs.fields(cls)):
        if not field.init:
            continue
        kind = hints[field.name]
        if field.default is None and is_optional(kind):
            kind = inner_type(kind)  # None is never written: the test below leaves it out
        hook = converter.get_unstructure_hook(kind)
        if hook is not identity:
            namespace[f"_h{i}"] = hook
        if field.default is attrs.NOTHING:
            value = f"o.{field.name}" if hook is identity else f"_h{i}(o.{field.name})"
            required.append(f"{field.name!r}: {value}")
            continue
        if field.default is None:
            test = "v is not None"
        elif field.default == ():
            test = "v"
        else:
            namespace[f"_d{i}"] = field.default
            test = f"v != _d{i}"
        value = "v" if hook is identity else f"_h{i}(v)"
        optional.append(
            f"    v = o.{field.name}\n    if {test}:\n        res[{field.name!r}] = {value}\n"
        )
    source = (
        f"def write(o):\n    res = {{{', '.join(required)}}}\n{''.join(optional)}    return res\n"
    )
    exec(compile(source, f"<congresskit writer for {cls.__name__}>", "exec"), namespace)
    writer: Callable[[Any], dict[str, Any]] = namespace["write"]
    return writer


def _union_writer(
    converter: cattrs.Converter, tags: Mapping[str, type[Any]]
) -> Callable[[Any], dict[str, Any]]:
    writers = {cls: _record_writer(cls, converter, tag) for tag, cls in tags.items()}

    def write(value: Any) -> dict[str, Any]:
        return writers[type(value)](value)

    return write


@functools.cache
def _native(profile: Profile) -> cattrs.Converter:
    converter = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
    converter.register_unstructure_hook_factory(
        attrs.has, functools.partial(_record_writer, converter=converter)
    )
    _configure(converter, profile, native=True)
    converter.register_unstructure_hook(AgendaItem, _union_writer(converter, AGENDA_ITEM_TYPES))
    converter.register_unstructure_hook(Event, _union_writer(converter, EVENT_TYPES))
    return converter


def native_converter_for(profile: Profile) -> cattrs.Converter:
    """The shared converter whose output leaves dates, timestamps and enums to orjson."""
    _check_profile(profile)
    return _native(profile)


def encode(value: Any) -> bytes | None:
    """``value`` (from :func:`native_converter_for`) as compact JSON by orjson.

    Returns:
        UTF-8 bytes, or ``None`` if orjson is not installed or refuses the value;
        the caller then writes it with the standard library.
    """
    if orjson is None:
        return None
    try:
        result: bytes = orjson.dumps(value)
    except orjson.JSONEncodeError:
        return None
    return result
