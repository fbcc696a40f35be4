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
import enum
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs

from congresskit.exchange._dates import DATE_PATTERN, structure_date
from congresskit.exchange._hooks import (
    _FROMISOFORMAT_READS_RFC3339,
    MAX_TEXT_LENGTH,
    TIMESTAMP_PATTERN,
    _structure_moment,
    inner_type,
    is_optional,
)
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.counts import Count

__all__ = ["Plan", "install", "plan_of"]

Reader = Callable[..., Any]  # (value) or, as a cattrs hook, (value, type)
_FACTORY: Any = type(attrs.Factory(list))  # the class (attrs' stubs call Factory a function)


class RefusedError(ValueError):
    """The reader does not take the value; the detailed converter says why."""


# Converters that leave a value unchanged when it is already what the hook gives.
_TRANSPARENT: dict[Any, tuple[type, ...]] = {
    cv.to_tuple: (tuple,),
    cv.to_date: (dt.date,),
    cv.to_optional_date: (dt.date,),
    cv.to_moment: (dt.datetime,),
    cv.to_optional_moment: (dt.datetime,),
}
# What an inline test proves of a string or an integer, by validator.
_INLINE: dict[Any, str] = {
    v.identifier: "if not {x} or {x} != {x}.strip(): raise _R",
    v.text: "if not {x}.strip(): raise _R",
    v.non_negative: "if {x} < 0: raise _R",
    v.positive: "if {x} < 1: raise _R",
    v.ordinal: f"if {{x}} < 1 or {{x}} > {v.MAX_ORDINAL}: raise _R",
}
_INLINE_TYPE = {v.identifier: str, v.text: str, v.non_negative: int, v.positive: int}
_INLINE_TYPE[v.ordinal] = int


@attrs.frozen
class Plan:
    """How a reader reads one class: which validators it proves and which it runs."""

    cls: type[Any]
    proved: tuple[tuple[str, str], ...]  # (field, validator) proved by the hook or inline
    run: tuple[tuple[str, str], ...]  # (field, validator) run after the fields are set


@attrs.frozen
class _NotNone:
    """A validator to run on a value that is not ``None`` (a part of ``optional``)."""

    validator: Any


def _parts(validator: Any) -> list[Any]:
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)  # attrs' and_
    return list(inner) if inner is not None else [validator]


def _name(validator: Any) -> str:
    if isinstance(validator, _NotNone):
        return f"optional({_name(validator.validator)})"
    return str(getattr(validator, "__qualname__", repr(validator)))


class _Source:
    """The text of a generated reader and the names it refers to."""

    def __init__(self) -> None:
        self.names: dict[str, Any] = {"_R": RefusedError, "_MAX": MAX_TEXT_LENGTH}
        self.count = 0

    def name(self, value: Any, prefix: str = "_n") -> str:
        self.count += 1
        key = f"{prefix}{self.count}"
        self.names[key] = value
        return key


