"""The OParl export: valid against OParl 1.1's JSON Schemas, linked by URL, true to the records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import congresskit.strategies as cs
from congresskit import (
    AdoptedDocument,
    AnyRecord,
    Assigned,
    Candidate,
    Congress,
    Contact,
    Deputy,
    Election,
    Level,
    Membership,
    MembershipKind,
    PresidiumMeeting,
    RecordSet,
    Resolution,
    Returned,
    Session,
    Suggestion,
    SuggestionKind,
    Tally,
    Term,
    Unit,
    UsageError,
    When,
    dumps_oparl,
    example_records,
    load,
    to_oparl,
)
from congresskit.cli import main
from tests.budget import examples
from tests.oparl_schemas import TYPES, dangling, problems

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"
CORPUS = sorted(p for p in (ROOT / "examples" / "real").glob("*.json") if p.name.count(".") == 1)
BASE = "https://oparl.example.org/v1"


def _valid(oparl: dict[str, Any]) -> None:
    assert not problems(oparl)
    assert not dangling(oparl)
    ids = [item["id"] for items in oparl.values() for item in items]
    embedded = [t["id"] for b in oparl["body"] for t in b["legislativeTerm"]]
    assert len(set(ids)) == len(ids)  # each object once in its list
    assert set(embedded) <= set(ids)


def test_the_validators_refuse_what_oparl_refuses() -> None:
    """The vendored schemas are in force: types, formats, embedded objects, unknown keys."""
    empty: dict[str, Any] = {k: [] for k in TYPES}
    assert not problems(empty)
    person = {"id": f"{BASE}/person/1", "type": "https://schema.oparl.org/1.1/Person"}
    assert not problems(empty | {"person": [person]})
    assert problems(empty | {"person": [person | {"type": "Person"}]})
    assert problems(empty | {"person": [person | {"id": "person/1"}]})
    assert problems(empty | {"person": [person | {"phone": "13800000000"}]})  # a list
    assert problems(empty | {"person": [person | {"nickname": "x"}]})
    term = {"id": f"{BASE}/t", "type": "https://schema.oparl.org/1.1/LegislativeTerm"}
    assert problems(empty | {"legislativeTerm": [term | {"startDate": "2020-01"}]})
    meeting = {"id": f"{BASE}/m", "type": "https://schema.oparl.org/1.1/Meeting"}
    assert problems(empty | {"meeting": [meeting | {"agendaItem": [{"id": f"{BASE}/a"}]}]})
    assert dangling(empty | {"membership": [person | {"person": f"{BASE}/person/2"}]})


def test_the_example_exports_as_valid_oparl() -> None:
    """Every object of the bundled example's export passes OParl's schema; every URL resolves."""
    oparl = to_oparl(example_records(), base_url=BASE)
    _valid(oparl)
    assert all(oparl[k] for k in TYPES)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_each_corpus_document_exports_as_valid_oparl(path: Path) -> None:
    """Real records, vague dates and all, export to valid OParl with every reference resolved."""
    records = load(path)
    oparl = to_oparl(records, base_url=BASE)
    _valid(oparl)
    assert len(oparl["meeting"]) == len(records.sessions) + len(records.presidium_meetings)


@settings(max_examples=examples(25))
@given(cs.record_sets(max_size=2))
def test_any_record_set_exports_as_valid_oparl(records: RecordSet) -> None:
    """Whatever passes check exports to valid OParl: a person per deputy, a paper per suggestion."""
    oparl = to_oparl(records, base_url=BASE)
    _valid(oparl)
    assert [p["id"] for p in oparl["person"]] == [f"{BASE}/person/{d.id}" for d in records.deputies]
    assert len(oparl["paper"]) == len(records.suggestions)
    assert len(oparl["membership"]) == sum(len(d.memberships) for d in records.deputies)
    assert "contact" not in json.dumps(oparl)


def test_the_example_states_its_session_and_suggestions() -> None:
    """Facts of the reference report: session 8 of term 19, its agenda; a suggestion's signers."""
    oparl = to_oparl(example_records(), base_url=BASE)
    meetings = {m["id"]: m for m in oparl["meeting"]}
    session = meetings[f"{BASE}/meeting/session/t19-s8"]
    assert session["name"] == "第十九届第八次会议"
    assert session["start"] == "2020-01-13"
    # Three reports heard, the ballot on livelihood projects, three resolutions.
    assert [a["order"] for a in session["agendaItem"]] == [1, 2, 3, 4, 5, 6, 7]
    assert [a["number"] for a in session["agendaItem"]][:2] == ["1", "2"]
    assert session["agendaItem"][4]["result"].startswith("通过")
    assert "result" not in session["agendaItem"][0]  # a report heard decides nothing
    assert session["location"]["description"] == "XX镇人民政府大会议室"
    papers = {p["id"]: p for p in oparl["paper"]}
    paper = papers[f"{BASE}/paper/s8-003"]  # 增开场镇至区城公交班次: d03 leads, d04 and d05 sign
    assert paper["originatorPerson"] == [f"{BASE}/person/{d}" for d in ("d03", "d04", "d05")]
    first = papers[f"{BASE}/paper/s8-001"]
    assert (first["name"], first["date"], first["paperType"]) == (
        "称沱村至场镇公路加宽改造",
        "2020-01-13",
        "建议",
    )
    assert first["underDirectionOf"] == [f"{BASE}/organization/unit/office-planning"]
    organizations = {o["id"]: o for o in oparl["organization"]}
    station = organizations[f"{BASE}/organization/station/st1"]  # 场镇人大代表工作站
    assert (station["startDate"], station["location"]["description"]) == ("2017-03-01", "XX镇场镇")
    office = organizations[f"{BASE}/organization/unit/office-planning"]
    assert office["subOrganizationOf"] == f"{BASE}/organization/unit/gov"
    assert office["organizationType"] == "Verwaltungsbereich"
    (body,) = oparl["body"]
    assert body["person"] == f"{BASE}/body/xx-town/person"
    assert [t["name"] for t in body["legislativeTerm"]] == ["第十九届"]


