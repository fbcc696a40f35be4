"""The Popolo export: valid against Popolo's own JSON Schemas, and faithful to the records."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

import congresskit.strategies as cs
from congresskit import (
    Candidate,
    Contact,
    Deputy,
    Election,
    Level,
    Membership,
    MembershipKind,
    RecordSet,
    Resolution,
    Session,
    Tally,
    Term,
    When,
    example_records,
    load,
    to_popolo,
)
from congresskit.cli import main
from tests.budget import examples

SCHEMAS = Path(__file__).resolve().parent / "data" / "popolo"
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"
CORPUS = sorted(p for p in (ROOT / "examples" / "real").glob("*.json") if p.name.count(".") == 1)

#: Each list of the export and the Popolo schema its items follow.
CLASSES = {
    "organizations": "organization",
    "areas": "area",
    "persons": "person",
    "memberships": "membership",
    "posts": "post",
    "events": "event",
    "motions": "motion",
    "vote_events": "vote_event",
}


def _schemas() -> dict[str, Any]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(SCHEMAS.glob("*.json"))
    }


def _validators() -> dict[str, jsonschema.Draft3Validator]:
    schemas = _schemas()
    registry: Registry[Any] = Registry().with_resources(
        (schema["id"], Resource.from_contents(schema, default_specification=DRAFT3))
        for schema in schemas.values()
    )
    return {
        name: jsonschema.Draft3Validator(schemas[name], registry=registry)
        for name in CLASSES.values()
    }


VALIDATORS = _validators()


def problems(popolo: Mapping[str, Any]) -> list[str]:
    """Every schema violation in an export, each with its list and position."""
    assert set(popolo) == set(CLASSES)
    found = []
    for key, schema in CLASSES.items():
        for i, item in enumerate(popolo[key]):
            for error in VALIDATORS[schema].iter_errors(item):
                found.append(f"{key}[{i}]{error.json_path[1:]}: {error.message}")
    return found


def test_the_validators_refuse_what_popolo_refuses() -> None:
    """The vendored schemas are in force: a count without a number is refused."""
    empty: dict[str, Any] = {k: [] for k in CLASSES}
    assert not problems(empty)
    assert problems(empty | {"vote_events": [{"counts": [{"option": "yes"}]}]})
    assert problems(empty | {"persons": [{"birth_date": "13 January 2020"}]})


def test_the_example_exports_as_valid_popolo() -> None:
    """The bundled example's export passes Popolo's JSON Schema, every object of it."""
    popolo = to_popolo(example_records())
    assert not problems(popolo)
    assert all(popolo[k] for k in CLASSES if k != "posts")  # the example holds no election


@settings(max_examples=examples(25))
@given(cs.record_sets(max_size=2))
def test_any_record_set_exports_as_valid_popolo(records: RecordSet) -> None:
    """Whatever passes check exports to valid Popolo, a person per deputy."""
    popolo = to_popolo(records)
    assert not problems(popolo)
    assert [p["id"] for p in popolo["persons"]] == [d.id for d in records.deputies]
    memberships = sum(len(d.memberships) for d in records.deputies)
    assert len(popolo["memberships"]) >= memberships


def _town() -> RecordSet:
    term = Term(id="t8", congress="yy", number=8, start="2021-10-01", end="2026-09-30")
    mayor = Candidate(name="赵磊", votes=40, elected=True, deputy="d1")
    other = Candidate(name="钱进", votes=3)
    session = Session(
        id="t8-s1",
        term="t8",
        number=1,
        start="2021-10-08",
        agenda=[
            Election(office="乡长", candidates=[mayor, other], ballots_returned=45),
            Resolution(title="关于预算的决议", tally=Tally(yes=41, no=2, abstain=1, absent=1)),
            Resolution(title="关于某事的决议", adopted=False),
        ],
    )
    deputy = Deputy(
        id="d1",
        name="赵磊",
        levels=[Level.TOWNSHIP],
        constituency="第一选区",
        contact=Contact(phone="13800000000"),
        memberships=[Membership(kind=MembershipKind.TERM, of="t8", start="2021-10-01")],
    )
    return RecordSet.from_records([term, session, deputy])


def test_elections_give_a_post_and_the_elected_deputys_membership_of_it() -> None:
    """The office elected is a post; the elected deputy holds it from the session's day."""
    popolo = to_popolo(_town())
    assert not problems(popolo)
    (post,) = popolo["posts"]
    assert post["label"] == "乡长"
    held = [m for m in popolo["memberships"] if m.get("post_id") == post["id"]]
    assert [(m["person_id"], m["start_date"]) for m in held] == [("d1", "2021-10-08")]
    (vote,) = [v for v in popolo["vote_events"] if v.get("classification") == "election"]
    assert vote["counts"] == [{"option": "赵磊", "value": 40}, {"option": "钱进", "value": 3}]


