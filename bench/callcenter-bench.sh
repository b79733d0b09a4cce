#!/usr/bin/env bash
# The call center at 1,000,000 customers (issue 10; see docs/performance.md, "## The call center
# (issue 10)"). On the database of bench/search-load.sh (1,000,000 customers, BENCH_DB, default
# huike_bench):
#   1. fills service_request with one request per customer: 100,000 open complaints (every tenth
#      customer; NEW, ROUTED, TAKEN, RETURNED or FED_BACK, deadlines from 10 days ago to 20 days
#      ahead) and 900,000 closed ones received over the past year (BENCH_SKIP_FILL=1 keeps them);
#   2. measures, after a warm-up, the server-side time (Tomcat access log, %{us}T) of
#        lookup     GET /api/v1/desk/lookup?q=+86 199 1234 5678   as agent1 (caller ID as the phone gives it)
#        desk       GET /desk?q=+86 199 1234 5678                  as agent1 (the whole desk page)
#        queue1     GET /api/v1/complaints/queue?size=20           as csmanager1 (page 1)
#        queueDeep  GET /api/v1/complaints/queue?size=20&cursor=…  as csmanager1 (after 50,000 rows)
#        complaints GET /complaints                                 as csmanager1 (the whole page)
#   3. beside them, in the same run, the same SQL inside PostgreSQL (EXPLAIN ANALYZE: the phone
#      lookup of the desk, the queue's first and deep page, its capped count).
#
#   bench/search-load.sh && bench/callcenter-bench.sh [requests per kind, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-huike_bench}
N=${1:-300}
WARMUP=${BENCH_WARMUP:-100}
WORK=$(mktemp -d /tmp/callcenter-bench.XXXXXX)
. bench/lib.sh

