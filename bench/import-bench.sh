#!/usr/bin/env bash
# Customer import and export at 100,000 rows (issue 11; see docs/performance.md, "## Import and
# export"). On a fresh demo database, with the application's heap bounded (BENCH_XMX, default 512m):
#   1. writes ROWS (default 100000) customers of manager1 as an .xlsx file of the template's columns
#      (name, company, mobile, manager, grade, birthday, job title, address, height — a sensitive
#      answer) and the same rows as a CSV of the customer table's columns (bench/java/ImportFile.java);
#   2. as manager1 through the API: uploads the file (read, every row checked, duplicates looked
#      up: the preview), starts the import and polls until it is done (rows written with their
#      search keys, pinyin and encrypted answers, in one transaction) — each step timed;
#   3. COPY of the same rows (without pinyin, search terms or encryption: the database's floor) into
#      the same table with its indexes and triggers, timed by psql in the same run;
#   4. the customer list of manager1 (now 100,000+ rows) exported as .xlsx and as .csv, timed, twice.
#
#   bench/import-bench.sh [rows, default 100000]
#
# Needs a local PostgreSQL (BENCH_HOST/BENCH_PORT/BENCH_USER, default 127.0.0.1:5432, postgres, trust
# auth). Drops and recreates the database BENCH_DB (default huike_import_bench). The application
# listens on BENCH_APP_PORT (default 18392).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_import_bench}
BENCH_APP_PORT=${BENCH_APP_PORT:-18392}
BENCH_XMX=${BENCH_XMX:-512m}
BENCH_XMS=${BENCH_XMS:-256m}
ROWS=${1:-100000}
WORK=$(mktemp -d /tmp/import-bench.XXXXXX)
. bench/lib.sh
ADMIN_PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres)
now_ms() { date +%s%3N; }

[ -f "$JAR" ] || { rm -f crm-web/target/*.jar*; ./mvnw -B -q -o -DskipTests package; }
# POI for the file writer: the application's own libraries
unzip -q -o "$JAR" 'BOOT-INF/lib/*' -d "$WORK/jar"
CP="$WORK/jar/BOOT-INF/lib/*"

echo "creating database $DB and the demo (heap $BENCH_XMX)"
"${ADMIN_PSQL[@]}" -c "drop database if exists $DB"
"${ADMIN_PSQL[@]}" -c "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
start_app "$WORK"
for _ in $(seq 1 120); do
  grep -q "Demo data for .* created" "$WORK/app.log" && break
  sleep 1
done
OWNER=$("${PSQL[@]}" -At -c "select id from app_user where username = 'manager1'")

echo "writing $ROWS rows"
java -cp "$CP" bench/java/ImportFile.java "$ROWS" "$WORK/customers.xlsx" "$WORK/customers.csv" "$OWNER"
ls -l "$WORK/customers.xlsx" "$WORK/customers.csv" | awk '{ print $5, $9 }'

t0=$(now_ms)
curl -fsS -u manager1:demo123 -F "file=@$WORK/customers.xlsx" "$BASE/api/v1/imports" -o "$WORK/preview.json"
t1=$(now_ms)
ID=$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' "$WORK/preview.json")
echo "upload and preview: $((t1 - t0)) ms; $(grep -o '"totalRows":[0-9]*,"goodRows":[0-9]*,"badRows":[0-9]*,"duplicateRows":[0-9]*' "$WORK/preview.json")"
curl -fsS -u manager1:demo123 -X POST "$BASE/api/v1/imports/$ID/start" -o /dev/null
while :; do
  status=$(curl -fsS -u manager1:demo123 "$BASE/api/v1/imports/$ID" | grep -o '"status":"[A-Z]*"')
  case "$status" in *DONE*|*FAILED*) break ;; esac
  sleep 0.2
done
t2=$(now_ms)
echo "import (start to done): $((t2 - t1)) ms, $status; in all $((t2 - t0)) ms"
grep -E "import [0-9]+ (done|failed)" "$WORK/app.log" | tail -1
echo "heap after: $(jcmd "$APP" GC.heap_info 2>/dev/null | grep -m1 -E 'garbage-first heap|total' || echo n/a)"
"${PSQL[@]}" -At -c "select count(*) || ' imported, ' || count(*) filter (where sensitive_profile is not null) || ' with encrypted answers, ' || count(*) filter (where name_pinyin <> '') || ' with pinyin' from customer where import_batch_id = $ID"

echo "COPY of the same rows into the same table (indexes and search-term trigger on)"
"${PSQL[@]}" -c '\timing on' -c "\\copy customer (code, name, company_name, mobile_phone, owner_id, grade, deal_status, birth_date, profile, completeness, created_at, updated_at) from '$WORK/customers.csv' with (format csv)" | grep -i time

# as autovacuum would (it is off on this machine's PostgreSQL): the copied rows are counted
"${PSQL[@]}" -c "analyze customer"
# each format twice: the first reads the freshly written rows (and sets their hint bits), the
# second is the steady state
for run in first again; do
  for format in xlsx csv; do
    t0=$(now_ms)
    curl -fsS -u manager1:demo123 "$BASE/customers/export?format=$format" -o "$WORK/export.$format"
    t1=$(now_ms)
    echo "export of manager1's list as $format ($run): $((t1 - t0)) ms, $(stat -c %s "$WORK/export.$format") bytes"
  done
done
echo "work directory: $WORK"
