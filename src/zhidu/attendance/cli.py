"""This app's ``zhidu`` subcommands, registered by zhidu.cli.build_parser."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add this app's subcommands (none yet)."""