[ -f "$JAR" ] || { rm -f crm-web/target/*.jar*; ./mvnw -B -q -o -DskipTests package; }
"${PSQL[@]}" -tAc "select 'customers: ' || count(*) from customer"

# the schema of this jar (the complaints' tables), then the requests
if [ -z "${BENCH_SKIP_FILL:-}" ]; then
  start_app "$WORK"
  kill "$APP"; wait "$APP" 2>/dev/null || true
  t0=$(date +%s)
  "${PSQL[@]}" <<'SQL'
delete from complaint_step where request_id in (select id from service_request where description like '压测%');
delete from service_request where description like '压测%';
insert into service_request (type, status, customer_id, owner_id, caller_name, caller_phone, category_id, severity,
                             channel, description, taken_by, received_at, department_id, due_at, closed_at,
                             changed_at)
select 'COMPLAINT',
       case when c.id % 10 = 0 then (array['NEW', 'ROUTED', 'TAKEN', 'RETURNED', 'FED_BACK'])[1 + (c.id / 10) % 5]
            else 'CLOSED' end,
       c.id, c.owner_id, c.name, coalesce(c.mobile_phone, '01088886666'),
       (select id from complaint_category order by id limit 1 offset (c.id % 6)),
       (array['LOW', 'NORMAL', 'HIGH', 'URGENT'])[1 + c.id % 4], 'HOTLINE', '压测投诉 ' || c.id,
       (select id from app_user where username = 'agent1'),
       now() - ((c.id % 365) || ' days')::interval - ((c.id % 86400) || ' seconds')::interval,
       case when c.id % 10 = 0 and (c.id / 10) % 5 <> 0
            then (select id from complaint_department order by id limit 1 offset (c.id % 3)) end,
       case when c.id % 10 = 0 then now() + (((c.id / 10) % 30 - 10) || ' days')::interval
                                        + ((c.id % 3600) || ' seconds')::interval
            else now() - ((c.id % 365) || ' days')::interval + interval '2 days' end,
       case when c.id % 10 <> 0 then now() - ((c.id % 365) || ' days')::interval + interval '1 day' end,
       now()
  from customer c;
vacuum (analyze) service_request;
SQL
  echo "filled in $(( $(date +%s) - t0 )) s: $("${PSQL[@]}" -tAc "select count(*) filter (where status <> 'CLOSED') || ' open, ' || count(*) filter (where status = 'CLOSED') || ' closed' from service_request where type = 'COMPLAINT'")"
fi

start_app "$WORK"
for u in agent1 csmanager1; do sign_in "$u" "$WORK/$u.cookies"; done

# caller IDs: customers' mobiles as the phone shows them (+86 199 1234 5678), sampled reproducibly
phones() {
  "${PSQL[@]}" -tAc "select '+86 ' || substr(mobile_phone, 1, 3) || ' ' || substr(mobile_phone, 4, 4) || ' '
    || substr(mobile_phone, 8, 4) from customer where mobile_phone is not null order by md5(code) limit $1 offset $2"
}
phones "$N" 0 > "$WORK/phones.txt"
phones "$WARMUP" "$N" > "$WORK/warm.txt"
probe=$(head -1 "$WORK/phones.txt")
curl -fsS -G --data-urlencode "q=$probe" -b "$WORK/agent1.cookies" "$BASE/api/v1/desk/lookup" > "$WORK/probe.json"
digits=$(printf '%s' "$probe" | tr -d ' +' | sed 's/^86//')
grep -q "$digits" "$WORK/probe.json" || { echo "the desk does not find $probe: $(head -c 300 "$WORK/probe.json")"; exit 1; }

# the cursor after 50,000 open complaints: walked once, 100 at a time
cursor=""
for _ in $(seq 1 500); do
  page=$(curl -fsS -G -b "$WORK/csmanager1.cookies" --data-urlencode "size=100" ${cursor:+--data-urlencode "cursor=$cursor"} \
    "$BASE/api/v1/complaints/queue")
  cursor=$(printf '%s' "$page" | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')
  [ -n "$cursor" ] || { echo "the queue ended before 50,000 rows"; exit 1; }
done
DEEP=$cursor

request() { # kind word
  case "$1" in
    lookup) curl -sS -o /dev/null -w '%{http_code}\n' -G --data-urlencode "q=$2" -b "$WORK/agent1.cookies" "$BASE/api/v1/desk/lookup" ;;
    desk) curl -sS -o /dev/null -w '%{http_code}\n' -G --data-urlencode "q=$2" -b "$WORK/agent1.cookies" "$BASE/desk" ;;
    queue1) curl -sS -o /dev/null -w '%{http_code}\n' -b "$WORK/csmanager1.cookies" "$BASE/api/v1/complaints/queue?size=20" ;;
    queueDeep) curl -sS -o /dev/null -w '%{http_code}\n' -G --data-urlencode "cursor=$DEEP" -b "$WORK/csmanager1.cookies" \
      "$BASE/api/v1/complaints/queue?size=20" ;;
    complaints) curl -sS -o /dev/null -w '%{http_code}\n' -b "$WORK/csmanager1.cookies" "$BASE/complaints" ;;
  esac
}

echo "warming up"
for kind in lookup desk; do while read -r w; do request "$kind" "$w" > /dev/null; done < "$WORK/warm.txt"; done
for kind in queue1 queueDeep complaints; do for _ in $(seq 1 "$WARMUP"); do request "$kind" "" > /dev/null; done; done

measure() { # kind
  local before after
  before=$(wc -l < "$WORK/access.log")
  if [ "$1" = lookup ] || [ "$1" = desk ]; then
    while read -r w; do request "$1" "$w"; done < "$WORK/phones.txt" > "$WORK/client.txt"
  else
    for _ in $(seq 1 "$N"); do request "$1" ""; done > "$WORK/client.txt"
  fi
  sleep 0.3
  after=$(wc -l < "$WORK/access.log")
  grep -qv '^200$' "$WORK/client.txt" && echo "$1: some requests failed: $(grep -v '^200$' "$WORK/client.txt" | sort | uniq -c | head -3)"
  sed -n "$((before + 1)),${after}p" "$WORK/access.log" | awk '$3 == 200 { print $4 / 1000.0 }' > "$WORK/server.txt"
  pct "$WORK/server.txt" "$(printf '%-11s' "$1") app"
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "---- server side (Tomcat, request in to response out)"
for kind in lookup desk queue1 queueDeep complaints; do measure "$kind"; done
echo "load average: $load_before -> $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"

echo "---- the same SQL inside PostgreSQL (EXPLAIN ANALYZE, warm)"
d=${digits}
"${PSQL[@]}" -c "explain (analyze, buffers, costs off, summary on) with m as materialized (
  select id from customer c where c.phone_digits like '%$d%' limit 1001) select count(*) from m" \
  | grep -E 'Execution Time|Index|Bitmap' | sed 's/^/  lookup  /'
due=$("${PSQL[@]}" -tAc "select due_at from service_request where type = 'COMPLAINT' and status <> 'CLOSED'
  order by due_at, id offset 50000 limit 1")
for deep in "" "and r.due_at > '$due'"; do
  label=queue1; [ -n "$deep" ] && label=queueDeep
  "${PSQL[@]}" -c "explain (analyze, buffers, costs off, summary on) select r.id, r.due_at from service_request r
    where r.type = 'COMPLAINT' and r.status <> 'CLOSED' $deep order by r.due_at, r.id limit 21" \
    | grep -E 'Execution Time|Index' | sed "s/^/  $label  /"
done
"${PSQL[@]}" -c "explain (analyze, costs off, summary on) select count(*) from (select 1 from service_request r
  where r.type = 'COMPLAINT' and r.status <> 'CLOSED' limit 1001) m" | grep -E 'Execution Time|Index' | sed 's/^/  count  /'
echo "work directory: $WORK"
