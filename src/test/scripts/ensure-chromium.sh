#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through chromedriver. Install them when we can
# (root with apt-get); otherwise stop with the one command that installs them.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing Chromium and chromedriver for the browser tests (apt-get)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Chromium and chromedriver. Install them with:" >&2
echo "  sudo apt-get install -y chromium chromium-driver" >&2
exit 1
