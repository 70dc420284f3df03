"""`zhidu backup` / `zhidu restore` (issue 4 item 7): a round trip restores every table exactly (raw rows
as the database driver returns them, ids and sequences included) and the uploaded files; the ledger
verifies afterwards and continues from the archived head. Tampered, damaged and mismatched archives are
refused, bilingually, and the database is left as it was. Runs on SQLite and on PostgreSQL
(``ZHIDU_DB=postgres``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from zhidu import cli
from zhidu.accounts.models import RoleAssignment, User
from zhidu.agencies.models import Agency
from zhidu.backup import service, tables
from zhidu.backup.archive import ArchiveError
from zhidu.ledger import service as ledger
from zhidu.ledger.models import LedgerEntry
from zhidu.rulebook.models import Clause
from zhidu.workcalendar import service as cal

pytestmark = pytest.mark.django_db
D = dt.date


# --- helpers --------------------------------------------------------------------------------------


def raw_tables() -> dict[str, list[tuple[Any, ...]]]:
    """Every table as the database driver returns it (no Django conversion), rows in primary-key order."""
    qn = connection.ops.quote_name
    out = {}
    with connection.cursor() as cur:
        for m in tables.backup_models():
            cur.execute(f"SELECT * FROM {qn(m._meta.db_table)} ORDER BY {qn(m._meta.pk.column)}")
            out[m._meta.db_table] = [tuple(r) for r in cur.fetchall()]
    return out


def media_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def members_of(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar}  # type: ignore[union-attr]


def write_members(path: Path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


@contextmanager
def edit_json(members: dict[str, bytes], name: str) -> Iterator[Any]:
    """Change the JSON member ``name`` in place: it is written back on leaving (its checksum is not)."""
    doc = json.loads(members[name])
    yield doc
    members[name] = json.dumps(doc, ensure_ascii=False).encode()


def rehash(members: dict[str, bytes], *names: str) -> None:
    """Recompute the manifest's checksums of ``names`` (a forger who knows the format)."""
    with edit_json(members, "manifest.json") as manifest:
        for name in names:
            manifest["members"][name] = hashlib.sha256(members[name]).hexdigest()


def backup_members(tmp_path: Path) -> dict[str, bytes]:
    """The members of a fresh backup, to tamper with."""
    return members_of(service.backup(tmp_path / "b.tar.gz").path)


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.VAR_DIR = tmp_path / "var"
    settings.MEDIA_ROOT = tmp_path / "var" / "media"
    root = Path(settings.MEDIA_ROOT)
    (root / "uploads" / "2026").mkdir(parents=True)
    (root / "uploads" / "2026" / "请示.txt").write_text("关于购置办公设备的请示\n", encoding="utf-8")
    (root / "uploads" / "scan.bin").write_bytes(bytes(range(256)) * 40)
    return root


@pytest.fixture
def populated(media: Path) -> dict[str, Any]:
    """Rows in many tables, written the ordinary way (so the ledger captures them), with a gap in the
    users' ids (a deleted user) so that the sequence is ahead of max(id)."""
    agency = Agency.objects.get(slug="tongyu-hrss")
    alice = User.objects.create_user("bk-alice", password="Backup-pass-2026!", agency=agency, display_name="张三")
    bob = User.objects.create_user("bk-bob", password="Backup-pass-2026!", agency=agency, display_name="李四")
    gone = User.objects.create_user("bk-gone", password="Backup-pass-2026!", agency=agency)
    gone.delete()
    RoleAssignment.objects.create(user=alice, agency=agency, role="chief", valid_from=D(2025, 1, 1))
    RoleAssignment.objects.create(user=bob, agency=agency, role="staff", section="办公室", valid_from=D(2026, 3, 2))
    cal.set_override(2027, [D(2027, 3, 5)], [D(2027, 3, 6)], "国务院办公厅通知（测试）", user=alice)
    ledger.record("test.note", category="system", reason="备份前的说明 / a note before the backup", meta={"n": 1.5})
    return {"alice": alice, "bob": bob, "media": media}


# --- round trip -----------------------------------------------------------------------------------


