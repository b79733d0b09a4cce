#!/usr/bin/env bash
# Visit plans (issue 9; see docs/performance.md, "## Visit plans (issue 9)"). Loads a database of
# 2,000 managers owning 1,000,000 customers (the demo data, then managers vp_mgr_0001.. in 100 teams
# with manager1's password demo123 up to 2,000 enabled managers, then customers by the application's
# own loader, grades as it spreads them), then
#   1. times drafting every manager's plan of next month (the run on the 1st / "for everyone":
#      VisitPlanService#generateMissing, started by --huike.visitplan.generate=YYYY-MM, which logs
#      its own time), with the admin's default daily maximum (8), and once more (nothing to do);
#   2. times the month after, with a daily maximum of BENCH_MAX_PER_DAY (default 20), so that every
#      plan carries over last month's unfinished actions and holds ~400 actions;
#   3. measures the plan page (GET /visit-plans/{id}: calendar, list and the month grid) of plans
#      of step 2 as their managers, server side (Tomcat access log, %{us}T) and as curl sees it.
#
#   bench/visitplan-bench.sh [requests, default 400]
#   BENCH_LOAD_ONLY=1 bench/visitplan-bench.sh    # only (re)create and load the database
#   BENCH_SKIP_LOAD=1 bench/visitplan-bench.sh    # reuse the loaded database (steps 1-3 only)
#   BENCH_DB=huike_vp_small BENCH_MANAGERS=20 BENCH_CUSTOMERS=10000 \
#     BENCH_PAGE_MANAGERS="manager1 vp_mgr_0001 vp_mgr_0008 vp_mgr_0016" bench/visitplan-bench.sh
#                                                 # the plan page alone: the same 500 customers a book, loaded in a minute
#
# Needs a local PostgreSQL (BENCH_HOST/BENCH_PORT/BENCH_USER, default 127.0.0.1:5432, postgres,
# trust auth). Drops and recreates the database (BENCH_DB, default huike_vp_bench) unless
# BENCH_SKIP_LOAD is set. The application listens on BENCH_APP_PORT (default 18389).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_vp_bench}
BENCH_APP_PORT=${BENCH_APP_PORT:-18389}
REQUESTS=${1:-400}
WARMUP=${BENCH_WARMUP:-150}
MANAGERS=${BENCH_MANAGERS:-2000}
CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
MAX_PER_DAY=${BENCH_MAX_PER_DAY:-20}
WORK=$(mktemp -d /tmp/visitplan-bench.XXXXXX)
. bench/lib.sh
ADMIN_PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres)
APP_ARGS=(--spring.profiles.active=demo --server.port=0 --huike.scheduling.enabled=false
  --spring.datasource.url="jdbc:postgresql://$HOST:$PORT/$DB" --spring.datasource.username="$USER_NAME"
  --spring.datasource.password=unused)

