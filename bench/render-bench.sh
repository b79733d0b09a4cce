#!/usr/bin/env bash
# Measures what rendering a page costs the application: for each of the busiest pages (the
# customer list, the archive, the agenda as a manager; the team agenda as a supervisor) the
# server-side time (Tomcat, %{us}T), the CPU the application spends per page (user + system
# ticks of its process, which waiting for a core on a shared machine does not inflate) and the
# SQL statements per page (PostgreSQL's log_statement for the benchmark database, counted while
# measuring). Not a test. The database is any the application can start on; by default a new
# one with the demo data only (huike_render), as rendering does not depend on the data's size.
# Usage: bench/render-bench.sh [requests per page, default 400]    (BENCH_JAR= another build,
# BENCH_ONLY= a part of "user path" to measure only the pages that match, e.g. /customers/)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_render}
REQUESTS=${1:-400}
WARMUP=${BENCH_WARMUP:-300}
WORK=$(mktemp -d /tmp/render-bench.XXXXXX)
. bench/lib.sh
JAR=${BENCH_JAR:-$JAR}
PG_LOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}

[ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package
if ! psql -X -q -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  psql -X -q -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres \
    -c "create database $DB template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'"
fi
# every statement of this database's sessions into the server log, from the next connection on
psql -X -q -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres -c "alter database $DB set log_statement = 'all'"
trap 'psql -X -q -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres -c "alter database $DB reset log_statement" >/dev/null' EXIT

start_app "$WORK" ${BENCH_ARGS:-}
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; psql -X -q -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres -c "alter database $DB reset log_statement" >/dev/null' EXIT
sign_in manager1 "$WORK/manager1.cookies"
sign_in supervisor1 "$WORK/supervisor1.cookies"
CUSTOMER=$("${PSQL[@]}" -tAc "select c.id from customer c join app_user u on u.id = c.owner_id where u.username = 'manager1' order by c.completeness desc, c.id limit 1")

PAGES=("manager1 /customers" "manager1 /customers/$CUSTOMER" "manager1 /agenda" "supervisor1 /agenda/team")
TICK=$(getconf CLK_TCK)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; jar $JAR"
printf '%-24s %10s %10s %14s %12s\n' page "p50 ms" "p95 ms" "CPU ms/page" "statements"
for entry in "${PAGES[@]}"; do
  # BENCH_ONLY=archive (or any part of "user path"): only the pages that match
  case "$entry" in *"${BENCH_ONLY:-}"*) ;; *) continue ;; esac
  user=${entry%% *}; path=${entry#* }
  for _ in $(seq 1 "$WARMUP"); do curl -sS -o /dev/null -b "$WORK/$user.cookies" "$BASE$path"; done
  lines_before=$(wc -l < "$WORK/access.log")
  log_before=$(stat -c %s "$PG_LOG")
  cpu_before=$(cpu_ticks "$APP")
  for _ in $(seq 1 "$REQUESTS"); do curl -sS -o /dev/null -b "$WORK/$user.cookies" "$BASE$path"; done
  cpu_after=$(cpu_ticks "$APP")
  sleep 1
  statements=$(tail -c +"$((log_before + 1))" "$PG_LOG" | grep "@$DB " | grep -ciE "(execute [^:]*|statement): *(select|insert|update|delete|with)" || true)
  tail -n +"$((lines_before + 1))" "$WORK/access.log" | awk -v p="$path" '$2 == p && $3 == 200 { print $4 / 1000.0 }' > "$WORK/server.txt"
  sort -n "$WORK/server.txt" | awk -v label="$user $path" -v cpu=$(( cpu_after - cpu_before )) -v n="$REQUESTS" -v t="$TICK" -v s="$statements" \
    '{ v[NR] = $1 } END { printf "%-24s %10.2f %10.2f %14.2f %12.1f\n", label, v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], cpu * 1000 / t / n, s / n }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
