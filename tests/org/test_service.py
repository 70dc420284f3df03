"""zhidu.org.service: the agreed interface (sections_of, sections_in_charge, people_for, resolve) over the
database, which is what counts: a row an administrator enters changes the answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from zhidu import cli
from zhidu.accounts.models import User
from zhidu.core.errors import BadInput, NotFound
from zhidu.org import service
from zhidu.org.models import Acting, Holding, InCharge, Person, Section

pytestmark = pytest.mark.django_db

ON = dt.date(2026, 3, 2)


def names(people: list[Person]) -> list[str]:
    return [p.name for p in people]


def section_id(slug: str, name: str) -> int:
    return Section.objects.get(agency__slug=slug, name=name).pk


def link(slug: str, name: str, user: User) -> Person:
    person = Person.objects.get(agency__slug=slug, name=name)
    person.user = user
    person.save()
    return person


def test_people_for_on_a_day(loaded: Any) -> None:
    assert names(service.people_for("tongyu-hrss", "finance_deputy", dt.date(2026, 2, 28))) == ["李四"]
    assert names(service.people_for("tongyu-hrss", "finance_deputy", dt.date(2026, 3, 1))) == ["王五"]
    assert names(service.people_for("tongyu-hrss", "section_head", dt.date(2026, 3, 1), section="计划财务科")) == [
        "钱七"
    ]
    sec = Section.objects.get(agency__slug="tongyu-hrss", key="jihua_caiwu")
    assert names(service.people_for("tongyu-hrss", "section_head", ON, section=sec)) == ["周九"]
    assert names(service.people_for("tongyu-hrss", "section_head", ON, section=sec.pk)) == ["周九"]
    assert names(service.people_for("baicheng-fupin", "chief", ON)) == ["余四"]  # acting applied
    assert names(service.people_for("baicheng-fupin", "chief", "2026-03-14")) == ["田一"]
    assert isinstance(service.people_for("baicheng-fupin", "chief", ON)[0], Person)


def test_resolve_with_people_users_and_names(loaded: Any, make_user: Callable[..., User]) -> None:
    user = make_user("zhou", "tongyu-hrss", "section_head")
    zhou = link("tongyu-hrss", "周九", user)
    for requester in (zhou, user, "周九"):
        res = service.resolve("tongyu-hrss", ["section_head", "chief"], ON, requester=requester, area="finance")
        assert [r.rule for r in res.refusals] == ["org.own_request", "org.chief_direct"], requester
        assert res.persons == ("王五",)
    other = Person.objects.get(agency__slug="wenshan-hrss", name="刘一")
    with pytest.raises(BadInput) as exc:
        service.resolve("tongyu-hrss", ["chief"], ON, requester=other)
    assert exc.value.field == "requester"
    stranger = make_user("stranger", "tongyu-hrss", "staff")
    with pytest.raises(BadInput) as exc:
        service.resolve("tongyu-hrss", ["chief"], ON, handler=stranger)
    assert exc.value.field == "handler"
    with pytest.raises(NotFound) as nf:
        service.resolve("nowhere", ["chief"], ON)
    assert nf.value.field == "agency"
    res = service.resolve("tongyu-hrss", ["party_group_meeting"], ON, conflicted=Person.objects.get(name="李四"))
    assert res.refusals[0].rule == "org.recusal"


def test_the_database_decides(loaded: Any) -> None:
    """An acting arrangement entered by hand (not in the YAML) changes who acts."""
    wang = Person.objects.get(agency__slug="tongyu-hrss", name="王五")
    Acting.objects.create(
        person=wang,
        for_role="chief",
        valid_from=dt.date(2026, 4, 1),
        valid_to=dt.date(2026, 4, 3),
        reason="局长参加学习（手工录入）",
    )
    assert names(service.people_for("tongyu-hrss", "chief", dt.date(2026, 4, 2))) == ["王五"]
    assert names(service.people_for("tongyu-hrss", "chief", dt.date(2026, 4, 4))) == ["张三"]
    step = service.resolve("tongyu-hrss", ["chief"], dt.date(2026, 4, 2)).steps[0]
    assert step.acting[0].reason == "局长参加学习（手工录入）" and step.acting[0].for_person == "张三"


def test_sections_of(loaded: Any, make_user: Callable[..., User]) -> None:
    wu = make_user("wu", "tongyu-hrss", "staff")
    link("tongyu-hrss", "吴十", wu)
    assert service.sections_of(wu, ON) == {section_id("tongyu-hrss", "计划财务科")}
    assert service.sections_of(wu, dt.date(2020, 6, 30)) == set()  # before 吴十 started
    zhou = make_user("zhou", "tongyu-hrss", "section_head")
    link("tongyu-hrss", "周九", zhou)
    assert service.sections_of(zhou, dt.date(2026, 3, 1)) == {section_id("tongyu-hrss", "计划财务科")}  # as staff
    # an account with no person: the section named on its role assignment
    plain = make_user("plain", "tongyu-hrss", "staff", section="人秘科")
    assert service.sections_of(plain, ON) == {section_id("tongyu-hrss", "人秘科")}
    assert service.sections_of(make_user("nobody", "tongyu-hrss"), ON) == set()


def test_sections_in_charge(loaded: Any, make_user: Callable[..., User]) -> None:
    all_ty = set(Section.objects.filter(agency__slug="tongyu-hrss").values_list("id", flat=True))
    chief = make_user("chief", "tongyu-hrss", "chief")
    link("tongyu-hrss", "张三", chief)
    assert service.sections_in_charge(chief, ON) == all_ty
    wang = make_user("wang", "tongyu-hrss", "deputy")
    link("tongyu-hrss", "王五", wang)
    assert service.sections_in_charge(wang, dt.date(2026, 3, 1)) == {
        section_id("tongyu-hrss", "计划财务科"),
        section_id("tongyu-hrss", "人秘科"),
    }
    head = make_user("head", "tongyu-hrss", "section_head")
    link("tongyu-hrss", "冯二", head)
    assert service.sections_in_charge(head, ON) == {section_id("tongyu-hrss", "社会保险科")}
    yu = make_user("yu", "baicheng-fupin", "deputy")
    link("baicheng-fupin", "余四", yu)
    all_bc = set(Section.objects.filter(agency__slug="baicheng-fupin").values_list("id", flat=True))
    assert service.sections_in_charge(yu, ON) == all_bc  # 主持工作
    assert len(service.sections_in_charge(yu, dt.date(2026, 3, 14))) == 2
    # accounts with no person: a chief assignment leads every section, a section-head one its own
    assert service.sections_in_charge(make_user("c2", "tongyu-hrss", "chief"), ON) == all_ty
    h2 = make_user("h2", "tongyu-hrss", "section_head", section="专技科")
    assert service.sections_in_charge(h2, ON) == {section_id("tongyu-hrss", "专技科")}


def test_snapshot(loaded: Any) -> None:
    snap = service.snapshot("baicheng-fupin", ON)
    assert snap["on"] == "2026-03-02" and snap["demo"] is True
    assert [s["name"] for s in snap["sections"]] == ["综合科", "督查科", "财务科", "扶贫开发服务中心"]
    (acting,) = snap["acting"]
    assert acting["person"] == "余四（演示）" and acting["cite"] == "baicheng-fupin:1:8"
    assert service.snapshot("baicheng-fupin", "2026-03-14")["acting"] == []
    caiwu = next(s for s in snap["sections"] if s["name"] == "财务科")
    assert caiwu["heads"] == ["潘七（演示）"] and caiwu["in_charge"] == ["董二（演示）"]
    assert {r["kind"] for r in snap["refusals"]} == {
        "chief_direct",
        "separate_in_charge",
        "recusal",
        "own_request",
        "handler",
    }
    with pytest.raises(BadInput) as exc:
        service.snapshot("baicheng-fupin", "2026-02-30")
    assert exc.value.field == "on"


def test_holding_rows_keep_their_dates_ordered(loaded: Any) -> None:
    from django.db import IntegrityError, transaction

    person = Person.objects.get(agency__slug="tongyu-hrss", name="张三")
    with pytest.raises(IntegrityError), transaction.atomic():
        Holding.objects.create(person=person, role="chief", valid_from=ON, valid_to=dt.date(2026, 1, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        InCharge.objects.create(person=person, valid_from=ON)  # neither a section nor an area


def test_cli_show_and_resolve(loaded: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["org", "show", "baicheng-fupin", "--on", "2026-03-02"]) == 0
    out = capsys.readouterr().out
    assert "余四（演示） 代 一把手" in out and "baicheng-fupin:1:8" in out and "财务科" in out
    assert (
        cli.main(["org", "resolve", "tongyu-hrss", "--roles", "chief", "--on", "2026-03-02", "--area", "finance"]) == 0
    )
    out = capsys.readouterr().out
    assert "org.chief_direct" in out and "tongyu-hrss:1:4" in out and "王五" in out
    assert cli.main(["org", "resolve", "tongyu-hrss", "--roles", "chief", "--json", "--requester", "张三"]) == 0
    assert '"org.own_request"' in capsys.readouterr().out
    assert cli.main(["org", "resolve", "tongyu-hrss", "--roles", "chief", "--on", "2026-02-30"]) == 2
    err = capsys.readouterr().err
    assert "错误" in err and "Error" in err
    assert cli.main(["org", "show", "nowhere"]) == 2
