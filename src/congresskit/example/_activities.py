"""The between-session records of :mod:`congresskit.example._records`: campaigns and activities.

The campaigns (epidemic prevention, the poverty-alleviation "100-day battle")
with deputies' roles, and every activity of 2020 H1: campaign work, inspections,
joint safety checks, project supervision, surveys, visits, quarterly study and
the stations' monthly reception days. Who took part in a group's or station's
activity is read from the deputies' dated memberships on the day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from congresskit.example import _data as data
from congresskit.records.activities import Activity, Campaign, CampaignRole, Finding, Opinion
from congresskit.records.counts import Count
from congresskit.records.enums import (
    ActivityKind,
    CampaignKind,
    CampaignRoleKind,
    MembershipKind,
    OpinionResolution,
    PlaceKind,
)
from congresskit.records.people import Deputy, Station

__all__ = ["activities", "campaigns", "members", "town_deputies"]

D = dt.date
_H1_START, _H1_END = D(2020, 1, 1), D(2020, 6, 30)


def activities(deputies: tuple[Deputy, ...], stations: tuple[Station, ...]) -> tuple[Activity, ...]:
    """Every activity of 2020 H1, campaign work first, reception days last."""
    return (
        _campaign_activities(deputies)
        + _inspections_and_checks(deputies)
        + _surveys_and_visits(deputies)
        + _study(deputies)
        + _receptions(deputies, stations)
    )


def members(deputies: Iterable[Deputy], kind: MembershipKind, of: str, day: D) -> tuple[str, ...]:
    """The ids of the deputies holding a membership of ``kind`` in ``of`` on ``day``."""
    return tuple(d.id for d in deputies if d.member_of(kind, of, day))


def town_deputies(deputies: Iterable[Deputy], day: D) -> tuple[str, ...]:
    """The ids of the town deputies serving in term 19 on ``day``."""
    return members(deputies, MembershipKind.TERM, data.TERM, day)


# Campaigns -----------------------------------------------------------------

_EPIDEMIC_ROLES = {
    CampaignRoleKind.GATEKEEPER: ("d04", "d07", "d11", "d16", "d21", "d24", "d27"),
    CampaignRoleKind.INVESTIGATOR: ("d05", "d10", "d15", "d20", "d23"),
    CampaignRoleKind.TEMPERATURE_CHECKER: ("d08", "d12", "d17", "d22"),
    CampaignRoleKind.PURCHASER: ("d06", "d13", "d18", "d25"),
    CampaignRoleKind.PRODUCE_SELLER: ("d02", "d09", "d14", "d19", "d26", "d28"),
}
_POVERTY_ROLES = {
    CampaignRoleKind.ASSESSMENT_INVESTIGATOR: ("d03", "d05", "d10", "d15", "d21"),
    CampaignRoleKind.POLICY_EXPLAINER: ("d02", "d08", "d12", "d17", "d22", "d26"),
    CampaignRoleKind.WORK_SUPERVISOR: ("d01", "d04", "d09", "d14", "d19"),
}


def campaigns() -> tuple[Campaign, ...]:
    """The epidemic-prevention campaign and the "100-day battle", with deputies' roles."""
    epidemic_duties = {
        CampaignRoleKind.GATEKEEPER: "在村口、场镇卡点值守，做好24小时管控",
        CampaignRoleKind.INVESTIGATOR: "对外省返乡人员逐户摸排登记",
        CampaignRoleKind.TEMPERATURE_CHECKER: "对重点人员日常消毒，做好居家体温监测",
        CampaignRoleKind.PURCHASER: "为居家群众采购物资，减少人员聚集",
        CampaignRoleKind.PRODUCE_SELLER: "帮助带货销售农产品，增加农民收入",
    }
    poverty_duties = {
        CampaignRoleKind.ASSESSMENT_INVESTIGATOR: "主动学习，担当调查员，开展自查评估",
        CampaignRoleKind.POLICY_EXPLAINER: "逐项说明、挨个解释脱贫攻坚政策",
        CampaignRoleKind.WORK_SUPERVISOR: "对14个村进行督查：看台账、查项目、听民声、记民意",
    }
    return (
        Campaign(
            id=data.EPIDEMIC,
            kind=CampaignKind.EPIDEMIC_PREVENTION,
            name="新冠肺炎疫情防控",
            start=D(2020, 1, 24),
            roles=tuple(
                CampaignRole(role=r, deputies=ds, description=epidemic_duties[r])
                for r, ds in _EPIDEMIC_ROLES.items()
            ),
            description="针对外省返乡人员认真摸排，做好24小时管控；宣传防控要求和防护知识；"
            "助力春耕不误、企业有序复工",
        ),
        Campaign(
            id=data.POVERTY,
            kind=CampaignKind.POVERTY_ALLEVIATION,
            name="脱贫攻坚百日大会战",
            start=D(2020, 3, 16),
            end=D(2020, 6, 23),
            roles=tuple(
                CampaignRole(role=r, deputies=ds, description=poverty_duties[r])
                for r, ds in _POVERTY_ROLES.items()
            ),
            description="区、镇人大代表全力出动，确保高质量如期完成脱贫攻坚任务",
        ),
    )


