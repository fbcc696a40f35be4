"""How a generated reader reads one field: the lines of code, and the validators it proves.

Part of the readers of :mod:`congresskit.exchange._direct` (see there): for a
field's type hint and validators, the lines that read the JSON value in place
(inline for strings, integers, enums, days and timestamps; a call to the
converter's hook or a record's reader otherwise), the validators those lines
prove, and the validators left to run once the record's fields are set.
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
    _structure_bool,
    _structure_int,
    _structure_moment,
    _structure_str,
    inner_type,
    is_optional,
)
from congresskit.records import _validators as v
from congresskit.records.counts import Count

__all__ = ["Builder", "NotNone", "Reader", "RefusedError", "Source", "name_of", "parts_of"]

Reader = Callable[..., Any]  # (value) or, as a cattrs hook, (value, type)


class RefusedError(ValueError):
    """The reader does not take the value; the detailed converter says why."""


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
class NotNone:
    """A validator to run on a value that is not ``None`` (a part of ``optional``)."""

    validator: Any


def parts_of(validator: Any) -> list[Any]:
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)  # attrs' and_
    return list(inner) if inner is not None else [validator]


def name_of(validator: Any) -> str:
    if isinstance(validator, NotNone):
        return f"optional({name_of(validator.validator)})"
    return str(getattr(validator, "__qualname__", repr(validator)))


class Source:
    """The text of a generated reader and the names it refers to."""

    def __init__(self) -> None:
        self.names: dict[str, Any] = {"_R": RefusedError, "_MAX": MAX_TEXT_LENGTH}
        self.count = 0

    def name(self, value: Any, prefix: str = "_n") -> str:
        self.count += 1
        key = f"{prefix}{self.count}"
        self.names[key] = value
        return key


class Builder:
    """The code that reads one field's value ``x`` in place, and the validators left to run."""

    def __init__(self, converter: cattrs.Converter, readers: Mapping[Any, Reader]) -> None:
        self.converter = converter
        self.readers = readers

    def value(
        self, hint: Any, validators: list[Any], x: str, src: Source, depth: int
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
            left.extend(NotNone(r) for r in rest)  # the parts not proved, if not None
            return [f"if {x} is not None:", *("    " + line for line in lines)], proved, left
        if (hint is str or hint is int) and self._plain(hint):
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
        if hint is bool and self._plain(hint):
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

    def _hooked(self, hint: Any, x: str, src: Source) -> list[str]:
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

    def _plain(self, hint: Any) -> bool:
        """Whether the converter reads ``hint`` with congresskit's own hook, written inline here."""
        own = {str: _structure_str, int: _structure_int, bool: _structure_bool}
        return self.converter.get_structure_hook(hint) is own[hint]

    def _proves(self, hint: Any, validator: Any) -> bool:
        """Whether the hook for ``hint`` gives only values ``validator`` accepts."""
        kind = getattr(validator, "kind", None)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return kind == "member_of" and validator.of is hint
        if hint is dt.date:  # a day, a month, a year or a range: never a datetime
            return validator is v.day
        if hint is dt.datetime:  # RFC 3339 with its offset: always aware
            return validator is v.moment
        if hint is dt.time:  # HH:MM: whole minutes, no time zone
            return validator is v.time_of_day
        if kind != "instance":
            return False
        if hint in self.readers and not isinstance(hint, type):  # a tagged union
            return all(issubclass(member, validator.of) for member in typing.get_args(hint))
        if hint in self.readers or hint is Count:  # they build instances of the class
            return isinstance(hint, type) and issubclass(hint, validator.of)
        return False

    def _tuple(
        self, hint: Any, validators: list[Any], x: str, src: Source, depth: int
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
