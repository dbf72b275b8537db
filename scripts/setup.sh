#!/usr/bin/env bash
# Set-up for a fresh machine: the system packages Rapporteur needs, then its npm
# dependencies. With --test, also what the tests need: Debian's Chromium for the
# end-to-end suite, and the independent readers the DOCX conformance tests run
# (pandoc, LibreOffice, python-docx, poppler's pdfinfo/pdftotext). Safe to run
# again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=false
[ "${1:-}" = "--test" ] && want_tests=true

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Rapporteur needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

missing=()
# better-sqlite3 compiles from source where no prebuilt addon can be downloaded.
command -v python3 >/dev/null || missing+=(python3)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
if $want_tests; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v pandoc >/dev/null || missing+=(pandoc)
  command -v soffice >/dev/null || missing+=(libreoffice-writer)
  command -v pdfinfo >/dev/null || missing+=(poppler-utils)
  # Debian's python3-docx serves Debian's python, whatever python3 is first on PATH.
  /usr/bin/python3 -c 'import docx' 2>/dev/null || missing+=(python3-docx)
  # Metric-compatible stand-ins for Arial, Calibri and Cambria, so LibreOffice lays
  # out pages as Word would; without them it still converts, in DejaVu.
  fc-list -q 'Liberation Sans' 2>/dev/null || missing+=(fonts-liberation2)
  fc-list -q Carlito 2>/dev/null || missing+=(fonts-crosextra-carlito)
  fc-list -q Caladea 2>/dev/null || missing+=(fonts-crosextra-caladea)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages first: ${missing[*]}" >&2
    exit 1
  fi
fi

# Electron's binary is fetched on first use, not at install, so this works offline too.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
