#!/usr/bin/env bash
# What the browser and audit tests need beyond Maven: Debian's Chromium and chromedriver, and two npm
# packages (the Nu HTML checker's vnu.jar and axe-core). Installs them when it can (root with apt-get;
# npm from its registry, without install scripts); otherwise stops with the command to run.
set -euo pipefail
tools=${TEST_TOOLS:-$HOME/.cache/salary-atlas/test-tools}
vnu_version=26.9.27
axe_version=4.13.0

need=()
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || need+=(chromium chromium-driver)
command -v npm >/dev/null || need+=(nodejs npm)
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing ${need[*]} for the browser tests (apt-get)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "The browser tests need ${need[*]}. Install them with:" >&2
    echo "  sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi

if [[ ! -f $tools/node_modules/vnu-jar/build/dist/vnu.jar || ! -f $tools/node_modules/axe-core/axe.min.js ]] \
   || ! grep -q "\"version\": \"$axe_version\"" "$tools/node_modules/axe-core/package.json"; then
  echo "Installing vnu-jar $vnu_version and axe-core $axe_version (npm) into $tools..."
  mkdir -p "$tools"
  [[ -f $tools/package.json ]] || echo '{"private": true}' >"$tools/package.json"
  npm install --prefix "$tools" --no-save --ignore-scripts --no-audit --no-fund --silent \
    "vnu-jar@$vnu_version" "axe-core@$axe_version"
fi
