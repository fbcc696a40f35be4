"""Records and period summaries as tidy pandas DataFrames (the ``pandas`` extra).

A record set gives one frame per table of the spreadsheet layout: one row per
record of a kind (``"activities"``), and one row per item of a record's lists
(``"suggestions.events"``, keyed by the owning record's id), under the same
Chinese or English headers as the workbook. A period summary gives one frame
per breakdown: one row per activity kind, month, station, deputy group, deputy,
session or campaign.

Figures the records do not state are missing (``pd.NA``), never 0. A count that
may be a lower bound ("200余") is two columns: its value, and beside it a
boolean column saying whether the value is only a lower bound
(``接待群众人次·是否约数``, ``people received.approximate``).

>>> from congresskit import example_records, summarize
>>> records = example_records()
>>> activities = records_frame(records, "activities")
>>> len(activities) == len(records.activities)
True
>>> int(activities["接待群众人次"].isna().sum())  # activities that do not say: not 0
42
>>> activities.groupby("代表工作站").agg({"接待群众人次": "sum", "接待群众人次·是否约数": "any"})
       接待群众人次  接待群众人次·是否约数
代表工作站
st1        55         True
st2        50         True
st3        44         True
st4        51         True
>>> by_station = summary_frame(summarize(records, "2020-H1"), "station", lang="en")
>>> by_station[["id", "activities", "people received", "people received.approximate"]]
    id  activities  people received  people received.approximate
0  st1           6               55                         True
1  st2           6               50                         True
2  st3           6               44                         True
3  st4           6               51                         True
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from congresskit.checking.recordset import RecordSet
from congresskit.errors import UsageError
from congresskit.exchange.converters import Profile
from congresskit.exchange.documents import to_document
from congresskit.extra import require
from congresskit.extra._cells import allowed, write_cell
from congresskit.extra._layout import Column, Table, layout, tables_by_name, top_of
from congresskit.extra._rows import _contexts, _get
from congresskit.extra._words import FIGURES, field_name
from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, CampaignKind
from congresskit.records.labels import label
from congresskit.summary import PeriodSummary

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["BREAKDOWNS", "records_frame", "records_frames", "summary_frame", "summary_frames"]

Lang = Literal["zh", "en"]

#: Dates are whole days: seconds are fine enough, and reach far beyond any record.
_DAY = "datetime64[s]"


def _pd() -> Any:
    return require("pandas", "pandas")


def _bound_header(header: str, lang: str) -> str:
    """The header of a count's companion column: whether the value is only a lower bound."""
    return f"{header}{'·' if lang == 'zh' else '.'}{field_name('at_least', lang)}"


# -- records ---------------------------------------------------------------------------


def _count_columns(header: str, raw: Sequence[Any], lang: str) -> dict[str, Any]:
    """A count's value column (``Int64``) and its lower-bound column (``boolean``)."""
    lib = _pd()
    values = [None if v is None else v["value"] if isinstance(v, dict) else v for v in raw]
    bounds = [lib.NA if v is None else bool(isinstance(v, dict) and v.get("at_least")) for v in raw]
    return {
        header: lib.array(values, dtype="Int64"),
        _bound_header(header, lang): lib.array(bounds, dtype="boolean"),
    }


def _record_column(column: Column, raw: Sequence[Any], lang: str) -> dict[str, Any]:
    lib = _pd()
    header = column.header(lang)
    kind = column.kind
    if kind == "count":
        return _count_columns(header, raw, lang)
    if kind in ("enum", "tag"):
        labels = [None if v is None else write_cell(v, column, lang) for v in raw]
        return {header: lib.Categorical(labels, categories=allowed(column, lang))}
    if kind == "date":
        if all(v is None or (isinstance(v, str) and len(v) == 10) for v in raw):
            days = lib.to_datetime(lib.Series(raw, dtype="object"), format="ISO8601")
            return {header: days.astype(_DAY)}
        # Vague dates (a month, a year, a range) stay as the text a workbook shows.
        texts = [None if v is None else write_cell(v, column, lang) for v in raw]
        return {
            header: lib.Series(
                [t if isinstance(t, str) or t is None else t.isoformat() for t in texts],
                dtype="string",
            )
        }
    if kind == "timestamp":
        series = lib.Series(raw, dtype="object")
        return {header: lib.to_datetime(series, format="ISO8601", utc=True)}
    dtype = {"integer": "Int64", "number": "Float64", "boolean": "boolean"}.get(kind, "string")
    return {header: lib.array(list(raw), dtype=dtype)}


