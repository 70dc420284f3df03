"""The backup archive on disk: a gzip-compressed tar file.

    db/<app_label>.<model>.json   one per table (``zhidu.backup.tables``), in load order
    media/<path>                  every file under MEDIA_ROOT
    manifest.json                 last: format, time, engine, migrations, tables with row counts and next
                                  ids, media totals, the ledger's head, and the SHA-256 of every member

Reading checks the archive as a whole before anything is used: member names (no absolute paths, no
``..``, regular files only), the manifest's structure and format version, and every member's SHA-256.
Whatever is wrong comes back as ``ArchiveError`` (a ``BadInput``: Chinese and English, exit status 2).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import tarfile
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from zhidu.core.errors import BadInput

FORMAT = "zhidu-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
_DB_MEMBER = re.compile(r"db/([a-z0-9_]+\.[a-z0-9_]+)\.json")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class ArchiveError(BadInput):
    """The archive is unreadable, damaged, altered, or does not fit this database."""

    def __init__(self, message_zh: str, message_en: str) -> None:
        super().__init__(message_zh, message_en, "archive")


def db_member(model_label: str) -> str:
    return f"db/{model_label}.json"


def to_json_bytes(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- writing ------------------------------------------------------------------------------------


class _Hashing:
    """A file read through while its SHA-256 is computed (tarfile copies from it)."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.sha = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self.f.read(n)
        self.sha.update(data)
        return data


def media_files(media_root: Path) -> list[Path]:
    """Regular files under MEDIA_ROOT (symbolic links are not followed), in a stable order."""
    if not media_root.is_dir():
        return []
    found = [p for p in media_root.rglob("*") if p.is_file() and not p.is_symlink()]
    return sorted(found, key=lambda p: p.relative_to(media_root).as_posix())


