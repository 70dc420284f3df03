"""``zhidu backup`` and ``zhidu restore``, registered by zhidu.cli.build_parser."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def cmd_backup(args: argparse.Namespace) -> int:
    from . import service

    result = service.backup(Path(args.out) if args.out else None)
    for line in result.lines():
        print(line)
    return 0 if result.manifest["ledger"]["verified"] else 1


def cmd_restore(args: argparse.Namespace) -> int:
    from . import service

    result = service.restore(Path(args.file), force=args.force)
    for line in result.lines():
        print(line)
    return 0


def register(sub: Any) -> None:
    s = sub.add_parser(
        "backup", help="write one archive: database, uploaded files, ledger head (default var/backups/…)"
    )
    s.add_argument("--out", help="archive file to write, or a folder for a dated one")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="check an archive (ledger chain included) and restore it exactly")
    s.add_argument("file", help="archive written by `zhidu backup`")
    s.add_argument("--force", action="store_true", help="replace a database that already holds data")
    s.set_defaults(func=cmd_restore)