def test_round_trip_restores_every_table_and_file_exactly(populated: dict[str, Any], tmp_path: Path) -> None:
    before = raw_tables()
    next_before = tables.next_ids(tables.backup_models())
    files_before = media_of(populated["media"])
    assert ledger.verify().ok
    result = service.backup(tmp_path / "b.tar.gz")
    head = result.manifest["ledger"]["head_hash"]
    assert head == before["ledger_head"][0][2]  # taken before the backup recorded itself
    assert result.manifest["ledger"]["count"] == len(before["ledger_entry"])
    assert {t["model"]: t["rows"] for t in result.manifest["tables"]}["accounts.user"] == len(before["accounts_user"])
    # the backup recorded itself (after the snapshot: the archive ends at the entry before)
    last = LedgerEntry.objects.order_by("-seq").first()
    assert last is not None and last.action == "backup" and last.category == "system"
    assert last.after["sha256"] == result.sha256 and last.after["ledger_head"] == head

    # Afterwards people change and delete things, and files come and go.
    populated["bob"].delete()
    cal.set_override(2027, [D(2027, 3, 8)], [], "更正通知", expected_version=1)
    cal.set_override(2028, [], [], "2028 年通知")
    Clause.objects.filter(pk=Clause.objects.order_by("pk").first().pk).update(text="被改动的条文")
    (populated["media"] / "uploads" / "scan.bin").unlink()
    (populated["media"] / "new.txt").write_text("新文件")
    assert raw_tables() != before

    restored = service.restore(result.path, force=True)

    after = raw_tables()
    for table, rows in before.items():
        if table in ("ledger_entry", "ledger_head"):
            continue
        assert after[table] == rows, table
    # the ledger: the archived entries as they were, then one entry for the restore chained to them
    n = len(before["ledger_entry"])
    assert after["ledger_entry"][:n] == before["ledger_entry"]
    assert len(after["ledger_entry"]) == n + 1
    entry = LedgerEntry.objects.get(seq=restored.entry_seq)
    assert entry.seq == n + 1 and entry.action == "restore" and entry.category == "system"
    assert entry.prev_hash == head and entry.after["sha256"] == result.sha256
    report = ledger.verify()
    assert report.ok and report.count == n + 1
    assert media_of(populated["media"]) == files_before
    # the id sequences are where they were: no id is handed out twice
    next_after = tables.next_ids(tables.backup_models())
    assert next_after.pop("ledger.ledgerentry") == next_before.pop("ledger.ledgerentry") + 1
    assert next_after == next_before
    assert User.objects.create_user("bk-new", password="Backup-pass-2026!").pk == next_before["accounts.user"]
    assert User.objects.filter(pk=populated["alice"].pk, display_name="张三").exists()


def test_the_archive_holds_microseconds_and_the_manifest_describes_it(
    populated: dict[str, Any], tmp_path: Path
) -> None:
    result = service.backup(tmp_path / "b.tar.gz")
    members = members_of(result.path)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "zhidu-backup" and manifest["format_version"] == 1
    assert manifest["engine"] == connection.vendor
    assert "0002_calendaroverride_version" in manifest["migrations"]["workcalendar"]
    assert manifest["media"] == {"files": 2, "bytes": len("关于购置办公设备的请示\n".encode()) + 256 * 40}
    for name, sha in manifest["members"].items():
        assert hashlib.sha256(members[name]).hexdigest() == sha
    entries = json.loads(members["db/ledger.ledgerentry.json"])
    at = entries["columns"].index("at")
    stored = [str(e.at.isoformat()) for e in LedgerEntry.objects.order_by("pk")][: len(entries["rows"])]
    assert [r[at] for r in entries["rows"]] == stored  # full microseconds, not Django's milliseconds
    assert oct((tmp_path / "b.tar.gz").stat().st_mode & 0o777) == "0o600"


def test_restore_refuses_a_database_with_data_unless_forced(populated: dict[str, Any], tmp_path: Path) -> None:
    path = service.backup(tmp_path / "b.tar.gz").path
    before = raw_tables()
    with pytest.raises(ArchiveError) as err:
        service.restore(path)
    assert "--force" in err.value.message_zh and "--force" in err.value.message_en
    assert raw_tables() == before


# --- refusals -------------------------------------------------------------------------------------


