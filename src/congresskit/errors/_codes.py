"""Every rule a problem can break, with its stable code and severity: one table."""

from __future__ import annotations

from types import MappingProxyType
from typing import Literal, NamedTuple

__all__ = ["RULE_CODES", "RuleCode", "Severity", "code_of"]


# -- rule codes ---------------------------------------------------------------------------
#
# Every rule a problem can break, with its stable code and its severity: one
# table. An error means the records contradict themselves or the format (a
# document with errors does not load); a warning means figures that do not add
# up, or records that will be left out of something (a document with warnings
# only loads, and check() returns them beside the errors). Codes: F for the
# format, R for a record's own fields, X for rules across records, W for
# warnings. Add a rule with the next free code of its group, on a line of its
# own, and never reuse a code.

#: How serious a problem is.
Severity = Literal["error", "warning"]


class RuleCode(NamedTuple):
    """A rule's code, severity and one-line summary (what it checks)."""

    code: str
    severity: Severity
    summary: str


_E: Severity = "error"
_W: Severity = "warning"

#: Every rule by name.
RULE_CODES = MappingProxyType(
    {
        # The format: reading a document or a stream.
        "json_syntax": RuleCode("F001", _E, "the text is not JSON"),
        "version": RuleCode("F002", _E, "a format version this congresskit cannot read"),
        "type": RuleCode("F003", _E, "a value of the wrong JSON type"),
        "missing": RuleCode("F004", _E, "a required field is missing"),
        "unknown_field": RuleCode("F005", _E, "a field the format does not have"),
        "tag": RuleCode("F006", _E, "a missing or unknown type tag"),
        "enum": RuleCode("F007", _E, "a value not among those allowed"),
        "date": RuleCode("F008", _E, "not a day, month, year or range of days"),
        "datetime": RuleCode("F009", _E, "not an RFC 3339 timestamp with its offset"),
        "encoding": RuleCode("F010", _E, "text that is not valid Unicode"),
        "too_long": RuleCode("F011", _E, "a text longer than the format allows"),
        "fields": RuleCode("F012", _E, "an object with fields it does not have"),
        "required": RuleCode("F013", _E, "an object without a field it needs"),
        "private": RuleCode("F014", _E, "private details in a public document"),
        "invalid": RuleCode("F015", _E, "a value congresskit could not read"),
        "check": RuleCode("F016", _E, "the envelope of a document or stream is wrong"),
        "bom": RuleCode("F017", _E, "the text starts with a byte order mark"),
        "empty": RuleCode("F018", _E, "the input is empty"),
        "nesting": RuleCode("F019", _E, "JSON nested too deeply to be a document"),
        "number": RuleCode("F020", _E, "an integer too long to read"),
        "duplicate_key": RuleCode("F021", _E, "a JSON object with the same key twice"),
        "duplicate_congress": RuleCode("F022", _E, "a second congress line in a JSON Lines stream"),
        "time": RuleCode("F023", _E, "not a time of day HH:MM"),
        "format": RuleCode(
            "F024", _E, "not a congresskit document: its format is not 'congresskit'"
        ),
        # A record's own fields.
        "id": RuleCode("R001", _E, "an id that is empty or has surrounding white space"),
        "non_empty": RuleCode("R002", _E, "a text or list that must not be empty"),
        "non_negative": RuleCode("R003", _E, "a negative figure"),
        "positive": RuleCode("R004", _E, "a number that must be 1 or more"),
        "unique": RuleCode("R005", _E, "the same value listed twice"),
        "date_order": RuleCode("R006", _E, "an end certainly before its start"),
        "aware": RuleCode("R007", _E, "a timestamp without a time zone"),
        "rrule": RuleCode("R008", _E, "not an RFC 5545 recurrence rule"),
        "tally": RuleCode("R009", _E, "a vote or roll that counts more than it can"),
        "at_most": RuleCode("R010", _E, "a part larger than its whole"),
        "seats": RuleCode("R011", _E, "more elected than seats"),
        "merged_into": RuleCode("R012", _E, "merged_into without a merge decision, or the reverse"),
        "suggestion": RuleCode("R013", _E, "an opinion's suggestion without 'turned_into'"),
        "workflow": RuleCode("R014", _E, "a handling step out of order"),
        "term": RuleCode("R015", _E, "a term number given for a period that is not a term"),
        "kind": RuleCode("R016", _E, "a period of an unknown kind"),
        "ordinal": RuleCode("R017", _E, "a term or session number above 999"),
        "study_kind": RuleCode("R018", _E, "a study subtype on an activity that is not study"),
        "percent": RuleCode("R019", _E, "a percentage above 100"),
        "occurrences": RuleCode("R020", _E, "participants named on a record of several activities"),
        "time_order": RuleCode("R021", _E, "a one-day activity ending before it starts"),
        "offices": RuleCode("R022", _E, "offices named on a plan target that counts no elections"),
        # Rules across records.
        "reference": RuleCode("X001", _E, "refers to a record that does not exist"),
        "duplicate_id": RuleCode("X002", _E, "two records of a kind share an id"),
        "deleted": RuleCode("X003", _E, "a record present and deleted at once"),
        "overlap": RuleCode("X004", _E, "overlapping memberships of the same body"),
        "session_in_term": RuleCode("X005", _E, "a session certainly outside its term"),
        "session_number": RuleCode("X006", _E, "a session number used twice in a term"),
        "entitled": RuleCode("X007", _E, "more counted than deputies entitled to vote"),
        "signed_twice": RuleCode("X008", _E, "a deputy signs a suggestion twice"),
        "raised_at_session": RuleCode("X009", _E, "raised at a session, dated outside it"),
        "motion_signatories": RuleCode("X010", _E, "a motion with too few signatories"),
        "reported_total": RuleCode("X011", _E, "more items listed than the total reported"),
        "sessions_of_subdistrict": RuleCode("X012", _E, "a session of a body without sessions"),
        "participant_figures": RuleCode(
            "X013", _E, "own figures of a deputy who is not a participant, or given twice"
        ),
        "participant_total": RuleCode(
            "X014", _E, "participants' own figures adding up to more than the activity's total"
        ),
        "term_number_duplicate": RuleCode("X015", _E, "two terms with the same number"),
        "resolution_adopted_without_majority": RuleCode(
            "X016", _E, "a resolution adopted with no more yes than no votes"
        ),
        "election_elected_fewer_votes": RuleCode(
            "X017", _E, "elected with fewer votes than a candidate not elected"
        ),
        "session_below_quorum_adopts": RuleCode(
            "X018", _E, "a session below quorum adopting resolutions"
        ),
        "speech_by_deputy_on_leave": RuleCode("X019", _E, "a speech by a deputy on leave"),
        "membership_before_term": RuleCode(
            "X020", _E, "a term membership starting before its term"
        ),
        "meeting_outside_term": RuleCode("X021", _E, "a presidium meeting outside its term"),
        "progress_before_vote": RuleCode("X022", _E, "project progress dated before the vote"),
        "outcome_class": RuleCode("X023", _E, "a reply of a class the policy does not use"),
        "ballot_selection": RuleCode("X024", _E, "projects selected against the ballot's rule"),
        "adoption_mismatch": RuleCode(
            "X025", _E, "a document adopted at a meeting that its record places elsewhere"
        ),
        "by_election_outside_term": RuleCode(
            "X026", _E, "a by-election voted outside the term whose vacancies it fills"
        ),
        "suggestion_number": RuleCode("X027", _E, "two suggestions of a session share a number"),
        # Warnings: figures that do not add up, records that will be left out.
        "opinions_unaccounted": RuleCode(
            "W001", _W, "fewer opinions' dispositions recorded than opinions collected"
        ),
        "receptions_short": RuleCode(
            "W002", _W, "fewer reception days held than a station's rule schedules"
        ),
        "no_term_membership": RuleCode(
            "W003", _W, "a deputy with no term membership, skipped by duty assessment"
        ),
        "totals_exceed": RuleCode(
            "W004", _W, "a part counts more than its whole (ratings or statuses over items)"
        ),
        "late_return": RuleCode(
            "W005", _W, "a suggestion returned later after assignment than the policy allows"
        ),
        "dispositions_mismatch": RuleCode(
            "W006", _W, "opinions' dispositions, as counts, do not add up to those collected"
        ),
        "group_cadence_short": RuleCode(
            "W007", _W, "a group's cadence stretches with no activity of the group"
        ),
        "rule_receptions_short": RuleCode(
            "W008", _W, "fewer receptions held than a reception-day rule document fixes"
        ),
        "ballot_tie": RuleCode("W009", _W, "projects tied for a ballot's last place"),
        "election_seats_short": RuleCode(
            "W010", _W, "an election plan's districts allot fewer seats than it states"
        ),
        "resolved_exceeds_forwarded": RuleCode(
            "W011", _W, "forwarded opinions resolved by level adding up to more than forwarded"
        ),
        "motion_signatories_not_stated": RuleCode(
            "W012", _W, "a motion whose signatories are not stated, so their minimum is not checked"
        ),
        "stated_rate_differs": RuleCode(
            "W013", _W, "a rate a handling report states differs from the one its counts give"
        ),
    }
)

_UNKNOWN = RuleCode("E000", _E, "a rule without a code of its own")


def code_of(rule: str) -> RuleCode:
    """The code, severity and summary of ``rule`` (``E000``, an error, if not in the table)."""
    return RULE_CODES.get(rule, _UNKNOWN)
