"""The example's campaigns, with deputies' roles, and the campaign work of 2020 H1."""

from __future__ import annotations

import datetime as dt

from congresskit.example import _data as data
from congresskit.example import _people as people
from congresskit.records.activities import Activity, Campaign, CampaignRole
from congresskit.records.enums import (
    ActivityKind,
    CampaignKind,
    CampaignRoleKind,
    MembershipKind,
    PlaceKind,
)
from congresskit.records.people import Deputy

__all__ = ["POVERTY_ROLES", "campaign_activities", "campaigns"]

D = dt.date
_EPIDEMIC_ROLES = {
    CampaignRoleKind.GATEKEEPER: ("d04", "d07", "d11", "d16", "d21", "d24", "d27"),
    CampaignRoleKind.INVESTIGATOR: ("d05", "d10", "d15", "d20", "d23"),
    CampaignRoleKind.TEMPERATURE_CHECKER: ("d08", "d12", "d17", "d22"),
    CampaignRoleKind.PURCHASER: ("d06", "d13", "d18", "d25"),
    CampaignRoleKind.PRODUCE_SELLER: ("d02", "d09", "d14", "d19", "d26", "d28"),
}
POVERTY_ROLES = {
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
                for r, ds in POVERTY_ROLES.items()
            ),
            description="区、镇人大代表全力出动，确保高质量如期完成脱贫攻坚任务",
        ),
    )


def campaign_activities(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
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
             POVERTY_ROLES[CampaignRoleKind.ASSESSMENT_INVESTIGATOR], data.POVERTY,
             places=villages, topics=("自查评估",)),
        work("pov-policy", "宣传脱贫攻坚政策", D(2020, 3, 25), D(2020, 4, 30),
             POVERTY_ROLES[CampaignRoleKind.POLICY_EXPLAINER], data.POVERTY,
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
            participants=people.members(deputies, MembershipKind.GROUP, group, day),
            places=data.GROUP_VILLAGES[group],
            units=("office-poverty",),
            topics=("看台账", "查项目", "听民声", "记民意"),
        )
        for group, day in days.items()
    )
    return epidemic + poverty + supervision
