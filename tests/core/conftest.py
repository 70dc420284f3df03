"""Fixtures for the pure rulebook core: the five shipped rulebooks, built once per session (no Django)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhidu.core.rulebook import importer
from zhidu.core.rulebook.citation import CitationId
from zhidu.core.rulebook.model import Clause, Rulebook, System

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def manifests() -> dict[str, importer.Manifest]:
    return {m.slug: m for m in importer.manifests()}


@pytest.fixture(scope="session")
def books() -> dict[str, Rulebook]:
    return {b.slug: b for b in importer.load_shipped()}


@pytest.fixture(scope="session")
def seed_texts(manifests: dict[str, importer.Manifest]) -> dict[str, str]:
    return {slug: (importer.seeds_dir() / m.seed).read_text(encoding="utf-8") for slug, m in manifests.items()}


def cite(books: dict[str, Rulebook], cid: str) -> tuple[System, Clause]:
    """The system and clause a citation id names (the root clause for ``slug:n``)."""
    c = CitationId.parse(cid)
    system = books[c.slug].system(c.system)
    assert system is not None, cid
    clause = system.clause(c.path)
    assert clause is not None, cid
    return system, clause