def _refused(path: Path, *needles: str) -> ArchiveError:
    before = raw_tables()
    files = media_of(Path(service.media_root()))
    with pytest.raises(ArchiveError) as err:
        service.restore(path, force=True)
    assert raw_tables() == before, "the database changed"
    assert media_of(Path(service.media_root())) == files, "MEDIA_ROOT changed"
    text = err.value.message_zh + " / " + err.value.message_en
    for needle in needles:
        assert needle in text, text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err.value.message_zh)
    return err.value


def _refused_members(tmp_path: Path, members: dict[str, bytes], *needles: str) -> ArchiveError:
    """Write the tampered ``members`` as an archive; restoring it is refused (``_refused``)."""
    bad = tmp_path / "tampered.tar.gz"
    write_members(bad, members)
    return _refused(bad, *needles)


def test_an_edited_ledger_row_is_refused_naming_the_entry(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    with edit_json(members, "db/ledger.ledgerentry.json") as doc:
        cols = doc["columns"]
        victim = doc["rows"][2]
        victim[cols.index("reason")] = "事后补写的理由"
    rehash(members, "db/ledger.ledgerentry.json")  # the checksums agree: only the chain can tell
    seq = victim[cols.index("seq")]
    err = _refused_members(tmp_path, members, f"第 {seq} 条", f"entry {seq}", "拒绝恢复", "refused")
    assert "台账" in err.message_zh and "ledger" in err.message_en


def test_a_deleted_ledger_row_is_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    with edit_json(members, "db/ledger.ledgerentry.json") as doc:
        del doc["rows"][1]
    with edit_json(members, "manifest.json") as manifest:
        next(t for t in manifest["tables"] if t["model"] == "ledger.ledgerentry")["rows"] -= 1
    rehash(members, "db/ledger.ledgerentry.json")
    _refused_members(tmp_path, members, "第 2 条", "entry 2")


def test_a_member_that_no_longer_matches_its_checksum_is_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    with edit_json(members, "db/accounts.user.json") as doc:
        doc["rows"][0][doc["columns"].index("is_superuser")] = True
    _refused_members(tmp_path, members, "db/accounts.user.json", "SHA-256")


def test_a_changed_media_file_is_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    members["media/uploads/2026/请示.txt"] = "改过的请示".encode()
    _refused_members(tmp_path, members, "media/uploads/2026/请示.txt", "SHA-256")


def test_a_manifest_head_that_does_not_match_the_archived_chain_is_refused(
    populated: dict[str, Any], tmp_path: Path
) -> None:
    members = backup_members(tmp_path)
    with edit_json(members, "manifest.json") as manifest:
        manifest["ledger"]["head_hash"] = "f" * 64
    _refused_members(tmp_path, members, "清单", "manifest")


def test_another_migration_state_is_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    with edit_json(members, "manifest.json") as manifest:
        manifest["migrations"]["workcalendar"].remove("0002_calendaroverride_version")
    _refused_members(tmp_path, members, "迁移", "migration", "workcalendar.0002_calendaroverride_version")


def test_an_archive_that_fails_half_way_leaves_the_database_as_it_was(
    populated: dict[str, Any], tmp_path: Path
) -> None:
    """Rows that break a foreign key get past every check of the archive but not the database: the
    restore transaction is rolled back, the tables wiped inside it included."""
    members = backup_members(tmp_path)
    with edit_json(members, "db/accounts.roleassignment.json") as doc:
        doc["rows"][0][doc["columns"].index("user_id")] = 987654321
    rehash(members, "db/accounts.roleassignment.json")
    _refused_members(tmp_path, members, "数据库未作任何改动", "the database is unchanged")


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda good: good[: len(good) // 2], id="truncated"),
        pytest.param(lambda good: good[:40], id="truncated-header"),
        pytest.param(lambda good: b"this is not an archive\x00" * 50, id="garbage"),
        pytest.param(lambda good: b"", id="empty"),
    ],
)
def test_a_damaged_file_is_refused_by_the_cli_bilingually_with_status_2(
    populated: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Any
) -> None:
    good = service.backup(tmp_path / "b.tar.gz").path.read_bytes()
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(make(good))
    before = raw_tables()
    assert cli.main(["restore", str(bad), "--force"]) == 2
    err = capsys.readouterr().err
    assert "错误：" in err and "Error: " in err and "Traceback" not in err
    assert "备份文件" in err and "archive" in err
    assert raw_tables() == before


