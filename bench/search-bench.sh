#!/usr/bin/env bash
# Measures the customer search and the archive detail page at the size loaded by
# bench/search-load.sh (1,000,000 customers). Not a test: for each kind of request and each user
# it prints the percentiles of the server-side time (Tomcat access log, %{us}T, request received
# to response completed) of full pages, after a warm-up. The search words are taken from the data:
#   name2    two adjacent Chinese characters of a customer's name   (GET /customers?q=月娜)
#   initials the pinyin initials of a customer's name               (GET /customers?q=syn)
#   phone    a customer's whole mobile number                       (GET /customers?q=17716841281)
#   phone4   the last four digits of a mobile number (loose)        (GET /customers?q=1281)
#   code     a customer's code                                      (GET /customers?q=KH2025000001)
#   detail   the archive page of one of the user's customers        (GET /customers/{id})
#   browse1  the first page of the list without words, by name      (GET /customers)
#   browse25000 page 25,000 of it (rows 499,981-500,000 of the admin's list; manager1: the last
#            page), through a keyset cursor made here as the application makes them (an
#            application without cursors is asked for ?page=24999 and answers an empty page)
# Beside the application's time it reports the same requests' SQL time inside PostgreSQL: every
# statement of the request but Spring Session's (parse + bind + execute, from the server log: the
# application's connections are opened with log_min_duration_statement = 0; BENCH_PGLOG, default
# /var/log/postgresql/postgresql-15-main.log). Logging every statement costs the application a
# little time too. On a shared machine set BENCH_APP_PORT to a port nobody else uses.
# admin searches all 1,000,000 customers, agent1 looks up all of them (name, code, phone only),
# manager1 searches their own book (about 10,000).
# Usage: bench/search-bench.sh [requests per kind and user, default 300]   (BENCH_DB etc. as in lib.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_bench}
N=${1:-300}
WARMUP=${BENCH_WARMUP:-300}
WORK=$(mktemp -d /tmp/search-bench.XXXXXX)
. bench/lib.sh

[ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package
"${PSQL[@]}" -tAc "select 'customers: ' || count(*) from customer"

# the words, sampled reproducibly from the data
words() { # kind owner-username(or empty for all) count
  local i deep="$DEEP_ADMIN"
  [ -n "$2" ] && deep="$DEEP_MANAGER"
  if [ "$1" = browse1 ]; then for i in $(seq "$3"); do echo '?sort=name'; done; return; fi
  if [ "$1" = browse25000 ]; then for i in $(seq "$3"); do echo "$deep"; done; return; fi
  local scope="true"
  [ -n "$2" ] && scope="owner_id = (select id from app_user where username = '$2')"
  local expr
  case "$1" in
    name2) expr="substr(name, 1 + (abs(hashtext(code)) % (char_length(name) - 1)), 2)" ;;
    initials) expr="(select string_agg(left(w, 1), '') from regexp_split_to_table(name_pinyin, ' ') w)" ;;
    phone) expr="mobile_phone" ;;
    phone4) expr="right(mobile_phone, 4)" ;;
    code) expr="code" ;;
    detail) expr="id::text" ;;
  esac
  "${PSQL[@]}" -tAc "select $expr from customer where $scope and mobile_phone is not null
    and char_length(name) >= 2 order by md5(code) limit $3"
}

PGLOG=${BENCH_PGLOG:-/var/log/postgresql/postgresql-15-main.log}
# only this application's statements are logged, each with its duration and text
start_app "$WORK" "--spring.datasource.hikari.data-source-properties.options=-c log_min_duration_statement=0 -c log_statement=none" \
  --spring.datasource.hikari.data-source-properties.ApplicationName=search-bench
USERS=(admin manager1 agent1)
for u in "${USERS[@]}"; do sign_in "$u" "$WORK/$u.cookies"; done

