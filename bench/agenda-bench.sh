#!/usr/bin/env bash
# Measures the manager's agenda page (GET /agenda) at the size loaded by bench/agenda-load.sh.
# Not a test: prints percentiles of the server-side processing time (Tomcat access log, %{us}T,
# request received to response completed) and of the time seen by curl over loopback, plus the
# PostgreSQL execution time of the agenda's queries (EXPLAIN ANALYZE) for manager1.
# Usage: bench/agenda-bench.sh [requests, default 600]     (BENCH_DB etc. as for agenda-load.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_agenda_bench}
REQUESTS=${1:-600}
WARMUP=${BENCH_WARMUP:-200}
MANAGERS=(manager1 bench_mgr_001 bench_mgr_033 bench_mgr_064 bench_mgr_097)
WORK=$(mktemp -d /tmp/agenda-bench.XXXXXX)
. bench/lib.sh

[ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package

"${PSQL[@]}" -tAc "select 'customers: ' || count(*) || ', follow-ups: ' || (select count(*) from follow_up) from customer"

start_app "$WORK"

for m in "${MANAGERS[@]}"; do
  sign_in "$m" "$WORK/$m.cookies"
  page=$(curl -fsS -b "$WORK/$m.cookies" "$BASE/agenda")
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
BACKENDS=$("${PSQL[@]}" -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()")
app_before=$(cpu_ticks "$APP"); db_before=$(cpu_ticks $BACKENDS)
load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "measuring ($REQUESTS requests of GET /agenda over ${#MANAGERS[@]} managers)"
run "$REQUESTS" "$WORK/client.txt"
app_after=$(cpu_ticks "$APP"); db_after=$(cpu_ticks $BACKENDS)
load_after=$(cut -d' ' -f1 /proc/loadavg)
sleep 1
tail -n +"$((lines_before + 1))" "$WORK/access.log" | awk '$2 == "/agenda" && $3 == 200 { print $4 / 1000.0 }' > "$WORK/server.txt"

awk '{ print $1 * 1000.0 }' "$WORK/client.txt" > "$WORK/client-ms.txt"
echo "----"
pct "$WORK/server.txt" "server side (Tomcat, request in to response out)"
pct "$WORK/client-ms.txt" "seen by curl over loopback"
cpu_per_request $(( app_after - app_before )) $(( db_after - db_before )) "$REQUESTS"
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
