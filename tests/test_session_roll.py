"""Who was at a session: deputies present without the number due, others, officials, ceremonies.

The expected figures and sentences are written out by hand from the records each
test builds; none is computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given

from congresskit import (
    Attendance,
    Ceremony,
    CeremonyKind,
    Congress,
    Deputy,
    DocumentError,
    Election,
    FieldError,
    Level,
    Official,
    OfficialRole,
    RecordSet,
    Resolution,
    Session,
    Term,
    check,
    dumps,
    loads,
    render_summary,
    summarize,
)
from congresskit import strategies as cs

D = dt.date

ROLL = Attendance(present=59, non_deputies=38, total=97)
OFFICIALS = (
    Official(name="黄祯裕", office="县委组织部常务副部长", roles=(OfficialRole.GUEST,)),
    Official(name="刘建凌", office="镇长", roles=(OfficialRole.LED_OATH, OfficialRole.STATEMENT)),
    Official(name="张嗣云", office="镇党委书记", roles=(OfficialRole.SPEECH,)),
)
CEREMONIES = (
    Ceremony(kind=CeremonyKind.NATIONAL_ANTHEM),
    Ceremony(kind=CeremonyKind.FILM, title="警钟长鸣"),
    Ceremony(kind=CeremonyKind.OATH, by="新当选人员"),
)


def _records(**session: Any) -> RecordSet:
    """A town's first session of term 6, on 8 September 2021."""
    fields: dict[str, Any] = {"id": "s1", "term": "t6", "number": 1, "start": D(2021, 9, 8)}
    return RecordSet(
        congress=Congress(id="lq", name="醪桥镇人民代表大会", level=Level.TOWN),
        terms=(Term(id="t6", congress="lq", number=6),),
        sessions=(Session(**{**fields, **session}),),
    )


# -- the model -----------------------------------------------------------------------------------


def test_without_the_number_due_absence_and_quorum_are_not_stated() -> None:
    """59 present of an unknown number due: absent and quorate are None, not 0 or False."""
    assert ROLL.due is None
    assert ROLL.absent is None
    assert ROLL.quorate() is None
    assert ROLL.attendees == 97


def test_attendees_add_deputies_and_non_deputies_when_no_total_is_stated() -> None:
    """59 deputies and 38 non-deputies are 97 people; with neither total nor 列席, unknown."""
    assert Attendance(present=59, non_deputies=38).attendees == 97
    assert Attendance(due=65, present=60).attendees is None


@given(cs.attendances())
def test_a_quorum_is_told_exactly_when_the_number_due_is_stated(a: Attendance) -> None:
    """quorate() and absent are None when due is None, and known otherwise."""
    assert (a.quorate() is None) == (a.due is None)
    assert (a.absent is None) == (a.due is None)
    if a.attendees is not None:
        assert a.attendees >= a.present + (a.non_deputies or 0)


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (("attendance",), {"present": 59, "non_deputies": 38, "total": 90}, "total"),
        (("attendance",), {"present": 59, "non_deputies": -1}, "non_deputies"),
        (("attendance",), {"due": 50, "present": 59}, "due"),
        (("attendance",), {"due": None}, "present"),
        (("officials",), [{"roles": ["speech"]}], "[0].office"),
        (("officials",), [{"office": "镇长", "roles": ["sang"]}], "[0].roles[0]"),
        (("officials",), [{"office": "镇长", "roles": ["speech", "speech"]}], "[0].roles"),
        (("officials",), [{"name": "刘建凌", "deputy": " d1"}], "[0].deputy"),
        (("ceremonies",), [{"kind": "dance"}], "[0].kind"),
        (("ceremonies",), [{"kind": "oath", "title": ""}], "[0].title"),
    ],
)
def test_a_bad_roll_official_or_ceremony_is_refused_at_its_path(
    path: tuple[str, ...], value: Any, where: str
) -> None:
    """Each malformed part of a session is a DocumentError at $.sessions[0].<field>."""
    data: dict[str, Any] = json.loads(dumps(_records()))
    data["sessions"][0][path[0]] = value
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data))
    (problem,) = info.value.problems
    assert problem.path.startswith(f"$.sessions[0].{path[0]}")
    assert problem.path.endswith(where)