def _table_frame(document: Mapping[str, Any], table: Table, lang: str) -> pd.DataFrame:
    lib = _pd()
    contexts = list(_contexts(table, document))
    columns: dict[str, Any] = {}
    keys = table.key_headers(lang, top_of(table))
    if keys:
        columns[keys[0]] = lib.array([owner for owner, _, _ in contexts], dtype="string")
        for level, header in enumerate(keys[1:]):
            columns[header] = lib.array([p[level] for _, p, _ in contexts], dtype="Int64")
    for column in table.columns:
        raw = [item if table.scalar else _get(item, column.path) for _, _, item in contexts]
        columns.update(_record_column(column, raw, lang))
    frame: pd.DataFrame = lib.DataFrame(columns)
    return frame


def _table(kind: str) -> Table:
    table = tables_by_name().get(kind)
    if table is None:
        known = ", ".join(t.key for t in layout())
        msg = f"no table of records is called {kind!r}; the tables are: {known}"
        raise UsageError(msg)
    return table


def records_frames(
    records: RecordSet, *, lang: Lang = "zh", profile: Profile = "full"
) -> dict[str, pd.DataFrame]:
    """Every table of the record set as a DataFrame, by key (``"suggestions.events"``).

    Args:
        records: the record set.
        lang: the language of the headers and of enum labels.
        profile: ``"full"`` keeps deputies' contact details; ``"public"`` leaves them out.

    Raises:
        MissingExtraError: pandas is not installed.
    """
    _pd()
    document = to_document(records, profile=profile)
    return {table.key: _table_frame(document, table, lang) for table in layout()}


def records_frame(
    records: RecordSet, kind: str, *, lang: Lang = "zh", profile: Profile = "full"
) -> pd.DataFrame:
    """One table of the record set as a DataFrame: one row per record (or per listed item).

    Args:
        records: the record set.
        kind: the table, by key (``"activities"``, ``"suggestions.events"``) or by
            its sheet name in either language (``"活动"``, ``"建议-办理过程"``).
        lang: the language of the headers and of enum labels.
        profile: ``"full"`` keeps deputies' contact details; ``"public"`` leaves them out.

    Raises:
        UsageError: there is no such table.
        MissingExtraError: pandas is not installed.
    """
    table = _table(kind)
    _pd()
    return _table_frame(to_document(records, profile=profile), table, lang)


# -- summaries -------------------------------------------------------------------------

#: A column of a breakdown: its figure's name, its kind, and how a row gives its value.
#: The kind is ``"int"``, ``"count"``, ``"bool"``, ``"str"``, ``"date"`` or an enum class.
_Kind = str | type[enum.Enum]
_Spec = tuple[str, _Kind, Callable[[Any], Any]]


def _field(name: str, kind: _Kind, *, of: str | None = None) -> _Spec:
    def get(row: Any) -> Any:
        return getattr(getattr(row, of) if of else row, name)

    return name, kind, get


_ACTIVITY_FIGURES = (
    ("activities", "int"),
    ("places", "int"),
    ("villages", "int"),
    ("units", "int"),
    ("projects", "int"),
    ("deputies", "count"),
    ("participations", "count"),
    ("people_received", "count"),
    ("opinions_collected", "count"),
    ("opinions_followed_up", "count"),
    ("opinions_reported_back", "count"),
    ("households_contacted", "count"),
    ("suggestions_arising", "count"),
)
_SUGGESTION_FIGURES = (
    "suggestions",
    "replied_on_time",
    "replied_late",
    "overdue",
    "open",
    "rehandled",
    "replied_in_period",
)


#: The suggestion figures of a deputy or group, lower bounds when some lead is not stated.
_RAISED = frozenset({"suggestions", "suggestions_led", "suggestions_cosigned"})


