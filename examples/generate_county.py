"""Write a large synthetic record set of a county congress as JSON Lines.

The county has 30 towns, each with villages, a town government, deputy groups and
work stations; its congress has one five-year term with a session each January.
Over that term the deputies hold activities (inspections, surveys, reception
days, voter visits, study sessions, ...) and raise suggestions that are assigned,
replied to, evaluated and closed. The records are consistent: every id a record
refers to exists, every suggestion's events follow the workflow, and the whole set
passes :func:`congresskit.check`.

The output is for benchmarks and scale tests, so it is deterministic (the same seed
writes the same bytes) and streamed: records are produced one at a time and written
line by line, so a million records never sit in memory at once::

    python examples/generate_county.py --records 1000000 -o county.jsonl
    python examples/generate_county.py --records 1000 | head

The functions are importable (``benchmarks/run.py`` uses them): :class:`County`
yields the records as plain JSON values in the exchange format, and
:func:`write_jsonl` writes any such stream.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = [
    "DEFAULT_RECORDS",
    "DEFAULT_SEED",
    "County",
    "main",
    "mixed_document",
    "mixed_records",
    "write_jsonl",
]

#: About a million activities and suggestions, as the issue asks of the county.
DEFAULT_RECORDS = 1_000_000
DEFAULT_SEED = 20200113

JSONValue = Any  # a dict/list/str/int/bool/None tree, as json.loads gives

# -- the exchange format --------------------------------------------------------------------
# Every format detail the generator relies on lives here, so that a change of the
# format is a change of these few lines.
RECORD_TAG = "type"  # the key that names a JSON Lines record's type
# The envelope: a document's first fields, a JSON Lines stream's first line. Deputies
# carry contact details, so the profile is "full" (a "public" one must not carry them).
HEADER: dict[str, JSONValue] = {"format": "congresskit", "version": 2, "profile": "full"}
#: Each reference record type's list in a document (the congress is a single object).
COLLECTION = {
    "term": "terms",
    "unit": "units",
    "place": "places",
    "deputy_group": "groups",
    "station": "stations",
    "session": "sessions",
}
EVENT_TAG = "type"  # the key that names a suggestion event's step


def _tagged(kind: str, record: dict[str, JSONValue]) -> dict[str, JSONValue]:
    return {RECORD_TAG: kind, **record}


def _count(value: int, *, at_least: bool = False) -> JSONValue:
    """A count: a plain integer when exact, an object when only a lower bound."""
    return {"value": value, "at_least": True} if at_least else value


def _stamp(day: dt.date, minute: int) -> str:
    """A timezone-aware ISO 8601 stamp on ``day`` (China Standard Time)."""
    return f"{day.isoformat()}T{8 + minute // 60 % 10:02d}:{minute % 60:02d}:00+08:00"


# -- vocabulary -----------------------------------------------------------------------------
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
_GIVEN = "华明英芳军平伟兰秀国建玉强海林云春光德文志红梅丽金荣桂珍涛斌勇俊敏静燕霞辉杰鹏洪成东"
_TOWN_HEADS = (
    "白石青龙凤凰清河长安永兴太平新民双河金沙桃源高峰大坪红岩柏林东升龙泉三江"
    "石桥马鞍观音黄桷云门铁山花园松林回龙宝峰"
)
_VILLAGE_TAILS = ("村", "社区")
_STATION_RULES = (
    "FREQ=MONTHLY;BYMONTHDAY=15",
    "FREQ=MONTHLY;BYMONTHDAY=5",
    "FREQ=MONTHLY;BYDAY=1MO",
    "FREQ=WEEKLY;BYDAY=WE",
)
_DEPARTMENTS = (
    ("county-gov", "县人民政府", "town_government"),
    ("civil-affairs", "县民政局", "district_department"),
    ("transport", "县交通运输局", "district_department"),
    ("education", "县教育局", "district_department"),
    ("health", "县卫生健康局", "district_department"),
    ("housing", "县住房和城乡建设局", "district_department"),
    ("agriculture", "县农业农村局", "district_department"),
    ("ecology", "县生态环境局", "district_department"),
    ("water", "县水利局", "district_department"),
    ("natural-resources", "县自然资源局", "district_department"),
    ("market", "县市场监督管理局", "district_department"),
    ("emergency", "县应急管理局", "district_department"),
    ("police", "县公安局", "police"),
    ("court", "县人民法院", "judicial"),
    ("justice", "县司法局", "judicial"),
)
_ACTIVITY_TITLES: dict[str, tuple[str, ...]] = {
    "inspection": ("视察场镇交通秩序", "视察危房改造", "视察学校复学安全", "视察污水处理厂建设"),
    "survey": ("农村人居环境调研", "乡村振兴调研", "产业发展调研", "农村饮水安全调研"),
    "enforcement_check": ("食品安全法执法检查", "环境保护法执法检查", "道路交通安全法执法检查"),
    "supervision": ("督查脱贫攻坚", "督查最低生活保障", "督查民生实事项目"),
    "voter_visit": ("走访选民", "走访贫困户", "走访信访户"),
    "reception": ("代表接访日", "代表工作站接待选民"),
    "study": ("学习宪法", "学习地方组织法", "学习代表法"),
    "training": ("代表履职培训", "新任代表培训"),
    "work_evaluation": ("评议县级部门工作", "评议政府部门服务"),
    "report_to_voters": ("代表向选民述职",),
    "campaign_work": ("疫情防控值守", "脱贫攻坚自查评估"),
    "other": ("代表小组活动",),
}
# Reception days and voter visits are the bulk of the ledger, as in real reports.
_ACTIVITY_WEIGHTS = {
    "inspection": 10,
    "survey": 6,
    "enforcement_check": 2,
    "supervision": 6,
    "voter_visit": 22,
    "reception": 30,
    "study": 8,
    "training": 3,
    "work_evaluation": 3,
    "report_to_voters": 3,
    "campaign_work": 5,
    "other": 2,
}
_TOPICS = ("农村人居环境", "乡村振兴", "脱贫攻坚", "交通安全", "饮水安全", "教育", "医疗", "养老")
_CATEGORIES = ("交通", "水利", "教育", "医疗卫生", "社会保障", "城乡建设", "农业农村", "环境保护")
_SUGGESTION_TITLES = (
    "关于整治场镇车辆乱停乱放的建议",
    "关于改善村道路面的建议",
    "关于加强农村饮水安全的建议",
    "关于增设公交站点的建议",
    "关于加快危房改造进度的建议",
    "关于完善村卫生室设施的建议",
    "关于治理河道污染的建议",
    "关于增加学校校车的建议",
)
_OPINIONS = ("反映村道破损", "希望增加路灯", "咨询低保政策", "反映灌溉渠堵塞", "反映垃圾清运不及时")
_FINDINGS = ("部分台账不完整", "安全通道堵塞", "整改措施未落实", "消防器材过期")
_REPLIES = ("已列入年度计划", "已完成整改", "正在协调资金", "因条件所限暂缓实施，已作说明")


def _pick_weighted(weights: dict[str, int]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return tuple(weights), tuple(weights.values())


_KINDS, _KIND_WEIGHTS = _pick_weighted(_ACTIVITY_WEIGHTS)


class County:
    """A deterministic synthetic county congress and its records.

    Args:
        seed: the random seed; the same seed gives the same records.
        towns: the number of towns (at most 30 distinct names are generated;
            more get numbered names).
        deputies_per_town: the county deputies elected in each town.
        villages_per_town: the villages and communities of each town.
        term_start: the first day of the five-year term.

    >>> county = County(seed=1, towns=2, deputies_per_town=3)
    >>> [r["type"] for r in county.reference_records()][:3]
    ['congress', 'term', 'unit']
    >>> records = list(county.records(10))
    >>> len(records), sorted({r["type"] for r in records})
    (10, ['activity', 'suggestion'])
    >>> records == list(County(seed=1, towns=2, deputies_per_town=3).records(10))
    True
    """

    def __init__(
        self,
        *,
        seed: int = DEFAULT_SEED,
        towns: int = 30,
        deputies_per_town: int = 12,
        villages_per_town: int = 10,
        term_start: dt.date = dt.date(2021, 1, 1),
    ) -> None:
        if towns < 1 or deputies_per_town < 2 or villages_per_town < 1:
            msg = "a county needs at least 1 town, 2 deputies and 1 village per town"
            raise ValueError(msg)
        self.seed = seed
        self.towns = towns
        self.deputies_per_town = deputies_per_town
        self.villages_per_town = villages_per_town
        self.congress_id = "county-congress"
        self.term_id = "term-18"
        self.term_start = term_start
        self.term_end = dt.date(
            term_start.year + 5, term_start.month, term_start.day
        ) - dt.timedelta(days=1)
        self.days = (self.term_end - self.term_start).days + 1
        # Sessions open on the second Monday of January each year and last two days.
        self.sessions: list[tuple[str, dt.date, dt.date]] = []
        for number, year in enumerate(range(term_start.year, self.term_end.year + 1), start=1):
            jan = dt.date(year, 1, 8)
            start = jan + dt.timedelta(days=(7 - jan.weekday()) % 7)
            if start < term_start:
                continue
            self.sessions.append((f"session-{number}", start, start + dt.timedelta(days=1)))
        self.units = [u[0] for u in _DEPARTMENTS] + [f"town-{t:02d}-gov" for t in range(towns)]

    # -- ids ------------------------------------------------------------------------------
    def town_name(self, town: int) -> str:
        """The name of town number ``town``."""
        if town < len(_TOWN_HEADS) // 2:
            return f"{_TOWN_HEADS[2 * town : 2 * town + 2]}镇"
        return f"第{town + 1}镇"

    def deputy_id(self, town: int, k: int) -> str:
        """The id of deputy ``k`` of ``town``."""
        return f"d-{town:02d}-{k:04d}"

    def _stations_of(self, town: int) -> int:
        return 2 + town % 3

    def _groups_of(self, town: int) -> int:
        return 1 + town % 2

    # -- reference records ----------------------------------------------------------------
    def reference_records(self) -> Iterator[dict[str, JSONValue]]:
        """The congress, its term and sessions, units, places, groups and stations.

        Deputies are not included: see :meth:`deputies`.
        """
        yield _tagged(
            "congress", {"id": self.congress_id, "name": "某县人民代表大会", "level": "county"}
        )
        yield _tagged(
            "term",
            {
                "id": self.term_id,
                "congress": self.congress_id,
                "number": 18,
                "start": self.term_start.isoformat(),
                "end": self.term_end.isoformat(),
            },
        )
        for uid, name, kind in _DEPARTMENTS:
            yield _tagged("unit", {"id": uid, "name": name, "kind": kind})
        for t in range(self.towns):
            yield _tagged(
                "unit",
                {
                    "id": f"town-{t:02d}-gov",
                    "name": f"{self.town_name(t)}人民政府",
                    "kind": "town_government",
                },
            )
        for t in range(self.towns):
            yield _tagged(
                "place", {"id": f"town-{t:02d}", "name": self.town_name(t), "kind": "town"}
            )
            for v in range(self.villages_per_town):
                tail = _VILLAGE_TAILS[v % 5 == 4]
                place = {
                    "id": f"v-{t:02d}-{v:02d}",
                    "name": f"{self.town_name(t)[:-1]}{v + 1}{tail}",
                }
                if tail == "社区":
                    place["kind"] = "community"  # a village is the default kind, left out
                yield _tagged("place", place)
        for t in range(self.towns):
            for g in range(self._groups_of(t)):
                yield _tagged(
                    "deputy_group",
                    {
                        "id": f"g-{t:02d}-{g}",
                        "name": f"{self.town_name(t)}第{g + 1}代表小组",
                        "term": self.term_id,
                        "station": f"st-{t:02d}-{g}",
                    },
                )
        for t in range(self.towns):
            for s in range(self._stations_of(t)):
                yield _tagged(
                    "station",
                    {
                        "id": f"st-{t:02d}-{s}",
                        "name": f"{self.town_name(t)}第{s + 1}代表工作站",
                        "place": f"v-{t:02d}-{s % self.villages_per_town:02d}",
                        "opened": self.term_start.isoformat(),
                        "reception_rule": _STATION_RULES[(t + s) % len(_STATION_RULES)],
                    },
                )
        for sid, start, end in self.sessions:
            yield _tagged(
                "session",
                {
                    "id": sid,
                    "term": self.term_id,
                    "number": int(sid.rsplit("-", 1)[1]),
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "venue": "县人民会堂",
                },
            )

    # -- deputies -------------------------------------------------------------------------
    def deputies(self) -> Iterator[dict[str, JSONValue]]:
        """Every deputy, town by town, with term, group and station memberships."""
        for t in range(self.towns):
            rng = random.Random(f"{self.seed}-deputies-{t}")
            for k in range(self.deputies_per_town):
                yield _tagged("deputy", self.deputy(rng, t, k))

    def deputy(self, rng: random.Random, town: int, k: int) -> dict[str, JSONValue]:
        """Deputy ``k`` of ``town`` (without the record tag)."""
        start = self.term_start.isoformat()
        name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.randint(1, 2)))
        memberships: list[dict[str, JSONValue]] = [
            {"kind": "term", "of": self.term_id, "start": start},
            {"kind": "group", "of": f"g-{town:02d}-{k % self._groups_of(town)}", "start": start},
        ]
        station = k % self._stations_of(town)
        if rng.random() < 0.2:
            # Some deputies moved station mid-term: two dated memberships that do not overlap.
            moved = self.term_start + dt.timedelta(days=rng.randrange(200, self.days - 200))
            memberships.append(
                {
                    "kind": "station",
                    "of": f"st-{town:02d}-{station}",
                    "start": start,
                    "end": (moved - dt.timedelta(days=1)).isoformat(),
                }
            )
            station = (station + 1) % self._stations_of(town)
            memberships.append(
                {"kind": "station", "of": f"st-{town:02d}-{station}", "start": moved.isoformat()}
            )
        else:
            memberships.append(
                {"kind": "station", "of": f"st-{town:02d}-{station}", "start": start}
            )
        if k == 0:
            memberships[1]["role"] = "组长"
        deputy: dict[str, JSONValue] = {
            "id": self.deputy_id(town, k),
            "name": name,
            "levels": ["county", "town"] if rng.random() < 0.3 else ["county"],
            "gender": rng.choice(("female", "male")),
            "constituency": f"{self.town_name(town)}第{k % 4 + 1}选区",
            "memberships": memberships,
        }
        if rng.random() < 0.5:
            deputy["contact"] = {"phone": f"139{rng.randrange(10**8):08d}"}
        deputy["modified"] = _stamp(self.term_start, rng.randrange(600))
        return deputy

    # -- activities and suggestions -------------------------------------------------------
    def records(self, n: int) -> Iterator[dict[str, JSONValue]]:
        """``n`` activities and suggestions (about one in five a suggestion), in date order."""
        rng = random.Random(f"{self.seed}-records")
        for i in range(n):
            day = self.term_start + dt.timedelta(days=i * self.days // max(n, 1))
            town = rng.randrange(self.towns)
            if rng.random() < 0.2:
                yield _tagged("suggestion", self.suggestion(rng, i, town, day))
            else:
                yield _tagged("activity", self.activity(rng, i, town, day))

    def _deputies(self, rng: random.Random, town: int, k: int) -> list[str]:
        picked = rng.sample(range(self.deputies_per_town), min(k, self.deputies_per_town))
        return [self.deputy_id(town, d) for d in picked]

    def activity(self, rng: random.Random, i: int, town: int, day: dt.date) -> dict[str, JSONValue]:
        """Activity number ``i``, held in ``town`` starting on ``day`` (without the tag)."""
        kind = rng.choices(_KINDS, _KIND_WEIGHTS)[0]
        a: dict[str, JSONValue] = {
            "id": f"a-{i:07d}",
            "kind": kind,
            "title": rng.choice(_ACTIVITY_TITLES[kind]),
            "start": day.isoformat(),
        }
        if kind in ("inspection", "survey", "training") and rng.random() < 0.3:
            a["end"] = (day + dt.timedelta(days=rng.randint(1, 3))).isoformat()
        station = rng.randrange(self._stations_of(town))
        if kind == "reception":
            a["station"] = f"st-{town:02d}-{station}"
            a["organiser"] = a["station"]
        else:
            a["group"] = f"g-{town:02d}-{rng.randrange(self._groups_of(town))}"
            a["organiser"] = self.congress_id if rng.random() < 0.3 else a["group"]
        a["participants"] = self._deputies(rng, town, rng.randint(2, 6))
        if rng.random() < 0.15:
            a["participants_reported"] = _count(len(a["participants"]) + rng.randint(0, 20))
        villages = rng.sample(range(self.villages_per_town), min(2, self.villages_per_town))
        a["places"] = [f"v-{town:02d}-{v:02d}" for v in villages[: rng.randint(1, 2)]]
        if kind in ("inspection", "enforcement_check", "supervision", "work_evaluation"):
            a["units"] = rng.sample(self.units, 2)
        topics = rng.sample(_TOPICS, rng.randint(0, 2))
        if topics:  # empty lists are defaults, left out as congresskit leaves them out
            a["topics"] = topics
        if kind == "reception":
            a["people_received"] = _count(rng.randint(3, 40), at_least=rng.random() < 0.2)
            opinions = [
                {"text": rng.choice(_OPINIONS), "resolution": "answered_on_spot"}
                for _ in range(rng.randint(0, 2))
            ]
            if opinions:
                a["opinions"] = opinions
            a["opinions_collected"] = _count(len(opinions) + rng.randint(0, 5))
        if kind == "voter_visit":
            a["households_contacted"] = _count(rng.randint(1, 12))
        if kind in ("inspection", "enforcement_check") and rng.random() < 0.4:
            finding: dict[str, JSONValue] = {"issue": rng.choice(_FINDINGS), "unit": a["units"][0]}
            if rng.random() < 0.6:
                finding["correction"] = "已督促整改"
                finding["corrected_on"] = (day + dt.timedelta(days=rng.randint(7, 60))).isoformat()
            a["findings"] = [finding]
        minute = rng.randrange(600)
        a["created"] = _stamp(day, minute)
        a["modified"] = _stamp(day + dt.timedelta(days=rng.randint(0, 3)), minute)
        return a

    def suggestion(
        self, rng: random.Random, i: int, town: int, day: dt.date, *, min_events: int = 0
    ) -> dict[str, JSONValue]:
        """Suggestion number ``i`` from a deputy of ``town`` (without the tag).

        About a third are raised at the year's session; the rest between
        sessions on ``day``. Events follow the workflow; ``min_events`` forces
        at least that many (the benchmark uses 3), otherwise a suggestion raised
        near the end of the term may still be waiting.
        """
        signers = self._deputies(rng, town, rng.randint(1, 4))
        session = next((s for s in self.sessions if s[1].year == day.year), None)
        s: dict[str, JSONValue] = {
            "id": f"s-{i:07d}",
            "kind": rng.choices(("suggestion", "criticism", "opinion"), (8, 1, 1))[0],
            "title": rng.choice(_SUGGESTION_TITLES),
            "lead": signers[0],
        }
        if session is not None and rng.random() < 0.33:
            raised = session[1]
            s["session"] = session[0]
        else:
            raised = day
        s["raised_on"] = raised.isoformat()
        if len(signers) > 1:
            s["cosigners"] = signers[1:]
        s["category"] = rng.choice(_CATEGORIES)
        events = self._events(rng, town, raised, min_events)
        if events:
            s["events"] = events
        minute = rng.randrange(600)
        s["created"] = _stamp(raised, minute)
        s["modified"] = _stamp(raised + dt.timedelta(days=rng.randint(1, 30)), minute)
        return s

    def _events(
        self, rng: random.Random, town: int, raised: dt.date, min_events: int
    ) -> list[dict[str, JSONValue]]:
        day = raised

        def later(lo: int, hi: int) -> str:
            nonlocal day
            day = day + dt.timedelta(days=rng.randint(lo, hi))
            return day.isoformat()

        unit = rng.choice((*self.units, f"town-{town:02d}-gov"))
        events: list[dict[str, JSONValue]] = []
        if rng.random() < 0.4:
            events.append({EVENT_TAG: "reviewed", "on": later(0, 7), "decision": "accepted"})
        assigned: dict[str, JSONValue] = {
            EVENT_TAG: "assigned",
            "on": later(1, 14),
            "lead_unit": unit,
        }
        if rng.random() < 0.25:
            helper = rng.choice(self.units)
            if helper != unit:
                assigned["assisting_units"] = [helper]
        events.append(assigned)
        if rng.random() < 0.1:
            events.append({EVENT_TAG: "extended", "on": later(30, 80), "note": "情况复杂"})
        events.append(self._reply(rng, later(10, 80)))
        shape = rng.random()
        if shape < 0.15:
            events.append({EVENT_TAG: "evaluated", "on": later(1, 20), "handling": "dissatisfied"})
            events.append({EVENT_TAG: "rehandled", "on": later(1, 5)})
            events.append(self._reply(rng, later(5, 25)))
        elif shape < 0.75:
            rating = rng.choices(("satisfied", "basically_satisfied"), (3, 1))[0]
            events.append({EVENT_TAG: "evaluated", "on": later(1, 20), "handling": rating})
            events.append({EVENT_TAG: "closed", "on": later(0, 10)})
        elif shape < 0.9:
            events.append({EVENT_TAG: "closed", "on": later(1, 10)})
        if len(events) < max(3, min_events):
            events.append({EVENT_TAG: "closed", "on": later(1, 10)})
        del events[5:]  # 3 to 5 events: what a handled suggestion usually has (a legal prefix)
        if min_events == 0 and (self.term_end - raised).days < 120:
            # Raised late in the term: handling may still be under way.
            events = events[: rng.randint(0, len(events))]
        return events

    def _reply(self, rng: random.Random, on: str) -> dict[str, JSONValue]:
        outcome = rng.choices(("a", "b", "c"), (6, 3, 1))[0]
        return {EVENT_TAG: "replied", "on": on, "outcome": outcome, "summary": rng.choice(_REPLIES)}


def mixed_records(
    n: int, *, seed: int = DEFAULT_SEED, deputies: float = 0.1, suggestions: float = 0.3
) -> dict[str, list[dict[str, JSONValue]]]:
    """``n`` records in the benchmark's mix: deputies, suggestions (3-5 events), activities.

    Args:
        n: the total number of deputies, suggestions and activities.
        seed: the random seed.
        deputies: the share of deputies; ``suggestions`` the share of suggestions;
            the rest are activities.

    Returns:
        The records by collection name (``"deputies"``, ``"suggestions"``,
        ``"activities"``), untagged, as a record set document lists them. The
        county's reference records (units, places, groups, stations, sessions)
        they refer to are under ``"reference"``, tagged.

    >>> mix = mixed_records(20, seed=3)
    >>> {k: len(v) for k, v in mix.items() if k != "reference"}
    {'deputies': 2, 'suggestions': 6, 'activities': 12}
    >>> all(3 <= len(s["events"]) <= 5 for s in mix["suggestions"])
    True
    """
    wanted = max(2, round(n * deputies))
    towns = max(1, min(30, wanted // 2))
    county = County(seed=seed, towns=towns, deputies_per_town=max(2, wanted // towns))
    out: dict[str, list[dict[str, JSONValue]]] = {
        "deputies": [_untagged(d) for d in county.deputies()],
        "suggestions": [],
        "activities": [],
    }
    n_suggestions = round(n * suggestions)
    total = max(0, n - len(out["deputies"]) - n_suggestions) + n_suggestions
    rng = random.Random(f"{seed}-mixed")
    for i in range(total):
        day = county.term_start + dt.timedelta(days=i * county.days // max(total, 1))
        town = rng.randrange(towns)
        if i < n_suggestions:
            out["suggestions"].append(county.suggestion(rng, i, town, day, min_events=3))
        else:
            out["activities"].append(county.activity(rng, i, town, day))
    out["reference"] = list(county.reference_records())
    return out


def _untagged(record: dict[str, JSONValue]) -> dict[str, JSONValue]:
    return {k: v for k, v in record.items() if k != RECORD_TAG}


def mixed_document(n: int, *, seed: int = DEFAULT_SEED) -> dict[str, JSONValue]:
    """:func:`mixed_records` as one congresskit document, with the records they refer to.

    >>> doc = mixed_document(20, seed=3)
    >>> list(doc)[:4], len(doc["activities"])
    (['format', 'version', 'profile', 'congress'], 12)
    """
    mix = mixed_records(n, seed=seed)
    doc: dict[str, JSONValue] = dict(HEADER)
    for record in mix.pop("reference"):
        kind = record[RECORD_TAG]
        if kind == "congress":
            doc["congress"] = _untagged(record)
        else:
            doc.setdefault(COLLECTION[kind], []).append(_untagged(record))
    doc.update(mix)
    return doc


def county_stream(records: int, *, seed: int = DEFAULT_SEED) -> Iterator[dict[str, JSONValue]]:
    """The whole county as JSON Lines values: the header, then every record, tagged.

    The reference records come first, then the deputies, then ``records``
    activities and suggestions.
    """
    county = County(seed=seed)
    yield dict(HEADER)
    yield from county.reference_records()
    yield from county.deputies()
    yield from county.records(records)


def write_jsonl(records: Iterable[dict[str, JSONValue]], out: IO[bytes]) -> int:
    """Write each record as one line of compact UTF-8 JSON; return the number written."""
    n = 0
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    lines: list[bytes] = []
    for record in records:
        lines.append(encode(record).encode() + b"\n")
        n += 1
        if len(lines) == 4096:  # write in chunks: fewer system calls, bounded memory
            out.writelines(lines)
            lines.clear()
    out.writelines(lines)
    return n


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: write the county's records as JSON Lines."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog="example: python examples/generate_county.py --records 1000 -o county.jsonl",
    )
    parser.add_argument(
        "--records",
        type=int,
        default=DEFAULT_RECORDS,
        metavar="N",
        help=f"activities and suggestions to write (default {DEFAULT_RECORDS:,})",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    args = parser.parse_args(argv)
    if args.records < 0:
        parser.error("--records must not be negative")
    stream = county_stream(args.records, seed=args.seed)
    if args.output is None:
        write_jsonl(stream, sys.stdout.buffer)
    else:
        with args.output.open("wb") as out:
            write_jsonl(stream, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
