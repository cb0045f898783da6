#!/usr/bin/env bash
# Cold start against the framework's own: from launching java to the first 200 answer, for the site's jar (GET /,
# on a fresh embedded database) and for bare Javalin (GET /page, same JVM, no flags), alternating, five runs each.
# Prints each run, the medians and their ratio. Usage: [JAR=another.jar] src/test/scripts/cold-start.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
[[ -f target/salary-atlas.jar ]] || mvn -q -B package -DskipTests
[[ -f target/bench.cp ]] || mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
jar=$(realpath "${JAR:-target/salary-atlas.jar}"); cp="$PWD/target/test-classes:$(cat target/bench.cp)"
port=${PORT:-7373}; runs=${1:-5}; work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "<p>page</p>" >"$work/page.html"
first_200() {  # command... ; prints milliseconds from launch to the first 200 on $url
  local start end pid
  start=$(date +%s%N)
  ("$@" >/dev/null 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "$url"; do sleep 0.005; done
  end=$(date +%s%N)
  pkill -P $pid 2>/dev/null || true; kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  sleep 0.3
  echo $(( (end - start) / 1000000 ))
}
site=(); bare=()
for run in $(seq "$runs"); do
  url="http://127.0.0.1:$port/"
  s=$(cd "$work" && rm -rf data && first_200 java -jar "$jar" --port "$port")
  url="http://127.0.0.1:$port/page"
  b=$(first_200 java -cp "$cp" com.salaryatlas.bench.BareJavalin "$port" "$work/page.html" "$work/page.html")
  echo "run $run: site $s ms, bare Javalin $b ms"
  site+=("$s"); bare+=("$b")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms=$(median "${site[@]}"); mb=$(median "${bare[@]}")
echo "median: site $ms ms, bare Javalin $mb ms, ratio $(awk -v s="$ms" -v b="$mb" 'BEGIN {printf "%.2f", s / b}')x"
