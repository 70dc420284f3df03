"""``zhidu org load``: the YAML lands in the database once; loading again writes nothing; rows entered by
hand are left alone; demo accounts are linked to the people the file names."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from zhidu import cli
from zhidu.accounts import demo
from zhidu.core import org as core
from zhidu.core.errors import NotFound
from zhidu.org import loader
from zhidu.org.models import Acting, Holding, InCharge, Person, Section

pytestmark = pytest.mark.django_db

MODELS = (Section, Person, Holding, InCharge, Acting)


def counts() -> dict[str, int]:
    return {m.__name__: m.objects.count() for m in MODELS}


def rows() -> set[tuple[Any, ...]]:
    """Every stored row's content (not its id), to compare two loads."""
    out: set[tuple[Any, ...]] = set()
    for m in MODELS:
        fields = [f.attname for f in m._meta.concrete_fields if f.attname != "id"]
        out |= {(m.__name__, *(str(v) for v in r)) for r in m.objects.values_list(*fields)}
    return out


def test_load_is_idempotent(loaded: list[loader.LoadResult]) -> None:
    assert {r.slug for r in loaded} == {
        "tongyu-hrss",
        "wenshan-hrss",
        "district-bureau",
        "baicheng-fupin",
        "yuanshi-hrss",
    }
    assert all(r.created > 0 for r in loaded)
    before_counts, before_rows = counts(), rows()
    again = loader.load_shipped()
    assert [r.changed for r in again] == [False] * 5
    assert all("无变化" in r.line() and "unchanged" in r.line() for r in again)
    assert counts() == before_counts and rows() == before_rows


def test_loaded_rows_match_the_file(loaded: list[loader.LoadResult]) -> None:
    chart = core.chart_for("wenshan-hrss")
    sections = Section.objects.filter(agency__slug="wenshan-hrss")
    assert sections.filter(kind="section").count() == 19 and sections.filter(kind="unit").count() == 7
    assert list(sections.values_list("name", flat=True)) == [s.name for s in chart.sections]
    assert Holding.objects.filter(person__agency__slug="wenshan-hrss").count() == len(chart.holdings)
    assert InCharge.objects.filter(person__agency__slug="wenshan-hrss").count() == len(chart.in_charge)
    acting = Acting.objects.get(person__agency__slug="baicheng-fupin")
    assert (acting.person.name, acting.for_role, acting.cite) == ("余四", "chief", "baicheng-fupin:1:8")
    assert (acting.valid_from, acting.valid_to) == (dt.date(2026, 3, 2), dt.date(2026, 3, 13))
    assert Person.objects.filter(demo=False).count() == 0  # every shipped person is demo data


def test_a_changed_row_is_put_back_and_a_hand_row_is_kept(loaded: list[loader.LoadResult]) -> None:
    h = Holding.objects.get(person__name="钱七", role="section_head")
    h.valid_to = dt.date(2030, 1, 1)
    h.save()
    stray = Holding.objects.create(person=h.person, role="staff", section=h.section, valid_from=dt.date(2026, 5, 1))
    hand = Person.objects.create(agency=h.person.agency, name="手工录入", demo=False)
    (result,) = loader.load_shipped("tongyu-hrss")
    assert (result.updated, result.created, result.deleted) == (1, 0, 0)
    h.refresh_from_db()
    assert h.valid_to == dt.date(2026, 3, 1)
    assert Holding.objects.filter(pk=stray.pk).exists() and Person.objects.filter(pk=hand.pk).exists()


def test_rows_the_file_drops_are_deleted(loaded: list[loader.LoadResult]) -> None:
    chart = core.chart_for("baicheng-fupin")
    smaller = dataclasses.replace(
        chart,
        people=tuple(p for p in chart.people if p.name != "夏十"),
        holdings=tuple(h for h in chart.holdings if h.person != "夏十"),
        acting=(),
        accounts={k: v for k, v in chart.accounts.items() if v != "夏十"},
    )
    result = loader.load_chart(smaller)
    assert result.deleted == 3  # 夏十's post, 夏十, the acting arrangement
    assert not Person.objects.filter(name="夏十").exists()
    assert not Acting.objects.filter(person__agency__slug="baicheng-fupin").exists()
    assert loader.load_chart(chart).created == 3  # and back


def test_demo_accounts_are_linked_to_their_people(db: Any) -> None:
    demo.ensure_demo_accounts(password="not-a-real-password-42")
    results = loader.load_shipped()
    assert "tongyu-hrss.chief" in next(r for r in results if r.slug == "tongyu-hrss").linked
    zhang = Person.objects.get(agency__slug="tongyu-hrss", name="张三")
    assert zhang.user is not None and zhang.user.username == "tongyu-hrss.chief"
    assert (
        Person.objects.get(agency__slug="baicheng-fupin", name="董二").user.username == "baicheng-fupin.finance_deputy"
    )
    # party_secretary is the chief's person too: one person links one account, so that account stays unlinked
    assert not Person.objects.filter(user__username="tongyu-hrss.party_secretary").exists()
    assert all(not r.linked for r in loader.load_shipped())


def test_an_agency_not_imported_is_refused(db: Any) -> None:
    chart = dataclasses.replace(core.chart_for("tongyu-hrss"), agency="nowhere")
    with pytest.raises(NotFound) as exc:
        loader.load_chart(chart)
    assert exc.value.field == "agency"


def test_cli_load(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["org", "load", "district-bureau"]) == 0
    assert "district-bureau" in capsys.readouterr().out
    assert cli.main(["org", "load", "district-bureau"]) == 0
    assert "无变化" in capsys.readouterr().out
    assert cli.main(["org", "load", "nowhere"]) == 2
    err = capsys.readouterr().err
    assert "错误" in err and "Error" in err
