"""The example's suggestions: the 63 of session 8 with their handling, and 8 between sessions."""

from __future__ import annotations

import datetime as dt

from congresskit.example import _data as data
from congresskit.example import _session as meeting
from congresskit.records.enums import Outcome, ReviewDecision, Satisfaction, SuggestionKind
from congresskit.records.people import Deputy
from congresskit.records.suggestions import (
    Assigned,
    Closed,
    Evaluated,
    Event,
    Extended,
    Rehandled,
    Replied,
    Reviewed,
    Suggestion,
)

__all__ = ["between_session_suggestions", "session_suggestions"]

D = dt.date
_REVIEW_DAY, _ASSIGN_DAY = D(2020, 1, 15), D(2020, 1, 17)
_REPLY_GIST = {
    Outcome.A: "已办理解决",
    Outcome.B: "正在解决，已列入工作计划",
    Outcome.C: "受条件限制暂不能解决，已向代表说明",
}
_SATISFACTION = {"S": Satisfaction.SATISFIED, "BS": Satisfaction.BASICALLY_SATISFIED}


def _session_suggestion_id(number: int) -> str:
    return f"s8-{number:03d}"


def session_suggestions(deputies: tuple[Deputy, ...]) -> tuple[Suggestion, ...]:
    present = meeting.deputies_present(deputies)
    result = []
    for i, row in enumerate(data.SESSION_SUGGESTIONS):
        # Leads take turns among the deputies present; co-signers number 0, 1, 2 in turn.
        lead = present[i % len(present)]
        cosigners = tuple(present[(i + k) % len(present)] for k in range(1, 1 + i % 3))
        result.append(
            Suggestion(
                id=_session_suggestion_id(i + 1),
                kind=SuggestionKind.SUGGESTION,
                title=row.title,
                category=row.category,
                lead=lead,
                cosigners=cosigners,
                raised_on=meeting.SESSION_DAY,
                session=data.SESSION,
                events=_handling(i, row),
            )
        )
    return tuple(result)


def _reply(on: D, outcome: Outcome) -> Replied:
    return Replied(on=on, outcome=outcome, summary=_REPLY_GIST[outcome])


def _handling(i: int, row: data.SuggestionRow) -> tuple[Event, ...]:
    """The events of the ``i``-th session suggestion up to 30 June 2020, by its fate."""
    if row.fate == "merged":
        into = _session_suggestion_id(data.MERGED_INTO)
        return (
            Reviewed(on=_REVIEW_DAY, decision=ReviewDecision.MERGED, merged_into=into),
            Closed(on=_ASSIGN_DAY, note="与同类建议合并办理"),
        )
    start: tuple[Event, ...] = (
        Reviewed(on=_REVIEW_DAY, decision=ReviewDecision.ACCEPTED),
        Assigned(on=_ASSIGN_DAY, lead_unit=row.unit, assisting_units=row.assisting),
    )
    special: dict[str, tuple[Event, ...]] = {
        "overdue": (),
        "extended": (Extended(on=D(2020, 3, 20), note="需区级部门立项，申请延期答复"),),
        "extended-B": (
            Extended(on=D(2020, 4, 1), note="项目需区级审批，申请延期答复"),
            _reply(D(2020, 6, 12), Outcome.B),
        ),
        "late-B-BS": (
            _reply(D(2020, 4, 28), Outcome.B),
            Evaluated(on=D(2020, 5, 11), handling=Satisfaction.BASICALLY_SATISFIED),
        ),
        "late-B": (_reply(D(2020, 5, 8), Outcome.B),),
        "rehandled-closed": (
            _reply(D(2020, 3, 2), Outcome.B),
            Evaluated(on=D(2020, 3, 12), handling=Satisfaction.DISSATISFIED),
            Rehandled(on=D(2020, 3, 16), note="代表不满意，要求重新办理"),
            _reply(D(2020, 4, 10), Outcome.A),
            Evaluated(on=D(2020, 4, 20), handling=Satisfaction.SATISFIED),
            Closed(on=D(2020, 4, 27)),
        ),
        "rehandled": (
            _reply(D(2020, 3, 10), Outcome.C),
            Evaluated(
                on=D(2020, 3, 20),
                handling=Satisfaction.BASICALLY_SATISFIED,
                result=Satisfaction.DISSATISFIED,
            ),
            Rehandled(on=D(2020, 3, 25), note="对办理结果不满意，要求重新办理"),
            _reply(D(2020, 4, 22), Outcome.B),
            Evaluated(on=D(2020, 5, 6), handling=Satisfaction.BASICALLY_SATISFIED),
        ),
    }
    if row.fate in special:
        return start + special[row.fate]
    # The usual fates: "<reply class>[-<S|BS>][-closed]", replied 20-79 days
    # after assignment (well within the three months), evaluated 10 days
    # later and closed a week after that.
    outcome, *rest = row.fate.split("-")
    replied_on = _ASSIGN_DAY + dt.timedelta(days=20 + (i * 11) % 60)
    events: list[Event] = [_reply(replied_on, Outcome(outcome.lower()))]
    if rest:
        evaluated_on = replied_on + dt.timedelta(days=10)
        events.append(Evaluated(on=evaluated_on, handling=_SATISFACTION[rest[0]]))
        if rest[1:] == ["closed"]:
            events.append(Closed(on=evaluated_on + dt.timedelta(days=7)))
    return start + tuple(events)


