"""Backup and restore (issue 4 item 7): ``zhidu backup [--out FILE]``, ``zhidu restore FILE [--force]``.

A plain package, not a Django app (it has no models). ``tables``: the database in a portable form;
``archive``: the archive file and its checks; ``service``: the two operations; ``cli``: the commands.
The procedure and the archive format are in docs/operations.md.
"""
