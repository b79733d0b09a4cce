#!/usr/bin/env bash
# Measures the dashboard (/analytics) as the administrator (every customer), supervisor1 (a team)
# and manager1 (one book), for the periods of 3 and 12 months: the server-side time (Tomcat, %{us}T)
# of REQUESTS requests after 3 of warm-up. Not a test. The database is by default the search
# benchmark's (bench/search-load.sh: 1,000,000 customers; the transactions are the demo's).
# Usage: bench/analytics-bench.sh [requests, default 10]   (BENCH_JAR=, BENCH_DB= as in lib.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_bench}
REQUESTS=${1:-10}
. bench/lib.sh
JAR=${BENCH_JAR:-$JAR}
WORK=$(mktemp -d /tmp/analytics-bench.XXXXXX)

[ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package
start_app "$WORK"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; jar $JAR"
for user in admin supervisor1 manager1; do
  sign_in "$user" "$WORK/$user.cookies"
  for months in 3 12; do
    for _ in 1 2 3; do curl -sS -o /dev/null -b "$WORK/$user.cookies" "$BASE/analytics?months=$months"; done
    before=$(wc -l < "$WORK/access.log")
    for _ in $(seq 1 "$REQUESTS"); do curl -sS -o /dev/null -b "$WORK/$user.cookies" "$BASE/analytics?months=$months"; done
    tail -n +$((before + 1)) "$WORK/access.log" | awk '$2 == "/analytics" && $3 == 200 { print $4 / 1000.0 }' > "$WORK/times.txt"
    pct "$WORK/times.txt" "$user /analytics?months=$months"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
