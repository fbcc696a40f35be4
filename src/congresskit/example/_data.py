"""The data tables behind :mod:`congresskit.example._records`.

Plain tuples of names, figures and invented details; :mod:`congresskit.example._records`
turns them into records. Where the reference report gives a figure (63
suggestions, 14 villages, 4 stations, 200 余人次, 20 余条, 10 余条, 8 departments)
the tables reproduce it exactly; everything else (names, dates, per-activity
figures) is invented but plausible.
"""

from __future__ import annotations

from typing import NamedTuple

from congresskit.records.enums import Gender, Level, PlaceKind, UnitKind

CONGRESS = "xx-town"
DISTRICT_CONGRESS = "xx-district"
TERM = "t19"
SESSION = "t19-s8"
EPIDEMIC = "c-epidemic"
POVERTY = "c-poverty"
PLAN = "plan-2020-h2"

#: (id, name, kind): the 14 villages (称沱村 first) and the town centre.
PLACES: tuple[tuple[str, str, PlaceKind], ...] = (
    ("v01", "称沱村", PlaceKind.VILLAGE),
    ("v02", "桂花村", PlaceKind.VILLAGE),
    ("v03", "龙井村", PlaceKind.VILLAGE),
    ("v04", "石堰村", PlaceKind.VILLAGE),
    ("v05", "青杠村", PlaceKind.VILLAGE),
    ("v06", "黄桷村", PlaceKind.VILLAGE),
    ("v07", "新店村", PlaceKind.VILLAGE),
    ("v08", "柏林村", PlaceKind.VILLAGE),
    ("v09", "双河村", PlaceKind.VILLAGE),
    ("v10", "高峰村", PlaceKind.VILLAGE),
    ("v11", "凤鸣村", PlaceKind.VILLAGE),
    ("v12", "观音村", PlaceKind.VILLAGE),
    ("v13", "长岭村", PlaceKind.VILLAGE),
    ("v14", "荷花村", PlaceKind.VILLAGE),
    ("centre", "XX镇场镇", PlaceKind.TOWN),
)

#: The villages each deputy group looks after (every village exactly once).
GROUP_VILLAGES: dict[str, tuple[str, ...]] = {
    "g1": ("v04", "v05"),
    "g2": ("v01", "v06", "v07", "v08"),
    "g3": ("v02", "v09", "v10", "v11"),
    "g4": ("v03", "v12", "v13", "v14"),
}

_TOWN_OFFICE = UnitKind.TOWN_OFFICE
_DEPARTMENT = UnitKind.DISTRICT_DEPARTMENT

#: (id, name, kind, parent unit id).
UNITS: tuple[tuple[str, str, UnitKind, str | None], ...] = (
    ("gov", "XX镇人民政府", UnitKind.TOWN_GOVERNMENT, None),
    ("office-admin", "XX镇党政办公室", _TOWN_OFFICE, "gov"),
    ("office-planning", "XX镇规划建设管理环保办公室", _TOWN_OFFICE, "gov"),
    ("office-econ", "XX镇经济发展办公室", _TOWN_OFFICE, "gov"),
    ("office-agri", "XX镇农业服务中心", _TOWN_OFFICE, "gov"),
    ("office-water", "XX镇水务管理站", _TOWN_OFFICE, "gov"),
    ("office-social", "XX镇社会事务办公室", _TOWN_OFFICE, "gov"),
    ("office-social-security", "XX镇社会保障服务所", _TOWN_OFFICE, "gov"),
    ("office-finance", "XX镇财政所", _TOWN_OFFICE, "gov"),
    ("office-poverty", "XX镇扶贫办公室", _TOWN_OFFICE, "gov"),
    ("office-petition", "XX镇信访办公室", _TOWN_OFFICE, "gov"),
    ("office-culture", "XX镇文化服务中心", _TOWN_OFFICE, "gov"),
    ("clinic", "XX镇卫生院", UnitKind.OTHER, None),
    # The five departments of the joint safety checks (工商、安监、公安、消防、药监);
    # 公安 is the town's police station.
    ("aic", "XX工商所", UnitKind.OTHER, None),
    ("safety-office", "XX镇安全生产监督管理办公室", _TOWN_OFFICE, "gov"),
    ("police-station", "XX派出所", UnitKind.POLICE, None),
    ("fire", "XX镇专职消防队", UnitKind.OTHER, None),
    ("fda", "XX食品药品监督管理所", UnitKind.OTHER, None),
    ("traffic-police", "XX交巡警平台", UnitKind.POLICE, None),
    ("judicial", "XX司法所", UnitKind.JUDICIAL, None),
    ("school-middle", "XX中学", UnitKind.SCHOOL, None),
    ("school-primary", "XX镇中心小学", UnitKind.SCHOOL, None),
    ("kindergarten", "XX镇中心幼儿园", UnitKind.SCHOOL, None),
    # The 8 district departments the second-half plan evaluates.
    ("dist-civil", "区民政局", _DEPARTMENT, None),
    ("dist-housing", "区住建委", _DEPARTMENT, None),
    ("dist-water", "区水利局", _DEPARTMENT, None),
    ("dist-culture", "区文旅委", _DEPARTMENT, None),
    ("dist-emergency", "区应急局", _DEPARTMENT, None),
    ("dist-petition", "区信访办", _DEPARTMENT, None),
    ("dist-investment", "区招商投资局", _DEPARTMENT, None),
    ("dist-affairs", "区机关事务局", _DEPARTMENT, None),
)

