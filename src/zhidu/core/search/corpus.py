"""Search documents from rulebooks: one per clause, keyed by its citation id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..rulebook.model import Rulebook
from .index import Doc


def clause_key(slug: str, system_number: int, path: tuple[int, ...] | None, seq: int) -> str:
    """``tongyu-hrss:2:3.5``; the system root is ``tongyu-hrss:2``; a chapter heading ``tongyu-hrss:2#c7``."""
    base = f"{slug}:{system_number}"
    if path is None:
        return f"{base}#c{seq}"
    return f"{base}:{'.'.join(str(p) for p in path)}" if path else base


def docs_from_rulebooks(rulebooks: Iterable[Rulebook]) -> Iterator[Doc]:
    """Every clause of every system, in rulebook order (which becomes the tie-break order)."""
    for book_no, book in enumerate(rulebooks):
        for system in book.systems:
            for clause in system.clauses:
                if not clause.text.strip():
                    continue
                yield Doc(
                    key=clause_key(book.slug, system.number, clause.path, clause.seq),
                    agency=book.slug,
                    domain=system.domain,
                    title=system.title,
                    text=clause.text,
                    sort_key=(book_no, system.number, clause.seq),
                )
