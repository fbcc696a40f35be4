"""Record types by their exchange tag, and tombstones: deletions that travel.

In an incremental exchange a deleted record does not simply vanish: the sender
says so with a :class:`Tombstone`, so that the receiver can delete its copy
instead of keeping it forever (as OParl's soft deletes do).

>>> import datetime as dt
>>> gone = Tombstone(type="deputy", id="d07",
...                  deleted=dt.datetime(2020, 7, 1, 9, tzinfo=dt.timezone.utc))
>>> RECORD_TYPES[gone.type].__name__, gone.stamp.isoformat()
('Deputy', '2020-07-01T09:00:00+00:00')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.activities import Activity, Campaign
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.cycle import ElectionPlan
from congresskit.records.evaluations import Evaluation
from congresskit.records.handling_reports import HandlingReport
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.projects import LivelihoodProject
from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
from congresskit.records.sessions import PresidiumMeeting, Session
from congresskit.records.suggestions import Suggestion

__all__ = ["RECORD_TYPES", "Tombstone", "record_type"]

#: Every top-level record type by its exchange tag. The tags are part of the
#: exchange format (a JSON Lines record's ``"type"``, a tombstone's ``type``)
#: and never change once released, whatever the Python classes are called.
RECORD_TYPES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "congress": Congress,
        "term": Term,
        "unit": Unit,
        "place": Place,
        "deputy": Deputy,
        "deputy_group": DeputyGroup,
        "station": Station,
        "session": Session,
        "presidium_meeting": PresidiumMeeting,
        "livelihood_project": LivelihoodProject,
        "campaign": Campaign,
        "suggestion": Suggestion,
        "activity": Activity,
        "work_plan": WorkPlan,
        "evaluation": Evaluation,
        "handling_report": HandlingReport,
        "rule_document": RuleDocument,
        "honour": Honour,
        "budget_line": BudgetLine,
        "allowance": Allowance,
        "election_plan": ElectionPlan,
    }
)
_TAGS = {cls: tag for tag, cls in RECORD_TYPES.items()}


def record_type(record: Any) -> str:
    """The exchange tag of a record (or of a tombstone, the type it deletes).

    Args:
        record: a top-level congresskit record or a :class:`Tombstone`.

    Returns:
        The tag, e.g. ``"deputy_group"``.

    Raises:
        TypeError: ``record`` is not a top-level record.

    >>> from congresskit import Place
    >>> record_type(Place(id="v1", name="称沱村"))
    'place'
    """
    if isinstance(record, Tombstone):
        return record.type
    try:
        return _TAGS[type(record)]
    except KeyError:
        msg = f"not a top-level congresskit record: {type(record).__name__}"
        raise TypeError(msg) from None


def _known_type(instance: Any, attribute: Any, value: str) -> None:
    v.text(instance, attribute, value)
    if value not in RECORD_TYPES:
        raise FieldError(
            "Tombstone",
            attribute.name,
            value,
            "record_type",
            f"not a record type; expected one of: {', '.join(RECORD_TYPES)}",
        )


@attrs.frozen(kw_only=True)
class Tombstone:
    """The deletion of a record, as it travels in an incremental exchange.

    Attributes:
        type: the exchange tag of the deleted record's type (see
            :data:`RECORD_TYPES`), e.g. ``"suggestion"``.
        id: the id of the deleted record.
        deleted: when the record was deleted (timezone-aware).
        modified: when this tombstone was last changed, if later than the
            deletion (for example when a deletion is re-announced).
    """

    type: str = attrs.field(validator=_known_type)
    id: str = attrs.field(validator=v.identifier)
    deleted: dt.datetime = attrs.field(converter=cv.to_moment, validator=v.moment)
    modified: dt.datetime | None = attrs.field(
        default=None,
        converter=cv.to_optional_moment,
        validator=v.optional(v.moment, v.not_earlier_than("deleted")),
    )

    @property
    def stamp(self) -> dt.datetime:
        """The moment that orders this tombstone against other versions of the record."""
        return self.modified or self.deleted
