#!/usr/bin/env bash
# Throughput side by side: the site against bare Javalin answering the same bytes, wrk -t2 -c64 on 127.0.0.1.
# Rows: a guide page (cached), POST /calculator (rendered per request), GET /calculator (the form). Beside each
# throughput, the server's own CPU time per request (from /proc, user + system): unlike req/s it does not move when
# something else on the machine takes the cores, so it is the figure to compare between runs.
# Needs wrk (apt-get install -y wrk). Usage: [JAR=another.jar] src/test/scripts/throughput.sh [seconds per run]
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
secs=${1:-15}
[[ -f target/salary-atlas.jar ]] || mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
site_port=${PORT:-7181}; bare_port=$((site_port + 1)); work=$(mktemp -d)
RATE_LIMIT=0 java -jar "${JAR:-target/salary-atlas.jar}" --port "$site_port" --database-url "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" >"$work/site.log" 2>&1 &
site=$!
trap 'kill $site ${bare:-} 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$site_port/healthz" >/dev/null && break; sleep 0.1; done
guide=/guides/backend-developer-salary-guide
body="role=backend-developer&level=senior&location=ca&skills=rust&org-size=100-to-499-employees&arrangement=remote&offer=150000"
curl -fs "http://127.0.0.1:$site_port$guide" >"$work/page.html"
curl -fs -d "$body" "http://127.0.0.1:$site_port/calculator" >"$work/post.html"
java -cp "target/test-classes:$(cat target/bench.cp)" com.salaryatlas.bench.BareJavalin "$bare_port" "$work/page.html" "$work/post.html" >"$work/bare.log" 2>&1 &
bare=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$bare_port/page" >/dev/null && break; sleep 0.1; done
cat >"$work/post.lua" <<LUA
wrk.method = "POST"; wrk.body = "$body"; wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # user + system, in clock ticks
run() {  # url [wrk args...]: req/s, p99 and the answering process's CPU milliseconds per request
  local pid=$site before
  [[ $1 == *":$bare_port/"* ]] && pid=$bare
  before=$(cpu_ticks "$pid")
  wrk -t2 -c64 -d"$secs"s --latency "${@:2}" "$1" >"$work/wrk.txt"
  awk -v ticks=$(( $(cpu_ticks "$pid") - before )) -v hz="$(getconf CLK_TCK)" \
    '/Requests\/sec/ {r=$2} /99%/ {p=$2} /requests in/ {n=$1} /Non-2xx/ {e=$NF}
     END {printf "%s req/s, p99 %s, %.2f ms CPU/req%s", r, p, ticks * 1000 / hz / n, e ? ", " e " non-2xx" : ""}' "$work/wrk.txt"
}
for target in "http://127.0.0.1:$site_port$guide" "http://127.0.0.1:$bare_port/page"; do wrk -t2 -c64 -d5s "$target" >/dev/null; done
echo "guide page:       site $(run "http://127.0.0.1:$site_port$guide")  |  bare Javalin $(run "http://127.0.0.1:$bare_port/page")"
# The result page runs far more code than a cached page, and under 64 connections the JIT's compiler threads get
# little of the two cores: warmed at 64 the figure still climbs after a minute. Warmed at 4 connections for 60 s, it
# is the steady state a running server has.
wrk -t2 -c4 -d60s -s "$work/post.lua" "http://127.0.0.1:$site_port/calculator" >/dev/null
wrk -t2 -c64 -d5s -s "$work/post.lua" "http://127.0.0.1:$bare_port/post" >/dev/null
echo "POST /calculator: site $(run "http://127.0.0.1:$site_port/calculator" -s "$work/post.lua")  |  bare Javalin $(run "http://127.0.0.1:$bare_port/post" -s "$work/post.lua")"
echo "GET /calculator:  site $(run "http://127.0.0.1:$site_port/calculator")"
