"""The example's session 8 of term 19, its presidium meetings and its livelihood projects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from congresskit.example import _data as data
from congresskit.example import _people as people
from congresskit.records.counts import Count
from congresskit.records.enums import ProjectStatus, ReportKind
from congresskit.records.people import Deputy
from congresskit.records.projects import LivelihoodProject, ProjectProgress
from congresskit.records.sessions import (
    Attendance,
    BallotCandidate,
    PresidiumMeeting,
    ProjectBallot,
    ReportReview,
    Resolution,
    Session,
    Speech,
    Tally,
)

__all__ = ["SESSION_DAY", "deputies_present", "presidium_meetings", "projects", "session"]

D = dt.date
SESSION_DAY = D(2020, 1, 13)


def deputies_present(deputies: Iterable[Deputy]) -> tuple[str, ...]:
    return tuple(d for d in people.town_deputies(deputies, SESSION_DAY) if d not in data.ON_LEAVE)


def session(deputies: tuple[Deputy, ...]) -> Session:
    roll = people.town_deputies(deputies, SESSION_DAY)
    present = deputies_present(deputies)
    absent = len(roll) - len(present)

    def tally(yes: int, abstain: int = 0) -> Tally:
        return Tally(yes=yes, abstain=abstain, absent=absent, entitled=len(roll))

    speeches = tuple(
        Speech(deputy=d, subject=data.SPEECH_SUBJECTS[(i + k) % len(data.SPEECH_SUBJECTS)])
        for i, d in enumerate(present)
        for k in range(data.FEWER_SPEECHES.get(d, 3))
    )
    ballot = ProjectBallot(
        title="2020年民生实事项目票决",
        ballots_issued=len(present),
        ballots_returned=len(present),
        candidates=tuple(
            BallotCandidate(
                project=p.id, yes=p.yes, no=p.no, abstain=p.abstain, selected=p.selected
            )
            for p in data.PROJECTS
        ),
    )
    return Session(
        id=data.SESSION,
        term=data.TERM,
        number=8,
        start=SESSION_DAY,
        venue="XX镇人民政府大会议室",
        attendance=Attendance(
            due=len(roll),
            present=len(present),
            on_leave=absent,
            excused=tuple(d for d in roll if d not in present),
        ),
        agenda=(
            ReportReview(report=ReportKind.GOVERNMENT_WORK, presenter="镇长", unit="gov"),
            ReportReview(report=ReportKind.PRESIDIUM_WORK, presenter="镇人大主席"),
            # The reference report names it only as 财政收支情况报告: no title of its own.
            ReportReview(report=ReportKind.FISCAL, unit="office-finance"),
            ballot,
            Resolution(
                title="关于政府工作报告的决议",
                report=ReportKind.GOVERNMENT_WORK,
                tally=tally(len(present)),
            ),
            Resolution(
                title="关于人大主席团工作报告的决议",
                report=ReportKind.PRESIDIUM_WORK,
                tally=tally(len(present)),
            ),
            Resolution(
                title="关于财政收支情况报告的决议",
                report=ReportKind.FISCAL,
                tally=tally(len(present) - 1, abstain=1),
            ),
        ),
        speeches=speeches,
        suggestions_reported=Count(63),
    )


def presidium_meetings() -> tuple[PresidiumMeeting, ...]:
    meetings = (
        (D(2020, 1, 6), ("研究第八次会议筹备工作", "审议人大主席团工作报告（草案）")),
        (D(2020, 1, 15), ("审议代表在第八次会议上提出的建议", "研究建议交办工作")),
        (D(2020, 3, 24), ("制定人大代表履职评分表，履职工作实行积分制",)),
        (D(2020, 6, 29), ("总结上半年人大工作", "研究2020年下半年工作计划")),
    )
    return tuple(
        PresidiumMeeting(id=f"pm-2020-{n:02d}", term=data.TERM, on=day, subjects=subjects)
        for n, (day, subjects) in enumerate(meetings, start=1)
    )


def projects() -> tuple[LivelihoodProject, ...]:
    return tuple(
        LivelihoodProject(
            id=p.id,
            name=p.name,
            session=data.SESSION,
            responsible_unit=p.unit,
            description=p.description,
            progress=tuple(
                ProjectProgress(on=D.fromisoformat(day), status=ProjectStatus(status), note=note)
                for day, status, note in p.progress
            ),
        )
        for p in data.PROJECTS
    )
