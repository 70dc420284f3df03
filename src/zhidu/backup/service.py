"""``zhidu backup`` and ``zhidu restore`` (issue 4 item 7; docs/operations.md).

``backup`` reads every table in one consistent snapshot (a REPEATABLE READ, read-only transaction on
PostgreSQL; one transaction on SQLite), writes the archive (``zhidu.backup.archive``) and then records
itself in the ledger (category ``system``) with the archive's SHA-256 and the ledger head it holds.

``restore`` reads and checks the whole archive first — member checksums, the migration state, the
tables' columns — and verifies the archived ledger chain with ``zhidu.core.ledger.verify`` before the
database is touched; an archive whose chain does not verify is refused, naming the first bad entry.
It refuses to overwrite a database that holds anything unless ``force`` is given. Then, in one
transaction, inside ``zhidu.ledger.service.maintenance()`` (the ledger's own way to lift its
append-only guard, PostgreSQL trigger included, for replacing the whole database), it empties every
table, inserts the archived rows as they are (ids included) and sets each id sequence where the
archive had it; then it checks the foreign keys, records the restore in the ledger (so the restored
chain continues from the archived head) and puts the archived uploaded files in place of MEDIA_ROOT.
Any failure rolls the transaction back and leaves MEDIA_ROOT as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from zhidu.core import ledger as core_ledger
from zhidu.core.errors import BadInput

from . import archive, tables
from .archive import ArchiveError

# What a damaged archive or a full disk raises while the restore runs: reported, not a traceback.
FAILURES = (DatabaseError, ValidationError, ValueError, TypeError, OSError)
LEDGER_ENTRY = "ledger.ledgerentry"
LEDGER_HEAD = "ledger.ledgerhead"


def _zhidu_version() -> str:
    try:
        return version("zhidu")
    except PackageNotFoundError:  # pragma: no cover — running from a source tree without install
        return "unknown"


def media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def default_path(now: dt.datetime | None = None) -> Path:
    now = timezone.localtime(now or timezone.now())
    return Path(settings.VAR_DIR) / "backups" / f"zhidu-{now:%Y%m%d-%H%M%S}.tar.gz"


def applied_migrations(using: str = "default") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for app, name in MigrationRecorder(connections[using]).applied_migrations():
        out.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(out.items())}


def dump(using: str = "default") -> dict[str, dict[str, Any]]:
    """Every table (model label → document of ``tables.dump_table``), in load order. Tests compare
    these before a backup and after a restore."""
    return {tables.label(m): tables.dump_table(m, using) for m in tables.backup_models()}


@contextmanager
def _snapshot(using: str) -> Iterator[None]:
    conn = connections[using]
    outermost = not conn.in_atomic_block
    with transaction.atomic(using=using):
        if outermost and conn.vendor == "postgresql":
            with conn.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def verify_archived_ledger(docs: dict[str, dict[str, Any]]) -> core_ledger.VerifyReport:
    """The archived ledger rows and head row checked with ``zhidu.core.ledger.verify``."""
    from zhidu.ledger.models import LedgerEntry, LedgerHead

    entries = list(tables.instances(LedgerEntry, docs[LEDGER_ENTRY])) if LEDGER_ENTRY in docs else []
    heads = list(tables.instances(LedgerHead, docs[LEDGER_HEAD])) if LEDGER_HEAD in docs else []
    head = core_ledger.Head(int(heads[0].seq), str(heads[0].hash)) if heads else None
    report = core_ledger.verify(entries, head=head)
    if head is None and entries and report.ok:  # as ``zhidu ledger verify``: the end cannot be confirmed
        return core_ledger.VerifyReport(
            False,
            report.count,
            None,
            "台账头记录缺失，无法确认末尾条目是否完整",
            "the ledger's head row is missing: the end of the chain cannot be confirmed",
            None,
            report.head_hash,
        )
    return report


# --- backup ---------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    path: Path
    sha256: str
    manifest: dict[str, Any]

    def lines(self) -> list[str]:
        m = self.manifest
        rows = sum(t["rows"] for t in m["tables"])
        led = m["ledger"]
        out = [
            f"已写入备份 / backup written: {self.path}",
            f"  SHA-256: {self.sha256}",
            f"  {len(m['tables'])} 张表 / tables, {rows} 行 / rows; {m['media']['files']} 个文件 / files "
            f"({m['media']['bytes']} 字节 / bytes)",
            f"  留痕台账 / ledger: {led['count']} 条 / entries, head {led['head_hash']}",
        ]
        if not led["verified"]:
            out.append(
                f"警告：留痕台账未通过校验（第 {led['first_bad']} 条：{led['problem_zh']}），此备份无法恢复。\n"
                f"Warning: the ledger does not verify (entry {led['first_bad']}: {led['problem_en']}); "
                "this archive cannot be restored."
            )
        return out


def backup(out: Path | None = None, *, using: str = "default") -> BackupResult:
    """Write the archive to ``out`` (a file, or a folder to put a dated file in; default
    var/backups/zhidu-YYYYmmdd-HHMMSS.tar.gz) and record the backup in the ledger."""
    from zhidu.ledger import service as ledger

    path = Path(out) if out is not None else default_path()
    if path.is_dir():
        path = path / default_path().name
    models_ = tables.backup_models()
    with _snapshot(using):
        created = timezone.now()
        docs = {tables.label(m): tables.dump_table(m, using) for m in models_}
        next_ids = tables.next_ids(models_, using)
        migrations = applied_migrations(using)
    report = verify_archived_ledger(docs)
    manifest: dict[str, Any] = {
        "format": archive.FORMAT,
        "format_version": archive.FORMAT_VERSION,
        "created_at": created.isoformat(),
        "zhidu_version": _zhidu_version(),
        "engine": connections[using].vendor,
        "migrations": migrations,
        "tables": [
            {
                "model": lbl,
                "table": doc["table"],
                "member": archive.db_member(lbl),
                "rows": len(doc["rows"]),
                **({"next_id": next_ids[lbl]} if lbl in next_ids else {}),
            }
            for lbl, doc in docs.items()
        ],
        "ledger": {
            "count": report.count,
            "head_hash": report.head_hash,
            "verified": report.ok,
            "first_bad": report.first_bad,
            "problem_zh": report.problem_zh,
            "problem_en": report.problem_en,
        },
    }
    db_members = {archive.db_member(lbl): archive.to_json_bytes(doc) for lbl, doc in docs.items()}
    try:
        sha = archive.write(path, db_members, media_root(), manifest)
    except OSError as exc:
        raise BadInput(
            f"无法写入备份文件 {path}：{exc}", f"cannot write the backup file {path}: {exc}", "out"
        ) from None
    ledger.record(
        "backup",
        category="system",
        obj_type="backup",
        obj_id=sha[:16],
        after={
            "file": path.name,
            "sha256": sha,
            "ledger_count": report.count,
            "ledger_head": report.head_hash,
            "tables": len(docs),
            "rows": sum(len(d["rows"]) for d in docs.values()),
            "media_files": manifest["media"]["files"],
        },
    )
    return BackupResult(path, sha, manifest)


# --- restore --------------------------------------------------------------------------------------


@dataclass
class RestoreResult:
    path: Path
    sha256: str
    manifest: dict[str, Any]
    rows: int
    ledger_count: int
    entry_seq: int

    def lines(self) -> list[str]:
        m = self.manifest
        return [
            f"已恢复 / restored: {self.path} (SHA-256 {self.sha256[:16]}…)",
            f"  备份时间 / made at {m['created_at']} ({m['engine']}, zhidu {m.get('zhidu_version', '?')})",
            f"  {len(m['tables'])} 张表 / tables, {self.rows} 行 / rows; {m['media']['files']} 个文件 / files",
            f"  留痕台账校验通过 / ledger verified: {self.ledger_count} 条 / entries, head {m['ledger']['head_hash']}",
            f"  本次恢复记入台账第 {self.entry_seq} 条 / this restore is ledger entry {self.entry_seq}",
        ]


def _check_migrations(arc: archive.Archive, using: str) -> None:
    here = applied_migrations(using)
    there = {a: sorted(n) for a, n in arc.manifest["migrations"].items() if isinstance(n, list)}
    if here == there:
        return
    only_there = sorted(f"{a}.{n}" for a, ns in there.items() for n in ns if n not in here.get(a, []))
    only_here = sorted(f"{a}.{n}" for a, ns in here.items() for n in ns if n not in there.get(a, []))
    detail = "; ".join(
        part
        for part in (
            f"备份有而本库没有 / only in the archive: {', '.join(only_there[:8])}" if only_there else "",
            f"本库有而备份没有 / only here: {', '.join(only_here[:8])}" if only_here else "",
        )
        if part
    )
    raise ArchiveError(
        "备份的数据库结构（迁移状态）与本数据库不一致，不能恢复。请用制作备份的 zhidu 版本恢复，"
        f"或先将本数据库迁移到相同状态（{detail}）",
        "the archive's schema (its migration state) differs from this database's; restore it with the zhidu "
        f"version that made it, or migrate this database to the same state first ({detail})",
    )


def _check_tables(arc: archive.Archive) -> list[type[models.Model]]:
    models_ = tables.backup_models()
    here = {tables.label(m) for m in models_}
    there = set(arc.tables)
    if here != there:
        diff = sorted(here ^ there)
        raise ArchiveError(
            f"备份中的表与本数据库的表不一致：{', '.join(diff[:8])}",
            f"the archive's tables differ from this database's: {', '.join(diff[:8])}",
        )
    for m in models_:
        problem = tables.schema_problems(m, arc.tables[tables.label(m)])
        if problem:
            raise ArchiveError(f"备份中的表结构与本数据库不符：{problem}", f"an archived table does not fit: {problem}")
    return models_


def _check_ledger(arc: archive.Archive) -> core_ledger.VerifyReport:
    try:
        report = verify_archived_ledger(arc.tables)
    except (ValidationError, ValueError, TypeError, LookupError) as exc:  # a value its field cannot read back
        raise ArchiveError(f"备份中的留痕台账无法读取：{exc}", f"the archive's ledger cannot be read: {exc}") from None
    if not report.ok:
        where_zh = f"第 {report.first_bad} 条有问题——" if report.first_bad is not None else ""
        where_en = f"entry {report.first_bad} is bad — " if report.first_bad is not None else ""
        raise ArchiveError(
            f"备份中的留痕台账未通过校验，拒绝恢复：{where_zh}{report.problem_zh}",
            f"the archive's ledger does not verify; restore refused: {where_en}{report.problem_en}",
        )
    want = arc.manifest["ledger"]
    if (report.head_hash, report.count) != (want["head_hash"], want["count"]):
        raise ArchiveError(
            f"备份中的留痕台账（{report.count} 条，头 {report.head_hash[:16]}…）与清单记录的"
            f"（{want['count']} 条，头 {str(want['head_hash'])[:16]}…）不符，拒绝恢复",
            f"the archive's ledger ({report.count} entries, head {report.head_hash[:16]}…) does not match its "
            f"manifest ({want['count']} entries, head {str(want['head_hash'])[:16]}…); restore refused",
        )
    return report


def holds_data(models_: list[type[models.Model]], using: str = "default") -> bool:
    """Whether the database holds anything beyond what ``migrate`` writes by itself."""
    return any(m._base_manager.using(using).exists() for m in models_ if tables.label(m) not in tables.MIGRATE_FILLS)


def _swap_media(staged: Path, root: Path) -> Path | None:
    """Put ``staged`` in place of MEDIA_ROOT; returns where the old one went (None if there was none)."""
    old: Path | None = None
    if root.exists():
        old = root.with_name(f".{root.name}-replaced-{uuid.uuid4().hex[:8]}")
        os.replace(root, old)
    try:
        os.replace(staged, root)
    except BaseException:
        if old is not None:
            os.replace(old, root)
        raise
    return old


def _unswap_media(old: Path | None, root: Path, staged: Path) -> None:
    if root.exists():
        os.replace(root, staged)
    if old is not None:
        os.replace(old, root)


def restore(path: Path, *, force: bool = False, using: str = "default") -> RestoreResult:
    """Restore the archive at ``path`` (see the module's docstring); ``ArchiveError`` if it is refused,
    and the database and MEDIA_ROOT are then as they were."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    from zhidu.ledger import service as ledger
    from zhidu.ledger.models import LedgerEntry

    conn = connections[using]
    root = media_root()
    arc = archive.read(Path(path), root.parent)
    try:
        fresh = not applied_migrations(using)
        if not fresh:
            _check_migrations(arc, using)
        models_ = _check_tables(arc)
        report = _check_ledger(arc)  # before anything is written, a brand-new database's tables included
        if fresh and not conn.in_atomic_block:
            call_command("migrate", interactive=False, verbosity=0, database=using)
        _check_migrations(arc, using)
        if not force and holds_data(models_, using):
            raise ArchiveError(
                "数据库中已有数据；恢复会用备份替换全部数据（含留痕台账），确认无误请加 --force",
                "the database already holds data; restoring replaces all of it (the ledger too): add --force "
                "if that is what you want",
            )
        replaced = (LedgerEntry.objects.using(using).count(), ledger.head_hash())
        staged = arc.media_dir
        assert staged is not None
        old_media: Path | None = None
        swapped = False
        next_ids = {t["model"]: int(t["next_id"]) for t in arc.manifest["tables"] if isinstance(t.get("next_id"), int)}
        rows = 0
        try:
            with transaction.atomic(using=using):
                # The ledger's own way to lift its append-only guard (its PostgreSQL trigger included)
                # for replacing the whole database; the inner savepoint rolls a failure back before
                # maintenance() resets its setting.
                with ledger.maintenance(using), transaction.atomic(using=using):
                    tables.wipe(models_, using)
                    for m in models_:
                        rows += tables.insert_rows(m, arc.tables[tables.label(m)], using)
                    tables.set_next_ids(models_, next_ids, using)
                conn.check_constraints(table_names=[m._meta.db_table for m in models_])
                ContentType.objects.clear_cache()
                entry = ledger.record(
                    "restore",
                    category="system",
                    obj_type="backup",
                    obj_id=arc.sha256[:16],
                    before={"ledger_count": replaced[0], "ledger_head": replaced[1]},
                    after={
                        "file": arc.path.name,
                        "sha256": arc.sha256,
                        "created_at": arc.manifest["created_at"],
                        "ledger_count": report.count,
                        "ledger_head": report.head_hash,
                        "rows": rows,
                        "media_files": arc.manifest["media"].get("files", 0),
                    },
                )
                old_media = _swap_media(staged, root)
                swapped = True
        except BaseException as exc:
            ContentType.objects.clear_cache()
            if swapped:
                _unswap_media(old_media, root, staged)
            if isinstance(exc, BadInput) or not isinstance(exc, FAILURES):
                raise
            raise ArchiveError(
                f"恢复失败，数据库未作任何改动：{exc}", f"restore failed; the database is unchanged: {exc}"
            ) from exc
        if old_media is not None:
            shutil.rmtree(old_media, ignore_errors=True)
        return RestoreResult(arc.path, arc.sha256, arc.manifest, rows, report.count, int(entry.seq))
    finally:
        arc.discard()