def write(out: Path, db_members: dict[str, bytes], media_root: Path, manifest: dict[str, Any]) -> str:
    """Write the archive to ``out`` (atomically: a temporary file renamed into place, mode 0600) and
    return its SHA-256. ``manifest`` gets ``members`` and ``media`` filled in."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    members: dict[str, str] = {}
    now = time.time()
    try:
        os.fchmod(fd, 0o600)  # the database holds password hashes
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
            for name, data in db_members.items():
                tar.addfile(_info(name, len(data), now), io.BytesIO(data))
                members[name] = hashlib.sha256(data).hexdigest()
            n_files = n_bytes = 0
            for path in media_files(media_root):
                name = "media/" + path.relative_to(media_root).as_posix()
                st = path.stat()
                with path.open("rb") as f:
                    reader = _Hashing(f)
                    tar.addfile(_info(name, st.st_size, st.st_mtime), reader)  # type: ignore[arg-type]
                members[name] = reader.sha.hexdigest()
                n_files += 1
                n_bytes += st.st_size
            manifest["media"] = {"files": n_files, "bytes": n_bytes}
            manifest["members"] = members
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            tar.addfile(_info(MANIFEST, len(data), now), io.BytesIO(data))
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return sha256_of(out)


def _info(name: str, size: int, mtime: float) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(mtime)
    info.mode = 0o600
    return info


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --- reading ------------------------------------------------------------------------------------


@dataclass
class Archive:
    """A checked archive: its manifest, its tables (model label → document) and its media files,
    unpacked into ``media_dir`` (a staging folder beside MEDIA_ROOT, removed by ``discard``)."""

    path: Path
    sha256: str
    manifest: dict[str, Any]
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    media_dir: Path | None = None

    def discard(self) -> None:
        if self.media_dir is not None and self.media_dir.exists():
            shutil.rmtree(self.media_dir, ignore_errors=True)
        self.media_dir = None


def _damaged(detail: str) -> ArchiveError:
    return ArchiveError(
        f"不是有效的 zhidu 备份文件（文件损坏、被截断或格式不对）：{detail}",
        f"not a valid zhidu backup archive (damaged, truncated or of another format): {detail}",
    )


def _safe_media_path(name: str) -> PurePosixPath | None:
    """``media/a/b.pdf`` → ``a/b.pdf``; None for a name that could escape MEDIA_ROOT."""
    rel = PurePosixPath(name[len("media/") :])
    if not rel.parts or rel.is_absolute() or any(p in ("", ".", "..") for p in rel.parts):
        return None
    if "\\" in name or "\x00" in name:
        return None
    return rel


def read(path: Path, staging_parent: Path) -> Archive:
    """Read and check the archive at ``path``; media files are unpacked under ``staging_parent``."""
    if not path.is_file():
        raise ArchiveError(f"找不到备份文件：{path}", f"no such backup file: {path}")
    staging_parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".media-restore-", dir=staging_parent))
    archive = Archive(path=path, sha256="", manifest={}, media_dir=staging)
    try:
        try:
            archive.sha256 = sha256_of(path)
        except OSError as exc:
            raise ArchiveError(
                f"无法读取备份文件 {path}：{exc}", f"cannot read the backup file {path}: {exc}"
            ) from None
        db_raw, manifest_raw, seen = _unpack(path, staging)
        archive.manifest = _manifest(manifest_raw)
        _check_members(archive.manifest, seen)
        archive.tables = _tables(archive.manifest, db_raw)
        return archive
    except BaseException:
        archive.discard()
        raise


def _unpack(path: Path, staging: Path) -> tuple[dict[str, bytes], bytes, dict[str, str]]:
    db_raw: dict[str, bytes] = {}
    manifest_raw: bytes | None = None
    seen: dict[str, str] = {}  # member → SHA-256 of what the archive holds
    try:
        with tarfile.open(path, mode="r:gz") as tar:
            for info in tar:
                name = info.name
                if name in seen or (name == MANIFEST and manifest_raw is not None):
                    raise _damaged(f"成员重复 / duplicate member {name!r}")
                if not info.isfile():
                    raise _damaged(f"不是普通文件的成员 / member is not a regular file: {name!r}")
                f = tar.extractfile(info)
                assert f is not None
                if name == MANIFEST:
                    manifest_raw = f.read()
                elif _DB_MEMBER.fullmatch(name):
                    data = f.read()
                    db_raw[name] = data
                    seen[name] = hashlib.sha256(data).hexdigest()
                elif name.startswith("media/") and (rel := _safe_media_path(name)) is not None:
                    target = staging.joinpath(*rel.parts)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    h = hashlib.sha256()
                    with target.open("wb") as out:
                        for block in iter(lambda f=f: f.read(1 << 20), b""):  # type: ignore[misc]
                            h.update(block)
                            out.write(block)
                    with contextlib.suppress(OSError):
                        os.utime(target, (info.mtime, info.mtime))
                    seen[name] = h.hexdigest()
                else:
                    raise _damaged(f"不应有的成员 / unexpected member {name[:200]!r}")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise _damaged(str(exc) or type(exc).__name__) from None
    if manifest_raw is None:
        raise _damaged(f"缺少 {MANIFEST} / no {MANIFEST}")
    return db_raw, manifest_raw, seen


def _manifest(raw: bytes) -> dict[str, Any]:
    try:
        m = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(f"{MANIFEST}: {exc}") from None
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise _damaged(f"{MANIFEST} 不是 zhidu 备份清单 / is not a zhidu backup manifest")
    version = m.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION or version < 1:
        raise ArchiveError(
            f"备份格式版本 {version!r} 不受支持（本程序支持至 {FORMAT_VERSION}）",
            f"backup format version {version!r} is not supported (this zhidu reads up to {FORMAT_VERSION})",
        )
    shape = {
        "created_at": str,
        "engine": str,
        "migrations": dict,
        "tables": list,
        "members": dict,
        "ledger": dict,
        "media": dict,
    }
    for key, kind in shape.items():
        if not isinstance(m.get(key), kind):
            raise _damaged(f"{MANIFEST}: {key}")
    for t in m["tables"]:
        if not (
            isinstance(t, dict)
            and isinstance(t.get("model"), str)
            and isinstance(t.get("rows"), int)
            and isinstance(t.get("member"), str)
        ):
            raise _damaged(f"{MANIFEST}: tables")
    if not all(isinstance(k, str) and isinstance(v, str) and _HEX64.fullmatch(v) for k, v in m["members"].items()):
        raise _damaged(f"{MANIFEST}: members")
    if not isinstance(m["ledger"].get("head_hash"), str) or not isinstance(m["ledger"].get("count"), int):
        raise _damaged(f"{MANIFEST}: ledger")
    return m


def _check_members(manifest: dict[str, Any], seen: dict[str, str]) -> None:
    listed: dict[str, str] = manifest["members"]
    missing = sorted(set(listed) - set(seen))
    if missing:
        raise ArchiveError(
            f"备份文件缺少清单所列的成员 {missing[0]}（被删除或文件不完整）",
            f"the archive lacks {missing[0]}, which its manifest lists (removed, or the file is incomplete)",
        )
    extra = sorted(set(seen) - set(listed))
    if extra:
        raise ArchiveError(
            f"备份文件中的 {extra[0]} 不在清单中（被添加）", f"{extra[0]} in the archive is not in its manifest (added)"
        )
    changed = [name for name in sorted(listed) if seen[name] != listed[name]]
    if changed:
        raise ArchiveError(
            f"备份文件中的 {changed[0]} 与清单记录的 SHA-256 校验值不符（被改动或损坏）",
            f"{changed[0]} in the archive does not match the SHA-256 its manifest records (altered or damaged)",
        )


def _tables(manifest: dict[str, Any], db_raw: dict[str, bytes]) -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = {}
    for t in manifest["tables"]:
        member = t["member"]
        if member not in db_raw or member != db_member(t["model"]):
            raise _damaged(f"{MANIFEST}: {member}")
        try:
            doc = json.loads(db_raw[member].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _damaged(f"{member}: {exc}") from None
        if not isinstance(doc, dict) or doc.get("model") != t["model"] or not isinstance(doc.get("rows"), list):
            raise _damaged(member)
        if not isinstance(doc.get("columns"), list) or len(doc["rows"]) != t["rows"]:
            raise ArchiveError(
                f"{member} 的行数与清单不符", f"{member} does not have the number of rows its manifest records"
            )
        tables[t["model"]] = doc
    if len(tables) != len(db_raw):
        raise _damaged(f"{MANIFEST}: tables")
    return tables
