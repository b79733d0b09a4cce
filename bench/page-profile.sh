#!/usr/bin/env bash
# Profiles one page with Java Flight Recorder: starts the packaged application (as bench/lib.sh
# does), signs in, warms the page up, then records REQUESTS requests of it and prints how many
# execution samples the JVM took (jdk.ExecutionSample: Java code on a CPU, sampled every 10-20 ms)
# — per page the steadier measure of the page's own work than the process's CPU, which also counts
# the JIT compiler still at work after a short warm-up (docs/performance.md, "Rendering") — and
# where the recording is, for `jfr print --events jdk.ExecutionSample --stack-depth 120 FILE`.
# Not a test. The database is any the application starts on; by default the demo's (huike_render).
# Usage: bench/page-profile.sh USER PATH [requests, default 1000]
#   PATH "archive" is the archive page of manager1's most complete customer.
#   BENCH_JAR= another build, BENCH_WARMUP= warm-up requests (600), BENCH_ARGS= application arguments
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_render}
. bench/lib.sh
JAR=${BENCH_JAR:-$JAR}
WHO=$1
PAGE=$2
REQUESTS=${3:-1000}
WORK=$(mktemp -d /tmp/page-profile.XXXXXX)

[ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package
start_app "$WORK" ${BENCH_ARGS:-}
sign_in "$WHO" "$WORK/cookies"
if [ "$PAGE" = archive ]; then
  CUSTOMER=$("${PSQL[@]}" -tAc "select c.id from customer c join app_user u on u.id = c.owner_id where u.username = 'manager1' order by c.completeness desc, c.id limit 1")
  PAGE=/customers/$CUSTOMER
fi
for _ in $(seq 1 "${BENCH_WARMUP:-600}"); do curl -sS -o /dev/null -b "$WORK/cookies" "$BASE$PAGE"; done
jcmd "$APP" JFR.start name=page settings=profile filename="$WORK/page.jfr" >/dev/null
for _ in $(seq 1 "$REQUESTS"); do curl -sS -o /dev/null -b "$WORK/cookies" "$BASE$PAGE"; done
jcmd "$APP" JFR.stop name=page >/dev/null
samples=$(jfr summary "$WORK/page.jfr" | awk '$1 == "jdk.ExecutionSample" { print $2 }')
echo "$WHO $PAGE: $samples execution samples in $REQUESTS requests; recording $WORK/page.jfr"