# a stale crm-service jar may survive the repackaging: build from scratch
[ -f "$JAR" ] || { rm -f crm-web/target/*.jar*; ./mvnw -B -q -o -DskipTests package; }

t0=$(date +%s)
step() { echo "[$(( $(date +%s) - t0 ))s] $*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
  step "creating database $DB (UTF8, C.UTF-8)"
  "${ADMIN_PSQL[@]}" -c "drop database if exists $DB"
  "${ADMIN_PSQL[@]}" -c "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"

  step "schema and demo data (one start of the application)"
  java -jar "$JAR" "${APP_ARGS[@]}" --huike.load.customers=0 > "$WORK/migrate.log" 2>&1 \
    || { tail -40 "$WORK/migrate.log"; exit 1; }

  step "managers up to $MANAGERS (vp_mgr_NNNN in teams vp-team-1..100)"
  "${PSQL[@]}" <<SQL
insert into team (name)
select 'vp-team-' || t from generate_series(1, 100) t
on conflict (name) do nothing;
insert into app_user (username, password_hash, display_name, team_id)
select 'vp_mgr_' || lpad(i::text, 4, '0'), (select password_hash from app_user where username = 'manager1'),
       '计划经理' || i, (select id from team where name = 'vp-team-' || (1 + i % 100))
from generate_series(1, $MANAGERS - (select count(distinct r.user_id) from app_user_role r
                                      join app_user u on u.id = r.user_id
                                     where r.role = 'MANAGER' and u.enabled)) i
on conflict (username) do nothing;
insert into app_user_role (user_id, role)
select id, 'MANAGER' from app_user where username like 'vp_mgr_%'
on conflict do nothing;
SQL

  HAVE=$("${PSQL[@]}" -tAc "select count(*) from customer")
  step "loading $((CUSTOMERS - HAVE)) customers (application log: $WORK/load.log)"
  java -Xmx2g -jar "$JAR" "${APP_ARGS[@]}" --huike.load.customers=$((CUSTOMERS - HAVE)) > "$WORK/load.log" 2>&1 \
    || { tail -40 "$WORK/load.log"; exit 1; }
  grep -E "Loaded" "$WORK/load.log" | sed 's/^.*\] [^ ]* *: /  /' | cut -c1-200
  step "loaded"
fi
[ -z "${BENCH_LOAD_ONLY:-}" ] || exit 0

"${PSQL[@]}" -tAc "select 'enabled managers: ' || count(distinct r.user_id) from app_user_role r
  join app_user u on u.id = r.user_id where r.role = 'MANAGER' and u.enabled"
"${PSQL[@]}" -tAc "select 'customers: ' || (select count(*) from customer) || ' (by grade: '
  || string_agg(grade || ' ' || n, ', ' order by grade) || ')' from (select grade, count(*) n from customer group by grade) x"
"${PSQL[@]}" -tAc "select 'visit cadence (days): ' || string_agg(grade || ' ' || coalesce(days::text, '-'), ', ' order by grade)
  from follow_up_cadence where activity = 'VISIT'"

M1=$(date -u -d "$(date -u +%Y-%m-01) +1 month" +%Y-%m)
M2=$(date -u -d "$(date -u +%Y-%m-01) +2 month" +%Y-%m)
step "clearing plans from $M1 on (a rerun starts afresh)"
"${PSQL[@]}" -c "delete from visit_plan where month >= '$M1-01'"
"${PSQL[@]}" -c "vacuum analyze visit_plan, visit_action"

# generate MONTH LABEL: one start of the application that drafts the missing plans and exits
generate() {
  local log="$WORK/generate-$1-$2.log" start end
  local before; before=$(loadavg)
  start=$(date +%s.%N)
  java -Xms512m -Xmx1g -jar "$JAR" "${APP_ARGS[@]}" --huike.visitplan.generate="$1" > "$log" 2>&1 \
    || { tail -40 "$log"; exit 1; }
  end=$(date +%s.%N)
  echo "  $2: $(grep -o 'Visit plans of .*' "$log")"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "  whole run with the start of the application: %.1f s\n", e - s }'
  echo "  load average before -> after: $before -> $(loadavg) on $(nproc) cores"
}
stats() {
  "${PSQL[@]}" -tAc "select '  plans ' || count(distinct p.id) || ', actions ' || count(a.id)
      || ' (carried over ' || count(a.id) filter (where a.origin = 'CARRIED') || ')'
      || ', per plan avg ' || round(count(a.id)::numeric / greatest(count(distinct p.id), 1))
    from visit_plan p left join visit_action a on a.plan_id = p.id where p.month = '$1-01'"
}

"${PSQL[@]}" -c "update visit_plan_settings set max_per_day = 8"
step "drafting every manager's plan of $M1 (daily maximum 8)"
generate "$M1" first
stats "$M1"
step "the same month again (every plan there: nothing to draft)"
generate "$M1" again
stats "$M1"
"${PSQL[@]}" -c "update visit_plan_settings set max_per_day = $MAX_PER_DAY"
step "drafting every manager's plan of $M2 (daily maximum $MAX_PER_DAY, carrying over $M1's actions)"
generate "$M2" first
stats "$M2"
"${PSQL[@]}" -c "update visit_plan_settings set max_per_day = 8"
"${PSQL[@]}" -c "vacuum analyze visit_plan, visit_action"

step "plan page: GET /visit-plans/{id} of $M2"
read -r -a PAGE_MANAGERS <<< "${BENCH_PAGE_MANAGERS:-manager1 vp_mgr_0001 vp_mgr_0400 vp_mgr_0800 vp_mgr_1200 vp_mgr_1600}"
start_app "$WORK"
URLS=()
JARS=()
for m in "${PAGE_MANAGERS[@]}"; do
  row=$("${PSQL[@]}" -tAc "select p.id || ' ' || (select count(*) from visit_action a where a.plan_id = p.id)
    from visit_plan p join app_user u on u.id = p.manager_id where u.username = '$m' and p.month = '$M2-01'")
  [ -n "$row" ] || { echo "no plan of $M2 for $m"; exit 1; }
  set -- $row
  echo "  $m: plan $1, $2 actions"
  sign_in "$m" "$WORK/$m.cookies"
  page=$(curl -fsS -b "$WORK/$m.cookies" "$BASE/visit-plans/$1")
  case "$page" in *'id="plan-grid"'*) ;; *) echo "cannot open plan $1 with its grid as $m"; exit 1 ;; esac
  URLS+=("/visit-plans/$1"); JARS+=("$WORK/$m.cookies")
done

run() { # $1 = count, $2 = file for curl times
  for i in $(seq 1 "$1"); do
    k=$(( i % ${#URLS[@]} ))
    curl -sS -o /dev/null -w '%{time_total}\n' -b "${JARS[$k]}" "$BASE${URLS[$k]}" >> "$2"
  done
}
echo "warming up ($WARMUP requests)"
run "$WARMUP" "$WORK/warmup.txt"
lines_before=$(wc -l < "$WORK/access.log")
BACKENDS=$("${PSQL[@]}" -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()")
app_before=$(cpu_ticks "$APP"); db_before=$(cpu_ticks $BACKENDS)
load_before=$(loadavg)
echo "measuring ($REQUESTS requests over ${#URLS[@]} plans)"
run "$REQUESTS" "$WORK/client.txt"
app_after=$(cpu_ticks "$APP"); db_after=$(cpu_ticks $BACKENDS)
load_after=$(loadavg)
sleep 1
tail -n +"$((lines_before + 1))" "$WORK/access.log" \
  | awk '$2 ~ /^\/visit-plans\/[0-9]+$/ && $3 == 200 { print $4 / 1000.0 }' > "$WORK/server.txt"
awk '{ print $1 * 1000.0 }' "$WORK/client.txt" > "$WORK/client-ms.txt"
echo "----"
pct "$WORK/server.txt" "plan page, server side (Tomcat, request in to response out)"
pct "$WORK/client-ms.txt" "plan page, seen by curl over loopback"
cpu_per_request $(( app_after - app_before )) $(( db_after - db_before )) "$REQUESTS"
echo "load average while measuring: $load_before -> $load_after on $(nproc) cores"
step "done; work files in $WORK"
