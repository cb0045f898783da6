#!/usr/bin/env bash
# The security probe of issue 17, rerunnable: starts the jar (-Xmx128m, rate limit on) and prints what each hostile
# request gets. 127.0.0.2 stands in for a second visitor (any 127.x address reaches the loopback).
# Usage: src/test/scripts/hostile.sh
set -uo pipefail
cd "$(dirname "$0")/../../.."
[[ -f target/salary-atlas.jar ]] || mvn -q -B package -DskipTests
port=${PORT:-7192}; base="http://127.0.0.1:$port"; work=$(mktemp -d)
(cd "$work" && SITE_URL=https://site.test exec java -Xmx128m -jar "$OLDPWD/target/salary-atlas.jar" --port "$port" \
  --database-url "jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1" >"$work/site.log" 2>&1) &
site=$!
trap 'kill $site 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "$base/healthz"; do sleep 0.1; done
show() { printf '%-58s %s\n' "$1" "$2"; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
form=(-H 'Content-Type: application/x-www-form-urlencoded')

show "GET /salaries/%62ackend-developer" "$(curl -s -o /dev/null -w '%{http_code} -> %{redirect_url}' "$base/salaries/%62ackend-developer")"
show "GET //evil.example/" "$(curl -s -o /dev/null -w '%{http_code} Location: %header{location}' --path-as-is "$base//evil.example/")"
show "HEAD /data/nope.csv" "$(status -I "$base/data/nope.csv")"
show "HEAD /api/estimate?role=zzz" "$(status -I "$base/api/estimate?role=zzz")"
for m in PUT DELETE PATCH OPTIONS; do
  show "$m /calculator" "$(curl -s -o /dev/null -w '%{http_code} Allow: %header{allow}' -X $m "$base/calculator")"
done
show "POST /report with Origin: https://evil.example" "$(status "${form[@]}" -H 'Origin: https://evil.example' -d 'page=%2F&message=wrong+figure' "$base/report")"
show "GET /api/estimate with an offer: Cache-Control" "$(curl -s -o /dev/null -w '%header{cache-control}' "$base/api/estimate?role=backend-developer&level=mid&offer=150000")"
show "Strict-Transport-Security (SITE_URL https)" "$(curl -s -o /dev/null -w '%header{strict-transport-security}' "$base/")"
show "POST /calculator, 20 KB" "$(status "${form[@]}" --data-binary "role=$(head -c 20000 /dev/zero | tr '\0' a)" "$base/calculator")"
show "POST /calculator as JSON" "$(status -H 'Content-Type: application/json' -d '{}' "$base/calculator")"

# Slow drip: 155 connections from one address, each announcing 15,000 bytes and sending one every 2 s.
for i in $(seq 155); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 0
   printf 'POST /calculator HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15000\r\n\r\n' >&3
   for _ in $(seq 10); do printf a >&3 2>/dev/null || break; sleep 2; done) 2>/dev/null &
done
sleep 4
show "during the drip: GET /guides (same address)" "$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$base/guides")"
show "during the drip: POST /calculator (another visitor)" "$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --interface 127.0.0.2 "${form[@]}" -d 'role=backend-developer&level=mid&location=us' "$base/calculator")"
wait $(jobs -p | grep -v "^$site$") 2>/dev/null
# A client that leaves mid-body, ten times: how many lines the log grows by.
before=$(wc -l <"$work/site.log")
for _ in $(seq 10); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port"; printf 'POST /report HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\npage=%%2F' >&3) 2>/dev/null
done
sleep 4
show "10 clients leaving mid-body: log lines" "$(( $(wc -l <"$work/site.log") - before ))"
# 500 distinct spellings of one page (letters percent-encoded or capitalised at random): what they are answered.
for i in $(seq 500); do
  python3 -c "import random,sys; random.seed($i); print('/salaries/' + ''.join(random.choice([c, c.upper(), '%%%02X' % ord(c)]) for c in 'backend-developer'))"
done | sort -u | sed "s|^|$base|" | xargs -n 1 curl -s -o /dev/null -w '%{http_code}\n' | sort | uniq -c | sed 's/^ */  /' >"$work/spellings"
show "500 spellings of /salaries/backend-developer" "$(tr '\n' ' ' <"$work/spellings")"
show "site still up" "$(status "$base/healthz")"
