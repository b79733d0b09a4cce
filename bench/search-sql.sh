#!/usr/bin/env bash
# The SQL alone of the two-character name search, before and after issue 8, on the same database
# and words, one psql session (\timing: planning, execution and the round trip). "before" is the
# statement of the general search (GIN over customer.search_terms, the first 1,001 matches sorted);
# "after" the statements of the search terms' path (V88): the page's rows by the ids of an index-only
# scan of customer_search_term (the application sends the ids query and the rows query apart; here
# one statement), and the capped count from the same index. Scopes: admin (all), a team
# (manager1's), manager1's own book.
# Usage: bench/search-sql.sh [words, default 200]   (BENCH_DB etc. as in lib.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-huike_bench}
N=${1:-200}
. bench/lib.sh
WORK=$(mktemp -d /tmp/search-sql.XXXXXX)
M=$("${PSQL[@]}" -tAc "select id from app_user where username = 'manager1'")
TEAM=$("${PSQL[@]}" -tAc "select array_agg(id order by id) from app_user where team_id = (select team_id from app_user where username = 'manager1')")
COLUMNS="c.id, c.code, c.name, c.company_name, c.mobile_phone, c.office_phone, c.owner_id, c.grade, c.deal_status, c.classification, c.completeness, c.updated_at, c.created_at, c.name_pinyin"
"${PSQL[@]}" -tAc "select substr(name, 1 + (abs(hashtext(code)) % (char_length(name) - 1)), 2) from customer
  where mobile_phone is not null and char_length(name) >= 2 order by md5(code) limit $N" > "$WORK/words"
for scope in admin team manager; do
  case $scope in
    admin) old=""; new="" ;;
    team) old=" and c.owner_id in (${TEAM//[\{\}]/})"; new=" and s.owner_id = any ('$TEAM')" ;;
    manager) old=" and c.owner_id in ($M)"; new=" and s.owner_id = $M" ;;
  esac
  { echo '\o /dev/null'; echo '\timing on'
    while read -r w; do
      echo "with c as materialized (select $COLUMNS from customer c where true$old and ((c.search_terms @> cast(array['$w'] as text[]) and lower(c.name) like '%$w%') or (c.search_terms @> cast(array['@$w'] as text[]) and lower(c.company_name) like '%$w%')) limit 1001) select c.*, count(*) over () as matches from c order by c.name_pinyin asc, c.id asc limit 20 offset 0;"
    done < "$WORK/words"; } > "$WORK/before-$scope.sql"
  { echo '\o /dev/null'; echo '\timing on'
    while read -r w; do
      echo "select $COLUMNS from customer c where true$old and ((c.search_terms @> cast(array['$w'] as text[]) and lower(c.name) like '%$w%') or (c.search_terms @> cast(array['@$w'] as text[]) and lower(c.company_name) like '%$w%')) and c.id = any (array(select customer_id from (select distinct name_pinyin, customer_id from ((select s.name_pinyin, s.customer_id from customer_search_term s where s.term = '$w'$new order by s.name_pinyin, s.customer_id limit 20) union all (select s.name_pinyin, s.customer_id from customer_search_term s where s.term = '@$w'$new order by s.name_pinyin, s.customer_id limit 20)) u) d));"
      echo "select count(distinct customer_id) from ((select s.customer_id from customer_search_term s where s.term = '$w'$new limit 1001) union all (select s.customer_id from customer_search_term s where s.term = '@$w'$new limit 1001)) u;"
    done < "$WORK/words"; } > "$WORK/after-$scope.sql"
done
run() { "${PSQL[@]}" -f "$1" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'; }
per_word() { awk -v k="$1" '{ s += $1 } NR % k == 0 { print s; s = 0 }'; }
echo "two Chinese characters, $N words; ms per search (all its statements), load average $(cut -d' ' -f1 /proc/loadavg)"
for scope in admin team manager; do
  run "$WORK/before-$scope.sql" > /dev/null   # warm
  run "$WORK/before-$scope.sql" | per_word 1 > "$WORK/b.txt"
  run "$WORK/after-$scope.sql" > /dev/null
  run "$WORK/after-$scope.sql" | per_word 2 > "$WORK/a.txt"
  pct "$WORK/b.txt" "$(printf '%-8s' "$scope") before"
  pct "$WORK/a.txt" "$(printf '%-8s' "$scope") after "
done
echo "load average now $(cut -d' ' -f1 /proc/loadavg); work files in $WORK"
