"""agencies/catalog-map.tsv: every catalog section id of the spec mapped to the 制度 that holds it."""

from __future__ import annotations

import csv
import re
from collections import Counter

from zhidu.core.rulebook import importer
from zhidu.core.rulebook.citation import CitationId
from zhidu.core.rulebook.model import Rulebook

from .conftest import DATA


def _catalog_ids() -> list[str]:
    """The section ids of the five catalogs (S001-34 and S001-60 are one 制度: 221 ids, 220 sections)."""
    return (DATA / "catalog_ids.txt").read_text(encoding="utf-8").split()


def _committed() -> list[dict[str, str]]:
    with importer.catalog_map_path().open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_catalog_id_list() -> None:
    ids = _catalog_ids()
    assert len(ids) == len(set(ids)) == 221
    assert all(re.fullmatch(r"S00[0-4]-\d\d", i) for i in ids)
    per_seed = Counter(i[:4] for i in ids)
    assert per_seed == {"S000": 23, "S001": 63, "S002": 60, "S003": 47, "S004": 28}


def test_committed_file_is_what_the_importer_produces(books: dict[str, Rulebook]) -> None:
    books_in_order = sorted(books.values(), key=lambda b: b.seed_file)
    text = importer.catalog_map_path().read_text(encoding="utf-8")
    assert text == importer.catalog_map_tsv(books_in_order), "run tools/gen_catalog_map.py"
    assert text.splitlines()[0].split("\t") == list(importer.CATALOG_MAP_COLUMNS)


def test_map_is_complete_and_one_to_one() -> None:
    rows = _committed()
    assert sorted(r["catalog_id"] for r in rows) == sorted(_catalog_ids())
    cites = [r["citation_id"] for r in rows]
    assert len(set(cites)) == 220
    shared = [c for c, n in Counter(cites).items() if n > 1]
    assert shared == ["wenshan-hrss:34"]
    assert {r["catalog_id"] for r in rows if r["citation_id"] == "wenshan-hrss:34"} == {"S001-34", "S001-60"}


def test_map_agrees_with_the_rulebooks(books: dict[str, Rulebook]) -> None:
    for row in _committed():
        cid = CitationId.parse(row["citation_id"])
        system = books[cid.slug].system(cid.system)
        assert system is not None
        assert row["catalog_id"] in system.catalog_ids
        assert (row["title"], row["kind"], row["domain"]) == (system.title, system.kind, system.domain)
        assert row["catalog_id"][:4] == "S" + system_seed_no(books[cid.slug])


def system_seed_no(book: Rulebook) -> str:
    return book.seed_file[:3]


def test_kinds_match_the_spec_totals() -> None:
    """spec/README: ENFORCE 96, WORKFLOW 67, CHECKLIST 45, TEXT 13 (over the 221 ids)."""
    assert Counter(r["kind"] for r in _committed()) == {"ENFORCE": 96, "WORKFLOW": 67, "CHECKLIST": 45, "TEXT": 13}


def test_every_system_is_mapped(books: dict[str, Rulebook]) -> None:
    mapped = {r["citation_id"] for r in _committed()}
    assert mapped == {f"{b.slug}:{s.number}" for b in books.values() for s in b.systems}
