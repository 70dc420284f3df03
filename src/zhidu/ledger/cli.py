"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser.

zhidu ledger verify      walk the SM3 chain; print the count and OK (exit 0), or name the first bad
                         entry, what is wrong with it, in Chinese and English (exit 1)
zhidu ledger head        the number and hash of the last entry (what a backup keeps)
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_verify(args: argparse.Namespace) -> int:
    from . import service

    report = service.verify_and_record("cli")  # the verification itself goes to the audit log
    print(report.line())
    return 0 if report.ok else 1


def cmd_head(args: argparse.Namespace) -> int:
    from . import service

    h = service.head()
    if h is None:
        print(f"0 {service.GENESIS}  (空台账 / empty ledger)")
    else:
        print(f"{h.seq} {h.hash}")
    return 0


def register(sub: Any) -> None:
    """Add this app's subcommands to the ``zhidu`` parser (``sub`` is its subparsers object)."""
    s = sub.add_parser("ledger", help="the tamper-evident ledger: verify the chain, show its head")
    actions = s.add_subparsers(dest="action", required=True)
    v = actions.add_parser("verify", help="check every entry's SM3 chain; exit 1 naming the first bad entry")
    v.set_defaults(func=cmd_verify)
    h = actions.add_parser("head", help="number and hash of the last entry")
    h.set_defaults(func=cmd_head)
