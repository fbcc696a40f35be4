"""OParl's object machinery: URLs as ids, typed objects, days, and what is left out.

In OParl every object's ``id`` is a URL, and objects refer to one another by
URL. :class:`Urls` builds them from the base URL the export is published at,
the OParl type (and, where one type gathers records of several kinds, the kind)
and the record id, each part URL-quoted, so an id with a slash or a space stays
one part.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote, urlsplit

from congresskit.errors import UsageError
from congresskit.records.dates import When

__all__ = ["OPARL_SCHEMA", "Urls", "day", "oparl_object"]

#: The namespace of OParl 1.1's types: ``type`` is this followed by the type's name.
OPARL_SCHEMA = "https://schema.oparl.org/1.1/"


class Urls:
    """The URL of each object of an export, from its base URL.

    Args:
        base_url: an absolute ``http`` or ``https`` URL (a trailing ``/`` is
            dropped).
        body: the id of the congress, or ``None`` when the records hold none
            (then there is no body and no body lists).

    Raises:
        UsageError: ``base_url`` is not an absolute http or https URL.
    """

    def __init__(self, base_url: str, body: str | None) -> None:
        parts = urlsplit(base_url) if isinstance(base_url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            msg = (
                f"base_url {base_url!r} is not an absolute http or https URL; give the "
                "address the export is published at, such as 'https://example.org/oparl'"
            )
            raise UsageError(msg)
        if parts.query or parts.fragment:
            msg = f"base_url {base_url!r} has a query or a fragment; give a plain address"
            raise UsageError(msg)
        self.base = base_url.rstrip("/")
        self.body = None if body is None else self("body", body)

    def __call__(self, kind: str, *parts: str | int) -> str:
        """``base/kind/part/...``, each part quoted (a ``/`` in an id is ``%2F``)."""
        quoted = "/".join(quote(str(p), safe="") for p in parts)
        return f"{self.base}/{kind}/{quoted}"

    def body_list(self, name: str) -> str | None:
        """The URL of one of the body's lists (``organization``, ``person``, ...)."""
        return None if self.body is None else f"{self.body}/{name}"


def day(value: dt.date | None) -> str | None:
    """A day as ``YYYY-MM-DD``; ``None`` for a date vaguer than a day (a month, a range).

    A vague :class:`~congresskit.When` is written only when it is one day: OParl
    has no form for "some day in November 2021", and its first day is not it.
    """
    if value is None:
        return None
    if isinstance(value, When):
        return value.earliest.isoformat() if value.precision == "day" else None
    return value.isoformat()


def oparl_object(kind: str, url: str, fields: dict[str, Any]) -> dict[str, Any]:
    """An OParl object: ``id``, ``type``, then the fields the records state.

    Fields that are ``None`` or empty lists are left out, as OParl recommends
    for what is not known (unknown is not written as empty or zero).
    """
    item: dict[str, Any] = {"id": url, "type": f"{OPARL_SCHEMA}{kind[0].upper()}{kind[1:]}"}
    item.update((k, v) for k, v in fields.items() if v is not None and v != [])
    return item
