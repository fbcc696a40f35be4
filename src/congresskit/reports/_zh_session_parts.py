"""Chinese phrases on a session's attendance and its livelihood-project ballots."""

from __future__ import annotations

from congresskit.records.sessions import Attendance, ProjectBallot
from congresskit.reports._zh_words import NOT_STATED, date, numeral

__all__ = ["attendance", "ballot", "share"]


def attendance(a: Attendance) -> str:
    """``，应到代表65名，实到60名，请假3名，列席38名，共97人`` (the deputies due may be unknown)."""
    if a.due is None:
        text = f"，应到代表人数{NOT_STATED}，实到代表{a.present}名"
    else:
        text = f"，应到代表{a.due}名，实到{a.present}名"
    if a.on_leave:
        text += f"，请假{a.on_leave}名"
    if a.non_deputies is not None:
        text += f"，列席{a.non_deputies}名"
    if a.attendees is not None:
        text += f"，共{a.attendees}人"
    return text


def share(value: float) -> str:
    return f"{value:g}%"


def ballot(b: ProjectBallot) -> str:
    """``征集民生实事提案50件，候选项目5个，当选项目得票率93.3%`` (empty if none is stated)."""
    said = [] if b.proposals_from is None else [f"{date(b.proposals_from)}起征集项目"]
    if b.proposals_reported is not None:
        said.append(f"征集民生实事提案{b.proposals_reported}件")
    if b.candidates_reported is not None:  # a listed ballot names its candidates already
        said.append(f"候选项目{b.candidate_count}个")
    if b.plenary is not None:
        said.append(f"于第{numeral(b.plenary)}次全体会议票决")
    if b.secret:
        said.append("无记名投票")
    if b.declared_valid:
        said.append("票决有效")
    if b.selected_share is not None:
        said.append(f"当选项目得票率{share(b.selected_share)}")
    if b.investment_estimated is not None:
        said.append(f"项目总投资{b.investment_estimated}元")
    return "，".join(said)
