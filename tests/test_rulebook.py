"""Rule documents, honours and money: models, exchange, check, summary and reports."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import attrs
import pytest

from congresskit import (
    RULE_CODES,
    Activity,
    ActivityKind,
    Allowance,
    AllowanceBasis,
    BudgetKind,
    BudgetLine,
    Congress,
    Count,
    FieldError,
    Honour,
    Level,
    RecipientKind,
    RecordSet,
    RuleDocument,
    RuleKind,
    Station,
    Unit,
    When,
    check,
    dump_jsonl,
    dumps,
    load_jsonl,
    loads,
    render_summary,
    summarize,
)

D = dt.date
MONTHLY_15 = "FREQ=MONTHLY;BYMONTHDAY=15"


def _reception(day: dt.date, station: str = "s1", people: int = 2) -> Activity:
    return Activity(
        id=f"a{day.isoformat()}-{station}",
        kind=ActivityKind.RECEPTION,
        title="代表接待日",
        start=day,
        station=station,
        participants_reported=Count(people),
    )


def _records(*activities: Activity, **more: Any) -> RecordSet:
    """皇城镇's four rule documents, its honour, budget lines and lost-time allowance."""
    fields: dict[str, Any] = {
        "congress": Congress(id="hc", name="皇城镇人民代表大会", level=Level.TOWN),
        "units": (Unit(id="u1", name="镇政府"),),
        "stations": (Station(id="s1", name="一号站"), Station(id="s2", name="二号站")),
        "activities": activities,
        "rules": (
            RuleDocument(
                id="r-reception",
                title="人大代表接待选民日制度",
                kind=RuleKind.RECEPTION_DAY,
                calendar_rule=MONTHLY_15,
                notice_days=3,
                notice_content=("接待代表", "时间", "地点"),
            ),
            RuleDocument(
                id="r-duty", title="人大代表履职考勤考核制度", kind=RuleKind.ATTENDANCE_ASSESSMENT
            ),
        ),
        "honours": (
            Honour(
                id="h1",
                title="先进集体",
                recipient_kind=RecipientKind.CONGRESS,
                recipient_name="皇城镇人大",
                awarded_by="张掖市人大常委会",
                on=When.parse("2014"),
                campaign="人大代表在行动",
            ),
        ),
        "budget_lines": (
            BudgetLine(id="b-session", kind=BudgetKind.SESSION_EXPENSES, funder="镇政府"),
            BudgetLine(id="b-work", kind=BudgetKind.CONGRESS_WORK, funder="镇政府"),
            BudgetLine(id="b-deputies", kind=BudgetKind.DEPUTY_ACTIVITIES, funder="镇政府"),
        ),
        "allowances": (Allowance(id="al", name="误工补贴", amount=60, eligible="不脱产代表"),),
    }
    fields.update(more)
    return RecordSet(**fields)


# -- models ------------------------------------------------------------------------------------


def test_a_rule_fixes_its_days_only_after_adoption() -> None:
    """Days before the rule was adopted are not scheduled; the notice is due days ahead."""
    rule = RuleDocument(id="r", title="制度", calendar_rule=MONTHLY_15, adopted_on=D(2020, 3, 1))
    days = rule.scheduled(D(2020, 1, 1), D(2020, 6, 30))
    assert days == tuple(D(2020, m, 15) for m in range(3, 7))
    assert rule.notice_by(D(2020, 3, 15)) is None
    noticed = RuleDocument(id="r", title="制度", calendar_rule=MONTHLY_15, notice_days=7)
    assert noticed.notice_by(D(2020, 3, 15)) == D(2020, 3, 8)
    assert RuleDocument(id="r", title="制度").scheduled(D(2020, 1, 1), D(2020, 12, 31)) == ()


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: RuleDocument(id="r", title="制度", calendar_rule="each month"), "calendar_rule"),
        (lambda: RuleDocument(id="r", title="制度", notice_days=-1), "notice_days"),
        (lambda: RuleDocument(id="r", title="制度", stations=("s1", "s1")), "stations"),
        (lambda: Allowance(id="a", name="误工补贴", amount=-60), "amount"),
        (lambda: BudgetLine(id="b", kind=BudgetKind.OTHER, year=0), "year"),
        (lambda: Honour(id="h", title="先进", recipient_kind="town"), "recipient_kind"),  # type: ignore[arg-type]
    ],
)
def test_bad_fields_are_refused_naming_the_field(build: Any, field: str) -> None:
    """Each bad value raises an error that names its record and field."""
    with pytest.raises((FieldError, TypeError)) as info:
        build()
    assert f".{field}:" in str(info.value)


