"""The organisation core (zhidu.core.org): the shipped org charts as the texts name them, dated posts,
分管 and acting, approver resolution, and each refusal with the clause it cites. Pure: no database."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from zhidu.core import org
from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rulebook.importer import agencies_dir, load_shipped
from zhidu.core.rules.engine import rulebook_resolver

D = dt.date
ON = D(2026, 3, 2)
SLUGS = ["baicheng-fupin", "district-bureau", "tongyu-hrss", "wenshan-hrss", "yuanshi-hrss"]


@pytest.fixture(scope="module")
def charts() -> dict[str, org.OrgChart]:
    return org.shipped()


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return {s: yaml.safe_load((agencies_dir() / s / "org.yaml").read_text(encoding="utf-8")) for s in SLUGS}


def ids(citations: Any) -> list[str]:
    return [c.id for c in citations]


def refusal(res: org.Resolution, rule: str) -> org.Refusal:
    found = [r for r in res.refusals if r.rule == rule]
    assert len(found) == 1, res.refusals
    return found[0]


# --- the data as the texts name it ---------------------------------------------------------------


def test_every_agency_has_an_anchored_org_chart(charts: dict[str, org.OrgChart]) -> None:
    assert sorted(charts) == SLUGS
    for chart in charts.values():
        cited = {cid for _, cid, _ in chart.citations()}
        assert cited and cited <= set(chart.clauses), chart.agency
        for c in chart.clauses.values():
            assert c.id.startswith(chart.agency + ":") and c.display.startswith("《")


def test_wenshan_has_its_nineteen_sections_and_seven_units_in_text_order(charts: dict[str, org.OrgChart]) -> None:
    chart = charts["wenshan-hrss"]
    sections = [s for s in chart.sections if s.kind == "section"]
    units = [s for s in chart.sections if s.kind == "unit"]
    assert len(sections) == 19 and len(units) == 7
    assert [s.source.cite for s in sections] == [f"wenshan-hrss:3:{i}" for i in range(1, 20)]
    assert [s.source.cite for s in units] == [f"wenshan-hrss:4:{i}" for i in range(1, 8)]
    # each name is the one its clause opens with, e.g. "(二)规划财务科。"
    for s in chart.sections:
        head = chart.clauses[s.source.cite].text.split("。", 1)[0].removesuffix("(加挂信访科牌子)")
        assert head.endswith(s.name), s.name
    assert chart.section("信访科").name == "劳动人事争议仲裁院"  # 加挂信访科牌子


def test_yuanshi_sections_are_exactly_the_duty_registers(charts: dict[str, org.OrgChart]) -> None:
    (book,) = load_shipped("yuanshi-hrss")
    in_register = {name for w in book.work_items for name in w.sections}
    chart = charts["yuanshi-hrss"]
    named = {n for s in chart.sections for n in s.names()}
    assert in_register == named
    assert chart.section("公务录用与调配科").name == "公务员录用与调配科"  # the one misprint, read as an alias


def test_chief_direct_exactly_where_the_text_has_it(charts: dict[str, org.OrgChart]) -> None:
    """五个不直接管 is refused only in the agencies whose own text says it (do not invent rules)."""
    texts = {b.slug: "".join(s.text for s in b.systems) for b in load_shipped()}
    for slug, chart in charts.items():
        in_text = "五个不直接管" in texts[slug] or "五个不直接分管" in texts[slug]
        has_rule = any(r.kind == "chief_direct" for r in chart.refusal_rules)
        assert in_text == has_rule, slug
    assert {r.kind for r in charts["yuanshi-hrss"].refusal_rules} == set()


def test_recusal_only_where_a_clause_on_recusal_is_cited(charts: dict[str, org.OrgChart]) -> None:
    for chart in charts.values():
        for r in chart.refusal_rules:
            assert r.cites, (chart.agency, r.kind)
            if r.kind == "recusal":
                assert any("回避" in chart.clauses[c.cite].text for c in r.cites), (chart.agency, r.cites)


def test_every_shipped_chart_obeys_its_own_limits(charts: dict[str, org.OrgChart]) -> None:
    for chart in charts.values():
        chart.validate()
        for role, name in chart.accounts.items():
            assert chart.person(name).name == name, role


# --- who held what on a day ------------------------------------------------------------------------


def test_a_holding_covers_both_its_first_and_last_day(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]

    def head(day: dt.date) -> list[str]:
        return [p.name for p in ty.holders("section_head", day, section="计划财务科")]

    assert head(D(2016, 12, 31)) == []
    assert head(D(2017, 1, 1)) == ["钱七"]
    assert head(D(2026, 3, 1)) == ["钱七"]  # last day of 钱七's holding
    assert head(D(2026, 3, 2)) == ["周九"]  # first day of 周九's
    assert head(D(2026, 3, 2)) == [p.name for p in ty.holders("section_head", D(2026, 3, 2), section="财务科")]
    assert [p.name for p in ty.holders("staff", D(2026, 3, 1), section="jihua_caiwu")] == ["周九", "吴十"]
    assert [p.name for p in ty.holders("staff", D(2026, 3, 2), section="jihua_caiwu")] == ["吴十"]


def test_in_charge_changes_on_its_date(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]
    assert [p.name for p in ty.holders("finance_deputy", D(2026, 2, 28))] == ["李四"]
    assert [p.name for p in ty.holders("finance_deputy", D(2026, 3, 1))] == ["王五"]
    assert [p.name for p in ty.holders("deputy_in_charge", D(2026, 3, 1), area="personnel")] == ["李四"]
    assert [p.name for p in ty.holders("deputy_in_charge", D(2026, 3, 1), section="社会保险科")] == ["赵六"]


def test_bodies_and_outside_roles(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]
    assert [p.name for p in ty.holders("party_group_meeting", ON)] == ["张三", "李四", "王五", "赵六"]
    assert ty.holders("discipline_lead", ON) == []  # 驻局纪检监察组: outside the bureau
    res = ty.resolve(["discipline_lead", "government_leader_in_charge"], ON)
    assert [s.mode for s in res.steps] == ["outside", "outside"] and res.complete
    assert "驻局纪检监察组" in res.steps[0].note_zh


def test_sections_of_and_in_charge(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]
    assert [s.name for s in ty.sections_of("吴十", ON)] == ["计划财务科"]
    assert ty.sections_of("张三", ON) == []
    assert len(ty.sections_in_charge("张三", ON)) == len(ty.sections)  # the chief leads every section
    assert {s.name for s in ty.sections_in_charge("王五", D(2026, 3, 1))} == {"人秘科", "计划财务科"}
    assert {s.name for s in ty.sections_in_charge("王五", D(2026, 2, 28))} == {"计划录用调配科", "专技科", "考试中心"}
    assert [s.name for s in ty.sections_in_charge("孙八", ON)] == ["人秘科"]
    bc = charts["baicheng-fupin"]
    assert len(bc.sections_in_charge("余四", D(2026, 3, 2))) == len(bc.sections)  # 主持工作
    assert len(bc.sections_in_charge("余四", D(2026, 3, 14))) == 2


# --- acting ------------------------------------------------------------------------------------------


def test_baicheng_deputy_stands_in_while_the_director_is_away(charts: dict[str, org.OrgChart]) -> None:
    bc = charts["baicheng-fupin"]
    expected = {D(2026, 3, 1): "田一", D(2026, 3, 2): "余四", D(2026, 3, 13): "余四", D(2026, 3, 14): "田一"}
    for day, who in expected.items():
        step = bc.resolve(["chief"], day).for_role("chief")
        assert step.persons == (who,), day
        if who == "余四":
            (note,) = step.acting
            assert (note.for_person, note.for_role) == ("田一", "chief")
            assert note.citation is not None and note.citation.id == "baicheng-fupin:1:8"
            assert "主任外出" not in note.citation.quote and "由主任指定的副主任主持工作" in note.citation.text
        else:
            assert step.acting == ()
    # formally the director still holds the post; acting=True answers who acts that day
    assert [p.name for p in bc.holders("chief", D(2026, 3, 2))] == ["田一"]
    assert [p.name for p in bc.holders("chief", D(2026, 3, 2), acting=True)] == ["余四"]


def test_wenshan_a_b_roles_apply_to_documents_only(charts: dict[str, org.OrgChart]) -> None:
    ws = charts["wenshan-hrss"]
    docs = ws.resolve(["deputy_in_charge"], D(2026, 3, 3), section="办公室", area="documents").for_role(
        "deputy_in_charge"
    )
    assert docs.persons == ("吕乙",) and docs.acting[0].citation is not None
    assert docs.acting[0].citation.id == "wenshan-hrss:57:2.4"
    other = ws.resolve(["deputy_in_charge"], D(2026, 3, 3), section="办公室").for_role("deputy_in_charge")
    assert other.persons == ("何甲",) and other.acting == ()
    after = ws.resolve(["deputy_in_charge"], D(2026, 3, 5), section="办公室", area="documents")
    assert after.for_role("deputy_in_charge").persons == ("何甲",)


# --- refusals ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("area", ["finance", "personnel", "procurement", "construction", "administrative_approval"])
def test_tongyu_chief_may_not_approve_the_five_areas_directly(charts: dict[str, org.OrgChart], area: str) -> None:
    ty = charts["tongyu-hrss"]
    res = ty.resolve(["chief"], D(2026, 3, 1), area=area)
    r = refusal(res, "org.chief_direct")
    assert r.person == "张三" and r.role == "chief"
    assert ids(r.citations)[0] == "tongyu-hrss:1:4"
    assert r.citations[0].quote == "“一把手”不得直接分管财务、人事、物资采购、工程建设、行政审批工作"
    assert "五个不直接管" in r.citations[0].text
    deputy = [p.name for p in ty.holders("deputy_in_charge", D(2026, 3, 1), area=area)]
    assert res.for_role("chief").persons == tuple(deputy) == r.routed_to
    area_zh, area_en = ty.area_names(area)
    assert area_zh in r.message_zh and area_en in r.message_en


def test_chief_direct_routes_to_the_deputy_of_that_day(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]
    assert ty.resolve(["chief"], D(2026, 2, 28), area="finance").persons == ("李四",)
    assert ty.resolve(["chief"], D(2026, 3, 1), area="finance").persons == ("王五",)
    # 党组书记 is the other half of 党政一把手 (tongyu-hrss:1:2)
    res = ty.resolve(["party_secretary"], ON, area="procurement")
    assert refusal(res, "org.chief_direct").person == "张三"


def test_chief_signing_after_the_deputy_in_charge_is_supervision_not_direct(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]
    res = ty.resolve(["deputy_in_charge", "chief"], ON, area="finance")
    assert res.refusals == () and res.persons == ("王五", "张三")
    res = ty.resolve(["finance_deputy", "chief"], ON, area="finance")
    assert res.refusals == ()
    assert ty.resolve(["chief"], ON).refusals == ()  # no area: nothing the chief is kept from
    assert ty.resolve(["chief"], ON, area="finance").refusals != ()


def test_no_chief_direct_refusal_where_the_text_has_none(charts: dict[str, org.OrgChart]) -> None:
    for slug in ("wenshan-hrss", "district-bureau", "yuanshi-hrss"):
        res = charts[slug].resolve(["chief"], ON, area="finance")
        assert res.refusals == () and len(res.persons) == 1, slug


def test_baicheng_chief_direct_cites_both_clauses_and_holds_for_the_acting_deputy(
    charts: dict[str, org.OrgChart],
) -> None:
    bc = charts["baicheng-fupin"]
    res = bc.resolve(["chief"], ON, area="personnel")
    assert res.persons == ("余四",)  # 余四 stands in for the chief and is the personnel deputy: no refusal
    assert res.refusals == ()
    res = bc.resolve(["chief"], ON, area="finance")
    r = refusal(res, "org.chief_direct")
    assert r.person == "余四" and "主持工作" in r.message_zh
    assert ids(r.citations) == ["baicheng-fupin:10:1", "baicheng-fupin:4:5.3.1"]
    assert res.persons == ("董二",)


@pytest.mark.parametrize(
    ("slug", "roles", "kwargs", "cite"),
    [
        ("tongyu-hrss", ["section_head"], {"area": "finance", "requester": "周九"}, "tongyu-hrss:5:5.1"),
        ("tongyu-hrss", ["chief"], {"requester": "张三"}, "tongyu-hrss:1:7"),
        ("wenshan-hrss", ["finance_section"], {"area": "finance", "requester": "华庚"}, "wenshan-hrss:41:7.1"),
        ("district-bureau", ["deputy_in_charge"], {"area": "personnel", "requester": "罗寅"}, "district-bureau:25:14"),
        ("baicheng-fupin", ["finance_deputy"], {"area": "finance", "requester": "董二"}, "baicheng-fupin:18:4.3.1"),
    ],
)
def test_nobody_approves_their_own_request(
    charts: dict[str, org.OrgChart], slug: str, roles: list[str], kwargs: dict[str, Any], cite: str
) -> None:
    res = charts[slug].resolve(roles, ON, **kwargs)
    r = refusal(res, "org.own_request")
    assert r.person == kwargs["requester"] and cite in ids(r.citations)
    assert kwargs["requester"] not in res.persons and not res.complete
    assert r.message_zh.startswith(kwargs["requester"]) and "own request" in r.message_en


def test_own_request_where_the_text_is_silent_is_a_note_not_a_refusal(charts: dict[str, org.OrgChart]) -> None:
    res = charts["yuanshi-hrss"].resolve(["section_head"], ON, section="财务科", requester="顾乙", area="finance")
    assert res.refusals == () and res.persons == ("顾乙",)
    (note,) = res.notes
    assert "未作规定" in note.message_zh and "no clause" in note.message_en


@pytest.mark.parametrize(
    ("slug", "roles", "kwargs", "cite"),
    [
        ("district-bureau", ["section_head"], {"section": "财务科", "handler": "汪寅"}, "district-bureau:25:14"),
        ("wenshan-hrss", ["legal_section"], {"handler": "金辛"}, "wenshan-hrss:27:7.1"),
        (
            "tongyu-hrss",
            ["deputy_in_charge"],
            {"area": "administrative_approval", "handler": "赵六"},
            "tongyu-hrss:20:3",
        ),
        (
            "baicheng-fupin",
            ["section_head"],
            {"section": "财务科", "area": "finance", "handler": "潘七"},
            "baicheng-fupin:18:4.3.1",
        ),
    ],
)
def test_the_handler_does_not_also_approve(
    charts: dict[str, org.OrgChart], slug: str, roles: list[str], kwargs: dict[str, Any], cite: str
) -> None:
    res = charts[slug].resolve(roles, ON, **kwargs)
    r = refusal(res, "org.handler")
    assert r.person == kwargs["handler"] and cite in ids(r.citations)
    assert res.for_role(roles[0]).persons == ()


def test_handler_clause_is_scoped_to_its_area(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]
    res = ty.resolve(["deputy_in_charge"], ON, section="社会保险科", handler="赵六")  # no area: 双审复核 not engaged
    assert res.refusals == () and res.notes


def test_recusal_removes_the_conflicted_member_and_cites_the_clause(charts: dict[str, org.OrgChart]) -> None:
    ty = charts["tongyu-hrss"]
    res = ty.resolve(["party_group_meeting"], ON, conflicted=["李四"])
    r = refusal(res, "org.recusal")
    assert ids(r.citations) == ["tongyu-hrss:2:3.6"] and r.citations[0].quote.startswith("党组会议议题涉及本人")
    assert res.for_role("party_group_meeting").persons == ("张三", "王五", "赵六")
    # a cadre appointment (personnel) adds the 股级干部 clause
    res = ty.resolve(["party_group_meeting"], ON, conflicted=["李四"], area="personnel")
    assert ids(refusal(res, "org.recusal").citations) == ["tongyu-hrss:2:3.6", "tongyu-hrss:4:4.3"]
    # the chief's own recusal clause
    res = ty.resolve(["chief"], ON, conflicted=["张三"])
    assert ids(refusal(res, "org.recusal").citations) == ["tongyu-hrss:1:7"] and res.for_role("chief").persons == ()


def test_recusal_in_baicheng_and_wenshan_bodies(charts: dict[str, org.OrgChart]) -> None:
    bc = charts["baicheng-fupin"].resolve(["directors_meeting"], ON, conflicted=["董二"])
    assert ids(refusal(bc, "org.recusal").citations) == ["baicheng-fupin:4:5.2.6"]
    assert "董二" not in bc.persons and "余四" in bc.persons
    ws = charts["wenshan-hrss"].resolve(["case_panel"], ON, conflicted=["苗辛"])
    assert ids(refusal(ws, "org.recusal").citations) == ["wenshan-hrss:28:3.4"]
    assert set(ws.persons) == {"刘一", "何甲", "金辛"}


def test_no_recusal_clause_means_a_note(charts: dict[str, org.OrgChart]) -> None:
    res = charts["district-bureau"].resolve(["party_group_meeting"], ON, conflicted=["郭丑"])
    assert res.refusals == () and "郭丑" in res.persons and res.notes


def test_resolution_as_dict_is_complete(charts: dict[str, org.OrgChart]) -> None:
    d = charts["tongyu-hrss"].resolve(["chief", "section_head"], ON, area="finance", requester="吴十").as_dict()
    assert d["on"] == "2026-03-02" and d["section"] == "jihua_caiwu" and d["persons"] == ["王五", "周九"]
    (r,) = d["refusals"]
    assert set(r["citations"][0]) == {"id", "display", "text", "quote"} and r["routed_to"] == ["王五"]


def test_section_roles_and_unresolved_steps(charts: dict[str, org.OrgChart]) -> None:
    ws = charts["wenshan-hrss"]
    res = ws.resolve(["office", "finance_section", "legal_section", "section_head", "deputy_in_charge"], ON)
    assert [s.persons for s in res.steps[:3]] == [("严己",), ("华庚",), ("金辛",)]
    assert res.steps[3].persons == () and res.steps[3].note_zh == "须指明科室"
    assert res.steps[4].persons == () and "工作领域或科室" in res.steps[4].note_zh
    assert not res.complete
    dist = charts["district-bureau"].resolve(["legal_section"], ON)
    assert dist.steps[0].note_zh == "本机构文本未设此科室"
    ys = charts["yuanshi-hrss"].resolve(["party_group_meeting"], ON)
    assert ys.steps[0].note_zh == "本机构文本未规定该机构的组成"


# --- bad input -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "field"),
    [
        ([["bogus"], ON], {}, "roles"),
        ([[], ON], {}, "roles"),
        (["chief", ON], {}, "roles"),
        ([["system_admin"], ON], {}, "roles"),
        ([["chief"], D(1800, 1, 1)], {}, "on"),
        ([["chief"], "2026-03-02"], {}, "on"),
        ([["chief"], ON], {"area": "magic"}, "area"),
        ([["chief"], ON], {"section": "不存在科"}, "section"),
        ([["chief"], ON], {"requester": "无名氏"}, "requester"),
        ([["chief"], ON], {"handler": "无名氏"}, "handler"),
        ([["chief"], ON], {"conflicted": ["无名氏"]}, "conflicted"),
    ],
)
def test_bad_input_names_the_field(
    charts: dict[str, org.OrgChart], args: list[Any], kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(BadInput) as exc:
        charts["tongyu-hrss"].resolve(*args, **kwargs)
    assert exc.value.field == field
    assert any("\u4e00" <= ch <= "\u9fff" for ch in exc.value.message_zh) and exc.value.message_en


def test_parse_date_and_chart_for() -> None:
    assert org.parse_date("2026-03-02") == ON
    for bad in ("2026-02-30", "20260302", "", None, "2026-03-02T00:00"):
        with pytest.raises(BadInput) as exc:
            org.parse_date(bad, "on")
        assert exc.value.field == "on"
    with pytest.raises(NotFound) as nf:
        org.chart_for("nowhere")
    assert nf.value.field == "agency"


# --- loading refuses data the text does not support ----------------------------------------------------


def parse(data: dict[str, Any], slug: str = "tongyu-hrss") -> org.OrgChart:
    return org.parse_org(data, f"{slug}/org.yaml", slug)


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d["sections"][0].update(kind="office"), "sections[0].kind"),
        (lambda d: d["sections"][1].update(key="renmi"), "sections[1].key"),
        (lambda d: d["sections"][0].pop("cite"), "sections[0].cite"),
        (lambda d: d["people"][4]["posts"][0].update(section="不存在科"), "people[4].posts[0].section"),
        (lambda d: d["people"][4]["posts"][0].update(role="emperor"), "people[4].posts[0].role"),
        (lambda d: d["people"][4]["posts"][0].update({"to": "2010-01-01"}), "people[4].posts[0].to"),
        (lambda d: d["people"][4]["posts"][0].update({"from": "2026-02-30"}), "people[4].posts[0].from"),
        (lambda d: d["in_charge"][0].update(areas=["astrology"]), "in_charge[0].areas"),
        (lambda d: d["refusals"][0].update(kind="whim"), "refusals[0].kind"),
        (lambda d: d["refusals"][0].update(cites=[]), "refusals[0].cites"),
        (lambda d: d.update(agency="wenshan-hrss"), "agency"),
        (lambda d: d["people"].append({"name": "张三"}), "people[20].name"),
    ],
)
def test_malformed_org_data_is_refused_naming_the_field(raw: dict[str, Any], edit: Any, field: str) -> None:
    data = copy.deepcopy(raw["tongyu-hrss"])
    edit(data)
    with pytest.raises(BadInput) as exc:
        parse(data)
    assert exc.value.field == field, exc.value
    assert "tongyu-hrss/org.yaml" in exc.value.message_zh and "tongyu-hrss/org.yaml" in exc.value.message_en


def test_the_chief_may_not_be_put_in_charge_of_a_five_area(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw["tongyu-hrss"])
    data["in_charge"].append({"person": "张三", "areas": ["construction"], "from": D(2026, 1, 1)})
    with pytest.raises(BadInput) as exc:
        parse(data)
    assert "tongyu-hrss:1:4" in exc.value.message_zh and exc.value.field == "in_charge"
    # nor of a section that carries one (计划财务科 carries finance)
    data = copy.deepcopy(raw["tongyu-hrss"])
    data["in_charge"].append({"person": "张三", "sections": ["计划财务科"], "from": D(2026, 1, 1)})
    with pytest.raises(BadInput):
        parse(data)
    # where the text has no such clause, the same arrangement loads
    ws = copy.deepcopy(raw["wenshan-hrss"])
    ws["in_charge"].append({"person": "刘一", "areas": ["finance"], "from": D(2026, 1, 1), "to": D(2026, 1, 31)})
    ws["in_charge"][0]["to"] = D(2025, 12, 31)  # one leader in charge of finance at a time
    assert parse(ws, "wenshan-hrss").holders("finance_deputy", D(2026, 1, 15))[0].name == "刘一"


def test_baicheng_finance_and_construction_never_in_one_hand(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw["baicheng-fupin"])
    data["in_charge"].append({"person": "董二", "areas": ["construction"], "from": D(2026, 6, 1)})
    data["in_charge"][1]["areas"] = ["procurement"]
    with pytest.raises(BadInput) as exc:
        parse(data, "baicheng-fupin")
    assert "baicheng-fupin:10:2.3" in exc.value.message_zh


def test_two_chiefs_at_once_are_refused(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw["tongyu-hrss"])
    data["people"][1]["posts"].append({"role": "chief", "from": D(2026, 3, 1), "to": D(2026, 3, 31)})
    with pytest.raises(BadInput) as exc:
        parse(data)
    assert "chief" in exc.value.message_en and "2026-03-01" in exc.value.message_en


def test_acting_needs_a_deputy_an_end_and_a_clause(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw["baicheng-fupin"])
    data["acting"][0]["person"] = "叶五"  # a section head, not a 副主任
    with pytest.raises(BadInput) as exc:
        parse(data, "baicheng-fupin")
    assert exc.value.field == "acting[0]"
    data = copy.deepcopy(raw["baicheng-fupin"])
    del data["acting"][0]["to"]
    with pytest.raises(BadInput) as exc:
        parse(data, "baicheng-fupin")
    assert exc.value.field == "acting[0].to"


def test_anchoring_refuses_a_quote_the_clause_does_not_contain(raw: dict[str, Any]) -> None:
    resolve = rulebook_resolver(load_shipped("tongyu-hrss"))
    data = copy.deepcopy(raw["tongyu-hrss"])
    data["refusals"][0]["cites"][0]["quote"] = "一把手可以直接分管财务"
    chart = parse(data)
    with pytest.raises(BadInput) as exc:
        chart.anchor(resolve)
    assert exc.value.field == "cite" and "tongyu-hrss:1:4" in exc.value.message_en
    data = copy.deepcopy(raw["tongyu-hrss"])
    data["sections"][0]["cite"] = "tongyu-hrss:99:1"
    with pytest.raises(BadInput) as exc:
        parse(data).anchor(resolve)
    assert "does not exist" in exc.value.message_en
    data = copy.deepcopy(raw["tongyu-hrss"])
    data["sections"][0]["cite"] = "wenshan-hrss:3:1"
    with pytest.raises(BadInput) as exc:
        parse(data).anchor(resolve)
    assert "outside agency" in exc.value.message_en


def test_load_all_reads_a_folder(tmp_path: Path, raw: dict[str, Any]) -> None:
    (tmp_path / "tongyu-hrss").mkdir()
    (tmp_path / "tongyu-hrss" / "org.yaml").write_text(yaml.safe_dump(raw["tongyu-hrss"], allow_unicode=True))
    charts = org.load_all(tmp_path, rulebook_resolver(load_shipped("tongyu-hrss")))
    assert list(charts) == ["tongyu-hrss"] and charts["tongyu-hrss"].clauses
    (tmp_path / "tongyu-hrss" / "org.yaml").write_text("sections: [unclosed")
    with pytest.raises(BadInput):
        org.load_all(tmp_path)