class _Builder:
    """The code that reads one field's value ``x`` in place, and the validators left to run."""

    def __init__(self, converter: cattrs.Converter, readers: Mapping[Any, Reader]) -> None:
        self.converter = converter
        self.readers = readers

    def value(
        self, hint: Any, validators: list[Any], x: str, src: _Source, depth: int
    ) -> tuple[list[str], list[Any], list[Any]]:
        """Lines reading ``x`` as ``hint``; the validators proved; those left to run."""
        if is_optional(hint):
            inner: list[Any] = []
            left: list[Any] = []
            wrappers = []
            for validator in validators:
                if getattr(validator, "kind", None) == "optional":
                    inner.extend(validator.parts)
                    wrappers.append(validator)
                else:
                    left.append(validator)
            lines, proved, rest = self.value(inner_type(hint), inner, x, src, depth)
            proved += [w for w in wrappers if all(part in proved for part in w.parts)]
            left.extend(_NotNone(r) for r in rest)  # the parts not proved, if not None
            return [f"if {x} is not None:", *("    " + line for line in lines)], proved, left
        if hint is str or hint is int:
            if hint is str:  # as the string hook: a str, not too long, no lone surrogate
                lines = [
                    f"if type({x}) is not str or len({x}) > _MAX: raise _R",
                    f"if not {x}.isascii(): {x}.encode('utf-8')",
                ]
            else:
                lines = [f"if type({x}) is not int: raise _R"]
            proved, left = [], []
            for validator in validators:
                if _INLINE_TYPE.get(validator) is hint:
                    lines.append(_INLINE[validator].format(x=x))
                    proved.append(validator)
                elif getattr(validator, "kind", None) == "instance" and validator.of is hint:
                    proved.append(validator)
                else:
                    left.append(validator)
            return lines, proved, left
        if hint is bool:
            proved = [val for val in validators if getattr(val, "of", None) is bool]
            left = [val for val in validators if val not in proved]
            return [f"if type({x}) is not bool: raise _R"], proved, left
        if typing.get_origin(hint) is tuple and typing.get_args(hint)[1:] == (Ellipsis,):
            return self._tuple(hint, validators, x, src, depth)
        lines = self._hooked(hint, x, src)
        proved, left = [], []
        for validator in validators:
            (proved if self._proves(hint, validator) else left).append(validator)
        return lines, proved, left

    def _hooked(self, hint: Any, x: str, src: _Source) -> list[str]:
        """Lines reading ``x`` as the converter's hook for ``hint`` does (the usual case inline)."""
        if hint in self.readers:
            by_tag = getattr(self.readers[hint], "by_tag", None)
            if by_tag is not None:  # a tagged union: its member's reader, by the tag
                return [f"{x} = {src.name(by_tag, '_u')}[{x}['type']]({x})"]
            return [f"{x} = {src.name(self.readers[hint], '_h')}({x})"]
        hook = self.converter.get_structure_hook(hint)
        call = f"{x} = {src.name(hook, '_h')}({x}, {src.name(hint, '_t')})"
        if hook is structure_date:  # a day as the hook reads it, else the hook
            day = src.name(DATE_PATTERN.fullmatch, "_p")
            iso = src.name(dt.date.fromisoformat, "_f")
            test = f"type({x}) is str and len({x}) == 10 and {day}({x})"
            return [f"if {test}:", f"    {x} = {iso}({x})", "else:", f"    {call}"]
        if hook is _structure_moment and _FROMISOFORMAT_READS_RFC3339:
            moment = src.name(TIMESTAMP_PATTERN.fullmatch, "_p")
            iso = src.name(dt.datetime.fromisoformat, "_f")
            test = f"type({x}) is str and {moment}({x})"
            return [f"if {test}:", f"    {x} = {iso}({x})", "else:", f"    {call}"]
        qualname = getattr(hook, "__qualname__", "")
        if qualname == "_enum_hook.<locals>.structure":  # the lookup it makes
            members = {member.value: member for member in hint}
            return [f"{x} = {src.name(members, '_e')}[{x}]"]
        if qualname == "_count_hook.<locals>.structure":
            count = src.name(Count, "_k")
            test = f"type({x}) is int and {x} >= 0"
            return [f"if {test}:", f"    {x} = {count}({x})", "else:", f"    {call}"]
        return [call]

    def _proves(self, hint: Any, validator: Any) -> bool:
        """Whether the hook for ``hint`` gives only values ``validator`` accepts."""
        kind = getattr(validator, "kind", None)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return kind == "member_of" and validator.of is hint
        if hint is dt.date:  # a day, a month, a year or a range: never a datetime
            return validator is v.day
        if hint is dt.datetime:  # RFC 3339 with its offset: always aware
            return validator is v.moment
        if kind != "instance":
            return False
        if hint in self.readers and not isinstance(hint, type):  # a tagged union
            return all(issubclass(member, validator.of) for member in typing.get_args(hint))
        if hint in self.readers or hint is Count:  # they build instances of the class
            return isinstance(hint, type) and issubclass(hint, validator.of)
        return False

    def _tuple(
        self, hint: Any, validators: list[Any], x: str, src: _Source, depth: int
    ) -> tuple[list[str], list[Any], list[Any]]:
        item = typing.get_args(hint)[0]
        per_item: list[Any] = []
        unique = False
        left: list[Any] = []
        proved: list[Any] = []
        for validator in validators:
            if getattr(validator, "kind", None) == "each":
                per_item.extend(validator.parts)
                unique = unique or validator.unique
                proved.append(validator)
            else:
                left.append(validator)
        y = f"_i{depth}"
        lines, item_proved, rest = self.value(item, per_item, y, src, depth + 1)
        if rest:  # an item validator the reader does not prove: run the whole list's
            left.extend(val for val in validators if getattr(val, "kind", None) == "each")
            proved = [val for val in proved if getattr(val, "kind", None) != "each"]
        head = [f"if type({x}) is not list: raise _R"]
        if not any(line.strip().startswith(f"{y} = ") for line in lines):  # checks: no copy
            body = [f"for {y} in {x}:", *("    " + line for line in lines), f"{x} = tuple({x})"]
        elif len(lines) == 1 and lines[0].startswith(f"{y} = "):  # one call per item
            body = [f"{x} = tuple([{lines[0].removeprefix(f'{y} = ')} for {y} in {x}])"]
        else:
            body = [
                f"_l{depth} = []",
                f"for {y} in {x}:",
                *("    " + line for line in lines),
                f"    _l{depth}.append({y})",
                f"{x} = tuple(_l{depth})",
            ]
        if unique:
            body.append(f"if len({x}) > 1 and len(set({x})) != len({x}): raise _R")
        return head + body, proved + item_proved, left


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
    src = _Source()
    builder = _Builder(converter, readers)
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
        lines, proved, left = builder.value(hint, _parts(field.validator), x, src, 0)
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
            if isinstance(r, _NotNone):
                check = src.name(r.validator, "_r")
                after.append(f"if {x} is not None: {check}(o, {attribute}, {x})")
            else:
                after.append(f"{src.name(r, '_r')}(o, {attribute}, {x})")
        proved_all.extend((field.name, _name(p)) for p in proved)
        run_all.extend((field.name, _name(r)) for r in left)
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
    def made(cls: Any) -> Reader:
        return readers[cls]

    converter.register_structure_hook_factory(readers.__contains__, made)


def _classes(
    hint: Any, unions: Mapping[Any, Mapping[str, type]], *, flat: bool = True
) -> list[Any]:
    """The attrs classes (and tagged unions, unless ``flat``) inside a type hint."""
    if hint in unions:
        return list(unions[hint].values()) if flat else [hint]
    found = [c for arg in typing.get_args(hint) for c in _classes(arg, unions, flat=flat)]
    return [hint, *found] if attrs.has(hint) else found
