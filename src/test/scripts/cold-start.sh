#!/usr/bin/env bash
# Measures the jar's cold start: from launching java to the first 200 answer for the home page.
# Runs five starts on a fresh embedded database each time. Usage: src/test/scripts/cold-start.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
[[ -f target/salary-atlas.jar ]] || mvn -q -B package -DskipTests
jar=$PWD/target/salary-atlas.jar
port=${PORT:-7373}
for run in 1 2 3 4 5; do
  work=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$work" && exec java -jar "$jar" --port "$port" >/dev/null 2>&1) &
  site=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.01; done
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms to the first page"
  kill $site; wait $site 2>/dev/null || true
  rm -rf "$work"
done
