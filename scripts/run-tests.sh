#!/usr/bin/env bash
# Run the whole suite on SQLite, then on PostgreSQL. Any failure, or a run that executed no test
# (pytest exit 5), fails the whole.
set -u
cd "$(dirname "$0")/.."
BIN=.venv/bin
status=0
for db in sqlite postgres; do
  echo "=== pytest on $db ==="
  ZHIDU_DB=$db "$BIN/pytest" "$@"
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "pytest on $db failed (exit $rc)"
    status=1
  fi
done
exit $status
