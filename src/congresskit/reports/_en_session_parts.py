"""English phrases on a session's attendance and its livelihood-project ballots."""

from __future__ import annotations

from congresskit.records.sessions import Attendance, ProjectBallot
from congresskit.reports._en_words import NOT_STATED, date, plural

__all__ = ["attendance", "ballot"]


def attendance(a: Attendance) -> str:
    """``, with 60 of the 65 deputies due present and 3 on leave, 38 non-deputies …``."""
    if a.due is None:
        text = f", with {a.present} deputies present (deputies due: {NOT_STATED})"
    else:
        text = f", with {a.present} of the {a.due} deputies due present"
    if a.on_leave:
        text += f" and {a.on_leave} on leave"
    if a.non_deputies is not None:
        text += f", {plural(a.non_deputies, 'non-deputy', 'non-deputies')} attending (列席)"
    if a.attendees is not None:
        text += f", {a.attendees} in all"
    return text


def ballot(b: ProjectBallot) -> str:
    """``50 proposals gathered, 5 candidate projects, …`` (empty if none is stated)."""
    since = b.proposals_from
    said = [] if since is None else [f"proposals called for from {date(since)}"]
    if b.proposals_reported is not None:
        said.append(plural(b.proposals_reported, "proposal") + " gathered")
    if b.candidates_reported is not None:  # a listed ballot names its candidates already
        said.append(plural(b.candidate_count or 0, "candidate project"))
    if b.plenary is not None:
        said.append(f"voted at plenary meeting {b.plenary}")
    if b.secret:
        said.append("by secret ballot")
    if b.declared_valid:
        said.append("declared valid")
    if b.selected_share is not None:
        said.append(f"the selected project had {b.selected_share:g}% of the votes")
    if b.investment_estimated is not None:
        said.append(f"a total investment of {b.investment_estimated:,} yuan")
    return ", ".join(said)
