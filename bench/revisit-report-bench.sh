#!/usr/bin/env bash
# Revisit reports (issue 10; see docs/performance.md, "## Revisit reports (issue 10)"). On a fresh
# database migrated and filled with the demo by the application, adds 1,000,000 revisits spread over
# the 24 months up to today (80 % done with their scores — 4 items for a satisfaction revisit, 3 after
# a complaint —, 12 % unreachable, 8 % open; 3 % of the done ones with an open problem; three
# departments), analyzes, then
#   1. runs the monthly report's three queries (RevisitReportService) on last month with
#      EXPLAIN (ANALYZE, BUFFERS), printing their plans and times;
#   2. measures GET /api/v1/revisits/reports?period=MONTH as csmanager1, server side (Tomcat access
#      log, %{us}T) and as curl sees it.
#
#   bench/revisit-report-bench.sh [requests, default 50]
#   BENCH_SKIP_LOAD=1 bench/revisit-report-bench.sh   # reuse the loaded database
#
# Needs a local PostgreSQL (BENCH_HOST/BENCH_PORT/BENCH_USER, default 127.0.0.1:5432, postgres,
# trust auth). Drops and recreates the database (BENCH_DB, default huike_rv_bench) unless
# BENCH_SKIP_LOAD is set. The application listens on BENCH_APP_PORT (default 18304).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_rv_bench}
BENCH_APP_PORT=${BENCH_APP_PORT:-18304}
REQUESTS=${1:-50}
REVISITS=${BENCH_REVISITS:-1000000}
WORK=$(mktemp -d /tmp/revisit-bench.XXXXXX)
. bench/lib.sh
ADMIN_PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres)

[ -f "$JAR" ] || { rm -f crm-web/target/*.jar*; ./mvnw -B -q -o -DskipTests package; }

if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
  "${ADMIN_PSQL[@]}" -c "drop database if exists $DB"
  "${ADMIN_PSQL[@]}" -c "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
fi

start_app "$WORK"
# the demo is written after the start: wait for it
for _ in $(seq 1 300); do
  grep -q "Demo data for" "$WORK/app.log" && grep -q "revisits (" "$WORK/app.log" && break
  sleep 1
done

if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
  echo "loading $REVISITS revisits…"
  start=$(date +%s)
  "${PSQL[@]}" <<SQL
create temporary table dept (n int primary key, name text);
insert into dept values (0, '售后服务部'), (1, '物流配送部'), (2, '市场部');
insert into revisit (kind, customer_id, owner_id, caller_name, phone, department, delivered_on, due_on, latest_on,
                     slot, status, attempts, last_slot, feedback, problem, problem_status, closed_at, closed_by, created_at)
select case when g % 5 = 0 then 'AFTER_COMPLAINT' else 'SATISFACTION' end,
       null, null, '压测客户' || g, '139' || lpad((g % 100000000)::text, 8, '0'),
       (select name from dept where n = g % 3),
       null, d, d + 10,
       case g % 3 when 0 then 'MORNING' when 1 then 'AFTERNOON' else 'EVENING' end,
       case when g % 100 < 80 then 'DONE' when g % 100 < 92 then 'UNREACHABLE' else 'OPEN' end,
       1 + g % 3, 'MORNING',
       case when g % 100 < 80 then '满意' end,
       case when g % 100 < 3 then '送货晚了' end,
       case when g % 100 < 3 then 'OPEN' end,
       case when g % 100 < 92 then (d + 1 + (g % 5))::timestamp at time zone 'Asia/Shanghai' + interval '10 hours' end,
       (select id from app_user where username = 'agent1'),
       now()
  from (select g, current_date - 730 + (g % 730)::int as d from generate_series(1, $REVISITS) g) s;
insert into revisit_score (revisit_id, item_id, score, scored_at, department)
select r.id, i.id, 1 + (r.id + i.id) % 5, r.closed_at, r.department
  from revisit r join revisit_item i on i.kind = r.kind and i.active
 where r.status = 'DONE' and r.caller_name like '压测客户%';
vacuum analyze revisit;
vacuum analyze revisit_score;
SQL
  echo "loaded in $(( $(date +%s) - start )) s"
fi
"${PSQL[@]}" -c "select count(*) as revisits from revisit" -c "select count(*) as scores from revisit_score"

FROM=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-01)
TO=$(date +%Y-%m-01)
echo "== the report's queries on $FROM .. $TO"
"${PSQL[@]}" <<SQL
\timing on
explain (analyze, buffers) select kind, status, count(*) as n from revisit
 where closed_at >= '$FROM'::timestamp at time zone 'Asia/Shanghai' and closed_at < '$TO'::timestamp at time zone 'Asia/Shanghai'
 group by kind, status;
explain (analyze, buffers) select item_id, department, count(*) as n, sum(score) as total from revisit_score
 where scored_at >= '$FROM'::timestamp at time zone 'Asia/Shanghai' and scored_at < '$TO'::timestamp at time zone 'Asia/Shanghai'
 group by item_id, department;
explain (analyze, buffers) select count(*) from revisit where problem_status = 'OPEN'
 and closed_at >= '$FROM'::timestamp at time zone 'Asia/Shanghai' and closed_at < '$TO'::timestamp at time zone 'Asia/Shanghai';
explain (analyze, buffers) select id, caller_name, department, problem, closed_at from revisit
 where problem_status = 'OPEN' and closed_at >= '$FROM'::timestamp at time zone 'Asia/Shanghai'
   and closed_at < '$TO'::timestamp at time zone 'Asia/Shanghai' order by closed_at, id limit 100;
SQL

echo "== GET /api/v1/revisits/reports?period=MONTH&day=$FROM as csmanager1, $REQUESTS requests"
sign_in csmanager1 "$WORK/cookies"
: > "$WORK/curl.ms"
for i in $(seq 1 "$REQUESTS"); do
  curl -fsS -o /dev/null -b "$WORK/cookies" -w '%{time_total}\n' \
    "$BASE/api/v1/revisits/reports?period=MONTH&day=$FROM" | awk '{ printf "%.2f\n", $1 * 1000 }' >> "$WORK/curl.ms"
done
grep "GET /api/v1/revisits/reports" "$WORK/access.log" | awk '{ printf "%.2f\n", $4 / 1000 }' > "$WORK/server.ms"
pct "$WORK/server.ms" "server side"
pct "$WORK/curl.ms" "curl"
echo "uptime: $(uptime)"
