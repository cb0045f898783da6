#!/usr/bin/env bash
# Load test of POST /calculator with wrk on 127.0.0.1: 64 connections, 2 threads, 30 s (after a 10 s warm-up).
# Needs wrk (apt-get install -y wrk). Usage: src/test/scripts/load-test.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f target/salary-atlas.jar ]] || mvn -q -B package -DskipTests
port=${PORT:-7171}
work=$(mktemp -d)
(cd "$work" && RATE_LIMIT=0 exec java -jar "$OLDPWD/target/salary-atlas.jar" --port "$port" >"$work/site.log" 2>&1) &
site=$!
trap 'kill $site 2>/dev/null; wait $site 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
wrk -t2 -c64 -d10s -s src/test/scripts/calculator-post.lua "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c64 -d"${1:-30}"s --latency -s src/test/scripts/calculator-post.lua "http://127.0.0.1:$port"
