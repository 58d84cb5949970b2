#!/usr/bin/env bash
# Installs what a fresh machine lacks: the real browsers the demo and the
# end-to-end tests drive (Debian packages; Playwright's own browser download
# does not work offline), then the npm packages exactly as locked.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || [ -n "${FIREFOX_PATH:-}" ] || missing+=(firefox-esr)

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup: installing ${missing[*]} from Debian packages"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (or set CHROMIUM_PATH / FIREFOX_PATH); no apt-get here" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "setup: ready ($(chromium --version 2>/dev/null || echo "chromium at ${CHROMIUM_PATH:-?}"); $(firefox-esr --version 2>/dev/null || echo "firefox at ${FIREFOX_PATH:-?}"))"