def test_resolutions_are_motions_with_counts_only_when_the_tally_is_recorded() -> None:
    """A tally becomes yes/no/abstain/absent counts; no tally, no counts (unknown is not zero)."""
    popolo = to_popolo(_town())
    motions = {m["text"]: m for m in popolo["motions"]}
    assert motions["关于预算的决议"]["result"] == "pass"
    assert motions["关于某事的决议"]["result"] == "fail"
    votes = {v["motion_id"]: v for v in popolo["vote_events"]}
    tallied = votes[motions["关于预算的决议"]["id"]]
    assert {c["option"]: c["value"] for c in tallied["counts"]} == {
        "yes": 41,
        "no": 2,
        "abstain": 1,
        "absent": 1,
    }
    assert "counts" not in votes[motions["关于某事的决议"]["id"]]
    assert all(m["legislative_session_id"] == "t8-s1" for m in popolo["motions"])


def test_terms_and_sessions_are_events_and_term_memberships_name_their_period() -> None:
    """A term is a legislative period; its session is an event inside it; no contact leaks."""
    popolo = to_popolo(_town())
    events = {e["id"]: e for e in popolo["events"]}
    assert events["t8"]["classification"] == "legislative period"
    assert (events["t8"]["start_date"], events["t8"]["end_date"]) == ("2021-10-01", "2026-09-30")
    assert events["t8-s1"]["parent_id"] == "t8"
    assert events["t8-s1"]["name"] == "第八届第一次会议"
    agenda = [e for e in popolo["events"] if e.get("parent_id") == "t8-s1"]
    assert [e["classification"] for e in agenda] == ["election", "resolution", "resolution"]
    (membership,) = [m for m in popolo["memberships"] if "post_id" not in m]
    assert membership["legislative_period_id"] == "t8"
    assert membership["area"] == {"name": "第一选区", "classification": "constituency"}
    assert "13800000000" not in json.dumps(popolo, ensure_ascii=False)


def test_an_end_date_left_open_is_left_out() -> None:
    """A membership without an end has no end_date (Popolo: still current)."""
    records = _town()
    ended = attrs.evolve(
        records.deputies[0],
        memberships=[
            Membership(kind=MembershipKind.TERM, of="t8", start="2021-10-01", end="2022-01-01")
        ],
    )
    popolo = to_popolo(attrs.evolve(records, deputies=(ended,)))
    (membership,) = [m for m in popolo["memberships"] if "post_id" not in m]
    assert membership["end_date"] == "2022-01-01"
    assert "end_date" not in to_popolo(records)["memberships"][0]


def test_a_vague_date_is_written_as_precisely_as_it_is_known() -> None:
    """A month is written as the month, a range of days not at all: never as its first day."""
    records = _town()
    for start, written in [
        (When.of_month(2021, 10), "2021-10"),
        (When.between(dt.date(2021, 10, 2), dt.date(2021, 10, 20)), None),
    ]:
        session = attrs.evolve(records.sessions[0], start=start)
        popolo = to_popolo(attrs.evolve(records, sessions=(session,)))
        assert not problems(popolo)
        dated = [e for e in popolo["events"] if e["id"].startswith("t8-s1")]
        assert [e.get("start_date") for e in dated] == [written] * 4  # the session, 3 items
        assert [m.get("date") for m in popolo["motions"]] == [written] * 3


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_each_corpus_document_exports_as_valid_popolo(path: Path) -> None:
    """Real records, vague dates and all, export to valid Popolo."""
    assert not problems(to_popolo(load(path)))


def test_convert_to_popolo_writes_valid_popolo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``congresskit convert --to popolo`` writes the export of the file's records."""
    target = tmp_path / "popolo.json"
    assert main(["convert", str(EXAMPLE), "--to", "popolo", "-o", str(target)]) == 0
    written = json.loads(target.read_text(encoding="utf-8"))
    assert not problems(written)
    assert written == to_popolo(example_records())
