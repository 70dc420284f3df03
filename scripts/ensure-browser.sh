#!/usr/bin/env bash
# The real-browser tests drive Debian's chromium through Playwright (the Python package ships its
# driver; no browser is downloaded). Install chromium from Debian's packages when it is missing.
set -eu
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
command -v chromium >/dev/null
