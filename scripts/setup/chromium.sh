#!/usr/bin/env bash
# Installs Debian's chromium for the report's browser test (ReportBrowserIT loads report.html in
# it, headless, through the DevTools protocol). Idempotent: does nothing when /usr/bin/chromium
# runs. Needs root or sudo when it is missing.
set -euo pipefail

if [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1; then
  exit 0
fi

bash "$(dirname "$0")/../apt-install.sh" chromium.sh chromium
/usr/bin/chromium --version >&2
