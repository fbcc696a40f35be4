"""The bundled example reproduces the reference report's facts and figures.

Every figure is counted here from the records with plain loops, independently
of any summary code, so that a wrong record (or a wrong count) fails a test.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import attrs
import pytest
from dateutil.relativedelta import relativedelta

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    CampaignKind,
    CampaignRoleKind,
    Closed,
    Count,
    Evaluated,
    Extended,
    Level,
    MembershipKind,
    OpinionResolution,
    Outcome,
    PlaceKind,
    PlanSection,
    ProjectBallot,
    RecordSet,
    Rehandled,
    Replied,
    ReportKind,
    ReportReview,
    Resolution,
    Reviewed,
    Satisfaction,
    Session,
    Suggestion,
    TargetMetric,
    UnitKind,
    check,
    example_records,
)

H1_START, H1_END = dt.date(2020, 1, 1), dt.date(2020, 6, 30)


@pytest.fixture(scope="module")
def rs() -> RecordSet:
    return example_records()


def the_session(rs: RecordSet) -> Session:
    sessions = [s for s in rs.sessions if H1_START <= s.start <= H1_END]
    assert len(sessions) == 1
    return sessions[0]


def activities(rs: RecordSet, kind: ActivityKind) -> list[Activity]:
    return [a for a in rs.activities if a.kind is kind]


def unit_names(rs: RecordSet, ids: tuple[str, ...]) -> set[str]:
    names = {u.id: u.name for u in rs.units}
    return {names[i] for i in ids}


def campaign_id(rs: RecordSet, kind: CampaignKind) -> str:
    (campaign,) = [c for c in rs.campaigns if c.kind is kind]
    return campaign.id


def serving(rs: RecordSet, term: str, day: dt.date) -> set[str]:
    """Deputies holding a membership of ``term`` on ``day``, read from the memberships."""
    return {
        d.id
        for d in rs.deputies
        for m in d.memberships
        if m.kind is MembershipKind.TERM
        and m.of == term
        and m.start <= day
        and (m.end is None or day <= m.end)
    }


# The whole set -----------------------------------------------------------------


def test_example_records_pass_the_collection_check(rs: RecordSet) -> None:
    """The example is consistent: check() finds no problem at all."""
    assert check(rs) == ()


def test_example_records_are_cached_and_rebuild_identically(rs: RecordSet) -> None:
    """The same object is returned each call, and a fresh build is equal to it."""
    assert example_records() is rs
    assert example_records.__wrapped__() == rs


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def test_chinese_text_is_simplified(rs: RecordSet) -> None:
    """No text of the example uses a traditional character the report itself uses."""
    traditional = set("會議區鎮書開員選據戰檢衛處辦實環關學農業貧調視導聯點計劃項長門體")
    texts = [s for record in rs for s in _strings(attrs.asdict(record))]
    assert texts
    offending = {s for s in texts if traditional & set(s)}
    assert offending == set()


# The body, its term, its people -----------------------------------------------------


def test_the_town_congress_and_its_term(rs: RecordSet) -> None:
    """A town congress under the district, term 19 of five years covering 2020."""
    assert rs.congress is not None
    assert rs.congress.level is Level.TOWN
    assert rs.congress.name == "XX镇人民代表大会"
    assert rs.congress.parent is not None
    (term,) = rs.terms
    assert term.number == 19
    assert term.congress == rs.congress.id
    assert term.start is not None
    assert term.end is not None
    assert term.start <= H1_START
    assert term.end >= H1_END
    assert term.start + relativedelta(years=5) == term.end + dt.timedelta(days=1)


def test_deputies_of_both_levels_with_dated_memberships(rs: RecordSet) -> None:
    """20-30 town deputies on the roll, a few district deputies, all memberships dated."""
    (term,) = rs.terms
    town = serving(rs, term.id, dt.date(2020, 1, 13))
    assert 20 <= len(town) <= 30
    district = [d for d in rs.deputies if Level.DISTRICT in d.levels]
    assert 2 <= len(district) < len(town)
    assert any(d.levels == (Level.DISTRICT,) for d in district)
    assert any(set(d.levels) == {Level.DISTRICT, Level.TOWN} for d in district)
    assert all(d.id.startswith("d") for d in rs.deputies)
    for d in rs.deputies:
        kinds = {m.kind for m in d.memberships}
        assert {MembershipKind.GROUP, MembershipKind.STATION} <= kinds
    # Someone changed group on a date: the old membership ends before the new one starts.
    moves = [
        (old, new)
        for d in rs.deputies
        for old in d.memberships
        for new in d.memberships
        if old.kind is new.kind is MembershipKind.GROUP
        and old.end is not None
        and new.start == old.end + dt.timedelta(days=1)
    ]
    assert moves


def test_four_groups_and_four_stations_with_monthly_reception_rules(rs: RecordSet) -> None:
    """4 deputy groups, 4 stations (the report's 人大工作站) each with a monthly rule."""
    assert len(rs.groups) == 4
    assert len(rs.stations) == 4
    for station in rs.stations:
        assert station.reception_rule is not None
        assert "FREQ=MONTHLY" in station.reception_rule
        assert len(station.reception_days(H1_START, H1_END)) == 6


# Section (一): the session ------------------------------------------------------------


def test_one_session_in_h1_term_19_session_8_on_13_january(rs: RecordSet) -> None:
    """2020 H1 holds one session: term 19, session 8, 13 January 2020."""
    session = the_session(rs)
    terms = {t.id: t for t in rs.terms}
    assert terms[session.term].number == 19
    assert session.number == 8
    assert session.start == dt.date(2020, 1, 13)


def test_the_session_reviewed_three_reports_and_adopted_a_resolution_on_each(
    rs: RecordSet,
) -> None:
    """Government, presidium and fiscal reports heard and reviewed; resolutions adopted."""
    session = the_session(rs)
    reports = [i.report for i in session.agenda if isinstance(i, ReportReview)]
    expected = {ReportKind.GOVERNMENT_WORK, ReportKind.PRESIDIUM_WORK, ReportKind.FISCAL}
    assert len(reports) == 3
    assert set(reports) == expected
    resolutions = [i for i in session.agenda if isinstance(i, Resolution)]
    assert {r.report for r in resolutions} == expected
    assert all(r.adopted for r in resolutions)


def test_tallies_and_ballot_agree_with_the_roll(rs: RecordSet) -> None:
    """Attendance matches the deputies serving; each vote counts exactly those present."""
    session = the_session(rs)
    roll = serving(rs, session.term, session.start)
    attendance = session.attendance
    assert attendance is not None
    assert attendance.due == len(roll)
    assert attendance.present + attendance.on_leave == attendance.due
    assert attendance.quorate()
    for item in session.agenda:
        if isinstance(item, Resolution):
            assert item.tally is not None
            assert item.tally.yes + item.tally.no + item.tally.abstain == attendance.present
            assert item.tally.counted == attendance.due
            assert item.tally.yes > attendance.due // 2
    (ballot,) = [i for i in session.agenda if isinstance(i, ProjectBallot)]
    assert ballot.ballots_returned == attendance.present
    names = {p.id: p.name for p in rs.projects}
    selected = [names[c.project] for c in ballot.candidates if c.selected]
    assert "称沱污水处理厂建设" in selected
    assert len(selected) >= 3
    assert ballot.ballots_returned is not None
    for c in ballot.candidates:
        # The example states every tally in full.
        assert c.yes is not None
        assert c.no is not None
        assert c.abstain is not None
        assert c.yes + c.no + c.abstain <= ballot.ballots_returned
        assert c.selected == (c.yes > ballot.ballots_returned // 2)


def test_speeches_are_by_deputies_present(rs: RecordSet) -> None:
    """Every speaker is a town deputy present; most speak three times."""
    session = the_session(rs)
    roll = serving(rs, session.term, session.start)
    speakers = Counter(s.deputy for s in session.speeches)
    assert set(speakers) <= roll
    assert session.attendance is not None
    assert len(speakers) == session.attendance.present
    assert sum(1 for n in speakers.values() if n >= 3) > len(speakers) // 2


def test_63_suggestions_reported_and_itemised_at_the_session(rs: RecordSet) -> None:
    """The session reports 63 suggestions and all 63 are records raised there."""
    session = the_session(rs)
    assert session.suggestions_reported == Count(63)
    at_session = [s for s in rs.suggestions if s.session == session.id]
    assert len(at_session) == 63
    assert len({s.id for s in at_session}) == 63
    assert all(s.raised_on == session.start for s in at_session)
    roll = serving(rs, session.term, session.start)
    assert all(s.lead in roll and set(s.cosigners) <= roll for s in at_session)
    assert len({s.category for s in at_session}) >= 7
    assert len({s.title for s in at_session}) == 63


def _due(assigned: dt.date, extended: bool) -> dt.date:
    return assigned + relativedelta(months=6 if extended else 3)


def test_the_handling_of_the_63_suggestions_as_of_30_june(rs: RecordSet) -> None:
    """Assigned within days; most replied in time (mostly A); a few late, extended, overdue."""
    session = the_session(rs)
    at_session = [s for s in rs.suggestions if s.session == session.id]
    assert all(e.on <= H1_END for s in rs.suggestions for e in s.events)
    outcomes: Counter[Outcome] = Counter()
    on_time = late = overdue = extended = rehandled = closed = 0
    for s in at_session:
        assignments = [e for e in s.events if isinstance(e, Assigned)]
        if not assignments:  # merged into another at review, and closed
            assert any(isinstance(e, Reviewed) and e.merged_into for e in s.events)
            continue
        assigned = assignments[0].on
        assert (assigned - s.raised_on).days <= 7
        was_extended = any(isinstance(e, Extended) for e in s.events)
        extended += was_extended
        replies = [e for e in s.events if isinstance(e, Replied)]
        if replies:
            first = replies[0]
            outcomes[first.outcome] += 1
            if first.on <= _due(assigned, was_extended):
                on_time += 1
            else:
                late += 1
        elif _due(assigned, was_extended) < H1_END:
            overdue += 1
        rehandled += any(isinstance(e, Rehandled) for e in s.events)
        closed += any(isinstance(e, Closed) for e in s.events)
    assert on_time > 50
    assert outcomes[Outcome.A] > outcomes[Outcome.B] > outcomes[Outcome.C] > 0
    assert 1 <= late <= 3
    assert 1 <= overdue <= 2
    assert 1 <= extended <= 3
    assert 1 <= rehandled <= 2
    assert closed > 10
    ratings = Counter(e.handling for s in at_session for e in s.events if isinstance(e, Evaluated))
    assert ratings[Satisfaction.SATISFIED] > ratings[Satisfaction.BASICALLY_SATISFIED] > 0


def test_dissatisfied_evaluations_lead_to_re_handling(rs: RecordSet) -> None:
    """Each dissatisfied evaluation is followed by re-handling and a second reply."""
    dissatisfied = 0
    for s in rs.suggestions:
        for i, e in enumerate(s.events):
            if isinstance(e, Evaluated) and e.dissatisfied:
                dissatisfied += 1
                assert isinstance(s.events[i + 1], Rehandled)
                assert isinstance(s.events[i + 2], Replied)
    assert dissatisfied >= 1


def test_suggestions_between_sessions_are_not_counted_at_the_session(rs: RecordSet) -> None:
    """Suggestions from activities are raised between sessions, never among the 63."""
    from_activities = {
        sid
        for a in rs.activities
        for sid in (*a.suggestions, *(o.suggestion for o in a.opinions if o.suggestion))
    }
    by_id = {s.id: s for s in rs.suggestions}
    assert from_activities
    assert all(by_id[sid].session is None for sid in from_activities)
    for a in rs.activities:
        for sid in a.suggestions:
            assert by_id[sid].lead in a.participants
            assert a.start <= by_id[sid].raised_on <= a.last_day
    between = [s for s in rs.suggestions if s.session is None]
    assert len(between) + 63 == len(rs.suggestions)


# Section (二): the epidemic --------------------------------------------------------


def test_the_epidemic_campaign_has_the_five_roles_with_deputies(rs: RecordSet) -> None:
    """Gatekeeper, investigator, temperature checker, purchaser and produce seller."""
    (campaign,) = [c for c in rs.campaigns if c.kind is CampaignKind.EPIDEMIC_PREVENTION]
    roles = [r.role for r in campaign.roles]
    assert sorted(r.value for r in roles) == sorted(
        r.value
        for r in (
            CampaignRoleKind.GATEKEEPER,
            CampaignRoleKind.INVESTIGATOR,
            CampaignRoleKind.TEMPERATURE_CHECKER,
            CampaignRoleKind.PURCHASER,
            CampaignRoleKind.PRODUCE_SELLER,
        )
    )
    assert all(r.deputies for r in campaign.roles)
    assert campaign.description is not None
    assert "返乡" in campaign.description
    assert "24小时" in campaign.description


def test_the_epidemic_work_includes_spring_ploughing_and_resumption_of_work(
    rs: RecordSet,
) -> None:
    """Campaign activities cover screening, spring ploughing and resumption-of-work checks."""
    cid = campaign_id(rs, CampaignKind.EPIDEMIC_PREVENTION)
    titles = " ".join(a.title for a in rs.activities if a.campaign == cid)
    for words in ("返乡人员", "24小时", "春耕", "复工复产", "体温", "采购", "农产品"):
        assert words in titles


# Section (三): the 100-day battle -------------------------------------------------------


def test_the_poverty_campaign_has_the_three_roles(rs: RecordSet) -> None:
    """Assessment investigator, policy explainer and work supervisor, each with deputies."""
    (campaign,) = [c for c in rs.campaigns if c.kind is CampaignKind.POVERTY_ALLEVIATION]
    assert {r.role for r in campaign.roles} == {
        CampaignRoleKind.ASSESSMENT_INVESTIGATOR,
        CampaignRoleKind.POLICY_EXPLAINER,
        CampaignRoleKind.WORK_SUPERVISOR,
    }
    assert len(campaign.roles) == 3
    assert all(r.deputies for r in campaign.roles)


def test_poverty_supervision_covers_exactly_the_14_villages(rs: RecordSet) -> None:
    """The 100-day battle's supervision checks cover 14 distinct villages, 称沱村 among them."""
    cid = campaign_id(rs, CampaignKind.POVERTY_ALLEVIATION)
    covered = {
        p
        for a in rs.activities
        if a.campaign == cid and a.kind is ActivityKind.SUPERVISION
        for p in a.places
    }
    villages = {p.id: p.name for p in rs.places if p.kind is PlaceKind.VILLAGE}
    assert len(covered) == 14
    assert covered == set(villages)
    assert "称沱村" in {villages[p] for p in covered}


# Section (四): inspections, checks, supervision, surveys, visits ------------------------


def test_the_police_inspection_produced_the_parking_suggestion(rs: RecordSet) -> None:
    """Inspecting the police station and traffic police led to the parking suggestion."""
    (inspection,) = [
        a
        for a in activities(rs, ActivityKind.INSPECTION)
        if {u.kind for u in rs.units if u.id in a.units} == {UnitKind.POLICE}
    ]
    names = unit_names(rs, inspection.units)
    assert any("派出所" in n for n in names)
    assert any("交巡警" in n for n in names)
    suggestions = [s for s in rs.suggestions if s.id in inspection.suggestions]
    assert len(suggestions) == 1
    assert "乱停" in suggestions[0].title
    assert suggestions[0].raised_on == inspection.start
    assert any(f.corrected_on for f in inspection.findings)


def test_cross_checks_and_dangerous_house_inspection(rs: RecordSet) -> None:
    """Poor households were cross-checked, and C/D grade dangerous-house rebuilding inspected."""
    titles = [a.title for a in activities(rs, ActivityKind.INSPECTION)]
    assert any("交叉检查" in t for t in titles)
    assert any("危房" in t and "C" in t and "D" in t for t in titles)


def test_schools_were_checked_before_reopening(rs: RecordSet) -> None:
    """Safety and epidemic checks at every school, before classes resumed."""
    schools = {u.id for u in rs.units if u.kind is UnitKind.SCHOOL}
    checked = {u for a in rs.activities for u in a.units if u in schools and "复学" in a.title}
    assert schools
    assert checked == schools


JOINT_CHECK_UNITS = {
    "XX工商所",
    "XX镇安全生产监督管理办公室",
    "XX派出所",
    "XX镇专职消防队",
    "XX食品药品监督管理所",
}


def test_four_holiday_checks_with_the_five_departments(rs: RecordSet) -> None:
    """Spring Festival, Qingming, May Day and Dragon Boat checks, each with the 5 departments."""
    checks = activities(rs, ActivityKind.ENFORCEMENT_CHECK)
    assert len(checks) == 4
    for holiday in ("春节", "清明", "五一", "端午"):
        assert sum(holiday in a.title for a in checks) == 1
    departments = {u for a in checks for u in a.units}
    assert len(departments) == 5
    assert unit_names(rs, tuple(departments)) == JOINT_CHECK_UNITS
    assert all(set(a.units) == departments for a in checks)
    assert [a.start for a in checks] == sorted(a.start for a in checks)


def test_the_sewage_plant_was_supervised(rs: RecordSet) -> None:
    """A supervision of the 称沱 sewage plant names the project voted at the session."""
    (plant,) = [p for p in rs.projects if "称沱污水处理厂" in p.name]
    session = the_session(rs)
    assert plant.session == session.id
    visits = [a for a in activities(rs, ActivityKind.SUPERVISION) if a.projects == (plant.id,)]
    assert len(visits) == 1
    assert visits[0].findings


def test_surveys_produced_10_plus_suggestions(rs: RecordSet) -> None:
    """The two surveys report 10+ suggestions in all, some itemised, none at the session."""
    surveys = activities(rs, ActivityKind.SURVEY)
    topics = {t for a in surveys for t in a.topics}
    assert {"农村人居环境", "乡村振兴"} <= topics
    reported = [a.suggestions_reported for a in surveys if a.suggestions_reported is not None]
    assert sum(c.value for c in reported) == 10
    assert any(c.at_least for c in reported)
    for a in surveys:
        assert a.suggestions_reported is not None
        assert 0 < len(a.suggestions) <= a.suggestions_reported.value
    by_id = {s.id: s for s in rs.suggestions}
    assert all(by_id[i].session is None for a in surveys for i in a.suggestions)
    village = {p.id: p.name for p in rs.places}
    assert "称沱村" in {village[p] for a in surveys for p in a.places}


def test_visits_to_petitioners_poor_households_and_monthly_voter_visits(rs: RecordSet) -> None:
    """Petitioners and poor households visited; voters visited once a month, Jan to Jun."""
    visits = activities(rs, ActivityKind.VOTER_VISIT)
    assert any("信访" in a.title for a in visits)
    assert any("贫困户" in a.title for a in visits)
    monthly = [a for a in visits if "走访选民" in a.title]
    assert sorted(a.start.month for a in monthly) == [1, 2, 3, 4, 5, 6]
    assert all(a.households_contacted is not None for a in monthly)
    assert all(a.households_contacted and a.households_contacted.value > 0 for a in monthly)


# Section (五): study and stations ------------------------------------------------------------


def test_every_group_studied_the_three_laws_in_q1_and_q2(rs: RecordSet) -> None:
    """Each quarter each group studied the Constitution, Organisation Law and Deputies Law."""
    studies = activities(rs, ActivityKind.STUDY)
    quarters = {(a.start.month - 1) // 3 + 1 for a in studies}
    assert quarters == {1, 2}
    for quarter in quarters:
        groups = {a.group for a in studies if (a.start.month - 1) // 3 + 1 == quarter}
        assert groups == {g.id for g in rs.groups}
    for a in studies:
        text = " ".join(a.topics)
        assert "宪法" in text
        assert "组织法" in text
        assert "代表法" in text


def test_24_reception_days_one_per_station_per_month(rs: RecordSet) -> None:
    """Each of the 4 stations held its reception day each month, on its rule's date."""
    receptions = activities(rs, ActivityKind.RECEPTION)
    assert len(receptions) == 24
    for station in rs.stations:
        days = sorted(a.start for a in receptions if a.station == station.id)
        assert days == list(station.reception_days(H1_START, H1_END))
        assert [d.month for d in days] == [1, 2, 3, 4, 5, 6]


def test_reception_participants_belong_to_the_station_on_the_day(rs: RecordSet) -> None:
    """Who received the public is read from dated station memberships."""
    deputies = {d.id: d for d in rs.deputies}
    for a in activities(rs, ActivityKind.RECEPTION):
        assert a.participants
        for pid in a.participants:
            assert any(
                m.kind is MembershipKind.STATION
                and m.of == a.station
                and m.start <= a.start
                and (m.end is None or a.start <= m.end)
                for m in deputies[pid].memberships
            )


def test_reception_figures_read_200_plus_people_and_20_plus_opinions(rs: RecordSet) -> None:
    """People received add up to 200+ and opinions to 20+, each figure a lower bound."""
    receptions = activities(rs, ActivityKind.RECEPTION)
    people = [a.people_received for a in receptions]
    opinions = [a.opinions_collected for a in receptions]
    assert all(c is not None and c.at_least for c in people)
    assert all(c is not None and c.at_least for c in opinions)
    assert sum(c.value for c in people if c) == 200
    assert sum(c.value for c in opinions if c) == 20
    assert str(Count.total(people)) == "200+"
    assert str(Count.total(opinions)) == "20+"


def test_some_reception_opinions_are_itemised_and_followed_up(rs: RecordSet) -> None:
    """A few opinions are answered on the spot, a few become suggestions."""
    receptions = activities(rs, ActivityKind.RECEPTION)
    items = [o for a in receptions for o in a.opinions]
    resolutions = Counter(o.resolution for o in items)
    assert resolutions[OpinionResolution.ANSWERED_ON_SPOT] >= 2
    assert resolutions[OpinionResolution.TURNED_INTO_SUGGESTION] >= 1
    for a in receptions:
        assert a.opinions_collected is not None
        assert len(a.opinions) <= a.opinions_collected.value
    by_id: dict[str, Suggestion] = {s.id: s for s in rs.suggestions}
    for a in receptions:
        for o in a.opinions:
            if o.suggestion is not None:
                assert by_id[o.suggestion].raised_on == a.start


def test_the_presidium_adopted_a_duty_points_table(rs: RecordSet) -> None:
    """A presidium meeting of 2020 H1 set up the duty points table (积分制)."""
    subjects = [s for m in rs.presidium_meetings if m.on <= H1_END for s in m.subjects]
    assert any("积分制" in s for s in subjects)


# The plan for the second half ---------------------------------------------------------


PLAN_DEPARTMENTS = {
    "区民政局",
    "区住建委",
    "区水利局",
    "区文旅委",
    "区应急局",
    "区信访办",
    "区招商投资局",
    "区机关事务局",
}


def test_the_plan_covers_h2_in_four_sections(rs: RecordSet) -> None:
    """The plan runs 1 July - 31 December 2020 with items in all four sections."""
    (plan,) = rs.plans
    assert (plan.start, plan.end) == (dt.date(2020, 7, 1), dt.date(2020, 12, 31))
    sections = Counter(i.section for i in plan.items)
    assert set(sections) == {
        PlanSection.LEADERSHIP,
        PlanSection.SUPERVISION,
        PlanSection.DEPUTY_SERVICE,
        PlanSection.SUGGESTION_HANDLING,
    }
    text = " ".join(i.text for i in plan.items)
    for words in ("民生实事", "低保", "水污染", "人民调解", "培训", "12345", "优秀", "接访"):
        assert words in text


def test_the_plan_evaluates_the_8_district_departments(rs: RecordSet) -> None:
    """One target: the 8 named district departments, by work evaluation."""
    (plan,) = rs.plans
    (target,) = [t for i in plan.items for t in i.targets if t.metric is TargetMetric.UNITS_COVERED]
    assert target.value == 8
    assert target.activity_kinds == (ActivityKind.WORK_EVALUATION,)
    assert unit_names(rs, target.units) == PLAN_DEPARTMENTS


def test_the_plan_trains_each_deputy_and_holds_24_reception_days(rs: RecordSet) -> None:
    """Training once per deputy, and 24 reception activities, as measurable targets."""
    (plan,) = rs.plans
    targets = [t for i in plan.items for t in i.targets]
    (training,) = [t for t in targets if ActivityKind.TRAINING in t.activity_kinds]
    assert training.per_deputy
    assert training.value == 1
    (reception,) = [t for t in targets if ActivityKind.RECEPTION in t.activity_kinds]
    assert reception.metric is TargetMetric.ACTIVITIES
    assert reception.value == 24
    assert not reception.per_deputy