# -- exchange ----------------------------------------------------------------------------------


def test_documents_and_streams_carry_the_new_records() -> None:
    """Rules, honours, budget lines and allowances round-trip in a document and in JSON Lines."""
    records = _records(_reception(D(2015, 1, 15)))
    assert loads(dumps(records)) == records
    stream = io.StringIO()
    dump_jsonl(records, stream)
    types = [
        line.split('"type":"', 1)[1].split('"', 1)[0] for line in stream.getvalue().splitlines()[1:]
    ]
    assert {"rule_document", "honour", "budget_line", "allowance"} <= set(types)
    assert load_jsonl(io.StringIO(stream.getvalue())) == records


# -- check -------------------------------------------------------------------------------------


def test_fewer_receptions_than_a_monthly_rule_fixes_is_warned_of() -> None:
    """Receptions in January and April under a 15th-of-the-month rule: 2 held of 4 fixed."""
    records = _records(_reception(D(2015, 1, 15)), _reception(D(2015, 4, 15)))
    problems = check(records)
    assert [(p.code, p.severity, p.path) for p in problems] == [
        ("W008", "warning", "$.rules[0].calendar_rule")
    ]
    assert "fixes 4 reception days" in problems[0].message
    assert "2 reception activities" in problems[0].message
    assert RULE_CODES["rule_receptions_short"].code == "W008"


def test_a_rule_kept_or_for_other_stations_is_not_warned_of() -> None:
    """A reception each month meets the rule; a rule for station s2 ignores s1's receptions."""
    monthly = [_reception(D(2015, m, 15)) for m in range(1, 5)]
    assert check(_records(*monthly)) == ()
    rule = RuleDocument(
        id="r", title="二号站接待日制度", kind=RuleKind.RECEPTION_DAY,
        calendar_rule=MONTHLY_15, stations=("s2",),
    )  # fmt: skip
    found = check(_records(*monthly, rules=(rule,)))
    assert [(p.code, p.record) for p in found] == [("W008", "r")]


def test_honours_and_rules_refer_to_records_that_exist() -> None:
    """An honour to an unknown unit, or a rule for an unknown station, is a reference error."""
    honour = Honour(id="h", title="先进单位", recipient_kind=RecipientKind.UNIT, recipient="u-x")
    rule = RuleDocument(id="r", title="制度", stations=("s-x",))
    found = [(p.code, p.path) for p in check(_records(honours=(honour,), rules=(rule,)))]
    assert found == [("X001", "$.rules[0].stations[0]"), ("X001", "$.honours[0].recipient")]
    to_congress = Honour(
        id="h", title="先进", recipient_kind=RecipientKind.CONGRESS, recipient="zy"
    )
    assert check(_records(honours=(to_congress,))) == ()  # another congress: not checked


# -- summary and reports -----------------------------------------------------------------------


def test_the_summary_holds_rules_against_the_period() -> None:
    """2015: 12 reception days fixed, 2 held; the duty rule has no calendar."""
    s = summarize(_records(_reception(D(2015, 1, 15)), _reception(D(2015, 4, 15))), "2015")
    duty, reception = s.rules  # by id
    assert (reception.id, reception.scheduled, reception.held, reception.short) == (
        "r-reception", 12, 2, 10,
    )  # fmt: skip
    assert (duty.scheduled, duty.held, duty.short) == (None, None, None)


