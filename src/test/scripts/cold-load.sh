#!/usr/bin/env bash
# Cold traffic and memory, as an operator meets them. Starts the jar at -Xmx128m and, the moment it answers, sends
# 256 keep-alive connections over 40 pages spread across the sitemap for 20 s (wrk); then checks the site answers at
# once, requests every sitemap page, and reads off the heap after a full GC and how many ZipFileSystem indexes (a
# jar read as a file system) the process holds. Exits 1 unless: 0 non-2xx, 0 timeouts, the site answers within 1 s
# afterwards, at most one ZipFileSystem, and the heap after a full GC at most 64 MB.
# Needs wrk (apt-get install -y wrk) and the JDK's jcmd. Usage: [JAR=another.jar] src/test/scripts/cold-load.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f target/salary-atlas.jar ]] || mvn -q -B package -DskipTests
jar=$(realpath "${JAR:-target/salary-atlas.jar}")
secs=${1:-20}; port=${PORT:-7191}; base="http://127.0.0.1:$port"; work=$(mktemp -d); site=
trap '[[ -n $site ]] && kill $site 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
start_site() {
  (cd "$work" && RATE_LIMIT=0 SITE_URL=http://site.test exec java -Xmx128m -jar "$jar" \
    --port "$port" --database-url "jdbc:h2:mem:cold;DB_CLOSE_DELAY=-1" >>"$work/site.log" 2>&1) &
  site=$!
  until curl -fs -o /dev/null "$base/healthz" 2>/dev/null || curl -fs -o /dev/null "$base/robots.txt"; do sleep 0.05; done
}
stop_site() { kill $site; wait $site 2>/dev/null || true; site=; }

# The sitemap, read from a first start that is then stopped, so the measured start is cold.
start_site
curl -fs "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -e 's|<loc>http://site.test||' -e 's|</loc>||' >"$work/all"
stop_site
total=$(wc -l <"$work/all")
awk -v n="$total" 'NR % int(n / 40) == 1' "$work/all" | head -40 >"$work/forty"
echo "sitemap: $total pages; cold load over $(wc -l <"$work/forty") of them"

# Connections the kernel dropped because the listen queue was full (machine-wide; Linux only): each costs its client
# a SYN resent 1 s or 3 s later.
listen_overflows() { awk '/^TcpExt:/ {if (!seen++) {split($0, h); next} for (i = 2; i <= NF; i++) if (h[i] == "ListenOverflows") print $i}' /proc/net/netstat 2>/dev/null || echo 0; }
start_site
overflows_before=$(listen_overflows)
PATHS="$work/forty" wrk -t2 -c256 -d"${secs}s" --latency -s src/test/scripts/paths.lua "$base" >"$work/wrk.txt"
after=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 1 "$base/guides" || echo "no answer")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt"); non2xx=${non2xx:-0}
timeouts=$(awk -F'timeout ' '/Socket errors/ {print $2+0}' "$work/wrk.txt"); timeouts=${timeouts:-0}
echo "cold load: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") req/s, p99 $(awk '/ 99%/ {print $2}' "$work/wrk.txt"), $non2xx non-2xx, $timeouts timeouts; $(grep 'Socket errors' "$work/wrk.txt" || echo 'no socket errors')"
echo "right after: GET /guides -> $after; connections dropped by a full listen queue: $(( $(listen_overflows) - overflows_before ))"

xargs -P 4 -I{} curl -fs -o /dev/null "$base{}" <"$work/all"
zipfs=$(jcmd $site GC.class_histogram 2>/dev/null | awk '$4 == "jdk.nio.zipfs.ZipFileSystem" {print $2}'); zipfs=${zipfs:-0}
jcmd $site GC.run >/dev/null
sleep 1
jcmd $site GC.run >/dev/null
heap_kb=$(jcmd $site GC.heap_info | awk '/total/ && /used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i+1); exit}}' | tr -d K)
echo "after every sitemap page: heap after a full GC $((heap_kb / 1024)) MB of 128; ZipFileSystem instances: $zipfs"
echo "jar: $(du -m "$jar" | cut -f1) MB, $(unzip -l "$jar" | tail -1 | awk '{print $2}') entries"
ok=1
[[ $non2xx == 0 && $timeouts == 0 ]] || ok=0
[[ $after == 200* ]] || ok=0
(( zipfs <= 1 && heap_kb <= 64 * 1024 )) || ok=0
(( ok )) && echo "PASS" || { echo "FAIL"; exit 1; }
