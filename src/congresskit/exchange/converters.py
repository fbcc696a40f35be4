"""The one place where congresskit records become JSON values and back.

Built the cattrs way: :func:`configure_converter` registers congresskit's hooks
on a converter you own, and :func:`make_converter` returns a ready one. Nothing
touches ``cattrs.global_converter``, and the models know nothing of JSON.

The hooks are strict, because an exchange format that guesses hides errors
until they are expensive:

- a string field takes only a string; an integer field only an integer (not
  ``"5"``, ``5.0`` or ``true``); a boolean only ``true`` or ``false``;
- an enumeration takes one of its values, spelled exactly;
- a date is ``YYYY-MM-DD`` and nothing else (a date and time is refused);
- a timestamp is RFC 3339, with its offset: ``2020-01-13T09:00:00+08:00``;
- a list field takes a JSON array (never a string or an object);
- objects have exactly the fields the model has (unknown fields are errors);
- agenda items and handling events carry a ``"type"`` tag
  (:data:`AGENDA_ITEM_TYPES`, :data:`EVENT_TYPES`);
- a :class:`~congresskit.Count` is written as a plain integer when exact and as
  ``{"value": 200, "at_least": true}`` when it is a lower bound.

Fields equal to their default are left out when writing, and filled in again
when reading, so nothing is lost. The ``public`` profile (the default) leaves
out deputies' contact details; ``full`` keeps them.

>>> import datetime as dt
>>> from congresskit import Assigned, Suggestion, SuggestionKind
>>> converter = make_converter()
>>> s = Suggestion(id="s1", kind=SuggestionKind.SUGGESTION, title="整治车辆乱停",
...                lead="d01", raised_on=dt.date(2020, 1, 13),
...                events=(Assigned(on=dt.date(2020, 1, 20), lead_unit="police"),))
>>> converter.unstructure(s)
{'id': 's1', 'kind': 'suggestion', 'title': '整治车辆乱停', 'raised_on': '2020-01-13',
 'lead': 'd01',
 'events': [{'type': 'assigned', 'on': '2020-01-20', 'lead_unit': 'police'}]}
>>> converter.structure(converter.unstructure(s), Suggestion) == s
True

For speed, ``make_converter(detailed_validation=False)`` builds a converter
that stops at the first error without collecting paths; a reader can try it
first and fall back to the detailed one only when a record fails.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from congresskit.errors import Problem, UsageError
from congresskit.exchange._hooks import (
    DATE_PATTERN,
    MAX_TEXT_LENGTH,
    TIMESTAMP_PATTERN,
    register_value_hooks,
    shown,
)
from congresskit.exchange._problems import BadValueError, WrongTypeError, problems_from
from congresskit.records.agenda import (
    AgendaItem,
    Election,
    Inquiry,
    ProjectBallot,
    ReportReview,
    Resolution,
)
from congresskit.records.events import (
    Assigned,
    Closed,
    Corrected,
    Evaluated,
    Event,
    Extended,
    FollowUp,
    HoldingReply,
    MarkedDuplicate,
    Rehandled,
    Replied,
    Returned,
    Reviewed,
    Withdrawn,
)
from congresskit.records.people import Deputy

__all__ = [
    "AGENDA_ITEM_TYPES",
    "DATE_PATTERN",
    "EVENT_TYPES",
    "MAX_TEXT_LENGTH",
    "PROFILES",
    "TAG",
    "TIMESTAMP_PATTERN",
    "Profile",
    "configure_converter",
    "converter_for",
    "make_converter",
    "problems",
]

#: An export profile: ``public`` leaves out deputies' contact details.
Profile = Literal["public", "full"]
#: The export profiles, the default first.
PROFILES: tuple[Profile, ...] = ("public", "full")

#: The key that names the type of a tagged object.
TAG = "type"

#: Agenda items by their exchange tag (part of the format: never renamed).
AGENDA_ITEM_TYPES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "report_review": ReportReview,
        "resolution": Resolution,
        "election": Election,
        "project_ballot": ProjectBallot,
        "inquiry": Inquiry,
    }
)
#: Suggestion handling events by their exchange tag (part of the format).
EVENT_TYPES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "reviewed": Reviewed,
        "assigned": Assigned,
        "extended": Extended,
        "replied": Replied,
        "evaluated": Evaluated,
        "rehandled": Rehandled,
        "closed": Closed,
        "returned": Returned,
        "withdrawn": Withdrawn,
        "marked_duplicate": MarkedDuplicate,
        "holding_reply": HoldingReply,
        "follow_up": FollowUp,
        "corrected": Corrected,
    }
)


def _tagged(
    converter: cattrs.Converter, union: Any, tags: Mapping[str, type[Any]], what: str
) -> None:
    """Tag the members of ``union`` with ``"type"``, and explain a missing or unknown tag."""
    tag_of = {cls: tag for tag, cls in tags.items()}
    configure_tagged_union(union, converter, tag_generator=tag_of.__getitem__, tag_name=TAG)
    members = converter.get_structure_hook(union)
    # Each member's own hook rather than cattrs's union hook, which adds the tag
    # at the end: the tag is written here, once, and first.
    fields_of = {cls: converter.get_unstructure_hook(cls) for cls in tags.values()}
    allowed = ", ".join(tags)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise WrongTypeError(f"an object ({what})", value)
        tag = value.get(TAG)
        if type(tag) is not str or tag not in tags:
            if tag is None:
                msg = f'{what} needs a "type": one of {allowed}'
                raise BadValueError(msg, tag, rule="missing", at=TAG)
            msg = f"unknown {what} type {shown(tag)}; expected one of: {allowed}"
            raise BadValueError(msg, tag, rule="tag", at=TAG)
        return members(value, union)

    def unstructure(value: Any) -> dict[str, Any]:
        # The tag first, so that a reader of the JSON sees the kind at once.
        cls = type(value)
        return {TAG: tag_of[cls], **fields_of[cls](value)}

    converter.register_structure_hook(union, structure)
    converter.register_unstructure_hook(union, unstructure)


def _check_profile(profile: object) -> None:
    if profile not in PROFILES:
        msg = f"unknown profile {profile!r}; expected one of: {', '.join(PROFILES)}"
        raise UsageError(msg)


def configure_converter(converter: cattrs.Converter, *, profile: Profile = "public") -> None:
    """Register congresskit's strict JSON hooks on ``converter``.

    Args:
        converter: a :class:`cattrs.Converter`. Its own settings stay: build
            it with ``forbid_extra_keys=True`` to refuse unknown fields (as
            :func:`make_converter` does).
        profile: ``"public"`` leaves deputies' contact details out when
            writing; ``"full"`` writes them.

    Raises:
        UsageError: ``profile`` is not one of :data:`PROFILES`.
    """
    _configure(converter, profile, native=False)


def _configure(converter: cattrs.Converter, profile: Profile, *, native: bool) -> None:
    """:func:`configure_converter`; ``native`` leaves dates, timestamps and enum members as
    Python values in what it writes, for a JSON encoder that writes them itself (orjson).
    """
    _check_profile(profile)
    register_value_hooks(converter, native=native)
    if profile == "public":
        without_contact = make_dict_unstructure_fn(
            Deputy,
            converter,
            _cattrs_omit_if_default=converter.omit_if_default,
            contact=override(omit=True),
        )
        converter.register_unstructure_hook(Deputy, without_contact)
    _tagged(converter, AgendaItem, AGENDA_ITEM_TYPES, "agenda item")
    _tagged(converter, Event, EVENT_TYPES, "handling event")


def make_converter(
    *, profile: Profile = "public", detailed_validation: bool = True
) -> cattrs.Converter:
    """A new converter for congresskit records, configured by :func:`configure_converter`.

    It refuses unknown fields and leaves fields equal to their default out of
    what it writes.

    Args:
        profile: ``"public"`` (the default) leaves deputies' contact details
            out when writing; ``"full"`` writes them.
        detailed_validation: collect every error with its path (the default);
            ``False`` is faster and stops at the first error.

    Returns:
        The converter.
    """
    converter = cattrs.Converter(
        omit_if_default=True,
        forbid_extra_keys=True,
        detailed_validation=detailed_validation,
    )
    configure_converter(converter, profile=profile)
    return converter


@functools.cache
def _shared(profile: Profile) -> cattrs.Converter:
    return make_converter(profile=profile)


def converter_for(profile: Profile) -> cattrs.Converter:
    """The converter congresskit's readers and writers share for ``profile`` (made once).

    Raises:
        UsageError: ``profile`` is not one of :data:`PROFILES`.
    """
    _check_profile(profile)
    return _shared(profile)


def problems(error: BaseException, path: str = "$") -> tuple[Problem, ...]:
    """Every problem inside an error raised by a converter's ``structure``, at its JSON path.

    cattrs collects errors in nested exception groups; this reads them the way
    congresskit's documents do, with the messages of congresskit's hooks and
    models.

    Args:
        error: the exception ``structure`` raised.
        path: the JSON path of the structured value.

    Returns:
        The problems, in order.

    >>> from congresskit import Place
    >>> try:
    ...     make_converter().structure({"id": "v1", "name": 5, "kind": "hamlet"}, Place)
    ... except Exception as error:
    ...     for problem in problems(error):
    ...         print(problem.path, problem.rule)
    $.name type
    $.kind enum
    """
    return tuple(problems_from(error, path))
