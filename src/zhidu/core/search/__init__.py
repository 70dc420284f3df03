"""Full-text search over clauses: character n-grams, BM25, highlighted snippets (pure Python)."""

from __future__ import annotations

from .corpus import clause_key, docs_from_rulebooks
from .index import MAX_QUERY_CHARS, Doc, Hit, SearchIndex, SearchResult, Snippet

__all__ = [
    "MAX_QUERY_CHARS",
    "Doc",
    "Hit",
    "SearchIndex",
    "SearchResult",
    "Snippet",
    "clause_key",
    "docs_from_rulebooks",
]