def test_an_official_needs_a_name_or_an_office() -> None:
    """Official() with neither raises FieldError naming the office field."""
    with pytest.raises(FieldError, match=r"Official\.office"):
        Official(roles=(OfficialRole.SPEECH,))


# -- the check -----------------------------------------------------------------------------------


def test_a_session_without_the_number_due_is_not_said_to_lack_a_quorum() -> None:
    """Resolutions adopted at a session of 10 present, due not stated: no quorum problem."""
    records = _records(
        attendance=Attendance(present=10), agenda=(Resolution(title="关于政府工作报告的决议"),)
    )
    assert check(records) == ()
    below = _records(
        attendance=Attendance(due=59, present=10),
        agenda=(Resolution(title="关于政府工作报告的决议"),),
    )
    assert [p.path for p in check(below)] == ["$.sessions[0].agenda[0].adopted"]


def test_an_official_who_is_an_unknown_deputy_is_a_reference_problem() -> None:
    """Official.deputy must name a deputy among the records."""
    records = _records(officials=(Official(name="刘先全", office="镇党委书记", deputy="d9"),))
    (problem,) = check(records)
    assert problem.path == "$.sessions[0].officials[0].deputy"
    known = RecordSet(
        congress=records.congress,
        terms=records.terms,
        sessions=records.sessions,
        deputies=(Deputy(id="d9", name="刘先全", levels=(Level.TOWN,)),),
    )
    assert [p.path for p in check(known) if p.severity == "error"] == []


# -- the summary and the reports -----------------------------------------------------------------


def _summary_records() -> RecordSet:
    return _records(
        attendance=ROLL,
        officials=OFFICIALS,
        ceremonies=CEREMONIES,
        agenda=(Election(office="镇长", elected_reported=1, secret=True),),
    )


def test_the_summary_gives_the_roll_officials_and_ceremonies() -> None:
    """The JSON summary: present 59, due null (not 0), 38 non-deputies, 97 in all, and the rest."""
    data = json.loads(render_summary(summarize(_summary_records(), "2021"), format="json"))
    (session,) = data["sessions"]
    roll = session["attendance"]
    assert (roll["due"], roll["present"], roll["non_deputies"], roll["total"]) == (None, 59, 38, 97)
    offices = ["县委组织部常务副部长", "镇长", "镇党委书记"]
    assert [o["office"] for o in session["officials"]] == offices
    assert session["officials"][1]["roles"] == ["led_oath", "statement"]
    assert [c["kind"] for c in session["ceremonies"]] == ["national_anthem", "film", "oath"]
    assert session["elections"][0]["secret"] is True


def test_the_chinese_report_says_the_number_due_is_not_stated() -> None:
    """应到代表人数未载明, then those present, 列席 and everyone; officials and ceremonies."""
    text = render_summary(summarize(_summary_records(), "2021"))
    assert "召开，应到代表人数未载明，实到代表59名，列席38名，共97人。" in text
    assert "以无记名投票方式选举镇长，当选1名" in text
    assert "县委组织部常务副部长黄祯裕到会指导" in text
    assert "镇长刘建凌领誓、表态发言" in text
    assert "镇党委书记张嗣云讲话" in text
    assert "奏唱国歌；观看教育片《警钟长鸣》；新当选人员宪法宣誓" in text


def test_the_english_report_says_the_number_due_is_not_stated() -> None:
    """The English sentence says 'not stated' for the deputies due, never 0."""
    text = render_summary(summarize(_summary_records(), "2021"), lang="en")
    assert (
        "with 59 deputies present (deputies due: not stated), "
        "38 non-deputies attending (列席), 97 in all."
    ) in text
    assert "an election for 镇长 by secret ballot (1 elected)" in text
    assert "黄祯裕 (县委组织部常务副部长) attended as a guest" in text
    assert "刘建凌 (镇长) led the oath and made a statement" in text
    assert "national anthem; film shown “警钟长鸣”; constitutional oath (新当选人员)" in text


def test_a_known_roll_still_reads_as_before() -> None:
    """With the number due stated, the sentence is the one the reports always gave."""
    records = _records(attendance=Attendance(due=65, present=60, on_leave=3))
    zh = render_summary(summarize(records, "2021"))
    assert "应到代表65名，实到60名，请假3名。" in zh
    en = render_summary(summarize(records, "2021"), lang="en")
    assert "with 60 of the 65 deputies due present and 3 on leave." in en
