"""`make run` on a fresh clone: `zhidu setup` creates its data folder, database, agencies and demo logins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_setup_in_an_empty_folder(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZHIDU_", "DJANGO_"))}
    env |= {"ZHIDU_VAR_DIR": str(tmp_path / "var"), "DJANGO_SETTINGS_MODULE": "zhidu.settings.dev"}
    zhidu = Path(sys.executable).with_name("zhidu")
    early = subprocess.run(
        [str(zhidu), "rulebook", "list"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert early.returncode == 2 and "Traceback" not in early.stderr
    assert "zhidu setup" in early.stderr and "尚未初始化" in early.stderr
    out = subprocess.run([str(zhidu), "setup"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "var" / "zhidu.sqlite3").exists()
    assert out.stdout.count("已导入") == 5
    assert "tongyu-hrss.chief" in out.stdout and "shared password" in out.stdout
    again = subprocess.run([str(zhidu), "setup"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "shared password:" not in again.stdout
