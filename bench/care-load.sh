#!/usr/bin/env bash
# Loads the care-reminder benchmark database (issue 3): 1,000 managers in 100 teams and
# 1,000,000 customers with birth dates (15% kept by the lunar calendar), wedding anniversaries
# and children in the profile JSON, grades A–E. Set-based (generate_series), reproducible
# (setseed). The schema comes from db/migration applied in version order.
#
#   bench/care-load.sh [customers]          (default 1000000)
#
# Needs a local PostgreSQL reachable as PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres,
# trust auth). Drops and recreates the database huike_bench_care.
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS="${1:-1000000}"
DB="${BENCH_DB:-huike_bench_care}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB"
psql -X -q -v ON_ERROR_STOP=1 -d postgres \
  -c "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"

echo "== schema (db/migration in version order)"
for f in $(ls db/migration/V*__*.sql | sort -t V -k 2 -n); do
  psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f "$f"
done

echo "== data: $CUSTOMERS customers"
start=$(date +%s)
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v customers="$CUSTOMERS" <<'SQL'
select setseed(0.42);
insert into team (name) select '组' || g from generate_series(1, 100) g;
insert into app_user (username, password_hash, display_name, team_id)
select 'bm' || g, 'x', '经理' || g, t.id
  from generate_series(1, 1000) g
  join team t on t.name = '组' || (1 + (g - 1) % 100);
insert into app_user_role (user_id, role) select id, 'MANAGER' from app_user;

-- customers: ~90% with a birth date (15% of those lunar), ~60% with a wedding anniversary (20% lunar),
-- ~50% with one to three children (10% lunar), and some other answers so the profile has a
-- realistic size (~0.6 kB).
insert into customer (code, name, owner_id, grade, deal_status, birth_date, birth_lunar, profile, completeness,
                      name_pinyin, created_by, updated_by)
select 'KH' || lpad(g::text, 10, '0'),
       '客户' || g,
       m.id,
       (array['A','B','C','D','E'])[1 + (g % 5)],
       'CLOSED',
       case when r.birth then r.born end,
       r.birth and r.lunar,
       jsonb_strip_nulls(jsonb_build_object(
         'nickname', '小' || g,
         'companyAddress', '浙江省杭州市西湖区文三路' || (g % 999) || '号' || (g % 30) || '楼',
         'hometown', (array['浙江绍兴','江苏苏州','安徽合肥','福建泉州','湖南长沙'])[1 + g % 5],
         'education', (array['本科','大专','硕士','高中'])[1 + g % 4],
         'hobbies', '钓鱼、围棋、登山、品茶，喜欢看历史类书籍',
         'spouseName', case when r.wed then '配偶' || g end,
         'weddingAnniversary', case when r.wed then to_char(r.wedding, 'YYYY-MM-DD') end,
         'weddingAnniversaryLunar', case when r.wed and r.wed_lunar then true end,
         'children', case when r.kids > 0 then (
             select jsonb_agg(jsonb_build_object('name', '孩子' || k, 'birthDate',
                      to_char(r.wedding + (400 + k * 700 + (g % 300)), 'YYYY-MM-DD'),
                      'birthDateLunar', (g + k) % 10 = 0, 'education', '小学', 'interests', '钢琴'))
               from generate_series(1, r.kids) k) end,
         'businessSpeciality', '经营卷烟、酒水、副食，社区便利店，日均客流三百人次',
         'customerTraits', '重信誉，按时付款，喜欢电话沟通'
       )),
       60,
       'kehu' || g,
       m.id, m.id
  from generate_series(1, :customers) g
  -- "g as n" ties the subquery to the row, so the random values are drawn per customer
  cross join lateral (select g as n, random() < 0.9 as birth, random() < 0.15 as lunar,
                             date '1950-01-01' + (random() * 20000)::int as born,
                             random() < 0.6 as wed, random() < 0.2 as wed_lunar,
                             date '1975-01-01' + (random() * 16000)::int as wedding,
                             case when random() < 0.5 then 1 + (random() * 2)::int else 0 end as kids) r
  join app_user m on m.username = 'bm' || (1 + g % 1000);
vacuum analyze;
SQL
echo "loaded in $(( $(date +%s) - start )) s"
psql -X -d "$DB" -c "select count(*) as customers, count(birth_date) as with_birth_date,
  count(*) filter (where birth_lunar) as lunar_birthdays,
  count(*) filter (where profile ? 'weddingAnniversary') as with_wedding,
  count(*) filter (where profile ? 'children') as with_children,
  pg_size_pretty(pg_total_relation_size('customer')) as table_size from customer"
