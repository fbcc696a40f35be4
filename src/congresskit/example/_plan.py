"""The example's work plan for the second half of 2020."""

from __future__ import annotations

import datetime as dt

from congresskit.example import _data as data
from congresskit.records.enums import ActivityKind, PlanSection, TargetMetric
from congresskit.records.plans import PlanItem, Target, WorkPlan

__all__ = ["plan"]

D = dt.date


def plan() -> WorkPlan:
    lead, sup = PlanSection.LEADERSHIP, PlanSection.SUPERVISION
    serve, handle = PlanSection.DEPUTY_SERVICE, PlanSection.SUGGESTION_HANDLING
    items = (
        PlanItem(section=lead, text="坚持党的领导，自觉接受镇党委领导，围绕党委中心开展工作"),
        PlanItem(
            section=sup,
            text="对年度民生实事项目开展视察，对项目负责人进行现场询问，确保高质保量",
            targets=(
                Target(
                    metric=TargetMetric.PROJECTS_COVERED,
                    value=sum(p.selected for p in data.PROJECTS),
                    activity_kinds=(ActivityKind.INSPECTION,),
                    description="视察全部年度民生实事项目",
                ),
            ),
        ),
        PlanItem(section=sup, text="对扶贫、低保、农村人居环境整治等重点工作开展监督"),
        PlanItem(
            section=sup,
            text="积极配合区人大，组织辖区内的区、镇人大代表联动开展水污染防治工作评议",
        ),
        PlanItem(section=sup, text="落实公正司法年度报告制度，听取司法所人民调解工作开展情况"),
        PlanItem(
            section=sup,
            text="在区人大的指导下，对区民政局、区住建委、区水利局、区文旅委、区应急局、"
            "区信访办、区招商投资局、区机关事务局8个部门开展工作评议",
            targets=(
                Target(
                    metric=TargetMetric.UNITS_COVERED,
                    value=len(data.PLAN_DEPARTMENTS),
                    activity_kinds=(ActivityKind.WORK_EVALUATION,),
                    units=data.PLAN_DEPARTMENTS,
                ),
            ),
        ),
        PlanItem(
            section=serve,
            text="开展代表履职培训，组织代表学习习近平总书记在全国两会期间重要讲话精神、"
            "十三届全国人大三次会议精神、区委十三届二次全会精神、重庆市长寿区镇街人大工作考评办法等",
            targets=(
                Target(
                    metric=TargetMetric.PARTICIPATIONS,
                    value=1,
                    per_deputy=True,
                    activity_kinds=(ActivityKind.TRAINING,),
                    description="每位代表至少参加培训1次",
                ),
            ),
        ),
        PlanItem(
            section=serve,
            text="按照12345要求（任期内向选民述职1次，每年提建议至少2条，每次人代会至少发言3次，"
            "每年至少参加活动4次，联系选区内群众至少5户）对代表履职进行考核",
        ),
        PlanItem(section=serve, text="评选优秀人大代表"),
        PlanItem(
            section=serve,
            text="发挥人大工作站作用，组织好代表接访群众活动，收集群众意见建议",
            targets=(
                Target(
                    metric=TargetMetric.ACTIVITIES,
                    value=24,
                    activity_kinds=(ActivityKind.RECEPTION,),
                    description="4个人大工作站每月接访1次",
                ),
            ),
        ),
        PlanItem(section=serve, text="积极配合承办区人大常委会主任片区接待日活动"),
        PlanItem(
            section=handle,
            text="按照规定期限督促政府和相关职能部门办理好代表议案、建议、意见的办理答复工作",
        ),
        PlanItem(
            section=handle,
            text="加强与代表、承办单位的沟通联系，完善跟踪督办落实制度和回访代表听取办理意见的做法",
        ),
        PlanItem(
            section=handle,
            text="引导代表积极参与视察和调研，规范和优化建议提出、交办、办理、回复、评价等程序",
        ),
    )
    return WorkPlan(
        id=data.PLAN,
        congress=data.CONGRESS,
        title="2020年下半年工作计划",
        start=D(2020, 7, 1),
        end=D(2020, 12, 31),
        items=items,
    )
