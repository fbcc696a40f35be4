"""Records read with each field checked once.

The detailed converter checks a field twice: its cattrs hook checks the JSON
type (a string, an enum value, a date), then the attrs validator checks the
value again while the record is built (a string, an enum member, a date). A
reader made here checks each field in one place and then builds the record
without running the validators the hook has already made true:

- what the hook proves is not checked again: an enum member after the enum's
  lookup, a date after the date hook, a record after its own reader, a
  :class:`~congresskit.Count` after the count hook, an item type after the
  array's hook; ``optional`` and ``each`` validators are proved part by part;
- ids, texts and numbers get the same tests as their validators, written
  inline (a non-blank text, an id without surrounding white space, a count of
  zero or more);
- every other validator (one it does not know, a cross-field rule, distinct
  items) runs as attrs would run it, after every field is set; and
  ``__attrs_post_init__`` runs last, as in attrs.

It is built from each attrs class and its type hints, so a new field or
record kind is read by the same rules; a validator or converter it does not
know is simply run. It refuses at least what the detailed converter refuses
and builds equal records: it raises on anything else (any exception), and the
caller then asks the detailed converter what is wrong (tests/test_fast_paths.py
compares both over the Hypothesis strategies and the malformed inputs).
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Mapping
from typing import Any

import attrs
import cattrs

from congresskit.exchange._direct_fields import (
    Builder,
    NotNone,
    Reader,
    RefusedError,
    Source,
    name_of,
    parts_of,
)
from congresskit.exchange._hooks import inner_type, is_optional
from congresskit.records import _coerce as cv
from congresskit.records.counts import Count

__all__ = ["Plan", "RefusedError", "install", "plan_of"]

_FACTORY: Any = type(attrs.Factory(list))  # the class (attrs' stubs call Factory a function)


# Converters that leave a value unchanged when it is already what the hook gives.
_TRANSPARENT: dict[Any, tuple[type, ...]] = {
    cv.to_tuple: (tuple,),
    cv.to_date: (dt.date,),
    cv.to_optional_date: (dt.date,),
    cv.to_moment: (dt.datetime,),
    cv.to_optional_moment: (dt.datetime,),
    cv.to_optional_time: (dt.time,),
}


@attrs.frozen
class Plan:
    """How a reader reads one class: which validators it proves and which it runs."""

    cls: type[Any]
    proved: tuple[tuple[str, str], ...]  # (field, validator) proved by the hook or inline
    run: tuple[tuple[str, str], ...]  # (field, validator) run after the fields are set


def _is_direct(cls: type[Any]) -> bool:
    """Whether a record of ``cls`` can be built without its ``__init__``, to the same effect.

    Only frozen slotted classes without a pre-init hook, aliases or defaults
    that take ``self``: their ``__init__`` sets each field, runs the
    validators, then ``__attrs_post_init__``, and nothing else.
    """
    if getattr(cls, "__attrs_pre_init__", None) is not None:
        return False
    if getattr(cls.__setattr__, "__name__", "") != "_frozen_setattrs":
        return False  # not frozen: on_setattr hooks may run in __init__
    names = {field.name for field in attrs.fields(cls)} | {"__weakref__"}
    for klass in cls.__mro__:
        if not set(getattr(klass, "__slots__", ())) <= names:
            return False  # a slot of its own, such as a cached hash
    if "__dict__" in dir(cls) and not hasattr(cls, "__slots__"):
        return False
    for field in attrs.fields(cls):
        default = field.default
        if isinstance(default, _FACTORY) and default.takes_self:
            return False
        if field.init and field.alias != field.name:
            return False
    return True


def _unchanged(converter: Any, hint: Any) -> bool:
    """Whether ``converter`` leaves every value the hook for ``hint`` gives as it is."""
    types = _TRANSPARENT.get(converter)
    base = inner_type(hint) if is_optional(hint) else hint
    base = typing.get_origin(base) or base
    return types is not None and isinstance(base, type) and issubclass(base, types)


def _same(converter: Any, value: Any) -> bool:
    """Whether ``converter`` leaves ``value`` (a default) as it is."""
    types = _TRANSPARENT.get(converter)
    return types is not None and (value is None or isinstance(value, types))


def _reader(
    cls: type[Any], converter: cattrs.Converter, readers: dict[Any, Reader], tagged: bool
) -> tuple[Reader, Plan]:
    """The reader of ``cls`` (its dict may carry a ``"type"`` tag too, if ``tagged``)."""
    hints = typing.get_type_hints(cls)
    src = Source()
    builder = Builder(converter, readers)
    required = (1 if tagged else 0) + sum(
        1 for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING
    )
    # r: the keys not yet read. Once none is left, the other fields take their defaults
    # without a look in the dict; any left at the end are unknown fields.
    body = ["if type(d) is not dict: raise _R", f"r = len(d) - {required}"]
    after: list[str] = []
    proved_all: list[tuple[str, str]] = []
    run_all: list[tuple[str, str]] = []
    values: list[tuple[str, str]] = []
    for i, field in enumerate(attrs.fields(cls)):
        x = f"v{i}"
        default = field.default
        if not field.init:
            if isinstance(default, _FACTORY):
                values.append((field.name, f"{src.name(default.factory)}()"))
            elif default is not attrs.NOTHING:
                values.append((field.name, src.name(default, "_d")))
            continue
        hint = hints[field.name]
        lines, proved, left = builder.value(hint, parts_of(field.validator), x, src, 0)
        change = field.converter
        if change is not None and not _unchanged(change, hint):
            lines.append(f"{x} = {src.name(change, '_c')}({x})")
        if default is attrs.NOTHING:
            body.append(f"{x} = d[{field.name!r}]")
            body.extend(lines)
        else:
            if isinstance(default, _FACTORY):
                made = f"{src.name(default.factory)}()"
            else:
                made = src.name(default, "_d")
            if change is not None and not _same(change, default):  # attrs converts it
                made = f"{src.name(change, '_c')}({made})"
            body.extend(
                [
                    f"if r and {field.name!r} in d:",
                    "    r -= 1",
                    f"    {x} = d[{field.name!r}]",
                    *("    " + line for line in lines),
                    "else:",
                    f"    {x} = {made}",
                ]
            )
        values.append((field.name, x))
        attribute = src.name(field, "_a")
        for r in left:
            if isinstance(r, NotNone):
                check = src.name(r.validator, "_r")
                after.append(f"if {x} is not None: {check}(o, {attribute}, {x})")
            else:
                after.append(f"{src.name(r, '_r')}(o, {attribute}, {x})")
        proved_all.extend((field.name, name_of(p)) for p in proved)
        run_all.extend((field.name, name_of(r)) for r in left)
    src.names.update(_new=object.__new__, _set=object.__setattr__, _cls=cls)
    body.append("if r: raise _R")
    body.append("o = _new(_cls)")
    body.extend(f"_set(o, {name!r}, {x})" for name, x in values)
    body.extend(after)  # attrs runs the validators once every field is set
    if getattr(cls, "__attrs_post_init__", None) is not None:
        body.append("o.__attrs_post_init__()")
    body.append("return o")
    source = "def read(d, _=None):\n" + "".join(f"    {line}\n" for line in body)
    code = compile(source, f"<congresskit reader for {cls.__qualname__}>", "exec")
    exec(code, src.names)  # the source above, from the class's own fields
    plan = Plan(cls=cls, proved=tuple(proved_all), run=tuple(run_all))
    reader: Reader = src.names["read"]
    return reader, plan


_PLANS: dict[type[Any], Plan] = {}


def plan_of(cls: type[Any]) -> Plan | None:
    """The plan of the reader made for ``cls`` by :func:`install`, if one was."""
    return _PLANS.get(cls)


def _union_reader(tags: Mapping[str, type[Any]], readers: Mapping[Any, Reader]) -> Reader:
    by_tag = {tag: readers[cls] for tag, cls in tags.items()}

    def read(value: Any, _: Any = None) -> Any:
        return by_tag[value["type"]](value)

    read.by_tag = by_tag  # type: ignore[attr-defined] # for readers to call the member's
    return read


def install(
    converter: cattrs.Converter, roots: list[type[Any]], unions: Mapping[Any, Mapping[str, type]]
) -> None:
    """Register readers on ``converter`` for the attrs classes reachable from ``roots``.

    ``unions`` maps a tagged union to its members by tag: their readers take
    the ``"type"`` key too. A class that cannot be built without its
    ``__init__`` to the same effect keeps the converter's own hook (and so do
    the classes that hold it).
    """
    members = {cls for tags in unions.values() for cls in tags.values()}
    todo = list(roots) + sorted(members, key=lambda c: c.__qualname__)
    order: list[type[Any]] = []
    while todo:  # every class reachable, each once
        cls = todo.pop()
        if cls in order or cls is Count:
            continue
        order.append(cls)
        for hint in typing.get_type_hints(cls).values():
            todo.extend(_classes(hint, unions))
    readers: dict[Any, Reader] = {}
    pending = [cls for cls in order if _is_direct(cls)]
    progress = True
    while pending and progress:
        # A reader calls the readers of the classes it holds: those are made first.
        progress = False
        for cls in list(pending):
            needs = {
                c
                for hint in typing.get_type_hints(cls).values()
                for c in _classes(hint, unions, flat=False)
            } - {cls, Count}
            if not needs <= readers.keys():
                continue
            reader, plan = _reader(cls, converter, readers, tagged=cls in members)
            readers[cls] = reader
            _PLANS[cls] = plan
            pending.remove(cls)
            progress = True
        for union, tags in unions.items():
            if union in readers or not set(tags.values()) <= readers.keys():
                continue
            if any(field.name == "type" for c in tags.values() for field in attrs.fields(c)):
                continue  # the tag would be taken for the field
            readers[union] = _union_reader(tags, readers)
            progress = True

    # A hook factory: cattrs asks predicates before the hooks it registered by class.
    def known(cls: Any) -> bool:
        try:
            return cls in readers
        except TypeError:  # a type that cannot be hashed
            return False

    def made(cls: Any) -> Reader:
        return readers[cls]

    converter.register_structure_hook_factory(known, made)


def _classes(
    hint: Any, unions: Mapping[Any, Mapping[str, type]], *, flat: bool = True
) -> list[Any]:
    """The attrs classes (and tagged unions, unless ``flat``) inside a type hint."""
    if hint in unions:
        return list(unions[hint].values()) if flat else [hint]
    found = [c for arg in typing.get_args(hint) for c in _classes(arg, unions, flat=flat)]
    return [hint, *found] if attrs.has(hint) else found