JOINT_CHECK_UNITS = ("aic", "safety-office", "police-station", "fire", "fda")
PLAN_DEPARTMENTS = (
    "dist-civil",
    "dist-housing",
    "dist-water",
    "dist-culture",
    "dist-emergency",
    "dist-petition",
    "dist-investment",
    "dist-affairs",
)

#: (id, name, place, reception rule): the 4 人大工作站, group gN works from stN.
STATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("st1", "场镇人大代表工作站", "centre", "FREQ=MONTHLY;BYMONTHDAY=10"),
    ("st2", "称沱村人大代表工作站", "v01", "FREQ=MONTHLY;BYMONTHDAY=15"),
    ("st3", "桂花村人大代表工作站", "v02", "FREQ=MONTHLY;BYDAY=+1TU"),
    ("st4", "龙井村人大代表工作站", "v03", "FREQ=MONTHLY;BYDAY=-1FR"),
)

_TOWN = (Level.TOWN,)
_BOTH = (Level.DISTRICT, Level.TOWN)
_DISTRICT = (Level.DISTRICT,)
_M, _F = Gender.MALE, Gender.FEMALE


class DeputyRow(NamedTuple):
    """One deputy: home village (for the constituency), group, and role if any."""

    id: str
    name: str
    gender: Gender
    levels: tuple[Level, ...]
    home: str
    group: str
    role: str | None = None


#: 26 town deputies (d01-d03 also district deputies) and 2 district-only deputies.
DEPUTIES: tuple[DeputyRow, ...] = (
    DeputyRow("d01", "王建国", _M, _BOTH, "centre", "g1", "镇人大主席"),
    DeputyRow("d02", "李秀英", _F, _BOTH, "v01", "g2", "镇人大专职副主席"),
    DeputyRow("d03", "张志强", _M, _BOTH, "v02", "g3"),
    DeputyRow("d04", "刘洪", _M, _TOWN, "centre", "g1", "组长"),
    DeputyRow("d05", "陈淑芬", _F, _TOWN, "v04", "g1"),
    DeputyRow("d06", "杨明", _M, _TOWN, "v05", "g1"),
    DeputyRow("d07", "赵德胜", _M, _TOWN, "centre", "g1"),
    DeputyRow("d08", "黄丽", _F, _TOWN, "v06", "g2"),
    DeputyRow("d09", "周文斌", _M, _TOWN, "v01", "g2", "组长"),
    DeputyRow("d10", "吴桂兰", _F, _TOWN, "v07", "g2"),
    DeputyRow("d11", "徐长江", _M, _TOWN, "v08", "g2"),
    DeputyRow("d12", "孙红梅", _F, _TOWN, "v01", "g2"),
    DeputyRow("d13", "胡永福", _M, _TOWN, "v06", "g2"),
    DeputyRow("d14", "朱建华", _M, _TOWN, "v02", "g3", "组长"),
    DeputyRow("d15", "高玉珍", _F, _TOWN, "v09", "g3"),
    DeputyRow("d16", "林海", _M, _TOWN, "v10", "g3"),
    DeputyRow("d17", "何春燕", _F, _TOWN, "v11", "g3"),
    DeputyRow("d18", "郭大勇", _M, _TOWN, "v09", "g3"),
    DeputyRow("d19", "马晓东", _M, _TOWN, "v03", "g4", "组长"),
    DeputyRow("d20", "罗芳", _F, _TOWN, "v12", "g4"),
    DeputyRow("d21", "梁国庆", _M, _TOWN, "v13", "g4"),
    DeputyRow("d22", "宋金花", _F, _TOWN, "v14", "g4"),
    DeputyRow("d23", "郑伟", _M, _TOWN, "v03", "g4"),
    DeputyRow("d24", "谢成", _M, _TOWN, "v12", "g4"),
    DeputyRow("d25", "韩冬梅", _F, _TOWN, "v13", "g4"),
    DeputyRow("d26", "唐军", _M, _TOWN, "v14", "g4"),
    DeputyRow("d27", "冯志远", _M, _DISTRICT, "centre", "g1"),
    DeputyRow("d28", "邓敏", _F, _DISTRICT, "v02", "g3"),
)