# cursor SORT-KEY ID: the cursor of the page after the row (CustomerCursor.encode, sort by name, ascending)
cursor() {
  local payload b64 mac
  payload=$(printf '1\x1fname\x1fa\x1fA\x1f%s\x1f%s' "$2" "$1" | base64 -w0)
  b64=$(printf '%s' "$payload" | tr '+/' '-_' | tr -d '=')
  mac=$(printf '%s' "$payload" | base64 -d | openssl dgst -sha256 -hmac "huike-crm customer list cursor" -binary \
    | head -c 12 | base64 -w0 | tr '+/' '-_' | tr -d '=')
  printf '%s.%s' "$b64" "$mac"
}
if curl -fsS -b "$WORK/admin.cookies" "$BASE/api/v1/customers?size=1" | grep -q '"next"'; then
  row=$("${PSQL[@]}" -tAF ' ' -c "select id, name_pinyin from customer order by name_pinyin, id offset 499979 limit 1")
  DEEP_ADMIN="?cursor=$(cursor "${row#* }" "${row%% *}")"
  row=$("${PSQL[@]}" -tAF ' ' -c "select id, name_pinyin from customer where owner_id = (select id from app_user
    where username = 'manager1') order by name_pinyin desc, id desc offset 20 limit 1")
  DEEP_MANAGER="?cursor=$(cursor "${row#* }" "${row%% *}")"
else
  DEEP_ADMIN="?page=24999"; DEEP_MANAGER="?page=24999"
  echo "(this application has no cursors: page 25,000 is asked for as ?page=24999)"
fi

request() { # user kind word -> one line of curl time
  if [ "$2" = browse1 ] || [ "$2" = browse25000 ]; then
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -b "$WORK/$1.cookies" "$BASE/customers$3"
  elif [ "$2" = detail ]; then
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -b "$WORK/$1.cookies" "$BASE/customers/$3"
  else
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -G --data-urlencode "q=$3" -b "$WORK/$1.cookies" "$BASE/customers"
  fi
}

# a check that the searches find what they look for
probe=$(words phone "" 1)
curl -fsS -G --data-urlencode "q=$probe" -b "$WORK/admin.cookies" "$BASE/customers" > "$WORK/probe.html"; grep -q "$probe" "$WORK/probe.html" \
  || { echo "searching $probe as admin does not find it"; exit 1; }

echo "warming up ($WARMUP requests)"
for kind in name2 initials phone code; do
  words "$kind" "" $(( WARMUP / 4 )) | while read -r w; do request admin "$kind" "$w" > /dev/null; done
done
words detail manager1 50 | while read -r w; do request manager1 detail "$w" > /dev/null; done

# sql_times FROM-BYTE: per request, the milliseconds of the benchmark database's statements other than
# Spring Session's, from the server log; a request ends with Spring Session's update of its session
sql_times() {
  tail -c +"$(( $1 + 1 ))" "$PGLOG" | grep -a "@$DB " | grep -a ' duration: [0-9.]* ms  [a-z]' | grep -a -F -f "$WORK/pids" | awk '
    { ms = $0; sub(/.* duration: /, "", ms); sub(/ ms .*/, "", ms); text = tolower($0) }
    text ~ /execute [^:]*: update spring_session/ { if (n > 0) print sum; sum = 0; n = 0; next }
    text ~ /spring_session/ { next }
    text ~ /: (begin|commit)/ { sum += ms; next }
    { sum += ms; n++ }'
}

# the server processes of this application's connections (the pool is warm by now)
"${PSQL[@]}" -tAc "select '[' || pid || ']' from pg_stat_activity where datname = '$DB'
  and application_name = 'search-bench'" > "$WORK/pids"

measure() { # user kind scope-owner
  local before after logpos label="$2 as $1"
  words "$2" "$3" "$N" > "$WORK/words.txt"
  before=$(wc -l < "$WORK/access.log")
  logpos=$(stat -c %s "$PGLOG")
  while read -r w; do request "$1" "$2" "$w"; done < "$WORK/words.txt" > "$WORK/client.txt"
  sleep 0.5
  sql_times "$logpos" > "$WORK/sql.txt"
  after=$(wc -l < "$WORK/access.log")
  if grep -qv '^200 ' "$WORK/client.txt"; then
    echo "$label: some requests failed: $(grep -v '^200 ' "$WORK/client.txt" | sort | uniq -c | head -3)"
  fi
  sed -n "$((before + 1)),${after}p" "$WORK/access.log" | awk '$3 == 200 { print $4 / 1000.0 }' > "$WORK/server.txt"
  pct "$WORK/server.txt" "$(printf '%-22s' "$label") app"
  pct "$WORK/sql.txt" "$(printf '%-22s' "$label") sql"
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "---- server side (Tomcat, request in to response out), full HTML pages"
for kind in name2 initials phone phone4 code; do
  measure admin "$kind" ""
  measure agent1 "$kind" ""
  measure manager1 "$kind" manager1
done
measure admin browse1 ""
measure admin browse25000 ""
measure manager1 browse1 manager1
measure manager1 browse25000 manager1
measure manager1 detail manager1
measure admin detail ""
echo "load average: $load_before -> $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
echo "work files in $WORK"
