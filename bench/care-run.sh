#!/usr/bin/env bash
# Runs the nightly care-reminder job against the database loaded by bench/care-load.sh and
# prints the timings (first run, next night, same night again, nights without holidays,
# catch-up after downtime). The job is the application's own CareReminders, in a Spring
# context of crm-service (class CareReminderBenchmark, not part of the test suite).
#
#   bench/care-load.sh && bench/care-run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${BENCH_DB:-huike_bench_care}"
URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$DB"

./mvnw -B -q -o test -pl crm-service -am -Dtest=CareReminderBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhuike.bench.url="$URL" -Dhuike.bench.user="${PGUSER:-postgres}"
grep -A 20 "== care reminder benchmark" crm-service/target/surefire-reports/com.huike.crm.care.CareReminderBenchmark-output.txt
