"""The registry of approval kinds. Each module of this package declares kinds and registers them."""

from __future__ import annotations

from importlib import import_module
from pkgutil import iter_modules

from zhidu.core.errors import NotFound

from .base import Context, Kind, Preview, money, preview

KINDS: dict[str, Kind] = {}
_loaded = False


def register(kind_class: type[Kind]) -> type[Kind]:
    """Class decorator: register one instance of the kind under its id."""
    if kind_class.id in KINDS:
        raise ValueError(f"approval kind {kind_class.id} registered twice")
    KINDS[kind_class.id] = kind_class()
    return kind_class


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for mod in iter_modules(__path__):
            if mod.name != "base":
                import_module(f"{__name__}.{mod.name}")


def all_kinds() -> dict[str, Kind]:
    _load()
    return KINDS


def get(kind_id: str) -> Kind:
    _load()
    try:
        return KINDS[kind_id]
    except KeyError:
        raise NotFound(f"没有审批类别 {kind_id!r}", f"no approval kind {kind_id!r}", "kind") from None


def for_agency(slug: str) -> list[Kind]:
    return [k for k in all_kinds().values() if k.applies_to(slug)]


__all__ = ["KINDS", "Context", "Kind", "Preview", "all_kinds", "for_agency", "get", "money", "preview", "register"]
