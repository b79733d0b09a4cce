#!/usr/bin/env bash
# The day's list as a PDF (issue 9; see docs/performance.md, "### The day's list as a PDF"). On a fresh
# demo database, fills one working day of manager1's plan of this month up to BENCH_FULL_DAY actions
# (default 22, manager1's own customers, some with a note), then measures, as manager1, server side
# (Tomcat access log, %{us}T) and as curl sees it:
#   1. the first PDF after the start (the layout engine and the font already warmed up in the
#      background by PdfRenderer#warmUp, the template not yet parsed) and the first print view;
#   2. after BENCH_WARMUP (default 50) of each, REQUESTS (default 200) PDF downloads
#      (GET /visit-plans/{id}/days/{day}.pdf) and as many HTML print views (?print), with the
#      application's CPU per request;
#   3. 40 PDFs four at once, each compared with the first (pdftotext, if there).
#
#   bench/pdf-bench.sh [requests, default 200]
#
# Needs a local PostgreSQL (BENCH_HOST/BENCH_PORT/BENCH_USER, default 127.0.0.1:5432, postgres, trust
# auth). Drops and recreates the database BENCH_DB (default huike_pdf_bench). The application listens
# on BENCH_APP_PORT (default 18391).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_pdf_bench}
BENCH_APP_PORT=${BENCH_APP_PORT:-18391}
REQUESTS=${1:-200}
WARMUP=${BENCH_WARMUP:-50}
FULL_DAY=${BENCH_FULL_DAY:-22}
WORK=$(mktemp -d /tmp/pdf-bench.XXXXXX)
. bench/lib.sh
ADMIN_PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres)
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# a stale crm-service jar may survive the repackaging: build from scratch
[ -f "$JAR" ] || { rm -f crm-web/target/*.jar*; ./mvnw -B -q -o -DskipTests package; }

echo "creating database $DB (UTF8, C.UTF-8) and the demo (one start of the application)"
"${ADMIN_PSQL[@]}" -c "drop database if exists $DB"
"${ADMIN_PSQL[@]}" -c "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
start_app "$WORK"
for _ in $(seq 1 120); do
  grep -q "Demo data for .* created" "$WORK/app.log" && break
  sleep 1
done
grep -q "Demo data for .* created" "$WORK/app.log" || { echo "no demo data; see $WORK/app.log"; exit 1; }

# the day: the busiest working day of manager1's plan of this month, filled up to FULL_DAY actions
read -r PLAN DAY <<<"$("${PSQL[@]}" -tAF' ' -c "select p.id, a.day from visit_plan p
  join app_user u on u.id = p.manager_id join visit_action a on a.plan_id = p.id
  where u.username = 'manager1' and p.month = date_trunc('month', current_date)::date
  group by p.id, a.day order by count(*) desc, a.day limit 1")"
[ -n "${DAY:-}" ] || { echo "no plan of this month for manager1"; exit 1; }
"${PSQL[@]}" <<SQL
insert into visit_action (plan_id, customer_id, day, action_type_id, note, origin, position)
select $PLAN, c.id, '$DAY', (select id from visit_action_type order by position offset (c.n % 6) limit 1),
       case when c.n % 3 = 0 then '带新品样品，核对上周订单' end, 'MANUAL',
       (select coalesce(max(position), 0) from visit_action where plan_id = $PLAN and day = '$DAY') + c.n
from (select c.id, row_number() over (order by c.id) n
        from customer c join app_user u on u.id = c.owner_id
       where u.username = 'manager1'
         and not exists (select 1 from visit_action a where a.plan_id = $PLAN and a.day = '$DAY' and a.customer_id = c.id)
       order by c.id) c
where c.n <= $FULL_DAY - (select count(*) from visit_action where plan_id = $PLAN and day = '$DAY');
SQL
ACTIONS=$("${PSQL[@]}" -tAc "select count(*) from visit_action where plan_id = $PLAN and day = '$DAY'")
PDF="/visit-plans/$PLAN/days/$DAY.pdf"
PRINT="/visit-plans/$PLAN/days/$DAY?print"
echo "manager1's plan $PLAN, $DAY: $ACTIONS actions"
sign_in manager1 "$WORK/cookies"

# once (no warm-up): the first PDF and the first print view after the start
lines_before=$(wc -l < "$WORK/access.log")
first_pdf=$(curl -fsS -o "$WORK/day.pdf" -w '%{time_total}' -b "$WORK/cookies" "$BASE$PDF")
first_print=$(curl -fsS -o "$WORK/day.html" -w '%{time_total}' -b "$WORK/cookies" "$BASE$PRINT")
sleep 1
head -c 5 "$WORK/day.pdf" | grep -q '%PDF-' || { echo "not a PDF: $WORK/day.pdf"; exit 1; }
if command -v pdfinfo >/dev/null; then
  pdfinfo "$WORK/day.pdf" | grep -E '^(Pages|Page size)' | sed 's/^/  /'
fi
echo "  PDF size $(wc -c < "$WORK/day.pdf") bytes"
tail -n +"$((lines_before + 1))" "$WORK/access.log" | awk -v pdf="$PDF" -v pv="/visit-plans/$PLAN/days/$DAY" \
  -v cp="$first_pdf" -v ch="$first_print" '
  $2 == pdf { printf "first PDF after the start: server %.1f ms, curl %.1f ms\n", $4 / 1000.0, cp * 1000 }
  $2 == pv { printf "first print view after the start: server %.1f ms, curl %.1f ms\n", $4 / 1000.0, ch * 1000 }'

run() { # $1 = count, $2 = url, $3 = file for curl times
  for _ in $(seq 1 "$1"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -b "$WORK/cookies" "$BASE$2" >> "$3"
  done
}
measure() { # $1 = label, $2 = url, $3 = path in the access log
  local before app_before app_after load_before
  echo "warming up $1 ($WARMUP requests)"
  run "$WARMUP" "$2" "$WORK/warmup.txt"
  before=$(wc -l < "$WORK/access.log")
  app_before=$(cpu_ticks "$APP"); load_before=$(loadavg)
  run "$REQUESTS" "$2" "$WORK/$1-client.txt"
  app_after=$(cpu_ticks "$APP")
  sleep 1
  tail -n +"$((before + 1))" "$WORK/access.log" | awk -v u="$3" '$2 == u && $3 == 200 { print $4 / 1000.0 }' \
    > "$WORK/$1-server.txt"
  awk '{ print $1 * 1000.0 }' "$WORK/$1-client.txt" > "$WORK/$1-client-ms.txt"
  pct "$WORK/$1-server.txt" "$1, server side (Tomcat, request in to response out)"
  pct "$WORK/$1-client-ms.txt" "$1, seen by curl over loopback"
  cpu_per_request $(( app_after - app_before )) 0 "$REQUESTS" | sed 's/, PostgreSQL.*//'
  echo "load average while measuring: $load_before -> $(loadavg) on $(nproc) cores"
}
echo "----"
measure pdf "$PDF" "$PDF"
measure print "$PRINT" "/visit-plans/$PLAN/days/$DAY"
# four at once (each rendering borrows its own parsed font): every answer a whole PDF of the same text
mkdir -p "$WORK/parallel"
seq 1 40 | xargs -P 4 -I{} curl -fsS -o "$WORK/parallel/{}.pdf" -b "$WORK/cookies" "$BASE$PDF"
good=0
for f in "$WORK"/parallel/*.pdf; do
  if command -v pdftotext >/dev/null; then
    [ "$(pdftotext "$f" - | md5sum)" = "$(pdftotext "$WORK/day.pdf" - | md5sum)" ] && good=$((good + 1))
  else
    head -c 5 "$f" | grep -q '%PDF-' && good=$((good + 1))
  fi
done
echo "four at once: $good of 40 PDFs whole and alike"
echo "work files in $WORK"