#: d26 joined the term at a by-election; d08 moved from g2/st2 to g3/st3.
BY_ELECTED = "d26"
MOVED, MOVED_TO = "d08", "g3"
#: Town deputies on leave at session 8 (the other town deputies attended).
ON_LEAVE = ("d13", "d25")
#: Town deputies who spoke fewer than 3 times at session 8, and how often.
FEWER_SPEECHES = {"d06": 2, "d12": 1, "d20": 2, "d26": 2}

#: Speech subjects, cycled through by each speaker.
SPEECH_SUBJECTS = (
    "审议政府工作报告：加快场镇道路和公共设施建设",
    "审议人大主席团工作报告：加强代表小组活动",
    "审议财政收支情况报告：优化民生支出结构",
    "民生实事项目：称沱污水处理厂早日建成投用",
    "审议政府工作报告：做好脱贫攻坚收官工作",
    "审议政府工作报告：发展特色农业产业",
)


class ProjectRow(NamedTuple):
    """A candidate livelihood project with its ballot tally and progress reports."""

    id: str
    name: str
    unit: str
    description: str
    yes: int
    no: int
    abstain: int
    selected: bool
    progress: tuple[tuple[str, str, str], ...]  # (ISO day, ProjectStatus value, note)


#: The ballot of session 8: 24 ballots returned, 5 of 6 candidates selected.
PROJECTS: tuple[ProjectRow, ...] = (
    ProjectRow(
        "p-sewage",
        "称沱污水处理厂建设",
        "office-planning",
        "新建污水处理厂一座，设计处理能力每日800吨，配套进水管网3.2公里",
        24,
        0,
        0,
        True,
        (
            ("2020-02-03", "delayed", "受新冠肺炎疫情影响停工"),
            ("2020-03-23", "in_progress", "复工，倒排工期追赶进度"),
        ),
    ),
    ProjectRow(
        "p-road",
        "龙井村至桂花村公路硬化",
        "office-planning",
        "硬化村道4.5公里，路面宽4.5米",
        23,
        0,
        1,
        True,
        (("2020-04-15", "in_progress", "路基施工"),),
    ),
    ProjectRow(
        "p-water",
        "农村饮水安全巩固提升工程",
        "office-water",
        "改造观音村、长岭村人饮管网，惠及1200余人",
        22,
        1,
        1,
        True,
        (("2020-03-10", "in_progress", "管网铺设"),),
    ),
    ProjectRow(
        "p-market",
        "场镇农贸市场改造",
        "office-econ",
        "改造农贸市场摊位和排水设施",
        21,
        2,
        1,
        True,
        (
            ("2020-02-03", "delayed", "受疫情影响推迟开工"),
            ("2020-05-06", "in_progress", "开工建设"),
        ),
    ),
    ProjectRow(
        "p-lights",
        "场镇背街小巷路灯安装",
        "office-planning",
        "安装太阳能路灯120盏",
        20,
        1,
        3,
        True,
        (("2020-05-30", "completed", "全部安装并通过验收"),),
    ),
    ProjectRow(
        "p-square",
        "黄桷村文化广场建设",
        "office-culture",
        "新建村级文化广场一处",
        9,
        10,
        5,
        False,
        (("2020-01-13", "cancelled", "票决未入选"),),
    ),
)


class SuggestionRow(NamedTuple):
    """One of the 63 suggestions of session 8, with the fate of its handling.

    ``fate`` is one of the handling patterns of :mod:`congresskit.example._records`:
    ``A-S-closed``, ``A-S``, ``A-BS``, ``A``, ``B-BS``, ``B``, ``C-BS``, ``C``
    (reply class, then the deputy's evaluation if any, then whether it was
    closed), or one of the special cases ``merged``, ``overdue``,
    ``extended``, ``extended-B``, ``late-B-BS``, ``late-B``,
    ``rehandled-closed`` and ``rehandled``.
    """

    title: str
    category: str
    unit: str
    assisting: tuple[str, ...]
    fate: str