def _town() -> RecordSet:
    congress = Congress(id="yy", name="YY乡人民代表大会", level=Level.TOWNSHIP)
    term = Term(id="t8", congress="yy", number=8, start="2021-10-01", end="2026-09-30")
    mayor = Candidate(name="赵磊", votes=40, elected=True, deputy="d1")
    session = Session(
        id="t8-s1",
        term="t8",
        number=1,
        start="2021-10-08",
        agenda=[
            Election(office="乡长", candidates=[mayor, Candidate(name="钱进", votes=3)]),
            Resolution(title="关于预算的决议", tally=Tally(yes=41, no=2, abstain=1)),
            Resolution(title="关于某事的决议", adopted=False),
        ],
    )
    deputy = Deputy(
        id="d1",
        name="赵磊",
        contact=Contact(phone="13800000000", address="某村一组"),
        memberships=[Membership(kind=MembershipKind.TERM, of="t8", start="2021-10-01")],
    )
    other = Deputy(
        id="d 2/x",
        name="孙丽",
        memberships=[Membership(kind=MembershipKind.TERM, of="t8", start=When.of_month(2021, 10))],
    )
    unit = Unit(id="u1", name="乡农业服务中心")
    suggestion = Suggestion(
        id="sg1",
        kind=SuggestionKind.SUGGESTION,
        title="修缮灌溉渠",
        lead="d1",
        cosigners=["d 2/x"],
        raised_on="2021-10-08",
        events=[Assigned(on="2021-10-12", lead_unit="u1")],
    )
    meeting = PresidiumMeeting(id="pm1", term="t8", on="2021-10-11", number=2, subjects=["交办"])
    records: list[AnyRecord] = [congress, term, session, deputy, other, unit, suggestion, meeting]
    return RecordSet.from_records(records)


def test_results_are_stated_as_the_records_state_them() -> None:
    """Elected with their votes; adopted with the tally; refused; a presidium meeting's subject."""
    oparl = to_oparl(_town(), base_url=BASE)
    _valid(oparl)
    session, presidium = oparl["meeting"]
    assert [a.get("result") for a in session["agendaItem"]] == [
        "当选：赵磊（40票）",
        "通过（赞成41票，反对2票，弃权1票）",
        "未通过",
    ]
    assert [a["name"] for a in session["agendaItem"]] == [
        "选举乡长",
        "关于预算的决议",
        "关于某事的决议",
    ]
    assert presidium["name"] == "第八届主席团第二次会议"
    assert [(a["name"], a["order"]) for a in presidium["agendaItem"]] == [("交办", 1)]


def test_a_vague_date_is_left_out_and_ids_are_quoted() -> None:
    """A month is no day: no startDate, never its first day; an id with a slash stays one part."""
    oparl = to_oparl(_town(), base_url=BASE + "/")
    memberships = {m["person"]: m for m in oparl["membership"]}
    vague = memberships[f"{BASE}/person/d%202%2Fx"]
    assert "startDate" not in vague
    assert vague["votingRight"] is True
    assert memberships[f"{BASE}/person/d1"]["startDate"] == "2021-10-01"
    records = _town()
    vaguer = attrs.evolve(records.suggestions[0], raised_on=When.of_year(2021))
    (paper,) = to_oparl(attrs.evolve(records, suggestions=(vaguer,)), base_url=BASE)["paper"]
    assert "date" not in paper
    assert "2021-01-01" not in json.dumps(paper)


