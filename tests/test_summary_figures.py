"""Summary figures at their edges: deadline days, latest ratings, villages, turned-down projects."""

from __future__ import annotations

import datetime as dt

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    BallotCandidate,
    Evaluated,
    LivelihoodProject,
    Outcome,
    Place,
    PlaceKind,
    ProjectBallot,
    ProjectStatus,
    Rehandled,
    Replied,
    Satisfaction,
    Session,
    Suggestion,
    SuggestionKind,
    summarize,
)

D = dt.date
ASSIGNED = D(2020, 1, 20)  # the default policy's deadline is 2020-04-20


def _suggestion(sid: str, *events: object) -> Suggestion:
    return Suggestion(
        id=sid,
        kind=SuggestionKind.SUGGESTION,
        title="整治场镇车辆乱停",
        lead="d1",
        raised_on=D(2020, 1, 13),
        events=(Assigned(on=ASSIGNED, lead_unit="u1"), *events),
    )


def test_a_reply_on_the_deadline_day_is_on_time_and_a_day_later_is_late() -> None:
    """Replied on 20 April (3 months after 20 January) is on time; on 21 April it is late."""
    on_day = _suggestion("s1", Replied(on=D(2020, 4, 20), outcome=Outcome.A))
    day_late = _suggestion("s2", Replied(on=D(2020, 4, 21), outcome=Outcome.A))
    figures = summarize([on_day, day_late], "2020-H1").suggestions.itemised
    assert (figures.replied_on_time, figures.replied_late) == (1, 1)
    assert figures.overdue == 0


def test_an_unanswered_suggestion_is_overdue_only_after_its_deadline() -> None:
    """Awaiting a reply: not overdue at the end of March, overdue at the end of June."""
    waiting = _suggestion("s1")
    assert summarize([waiting], "2020-Q1").suggestions.itemised.overdue == 0
    assert summarize([waiting], "2020-H1").suggestions.itemised.overdue == 1


def test_satisfaction_counts_the_latest_rating() -> None:
    """Dissatisfied, re-handled, replied again and then satisfied counts as satisfied once."""
    s = _suggestion(
        "s1",
        Replied(on=D(2020, 2, 1), outcome=Outcome.C),
        Evaluated(on=D(2020, 2, 5), handling=Satisfaction.DISSATISFIED),
        Rehandled(on=D(2020, 2, 6)),
        Replied(on=D(2020, 3, 1), outcome=Outcome.A),
        Evaluated(on=D(2020, 3, 5), handling=Satisfaction.SATISFIED),
    )
    figures = summarize([s], "2020-H1").suggestions.itemised
    assert dict(figures.satisfaction) == {Satisfaction.SATISFIED: 1}
    assert dict(figures.outcomes) == {Outcome.A: 1}
    assert figures.rehandled == 1


def test_villages_are_the_village_places_only() -> None:
    """Two places covered, one a village: places 2, villages 1."""
    places = [
        Place(id="v1", name="称沱村", kind=PlaceKind.VILLAGE),
        Place(id="site", name="污水处理厂工地", kind=PlaceKind.SITE),
    ]
    visit = Activity(
        id="a1",
        kind=ActivityKind.INSPECTION,
        title="视察",
        start=D(2020, 3, 2),
        places=("v1", "site"),
    )
    figures = summarize([*places, visit], "2020-H1").activities
    assert (figures.places, figures.villages) == (2, 1)


def test_a_project_the_ballot_turned_down_is_not_counted_by_status() -> None:
    """Two candidates, one selected: by status counts the selected one only."""
    ballot = ProjectBallot(
        candidates=(
            BallotCandidate(project="p1", yes=50, selected=True),
            BallotCandidate(project="p2", yes=10, no=40, selected=False),
        ),
        ballots_issued=60,
        ballots_returned=60,
    )
    session = Session(id="s8", term="t19", number=8, start=D(2020, 1, 13), agenda=(ballot,))
    projects = [
        LivelihoodProject(id="p1", name="污水处理厂", session="s8"),
        LivelihoodProject(id="p2", name="广场", session="s8"),
    ]
    summary = summarize([session, *projects], "2020-H1").projects
    assert dict(summary.by_status) == {ProjectStatus.VOTED: 1}
    assert (summary.voted, summary.selected) == (2, 1)