def test_honours_count_in_the_period_they_were_awarded() -> None:
    """A 2014 honour is in 2014's summary, not in the first half of 2015's; undated is maybe."""
    records = _records()
    assert [h.id for h in summarize(records, "2014").honours] == ["h1"]
    assert summarize(records, "2015-H1").honours == ()
    undated = Honour(id="h2", title="先进", recipient_kind=RecipientKind.CONGRESS)
    s = summarize(_records(honours=(undated,)), "2015")
    assert s.possibly_in_period == {"honours": 1}


def test_allowances_imply_amount_times_person_days() -> None:
    """60 yuan a person a day: 3 deputies for 2 days and 2 for 1 day are 8 person-days, 480 yuan."""
    two_days = attrs_evolve(_reception(D(2015, 1, 15), people=3), end=D(2015, 1, 16))
    s = summarize(_records(two_days, _reception(D(2015, 4, 15))), "2015")
    assert s.activities.person_days == Count(8)
    (figure,) = s.money.allowances
    assert (figure.units, figure.implied) == (Count(8), Count(480))
    per_activity = Allowance(id="al", name="补贴", amount=50, basis=AllowanceBasis.PERSON_ACTIVITY)
    s = summarize(_records(two_days, allowances=(per_activity,)), "2015")
    assert s.money.allowances[0].implied == Count(150)


def test_budget_lines_without_amounts_are_unknown_not_zero() -> None:
    """Lines budgeted 'in full' state no amount: the total is None; stated amounts add up."""
    s = summarize(_records(), "2015")
    assert [b.kind for b in s.money.budget_lines] == list(BudgetKind)[:3]
    assert s.money.budgeted is None
    lines = (
        BudgetLine(id="b1", kind=BudgetKind.CONGRESS_WORK, year=2015, amount=Count(50000)),
        BudgetLine(id="b2", kind=BudgetKind.OTHER, year=2016, amount=Count(9)),
    )
    assert summarize(_records(budget_lines=lines), "2015").money.budgeted == Count(50000)


def test_summaries_of_split_records_add_up() -> None:
    """Rules, honours and money of two parts add up to those of the whole."""
    whole = _records(_reception(D(2015, 1, 15)), _reception(D(2015, 4, 15)))
    records = list(whole)
    for cut in range(len(records) + 1):
        a, b = records[:cut], records[cut:]
        assert summarize(a, "2015") + summarize(b, "2015") == summarize(whole, "2015")


def test_reports_give_rules_honours_and_money() -> None:
    """Both languages name the rule held against, the honour and the allowance implied."""
    s = summarize(_records(_reception(D(2015, 1, 15)), _reception(D(2014, 4, 15))), "2014")
    zh = render_summary(s)
    assert "制度建设、荣誉与经费保障" in zh
    assert "建立《人大代表履职考勤考核制度》等制度2项" in zh
    assert "按《人大代表接待选民日制度》本期应安排12次，开展接访1次（制度规定提前3天公告）" in zh
    assert "张掖市人大常委会授予皇城镇人大“先进集体”称号（人大代表在行动）" in zh
    assert "人代会会议经费、人大工作经费、代表活动经费纳入预算" in zh
    assert "不脱产代表误工补贴每人每天60元，本期代表活动2人天，合计120元" in zh
    en = render_summary(s, lang="en")
    assert "Rules, honours and money" in en
    assert "皇城镇人大 was awarded 先进集体 by 张掖市人大常委会" in en
    assert "2 person-days in the period come to 120 yuan" in en


def attrs_evolve(activity: Activity, **changes: Any) -> Activity:
    """``activity`` with ``changes``."""
    return attrs.evolve(activity, **changes)