_S = SuggestionRow

#: The 63 suggestions of session 8 (the report gives the figure; the items are invented).
SESSION_SUGGESTIONS: tuple[SuggestionRow, ...] = (
    _S("称沱村至场镇公路加宽改造", "交通", "office-planning", (), "late-B-BS"),
    _S("场镇公交站台增设候车亭", "交通", "office-planning", (), "A-S-closed"),
    _S("增开场镇至区城公交班次", "交通", "office-planning", (), "C-BS"),
    _S("村道急弯路段增设安全护栏", "交通", "office-planning", ("safety-office",), "A-S-closed"),
    _S("学校门口增设减速带和交通标志", "交通", "traffic-police", ("school-primary",), "A-S"),
    _S("整治农村面包车超员载客", "交通", "traffic-police", (), "A-S-closed"),
    _S("场镇主街增设人行横道", "交通", "traffic-police", ("office-planning",), "A-S-closed"),
    _S("桂花村客运招呼站建设", "交通", "office-planning", (), "B-BS"),
    _S("龙井村组道硬化", "道路", "office-planning", (), "B-BS"),
    _S("石堰村至青杠村道路维修", "道路", "office-planning", (), "B"),
    _S("黄桷村便民路建设", "道路", "office-planning", (), "A-S-closed"),
    _S("新店村入户路硬化", "道路", "office-planning", (), "A-BS"),
    _S("柏林村道路边沟清理", "道路", "office-planning", (), "rehandled-closed"),
    _S("双河村桥梁加固", "道路", "office-planning", ("dist-housing",), "overdue"),
    _S("高峰村组道延伸", "道路", "office-planning", (), "B-BS"),
    _S("场镇背街小巷路面修复", "道路", "office-planning", (), "A-S-closed"),
    _S("加强场镇生活垃圾清运", "环境", "office-planning", (), "A-S-closed"),
    _S("整治河道乱排乱倒", "环境", "office-planning", ("office-water",), "A-S"),
    _S("增加场镇垃圾清运频次", "环境", "office-planning", (), "merged"),
    _S("治理养殖场粪污污染", "环境", "office-agri", ("office-planning",), "A-BS"),
    _S("称沱村污水管网配套建设", "环境", "office-planning", (), "late-B"),
    _S("场镇公厕改造", "环境", "office-planning", (), "A-S-closed"),
    _S("加强禁止秸秆露天焚烧宣传", "环境", "office-agri", (), "A-S-closed"),
    _S("加强场镇绿化管护", "环境", "office-planning", (), "A"),
    _S("凤鸣村山坪塘整治", "水利", "office-water", ("dist-water",), "B-BS"),
    _S("观音村人饮水管网改造", "水利", "office-water", (), "A-S-closed"),
    _S("长岭村灌溉渠道维修", "水利", "office-water", (), "A-S-closed"),
    _S("荷花村小型水库除险加固", "水利", "office-water", ("dist-water",), "extended"),
    _S("解决高峰村季节性缺水", "水利", "office-water", (), "A-S"),
    _S("双河村河堤修复", "水利", "office-water", ("dist-water",), "B-BS"),
    _S("农村自来水水价公示", "水利", "office-water", (), "A-S-closed"),
    _S("中心小学食堂改造", "教育", "school-primary", ("office-social",), "A-S-closed"),
    _S("增加中心幼儿园学位", "教育", "kindergarten", ("office-social",), "C-BS"),
    _S("改善中学学生住宿条件", "教育", "school-middle", (), "B-BS"),
    _S("加强农村留守儿童关爱", "教育", "office-social", ("school-primary",), "A-S-closed"),
    _S("整治学校周边食品安全", "教育", "fda", ("aic",), "A-S-closed"),
    _S("中学校园安全监控升级", "教育", "school-middle", ("police-station",), "A"),
    _S("卫生院增设夜间急诊", "卫生", "clinic", (), "C"),
    _S("村卫生室设备配置", "卫生", "clinic", (), "A-S-closed"),
    _S("开展老年人免费体检", "卫生", "clinic", (), "A-S-closed"),
    _S("落实家庭医生签约服务", "卫生", "clinic", (), "A-BS"),
    _S("改善卫生院就医环境", "卫生", "clinic", (), "B"),
    _S("加强乡村医生队伍建设", "卫生", "clinic", ("office-social",), "A-S"),
    _S("开展柑橘种植技术培训", "农业", "office-agri", (), "A-S-closed"),
    _S("扶持村集体经济发展", "农业", "office-agri", ("office-finance",), "B-BS"),
    _S("农机购置补贴及时兑现", "农业", "office-agri", ("office-finance",), "A-S-closed"),
    _S("建设农产品冷链仓储设施", "农业", "office-econ", ("office-agri",), "overdue"),
    _S("整治撂荒地", "农业", "office-agri", (), "A-S"),
    _S("扶持生猪养殖恢复", "农业", "office-agri", (), "A-S-closed"),
    _S("推进高标准农田建设", "农业", "office-agri", (), "extended-B"),
    _S("搭建农产品电商销售平台", "农业", "office-econ", (), "A"),
    _S("提高高龄老人补贴发放效率", "民生保障", "office-social", (), "A-S-closed"),
    _S("敬老院设施改造", "民生保障", "office-social", ("dist-civil",), "B-BS"),
    _S("低保评定公开透明", "民生保障", "office-social", (), "rehandled"),
    _S("加强残疾人康复服务", "民生保障", "office-social", (), "A-S"),
    _S("方便城乡居民医保缴费", "民生保障", "office-social-security", (), "A-S-closed"),
    _S("农村危房改造资金及时拨付", "民生保障", "office-planning", ("dist-housing",), "A-BS"),
    _S("开展农民工就业技能培训", "民生保障", "office-social-security", (), "A-S-closed"),
    _S("整治场镇消防通道", "安全", "fire", ("safety-office",), "A-S-closed"),
    _S("加强地质灾害隐患点监测", "安全", "safety-office", (), "A-S-closed"),
    _S("开展燃气安全检查", "安全", "safety-office", ("aic",), "A-S"),
    _S("更新村文化广场健身器材", "文化", "office-culture", (), "A"),
    _S("延长场镇图书室开放时间", "文化", "office-culture", (), "A-S-closed"),
)