def _campaign_activities(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
    villages = tuple(i for i, _, kind in data.PLACES if kind is PlaceKind.VILLAGE)
    everyone = tuple(d.id for d in deputies)

    def work(
        key: str,
        title: str,
        start: D,
        end: D,
        who: tuple[str, ...],
        campaign: str,
        places: tuple[str, ...] = (),
        topics: tuple[str, ...] = (),
    ) -> Activity:
        return Activity(
            id=key,
            kind=ActivityKind.CAMPAIGN_WORK,
            title=title,
            start=start,
            end=end,
            organiser=data.CONGRESS,
            campaign=campaign,
            participants=who,
            places=places,
            topics=topics,
        )

    roles = _EPIDEMIC_ROLES
    epi = data.EPIDEMIC
    epidemic = (
        work("epi-screening", "摸排外省返乡人员", D(2020, 1, 25), D(2020, 2, 15),
             roles[CampaignRoleKind.INVESTIGATOR], epi, places=(*villages, "centre"),
             topics=("外省返乡人员摸排",)),
        work("epi-checkpoints", "卡点值守，24小时管控", D(2020, 1, 26), D(2020, 3, 10),
             roles[CampaignRoleKind.GATEKEEPER], epi, places=("centre", "v01", "v02", "v03"),
             topics=("24小时管控",)),
        work("epi-temperature", "重点人员日常消毒和居家体温监测", D(2020, 1, 28), D(2020, 2, 29),
             roles[CampaignRoleKind.TEMPERATURE_CHECKER], epi, topics=("居家体温监测",)),
        work("epi-purchase", "为居家群众采购生活物资", D(2020, 2, 1), D(2020, 2, 29),
             roles[CampaignRoleKind.PURCHASER], epi, topics=("物资采购",)),
        work("epi-produce", "帮助农户带货销售农产品", D(2020, 2, 15), D(2020, 4, 15),
             roles[CampaignRoleKind.PRODUCE_SELLER], epi, topics=("农产品销售",)),
        work("epi-publicity", "宣传防控要求，带领群众学习防治办法和防护知识", D(2020, 1, 25),
             D(2020, 2, 29), everyone, epi, topics=("群防群控", "联防联控")),
        work("epi-spring-ploughing", "助力春耕：为村民采购种子肥料，帮助在家老人春耕播种",
             D(2020, 3, 2), D(2020, 3, 31), ("d03", "d14", "d15", "d16", "d19", "d21", "d22"),
             epi, places=("v02", "v03", "v09", "v12", "v13"), topics=("春耕生产",)),
        work("epi-resumption", "企业复工复产检查：排查信息、测量体温、指导安全复工",
             D(2020, 2, 20), D(2020, 3, 20), ("d01", "d04", "d06", "d07", "d27"), epi,
             places=("centre",), topics=("复工复产",)),
    )  # fmt: skip
    poverty = (
        work("pov-assessment", "脱贫攻坚自查评估", D(2020, 3, 18), D(2020, 4, 10),
             _POVERTY_ROLES[CampaignRoleKind.ASSESSMENT_INVESTIGATOR], data.POVERTY,
             places=villages, topics=("自查评估",)),
        work("pov-policy", "宣传脱贫攻坚政策", D(2020, 3, 25), D(2020, 4, 30),
             _POVERTY_ROLES[CampaignRoleKind.POLICY_EXPLAINER], data.POVERTY,
             topics=("劳动光荣、脱贫光荣",)),
    )  # fmt: skip
    days = {"g1": D(2020, 5, 12), "g2": D(2020, 5, 14), "g3": D(2020, 5, 20), "g4": D(2020, 5, 22)}
    supervision = tuple(
        Activity(
            id=f"pov-supervision-{group}",
            kind=ActivityKind.SUPERVISION,
            title="脱贫攻坚工作督查",
            start=day,
            organiser=group,
            group=group,
            campaign=data.POVERTY,
            participants=members(deputies, MembershipKind.GROUP, group, day),
            places=data.GROUP_VILLAGES[group],
            units=("office-poverty",),
            topics=("看台账", "查项目", "听民声", "记民意"),
        )
        for group, day in days.items()
    )
    return epidemic + poverty + supervision


# Inspections, checks, supervision ---------------------------------------------


def _inspections_and_checks(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
    def group(g: str, day: D) -> tuple[str, ...]:
        return members(deputies, MembershipKind.GROUP, g, day)

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


def _surveys_and_visits(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
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
            participants=_POVERTY_ROLES[CampaignRoleKind.POLICY_EXPLAINER],
            places=("v01", "v07", "v10", "v14"),
            topics=("贫困户帮扶",),
            households_contacted=Count(36),
        ),
    ]
    for month, households in enumerate(data.VOTER_VISIT_HOUSEHOLDS, start=1):
        first = D(2020, month, 1)
        last = D(2020, month + 1, 1) - dt.timedelta(days=1)
        result.append(
            Activity(
                id=f"visit-voters-2020-{month:02d}",
                kind=visit,
                title=f"代表每月走访选民（{month}月）",
                start=first,
                end=last,
                organiser=data.CONGRESS,
                participants=town_deputies(deputies, first),
                topics=("收集民情社意",),
                households_contacted=Count(households),
            )
        )
    return tuple(result)


def _study(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
    # Each group studies once a quarter; the groups meet on consecutive days.
    first_days = {1: D(2020, 3, 26), 2: D(2020, 6, 16)}
    result = []
    for quarter, first in first_days.items():
        for n in range(1, 5):
            day = first + dt.timedelta(days=n - 1)
            result.append(
                Activity(
                    id=f"study-2020q{quarter}-g{n}",
                    kind=ActivityKind.STUDY,
                    title=f"第{quarter}季度代表小组法律法规学习",
                    start=day,
                    organiser=f"g{n}",
                    group=f"g{n}",
                    participants=members(deputies, MembershipKind.GROUP, f"g{n}", day),
                    topics=data.STUDY_TOPICS,
                )
            )
    return tuple(result)


def _receptions(
    deputies: tuple[Deputy, ...], stations: tuple[Station, ...]
) -> tuple[Activity, ...]:
    result = []
    for station in stations:
        days = station.reception_days(_H1_START, _H1_END)
        for month, day in enumerate(days, start=1):
            opinions = tuple(
                Opinion(
                    text=text,
                    resolution=OpinionResolution(resolution),
                    suggestion=suggestion,
                )
                for st, m, text, resolution, suggestion in data.OPINIONS
                if st == station.id and m == month
            )
            result.append(
                Activity(
                    id=f"reception-{station.id}-2020-{month:02d}",
                    kind=ActivityKind.RECEPTION,
                    title="代表接访日",
                    start=day,
                    organiser=station.id,
                    station=station.id,
                    participants=members(deputies, MembershipKind.STATION, station.id, day),
                    # Each figure is a lower bound, so the total reads "200+" as the report does.
                    people_received=Count(
                        data.RECEPTION_PEOPLE[station.id][month - 1], at_least=True
                    ),
                    opinions_collected=Count(
                        data.RECEPTION_OPINIONS[station.id][month - 1], at_least=True
                    ),
                    opinions=opinions,
                    suggestions=tuple(o.suggestion for o in opinions if o.suggestion),
                )
            )
    return tuple(result)
