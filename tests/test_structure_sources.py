"""Documents of real sources that use groups, bundled activities, rules, honours and money.

The figures asserted are those the sources state (see the fact sheets of 皇城镇, 2015,
and 刘岗镇's fourth-quarter group activity, 2022, whose corpus documents are read here),
not values read from the code.
"""

from __future__ import annotations

import pathlib

from congresskit import (
    ActivityKind,
    AllowanceBasis,
    Cadence,
    Count,
    RecipientKind,
    StationKind,
    check,
    load,
    summarize,
)

DATA = pathlib.Path(__file__).parent / "data"
REAL = pathlib.Path(__file__).parent.parent / "examples" / "real"


def test_huangcheng_rules_honour_and_money() -> None:
    """皇城镇: four rule documents, three budget lines, 60 yuan per person-day, a 2014 honour."""
    records = load(REAL / "huangcheng-2015.json")
    assert check(records) == ()
    assert len(records.rules) == 4
    assert {b.funder for b in records.budget_lines} == {"镇政府"}
    assert len(records.budget_lines) == 3
    (allowance,) = records.allowances
    assert (allowance.amount, allowance.basis) == (60, AllowanceBasis.PERSON_DAY)
    assert records.stations[0].kind is StationKind.DEPUTIES_HOME
    s = summarize(records, "2014")
    (honour,) = s.honours
    assert (honour.awarded_by, honour.recipient_kind) == (
        "张掖市人大常委会",
        RecipientKind.CONGRESS,
    )
    assert s.money.budgeted is None  # "budgeted in full": no amount stated
    assert len(summarize(records, "2015").rules) == 4
    assert all(r.sources for r in records.rules)


def test_liugang_fourth_quarter_bundle() -> None:
    """刘岗镇: one concentrated activity of four items, two units evaluated, 30+ voters."""
    records = load(REAL / "liugang-2022.json")
    # Warnings only: the deputy's term and the quarters without an activity are not stated.
    assert [p for p in check(records) if not p.is_warning] == []
    group = records.groups[0]
    assert (group.number, group.cadence) == (1, Cadence.QUARTERLY)
    s = summarize(records, "2022-Q4")
    assert s.activities.activities == 1
    assert sum(s.activities.items_by_kind.values()) == 4
    assert s.activities.items_by_kind[ActivityKind.WORK_EVALUATION] == 2
    assert s.activities.units == 2
    assert s.activities.others_taking_part == Count(30, at_least=True)
    assert s.projects.defects_open == 2
    assert (s.groups[0].stretches_due, s.groups[0].stretches_held) == (1, 1)
    assert [h.leader for h in s.honours] == ["陈传侠"]
