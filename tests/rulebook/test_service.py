"""Importing seeds into the database: idempotent, refusing bad files without losing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhidu.core.errors import BadInput, NotFound
from zhidu.core.rulebook import importer
from zhidu.rulebook import service
from zhidu.rulebook.models import Clause, System, WorkItem

pytestmark = pytest.mark.django_db

EXPECTED = {"tongyu-hrss": 23, "wenshan-hrss": 62, "district-bureau": 60, "baicheng-fupin": 47, "yuanshi-hrss": 28}


def _snapshot() -> list[tuple[str | None, str]]:
    return list(Clause.objects.order_by("system__agency__order", "system__number", "seq").values_list("cite", "text"))


def test_all_five_agencies_imported() -> None:
    counts = {a.slug: a.systems.count() for a in service.agencies()}
    assert counts == EXPECTED
    assert sum(counts.values()) == 220


def test_reimport_changes_nothing() -> None:
    before = _snapshot()
    ids_before = list(System.objects.order_by("id").values_list("id", flat=True))
    results = service.import_shipped()
    assert {r.status for r in results} == {"unchanged"}
    assert _snapshot() == before
    assert list(System.objects.order_by("id").values_list("id", flat=True)) == ids_before


def test_import_of_a_seed_file_is_idempotent(tmp_path: Path) -> None:
    seed = importer.seeds_dir() / "000_7ea611607ca6091b.txt"
    copy = tmp_path / "any-name.txt"
    copy.write_bytes(seed.read_bytes())
    assert service.import_file(copy).status == "unchanged"


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe not utf-8 \x00", "第一条 随便一段文字".encode(), "通榆县人力资源和社会保障局\n".encode() * 3],
)
def test_unknown_or_malformed_file_is_refused_and_nothing_changes(tmp_path: Path, content: bytes) -> None:
    before = _snapshot()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(BadInput) as err:
        service.import_file(bad)
    assert err.value.message_zh and err.value.message_en
    assert "拒绝" in err.value.message_zh and "refused" in err.value.message_en
    assert _snapshot() == before


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        service.import_file(tmp_path / "nope.txt")


def test_a_tampered_seed_is_refused(tmp_path: Path) -> None:
    seed = (importer.seeds_dir() / "000_7ea611607ca6091b.txt").read_bytes()
    bad = tmp_path / "000_7ea611607ca6091b.txt"
    bad.write_bytes(seed.replace("三分之二".encode(), "二分之一".encode(), 1))
    before = _snapshot()
    with pytest.raises(BadInput):
        service.import_file(bad)
    assert _snapshot() == before


def test_clause_lookup_by_citation_id() -> None:
    system, clauses = service.get_clause("tongyu-hrss:2:4")
    assert system.title == "党组会议制度"
    assert clauses[0].label == "第四条"
    assert clauses[0].display == "《党组会议制度》第四条"
    assert all(c.cite and c.cite.startswith("tongyu-hrss:2:4.") for c in clauses[1:])
    assert len(clauses) > 1


@pytest.mark.parametrize("cite", ["tongyu-hrss:99", "tongyu-hrss:2:99", "nobody:1", "bad id"])
def test_unknown_citations(cite: str) -> None:
    with pytest.raises(BadInput):
        service.get_clause(cite)


def test_unknown_agency_is_not_found() -> None:
    with pytest.raises(NotFound):
        service.get_agency("nobody")


def test_duty_register_answers_which_section_handles_what() -> None:
    items = WorkItem.objects.filter(system__agency__slug="yuanshi-hrss")
    assert items.count() == 152
    petitions = [w for w in items if "信访" in w.text]
    assert petitions and "仲裁科" in petitions[0].sections


def test_each_work_item_sits_in_its_own_duty_block() -> None:
    items = WorkItem.objects.filter(system__agency__slug="yuanshi-hrss").select_related("system")
    by_system: dict[int, set[int]] = {}
    for w in items:
        by_system.setdefault(w.system.number, set()).add(w.duty_no)
    assert sorted(by_system) == list(range(1, 17))
    assert all(duties == {number} for number, duties in by_system.items())