def test_cli_backup_and_missing_file(
    populated: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["backup", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    written = list(tmp_path.glob("zhidu-*.tar.gz"))
    assert len(written) == 1 and str(written[0]) in out and "SHA-256" in out
    assert cli.main(["restore", str(tmp_path / "nothing.tar.gz")]) == 2
    err = capsys.readouterr().err
    assert "找不到备份文件" in err and "no such backup file" in err


def test_a_tar_member_escaping_media_root_is_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    members["media/../../evil.txt"] = b"x"
    rehash(members, "media/../../evil.txt")
    _refused_members(tmp_path, members, "evil.txt")
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "var" / "evil.txt").exists()


def test_a_value_its_field_cannot_read_is_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    with edit_json(members, "db/accounts.user.json") as doc:
        doc["rows"][0][doc["columns"].index("date_joined")] = "2026-02-30T25:00:00"
    rehash(members, "db/accounts.user.json")
    _refused_members(tmp_path, members, "恢复失败", "restore failed")


def test_the_cli_restores_into_a_brand_new_database_in_another_process(
    populated: dict[str, Any], tmp_path: Path
) -> None:
    """The real thing, outside the test's transaction: a fresh SQLite file is migrated, restored and
    committed, the files put in place, and `zhidu ledger verify` agrees. (Under ZHIDU_DB=postgres the
    archive comes from PostgreSQL: the portable form crosses engines.)"""
    result = service.backup(tmp_path / "b.tar.gz")
    fresh = tmp_path / "fresh"
    env = {
        **os.environ,
        "ZHIDU_DB": "sqlite",
        "ZHIDU_SQLITE_PATH": str(fresh / "zhidu.sqlite3"),
        "ZHIDU_VAR_DIR": str(fresh / "var"),
        "DJANGO_SETTINGS_MODULE": "zhidu.settings.dev",
    }
    zhidu = [sys.executable, "-m", "zhidu.cli"]
    done = subprocess.run([*zhidu, "restore", str(result.path)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "已恢复 / restored" in done.stdout
    verify = subprocess.run([*zhidu, "ledger", "verify"], env=env, capture_output=True, text=True, timeout=120)
    assert verify.returncode == 0 and "ledger OK" in verify.stdout, verify.stdout + verify.stderr
    db = sqlite3.connect(fresh / "zhidu.sqlite3")
    try:
        for t in result.manifest["tables"]:
            (n,) = db.execute(f'SELECT COUNT(*) FROM "{t["table"]}"').fetchone()
            extra = {"ledger_entry": 2}.get(t["table"], 0)  # the restore, then the verification (audit log)
            assert n == t["rows"] + extra, t
    finally:
        db.close()
    assert media_of(fresh / "var" / "media") == media_of(populated["media"])
    again = subprocess.run([*zhidu, "restore", str(result.path)], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "--force" in again.stderr and "Traceback" not in again.stderr


def test_an_archive_without_the_ledger_head_row_is_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    """Entries cut from the end leave a chain that verifies by itself; the head row is what shows it."""
    members = backup_members(tmp_path)
    with edit_json(members, "db/ledger.ledgerentry.json") as entries:
        entries["rows"] = entries["rows"][:-2]
    with edit_json(members, "db/ledger.ledgerhead.json") as head:
        head["rows"] = []
    with edit_json(members, "manifest.json") as manifest:
        for t in manifest["tables"]:
            t["rows"] = {"ledger.ledgerentry": len(entries["rows"]), "ledger.ledgerhead": 0}.get(t["model"], t["rows"])
    rehash(members, "db/ledger.ledgerentry.json", "db/ledger.ledgerhead.json")
    _refused_members(tmp_path, members, "台账头记录缺失", "head row is missing")


def test_entries_cut_from_the_end_are_refused(populated: dict[str, Any], tmp_path: Path) -> None:
    members = backup_members(tmp_path)
    with edit_json(members, "db/ledger.ledgerentry.json") as entries:
        n = len(entries["rows"])
        entries["rows"] = entries["rows"][:-2]
    with edit_json(members, "manifest.json") as manifest:
        next(t for t in manifest["tables"] if t["model"] == "ledger.ledgerentry")["rows"] = n - 2
    rehash(members, "db/ledger.ledgerentry.json")
    _refused_members(tmp_path, members, f"第 {n - 1} 条", f"entries from {n - 1} on were deleted")
