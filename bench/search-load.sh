#!/usr/bin/env bash
# Loads the search benchmark database (issue 2; see docs/performance.md, "## Customer search and
# archive (issue 2)"): the schema and the demo accounts and customers (one start of the
# application), 97 more managers in 10 teams (password demo123), then generated customers up to
# 1,000,000 with filled profiles (sensitive answers encrypted with the demo key), search keys and
# codes, by the application's own loader (--huike.load.customers, class CustomerBulkLoad: COPY over
# two connections, indexes and foreign keys rebuilt afterwards). Prints the time of every step.
#
#   ./mvnw -B -q -o -DskipTests package && bench/search-load.sh [customers, default 1000000]
#
# Needs a local PostgreSQL (BENCH_HOST/BENCH_PORT/BENCH_USER, default 127.0.0.1:5432, postgres,
# trust auth). Drops and recreates the database (BENCH_DB, default huike_bench).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_bench}
CUSTOMERS=${1:-1000000}
. bench/lib.sh
ADMIN_PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres)
APP_ARGS=(--spring.profiles.active=demo --server.port=0 --huike.scheduling.enabled=false
  --spring.datasource.url="jdbc:postgresql://$HOST:$PORT/$DB" --spring.datasource.username="$USER_NAME"
  --spring.datasource.password=unused)

[ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package

t0=$(date +%s)
step() { echo "[$(( $(date +%s) - t0 ))s] $*"; }

step "creating database $DB (UTF8, C.UTF-8)"
"${ADMIN_PSQL[@]}" -c "drop database if exists $DB"
"${ADMIN_PSQL[@]}" -c "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"

step "schema and demo data (one start of the application)"
java -jar "$JAR" "${APP_ARGS[@]}" --huike.load.customers=0 > /tmp/search-load-migrate.log 2>&1

step "managers and teams"
bench_managers

HAVE=$("${PSQL[@]}" -tAc "select count(*) from customer")
step "loading $((CUSTOMERS - HAVE)) customers (application log: /tmp/search-load.log)"
java -Xmx2g -jar "$JAR" "${APP_ARGS[@]}" --huike.load.customers=$((CUSTOMERS - HAVE)) > /tmp/search-load.log 2>&1 \
  || { tail -40 /tmp/search-load.log; exit 1; }
grep -E "Loaded|took|\([0-9.PTMS]+\)$" /tmp/search-load.log | sed 's/^.*\] [^ ]* *: /  /' | cut -c1-200

"${PSQL[@]}" -c "select count(*) as customers, count(sensitive_profile) as with_sensitive_answers,
       round(avg(completeness)) as avg_completeness, pg_size_pretty(pg_total_relation_size('customer')) as customer_table,
       pg_size_pretty(pg_database_size(current_database())) as database
from customer"
step "done"
