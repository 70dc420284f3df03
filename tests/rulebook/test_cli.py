"""The `zhidu rulebook` command: list, show, search, import; errors in Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhidu import cli

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_agencies(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulebook", "list")
    assert code == 0
    for slug in ("tongyu-hrss", "wenshan-hrss", "district-bureau", "baicheng-fupin", "yuanshi-hrss"):
        assert slug in out


def test_list_one_agency(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulebook", "list", "district-bureau")
    assert code == 0
    assert "计算机管理制度" in out and "S002-52" in out
    assert len(out.strip().splitlines()) == 60


def test_show_clause(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulebook", "show", "tongyu-hrss:2:3.6")
    assert code == 0
    assert "《党组会议制度》第三条第（六）项" in out
    assert "有关党组成员应当回避" in out


def test_search_finds_recusal_across_agencies(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulebook", "search", "回避", "--limit", "100")
    assert code == 0
    for slug in ("tongyu-hrss", "wenshan-hrss", "district-bureau", "baicheng-fupin"):
        assert f"{slug}:" in out, slug
    assert "【回避】" in out


def test_unknown_citation_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rulebook", "show", "tongyu-hrss:99")
    assert code == 2
    assert "错误" in err and "Error" in err


def test_import_refuses_unknown_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_text("第一条 本制度自发布之日起施行。", encoding="utf-8")
    code, _, err = run(capsys, "rulebook", "import", str(bad))
    assert code == 2
    assert "拒绝" in err and "refused" in err


def test_import_shipped_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulebook", "import")
    assert code == 0
    assert out.count("unchanged") == 5