def test_no_contact_details_and_nothing_unstated() -> None:
    """Contact details never leave; a deputy with no gender has none; a paper has no reference."""
    oparl = to_oparl(_town(), base_url=BASE)
    text = json.dumps(oparl, ensure_ascii=False)
    assert "13800000000" not in text
    assert "某村一组" not in text
    assert "gender" not in oparl["person"][0]
    assert "reference" not in oparl["paper"][0]
    assert "role" not in oparl["membership"][0]


def test_a_returned_suggestion_is_under_no_units_direction() -> None:
    """The lead unit directs a paper while assigned; once returned, until reassigned, none does."""
    records = _town()
    paper = to_oparl(records, base_url=BASE)["paper"][0]
    assert paper["underDirectionOf"] == [f"{BASE}/organization/unit/u1"]
    returned = records.suggestions[0].add(
        Returned(on=dt.date(2021, 10, 20), reason="不属本单位职责")
    )
    paper = to_oparl(attrs.evolve(records, suggestions=(returned,)), base_url=BASE)["paper"][0]
    assert "underDirectionOf" not in paper


def test_unassigned_suggestions_and_records_without_a_congress() -> None:
    """No assignment, no underDirectionOf; no congress, no body (and no dangling body URL)."""
    records = attrs.evolve(_town(), congress=None)
    records = attrs.evolve(records, suggestions=(attrs.evolve(records.suggestions[0], events=()),))
    oparl = to_oparl(records, base_url=BASE)
    assert not problems(oparl)
    assert not dangling(oparl)
    assert oparl["body"] == []
    assert "underDirectionOf" not in oparl["paper"][0]


def test_a_numbered_suggestion_has_its_number_as_reference() -> None:
    """建议第16号 is the paper with reference "16"."""
    records = _town()
    numbered = attrs.evolve(records.suggestions[0], number=16)
    (paper,) = to_oparl(attrs.evolve(records, suggestions=(numbered,)), base_url=BASE)["paper"]
    assert paper["reference"] == "16"


def test_a_suggestion_without_a_stated_lead_has_no_originators() -> None:
    """A suggestion known by its number only names no originator: none is guessed."""
    records = _town()
    anonymous = attrs.evolve(records.suggestions[0], lead=None, cosigners=())
    oparl = to_oparl(attrs.evolve(records, suggestions=(anonymous,)), base_url=BASE)
    assert not problems(oparl)
    assert "originatorPerson" not in oparl["paper"][0]


def test_a_presidium_meeting_adopts_its_documents() -> None:
    """Its agenda first, then each document adopted, passed; its subjects then stay out."""
    records = _town()
    meeting = attrs.evolve(
        records.presidium_meetings[0],
        agenda=[Resolution(title="关于召开第二次会议的决定")],
        adopted=[AdoptedDocument(title="换届选举实施方案")],
    )
    oparl = to_oparl(attrs.evolve(records, presidium_meetings=(meeting,)), base_url=BASE)
    _valid(oparl)
    items = oparl["meeting"][1]["agendaItem"]
    assert [(a["name"], a["result"]) for a in items] == [
        ("关于召开第二次会议的决定", "通过"),
        ("换届选举实施方案", "通过"),
    ]


@pytest.mark.parametrize(
    "base_url", ["oparl.example.org", "ftp://example.org/x", "https://example.org/x?page=2", ""]
)
def test_a_base_url_that_is_no_web_address_is_refused(base_url: str) -> None:
    """Ids must be absolute http(s) URLs: anything else is refused, naming base_url."""
    with pytest.raises(UsageError, match="base_url"):
        to_oparl(_town(), base_url=base_url)


def test_convert_to_oparl_writes_what_dumps_oparl_writes(tmp_path: Path) -> None:
    """``congresskit convert --to oparl --base-url URL`` writes dumps_oparl's text."""
    target = tmp_path / "oparl.json"
    argv = ["convert", str(EXAMPLE), "--to", "oparl", "--base-url", BASE, "-o", str(target)]
    assert main(argv) == 0
    assert target.read_text(encoding="utf-8") == dumps_oparl(example_records(), base_url=BASE)
    assert not problems(json.loads(target.read_text(encoding="utf-8")))
