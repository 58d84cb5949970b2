#!/usr/bin/env bash
# Installs what a fresh machine lacks: the real browsers the demo and the
# end-to-end tests drive (Debian packages; Playwright's own browser download
# does not work offline), then the npm packages exactly as locked.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || [ -n "${FIREFOX_PATH:-}" ] || missing+=(firefox-esr)
# The demo's Japanese (hl=ja) picture needs a Japanese font, or it shows boxes; IPA Gothic is the small one (3.5 MB).
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=ja family 2>/dev/null)" ]; then missing+=(fonts-ipafont-gothic); fi
# The browsers' own translations, so the UI-language test can start them in German and Arabic (e2e/ui-language.spec.ts).
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -f /usr/lib/chromium/locales/de.pak ]; then missing+=(chromium-l10n); fi
if [ -z "${FIREFOX_PATH:-}" ]; then
  for lang in de ar; do
    ls /usr/lib/firefox-esr/browser/extensions/langpack-"$lang"@* >/dev/null 2>&1 || missing+=(firefox-esr-l10n-"$lang")
  done
fi

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
  # Angular 22 (the demo console only) and @axe-core/playwright declare Node 22; they build and run on 20.19 too.
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
    echo "setup: the EBADENGINE warnings above are expected on Node $(node -v): the demo's Angular 22 and axe's Playwright glue ask for Node 22 but work on 20.19+ (README, Requirements)"
  fi
fi
echo "setup: ready ($(chromium --version 2>/dev/null || echo "chromium at ${CHROMIUM_PATH:-?}"); $(firefox-esr --version 2>/dev/null || echo "firefox at ${FIREFOX_PATH:-?}"))"
