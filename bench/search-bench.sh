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

start_app "$WORK"
USERS=(admin manager1 agent1)
for u in "${USERS[@]}"; do sign_in "$u" "$WORK/$u.cookies"; done

request() { # user kind word -> one line of curl time
  if [ "$2" = detail ]; then
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

measure() { # user kind scope-owner
  local before after label="$2 as $1"
  words "$2" "$3" "$N" > "$WORK/words.txt"
  before=$(wc -l < "$WORK/access.log")
  while read -r w; do request "$1" "$2" "$w"; done < "$WORK/words.txt" > "$WORK/client.txt"
  sleep 0.5
  after=$(wc -l < "$WORK/access.log")
  if grep -qv '^200 ' "$WORK/client.txt"; then
    echo "$label: some requests failed: $(grep -v '^200 ' "$WORK/client.txt" | sort | uniq -c | head -3)"
  fi
  sed -n "$((before + 1)),${after}p" "$WORK/access.log" | awk '$3 == 200 { print $4 / 1000.0 }' > "$WORK/server.txt"
  pct "$WORK/server.txt" "$(printf '%-22s' "$label")"
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "---- server side (Tomcat, request in to response out), full HTML pages"
for kind in name2 initials phone phone4 code; do
  measure admin "$kind" ""
  measure agent1 "$kind" ""
  measure manager1 "$kind" manager1
done
measure manager1 detail manager1
measure admin detail ""
echo "load average: $load_before -> $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
echo "work files in $WORK"