#: Suggestion 19 (more garbage collection) is merged into 17 (garbage collection).
MERGED_INTO = 17

#: People received at each station's reception day, January to June (sums to 200).
RECEPTION_PEOPLE: dict[str, tuple[int, ...]] = {
    "st1": (12, 3, 7, 10, 11, 12),
    "st2": (10, 2, 8, 9, 10, 11),
    "st3": (9, 2, 6, 8, 9, 10),
    "st4": (11, 3, 7, 9, 10, 11),
}
#: Opinions collected at each station's reception day, January to June (sums to 20).
RECEPTION_OPINIONS: dict[str, tuple[int, ...]] = {
    "st1": (1, 0, 1, 1, 1, 1),
    "st2": (1, 1, 1, 1, 1, 1),
    "st3": (1, 0, 0, 1, 1, 1),
    "st4": (1, 0, 1, 1, 1, 1),
}

#: Itemised reception opinions: (station, month, text, resolution value, suggestion id).
OPINIONS: tuple[tuple[str, int, str, str, str | None], ...] = (
    ("st4", 1, "春节期间烟花爆竹燃放安全", "forwarded", None),
    ("st2", 3, "春耕化肥价格和供应", "answered_on_spot", None),
    ("st1", 4, "场镇背街小巷路灯损坏", "turned_into_suggestion", "bs-2020-07"),
    ("st3", 4, "低保申请流程咨询", "answered_on_spot", None),
    ("st4", 5, "村道边沟堵塞，雨天积水", "turned_into_suggestion", "bs-2020-08"),
    ("st2", 6, "城乡居民医保缴费方式咨询", "answered_on_spot", None),
)

#: Households contacted in the monthly voter visits, January to June, all deputies together
#: (invented: the report gives no figure; each deputy has "1+" of them, see _inspections).
VOTER_VISIT_HOUSEHOLDS = (78, 52, 70, 75, 80, 82)

#: The joint safety checks at the four holidays: (id, title, ISO day, topics).
HOLIDAY_CHECKS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("check-spring-festival", "春节前安全生产专项检查", "2020-01-20", ("烟花爆竹", "食品安全")),
    ("check-qingming", "清明节前安全专项检查", "2020-04-01", ("森林防火", "祭扫安全")),
    ("check-may-day", "“五一”节前安全专项检查", "2020-04-28", ("消防安全", "道路交通")),
    ("check-dragon-boat", "端午节前安全专项检查", "2020-06-22", ("食品药品", "防汛安全")),
)

STUDY_TOPICS = ("《宪法》", "《地方组织法》", "《代表法》")