def _at_least(get: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda row: Count(get(row), at_least=True)


def _activities(of: str | None) -> tuple[_Spec, ...]:
    return tuple(_field(name, kind, of=of) for name, kind in _ACTIVITY_FIGURES)


def _pairs(mapping: Mapping[Any, Any]) -> list[tuple[Any, Any]]:
    return list(mapping.items())


#: Each breakdown: the rows it has in a summary, and its columns.
_BREAKDOWNS: dict[str, tuple[Callable[[PeriodSummary], Iterable[Any]], tuple[_Spec, ...]]] = {
    "kind": (
        lambda s: _pairs(s.activities_by_kind),
        (
            ("kind", ActivityKind, lambda row: row[0]),
            *(
                (name, kind, lambda row, name=name: getattr(row[1], name))
                for name, kind in _ACTIVITY_FIGURES
            ),
        ),
    ),
    "month": (
        lambda s: _pairs(s.activities_by_month),
        (
            ("month", "str", lambda row: str(row[0])),
            *(
                (name, kind, lambda row, name=name: getattr(row[1], name))
                for name, kind in _ACTIVITY_FIGURES
            ),
        ),
    ),
    "station": (
        lambda s: s.stations,
        (
            _field("id", "str"),
            _field("name", "str"),
            _field("reception_days", "int"),
            *_activities("activities"),
        ),
    ),
    "group": (
        lambda s: s.groups,
        (
            _field("id", "str"),
            _field("name", "str"),
            *_activities("activities"),
            *(_field(name, "int", of="suggestions") for name in _SUGGESTION_FIGURES),
        ),
    ),
    "deputy": (
        lambda s: s.deputies,
        (
            _field("id", "str"),
            _field("name", "str"),
            _field("serving", "bool"),
            _field("activities", "int"),
            _field("households_contacted", "count"),
            _field("suggestions_led", "int"),
            _field("suggestions_cosigned", "int"),
            _field("speeches", "int"),
        ),
    ),
    "session": (
        lambda s: s.sessions,
        (
            _field("id", "str"),
            _field("term_number", "int"),
            _field("number", "int"),
            _field("start", "date"),
            _field("end", "date"),
            _field("speeches", "int"),
            _field("suggestions", "count"),
            _field("suggestions_itemised", "int"),
        ),
    ),
    "campaign": (
        lambda s: s.campaigns,
        (
            _field("id", "str"),
            _field("kind", CampaignKind),
            _field("name", "str"),
            _field("start", "date"),
            _field("end", "date"),
            _field("deputies_in_roles", "int"),
            *_activities("activities"),
        ),
    ),
}

#: The breakdowns :func:`summary_frame` gives, in the order :func:`summary_frames` lists them.
BREAKDOWNS: tuple[str, ...] = tuple(_BREAKDOWNS)


def _figure_header(name: str, lang: str) -> str:
    if name in FIGURES:
        zh, en = FIGURES[name]
        return zh if lang == "zh" else en
    return field_name(name, lang)


def _summary_column(name: str, kind: _Kind, values: list[Any], lang: Lang) -> dict[str, Any]:
    lib = _pd()
    header = _figure_header(name, lang)
    if kind == "count":
        raw = [None if v is None else {"value": v.value, "at_least": v.at_least} for v in values]
        assert all(v is None or isinstance(v, Count) for v in values), name
        return _count_columns(header, raw, lang)
    if not isinstance(kind, str):
        shown = [None if v is None else label(v, lang) for v in values]
        return {header: lib.Categorical(shown, categories=[label(m, lang) for m in kind])}
    if kind == "date":
        days = [None if v is None else dt.datetime.combine(v, dt.time()) for v in values]
        return {header: lib.to_datetime(lib.Series(days, dtype="object")).astype(_DAY)}
    dtype = {"int": "Int64", "bool": "boolean", "str": "string"}[kind]
    return {header: lib.array(values, dtype=dtype)}


def summary_frame(summary: PeriodSummary, by: str, *, lang: Lang = "zh") -> pd.DataFrame:
    """One breakdown of a period summary as a DataFrame, one row per station, deputy, month...

    Args:
        summary: the period summary.
        by: one of :data:`BREAKDOWNS`: ``"kind"`` (of activity), ``"month"``,
            ``"station"``, ``"group"``, ``"deputy"``, ``"session"`` or ``"campaign"``.
        lang: the language of the headers and of enum labels.

    Raises:
        UsageError: ``by`` is not a breakdown.
        MissingExtraError: pandas is not installed.
    """
    if by not in _BREAKDOWNS:
        msg = f"no breakdown is called {by!r}; the breakdowns are: {', '.join(BREAKDOWNS)}"
        raise UsageError(msg)
    lib = _pd()
    rows_of, specs = _BREAKDOWNS[by]
    rows = list(rows_of(summary))
    columns: dict[str, Any] = {}
    # Suggestions without a stated lead count for no deputy or group: theirs are at least.
    unattributed = bool(summary.suggestions.lead_not_stated) and by in ("deputy", "group")
    for name, kind, get in specs:
        if unattributed and name in _RAISED:
            kind, get = "count", _at_least(get)
        columns.update(_summary_column(name, kind, [get(row) for row in rows], lang))
    frame: pd.DataFrame = lib.DataFrame(columns)
    return frame


def summary_frames(summary: PeriodSummary, *, lang: Lang = "zh") -> dict[str, pd.DataFrame]:
    """Every breakdown of a period summary as a DataFrame, by its name in :data:`BREAKDOWNS`."""
    return {by: summary_frame(summary, by, lang=lang) for by in BREAKDOWNS}
