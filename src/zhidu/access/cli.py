"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add this app's subcommands to the ``zhidu`` parser (``sub`` is its subparsers object)."""
    _ = (sub, argparse)
