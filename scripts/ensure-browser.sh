#!/usr/bin/env bash
# The real-browser tests drive Debian's chromium through Playwright (the Python package ships its
# driver; no browser is downloaded). Install chromium from Debian's packages when it is missing.
set -eu
# A CJK font (fonts-wqy-microhei) lets screenshots show the Chinese text.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk' || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" = "0" ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
command -v chromium >/dev/null
