#!/usr/bin/env bash
# Measures the manager's agenda page (GET /agenda) at the size loaded by bench/agenda-load.sh.
# Not a test: prints percentiles of the server-side processing time (Tomcat access log, %{us}T,
# request received to response completed) and of the time seen by curl over loopback, plus the
# PostgreSQL execution time of the agenda's queries (EXPLAIN ANALYZE) for manager1.
# Usage: bench/agenda-bench.sh [requests, default 600]     (BENCH_DB etc. as for agenda-load.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_agenda_bench}
HOST=${BENCH_HOST:-127.0.0.1}
PORT=${BENCH_PORT:-5432}
USER_NAME=${BENCH_USER:-postgres}
APP_PORT=${BENCH_APP_PORT:-18089}
REQUESTS=${1:-600}
WARMUP=${BENCH_WARMUP:-200}
MANAGERS=(manager1 bench_mgr_001 bench_mgr_033 bench_mgr_064 bench_mgr_097)
JAR=crm-web/target/crm-web-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d /tmp/agenda-bench.XXXXXX)
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d "$DB")
BASE="http://127.0.0.1:$APP_PORT"

[ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package

"${PSQL[@]}" -tAc "select 'customers: ' || count(*) || ', follow-ups: ' || (select count(*) from follow_up) from customer"

# BENCH_NICE=-10 runs the application ahead of other work on a shared machine (root only)
nice -n "${BENCH_NICE:-0}" java -Xms512m -Xmx1g -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:postgresql://$HOST:$PORT/$DB" --spring.datasource.username="$USER_NAME" \
  --spring.datasource.password=unused \
  --server.tomcat.basedir="$WORK/tomcat" --server.tomcat.accesslog.enabled=true \
  --server.tomcat.accesslog.directory="$WORK" --server.tomcat.accesslog.prefix=access \
  --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.file-date-format= \
  --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%m %U %s %{us}T' \
  > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fsS "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  sleep 1
done

for m in "${MANAGERS[@]}"; do
  jar="$WORK/$m.cookies"
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$m" --data-urlencode "password=demo123" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  page=$(curl -fsS -b "$jar" "$BASE/agenda")
  case "$page" in *'id="agenda-counts"'*) ;; *) echo "cannot open the agenda as $m"; exit 1 ;; esac
done

run() { # $1 = count, $2 = file for curl times
  for i in $(seq 1 "$1"); do
    m=${MANAGERS[$(( i % ${#MANAGERS[@]} ))]}
    curl -sS -o /dev/null -w '%{time_total}\n' -b "$WORK/$m.cookies" "$BASE/agenda" >> "$2"
  done
}
echo "warming up ($WARMUP requests)"
run "$WARMUP" "$WORK/warmup.txt"
lines_before=$(wc -l < "$WORK/access.log")
# CPU used by the application and by its database backends while measuring: the cost of a
# request apart from waiting for a core, which other work on the machine may delay.
cpu_ticks() { # pids...
  local total=0
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") ))
  done
  echo "$total"
}
BACKENDS=$("${PSQL[@]}" -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()")
app_before=$(cpu_ticks "$APP"); db_before=$(cpu_ticks $BACKENDS)
load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "measuring ($REQUESTS requests of GET /agenda over ${#MANAGERS[@]} managers)"
run "$REQUESTS" "$WORK/client.txt"
app_after=$(cpu_ticks "$APP"); db_after=$(cpu_ticks $BACKENDS)
load_after=$(cut -d' ' -f1 /proc/loadavg)
sleep 1
tail -n +"$((lines_before + 1))" "$WORK/access.log" | awk '$2 == "/agenda" && $3 == 200 { print $4 / 1000.0 }' > "$WORK/server.txt"

pct() { # file label
  sort -n "$1" | awk -v label="$2" '{ v[NR] = $1 } END {
    if (NR == 0) { print label ": no samples"; exit }
    printf "%s: n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms\n", label, NR,
      v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[int(NR * 0.99 + 0.5)], v[NR] }'
}
awk '{ print $1 * 1000.0 }' "$WORK/client.txt" > "$WORK/client-ms.txt"
echo "----"
pct "$WORK/server.txt" "server side (Tomcat, request in to response out)"
pct "$WORK/client-ms.txt" "seen by curl over loopback"
TICK=$(getconf CLK_TCK)
awk -v a=$(( app_after - app_before )) -v d=$(( db_after - db_before )) -v n="$REQUESTS" -v t="$TICK" \
  'BEGIN { printf "CPU per request: application %.2f ms, PostgreSQL backends %.2f ms\n", a * 1000 / t / n, d * 1000 / t / n }'
echo "load average while measuring: $load_before -> $load_after on $(nproc) cores"

echo "---- PostgreSQL, agenda queries of manager1 (EXPLAIN ANALYZE)"
OWNER=$("${PSQL[@]}" -tAc "select id from app_user where username = 'manager1'")
"${PSQL[@]}" <<SQL | grep -E "^(counts|overdue|due|next)|Execution Time|Index Only Scan|Heap Fetches" | sed 's/^/  /' | head -40
\echo counts
explain (analyze, buffers) select count(*) filter (where next_follow_up_on = current_date),
  count(*) filter (where next_follow_up_on < current_date), count(*) filter (where next_follow_up_on > current_date)
  from customer where owner_id = $OWNER and next_follow_up_on <= current_date + 7;
\echo overdue page
explain (analyze, buffers) select c.id, c.code, c.name, c.company_name, c.mobile_phone, c.grade, c.next_follow_up_on,
  c.last_follow_up_at from (select k.id, k.grade, k.next_follow_up_on from customer k where k.owner_id = $OWNER
  and k.next_follow_up_on < current_date order by k.grade, k.next_follow_up_on, k.id limit 50 offset 0) picked
  join customer c on c.id = picked.id order by picked.grade, picked.next_follow_up_on, picked.id;
\echo due today
explain (analyze, buffers) select c.id, c.code, c.name, c.company_name, c.mobile_phone, c.grade, c.next_follow_up_on,
  c.last_follow_up_at from (select k.id, k.grade, k.next_follow_up_on from customer k where k.owner_id = $OWNER
  and k.next_follow_up_on = current_date order by k.grade, k.id limit 50 offset 0) picked
  join customer c on c.id = picked.id order by picked.grade, picked.id;
\echo next 7 days
explain (analyze, buffers) select c.id, c.code, c.name, c.company_name, c.mobile_phone, c.grade, c.next_follow_up_on,
  c.last_follow_up_at from (select k.id, k.grade, k.next_follow_up_on from customer k where k.owner_id = $OWNER
  and k.next_follow_up_on > current_date and k.next_follow_up_on <= current_date + 7
  order by k.next_follow_up_on, k.grade, k.id limit 50 offset 0) picked
  join customer c on c.id = picked.id order by picked.next_follow_up_on, picked.grade, picked.id;
SQL
echo "work files in $WORK"
