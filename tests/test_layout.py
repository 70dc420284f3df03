"""The pure core stays pure: nothing under zhidu.core imports Django."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "src" / "zhidu" / "core"


def test_core_imports_no_django() -> None:
    offenders = []
    files = list(CORE.rglob("*.py"))
    assert files, "no core modules found"
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in {"django", "ninja"}]
    assert offenders == []


def test_agency_figures_live_in_data() -> None:
    """Each agency has its own data folder with its rulebook manifest."""
    agencies = CORE.parent / "agencies"
    slugs = sorted(p.parent.name for p in agencies.glob("*/rulebook.yaml"))
    assert slugs == ["baicheng-fupin", "district-bureau", "tongyu-hrss", "wenshan-hrss", "yuanshi-hrss"]
