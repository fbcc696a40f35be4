"""The example's inspections, joint checks, project supervision, surveys and visits."""

from __future__ import annotations

import datetime as dt

from congresskit.example import _campaigns as campaigning
from congresskit.example import _data as data
from congresskit.example import _people as people
from congresskit.records.activities import Activity, Finding, ParticipantFigures
from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, CampaignRoleKind, MembershipKind
from congresskit.records.people import Deputy

__all__ = ["inspections_and_checks", "surveys_and_visits"]

D = dt.date


def inspections_and_checks(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
    def group(g: str, day: D) -> tuple[str, ...]:
        return people.members(deputies, MembershipKind.GROUP, g, day)

    inspection = ActivityKind.INSPECTION
    police_day = D(2020, 4, 16)
    result = [
        Activity(
            id="insp-police",
            kind=inspection,
            title="视察派出所、交巡警工作",
            start=police_day,
            organiser="g1",
            group="g1",
            participants=group("g1", police_day),
            units=("police-station", "traffic-police"),
            suggestions=("bs-2020-01",),
            findings=(
                Finding(
                    issue="场镇上街车辆乱停乱放，影响通行",
                    unit="traffic-police",
                    correction="交巡警集中整治并施划停车位，上街乱停现象明显改善",
                    corrected_on=D(2020, 6, 5),
                ),
            ),
        ),
        Activity(
            id="insp-crosscheck",
            kind=inspection,
            title="参与贫困户交叉检查",
            start=D(2020, 4, 22),
            organiser=data.CONGRESS,
            participants=("d03", "d10", "d15", "d20", "d22"),
            places=("v06", "v09", "v12", "v13"),
            units=("office-poverty",),
            findings=(
                Finding(
                    issue="部分贫困户帮扶手册填写不规范",
                    unit="office-poverty",
                    correction="提出整改意见，帮扶责任人逐户补充完善",
                    corrected_on=D(2020, 5, 10),
                ),
            ),
        ),
        Activity(
            id="insp-dangerous-houses",
            kind=inspection,
            title="贫困户C、D级危房改造专项视察",
            start=D(2020, 5, 26),
            organiser=data.CONGRESS,
            participants=("d01", "d09", "d10", "d14", "d16", "d19", "d21"),
            places=("v07", "v10", "v13"),
            units=("office-planning", "dist-housing"),
            topics=("C级危房", "D级危房", "住房安全保障"),
            findings=(Finding(issue="1户D级危房改造进度滞后", unit="office-planning"),),
        ),
        Activity(
            id="check-school-middle",
            kind=inspection,
            title="中学复学前安全检查和疫情防控检查",
            start=D(2020, 4, 3),
            organiser="g3",
            group="g3",
            participants=group("g3", D(2020, 4, 3)),
            units=("school-middle",),
            topics=("校园安全", "疫情防控"),
        ),
        Activity(
            id="check-school-primary",
            kind=inspection,
            title="小学、幼儿园复学前安全检查和疫情防控检查",
            start=D(2020, 5, 7),
            organiser="g1",
            group="g1",
            participants=group("g1", D(2020, 5, 7)),
            units=("school-primary", "kindergarten"),
            topics=("校园安全", "疫情防控"),
        ),
    ]
    for n, (key, title, day, topics) in enumerate(data.HOLIDAY_CHECKS, start=1):
        on = D.fromisoformat(day)
        result.append(
            Activity(
                id=key,
                kind=ActivityKind.ENFORCEMENT_CHECK,
                title=title,
                start=on,
                organiser=data.CONGRESS,
                group=f"g{n}",
                participants=group(f"g{n}", on),
                units=data.JOINT_CHECK_UNITS,
                topics=topics,
            )
        )
    result.append(
        Activity(
            id="sup-sewage",
            kind=ActivityKind.SUPERVISION,
            title="监督称沱污水处理厂建设",
            start=D(2020, 5, 21),
            organiser="g2",
            group="g2",
            participants=("d01", *group("g2", D(2020, 5, 21))),
            places=("v01",),
            units=("office-planning",),
            projects=("p-sewage",),
            topics=("建设进度", "污水处理能力"),
            findings=(
                Finding(
                    issue="受疫情影响工期滞后约一个月",
                    unit="office-planning",
                    correction="施工方增加班组，倒排工期",
                    corrected_on=D(2020, 6, 20),
                ),
                Finding(issue="进水管网配套与主体工程不同步", unit="office-planning"),
            ),
        )
    )
    return tuple(result)


# Surveys and visits ----------------------------------------------------------


# The report says each deputy visits voters once a month (代表坚持每月走访选民一次),
# but not how many households: one visit is at least one household.
_ONE_OR_MORE = Count(1, at_least=True)


def surveys_and_visits(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
    survey = ActivityKind.SURVEY
    visit = ActivityKind.VOTER_VISIT
    # The report's "10 余条" split over the two surveys: 6, and 4 or more.
    result = [
        Activity(
            id="survey-living-env",
            kind=survey,
            title="农村人居环境调研",
            start=D(2020, 5, 19),
            organiser=data.CONGRESS,
            participants=("d01", "d02", "d05", "d09", "d14", "d15", "d19", "d21"),
            places=("v04", "v06", "v09", "v12"),
            topics=("农村人居环境", "农村垃圾清运"),
            suggestions=("bs-2020-02", "bs-2020-03", "bs-2020-04"),
            suggestions_reported=Count(6),
        ),
        Activity(
            id="survey-chengtuo",
            kind=survey,
            title="称沱村乡村振兴调研",
            start=D(2020, 6, 12),
            organiser=data.CONGRESS,
            participants=("d01", "d02", "d09", "d12", "d27"),
            places=("v01",),
            topics=("乡村振兴",),
            suggestions=("bs-2020-05", "bs-2020-06"),
            suggestions_reported=Count(4, at_least=True),
        ),
        Activity(
            id="visit-petitioners",
            kind=visit,
            title="走访信访重点人员，参与信访积案化解",
            start=D(2020, 5, 14),
            organiser=data.CONGRESS,
            participants=("d01", "d04", "d09", "d14"),
            units=("office-petition",),
            topics=("信访积案化解",),
            households_contacted=Count(6),
        ),
        Activity(
            id="visit-poor-households",
            kind=visit,
            title="走访联系贫困户，了解情况、关注诉求、给予帮扶",
            start=D(2020, 4, 23),
            end=D(2020, 4, 30),
            organiser=data.CONGRESS,
            participants=campaigning.POVERTY_ROLES[CampaignRoleKind.POLICY_EXPLAINER],
            places=("v01", "v07", "v10", "v14"),
            topics=("贫困户帮扶",),
            households_contacted=Count(36),
        ),
    ]
    for month, households in enumerate(data.VOTER_VISIT_HOUSEHOLDS, start=1):
        first = D(2020, month, 1)
        last = D(2020, month + 1, 1) - dt.timedelta(days=1)
        visitors = people.town_deputies(deputies, first)
        result.append(
            Activity(
                id=f"visit-voters-2020-{month:02d}",
                kind=visit,
                title=f"代表每月走访选民（{month}月）",
                start=first,
                end=last,
                organiser=data.CONGRESS,
                participants=visitors,
                topics=("收集民情社意",),
                households_contacted=Count(households),
                # Each deputy visits voters once a month: at least one household each.
                participant_figures=tuple(
                    ParticipantFigures(deputy=d, households_contacted=_ONE_OR_MORE)
                    for d in visitors
                ),
            )
        )
    return tuple(result)