def between_session_suggestions() -> tuple[Suggestion, ...]:
    def suggestion(
        n: int, title: str, category: str, lead: str, cosigners: tuple[str, ...], raised: D
    ) -> Suggestion:
        return Suggestion(
            id=f"bs-2020-{n:02d}",
            kind=SuggestionKind.SUGGESTION,
            title=title,
            category=category,
            lead=lead,
            cosigners=cosigners,
            raised_on=raised,
        )

    satisfied = Satisfaction.SATISFIED
    parking = suggestion(1, "整治场镇车辆乱停乱放", "交通", "d04", ("d05", "d07"), D(2020, 4, 16))
    env = D(2020, 5, 19)
    garbage = suggestion(2, "完善农村生活垃圾收运体系，增加清运频次", "环境", "d14", (), env)
    toilets = suggestion(3, "推进农村改厕与生活污水治理衔接", "环境", "d09", ("d15",), env)
    upkeep = suggestion(4, "建立村庄清洁长效管护机制", "环境", "d19", (), env)
    rev = D(2020, 6, 12)
    citrus = suggestion(5, "发展称沱村柑橘特色产业", "农业", "d02", ("d09", "d12"), rev)
    tourism = suggestion(6, "完善称沱村乡村旅游配套设施", "文化", "d12", (), rev)
    lights = suggestion(7, "修复场镇背街小巷损坏路灯", "城镇建设", "d07", (), D(2020, 4, 10))
    ditch = suggestion(8, "疏通龙井村村道边沟", "道路", "d23", (), D(2020, 5, 29))
    return (
        parking.add(
            Assigned(
                on=D(2020, 4, 20),
                lead_unit="traffic-police",
                assisting_units=("police-station", "office-planning"),
            )
        )
        .add(Replied(on=D(2020, 5, 20), outcome=Outcome.A, summary="开展集中整治，施划停车位"))
        .add(Evaluated(on=D(2020, 6, 5), handling=satisfied))
        .add(Closed(on=D(2020, 6, 10))),
        garbage.add(Assigned(on=D(2020, 5, 25), lead_unit="office-planning")).add(
            _reply(D(2020, 6, 22), Outcome.A)
        ),
        toilets.add(
            Assigned(
                on=D(2020, 5, 25), lead_unit="office-planning", assisting_units=("office-agri",)
            )
        ).add(_reply(D(2020, 6, 29), Outcome.B)),
        upkeep.add(Assigned(on=D(2020, 5, 25), lead_unit="office-planning")),
        citrus.add(Assigned(on=D(2020, 6, 17), lead_unit="office-agri")),
        tourism.add(
            Assigned(
                on=D(2020, 6, 17), lead_unit="office-econ", assisting_units=("office-culture",)
            )
        ),
        lights.add(Assigned(on=D(2020, 4, 14), lead_unit="office-planning"))
        .add(Replied(on=D(2020, 5, 6), outcome=Outcome.A, summary="纳入场镇路灯安装民生实事项目"))
        .add(Evaluated(on=D(2020, 5, 15), handling=satisfied))
        .add(Closed(on=D(2020, 5, 20))),
        ditch.add(Assigned(on=D(2020, 6, 2), lead_unit="office-planning")).add(
            _reply(D(2020, 6, 19), Outcome.A)
        ),
    )
