"""Local development and `make run`: SQLite under ./var, debug pages on."""

from .base import *  # noqa: F403

DEBUG = True
