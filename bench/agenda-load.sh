#!/usr/bin/env bash
# Loads the agenda benchmark data into a local PostgreSQL (not a test; see docs/performance.md,
# "## Agenda (issue 3)"):
#   - the schema, by running the application once (Flyway) with the demo accounts;
#   - 100 managers in 10 teams (manager1..3 of the demo plus 97 bench managers, password demo123);
#   - 1,000,000 customers (only when the database has fewer: a customer loader from elsewhere
#     may have filled it already), spread evenly over the managers, grades A 5% B 15% C 25% D 35% E 20%;
#   - 10,000,000 follow-ups, ten per customer, streamed with COPY, spaced by the cadence of the
#     customer's grade so that roughly one customer in seven is overdue, as in a working book;
#   - last_follow_up_at / next_follow_up_on of every customer from its follow-ups.
# Usage: bench/agenda-load.sh            (database huike_agenda_bench on 127.0.0.1:5432)
#        BENCH_DB=huike_bench bench/agenda-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_agenda_bench}
CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
PER_CUSTOMER=${BENCH_FOLLOW_UPS_PER_CUSTOMER:-10}
. bench/lib.sh
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME")

t0=$(date +%s)
step() { echo "[$(( $(date +%s) - t0 ))s] $*"; }

if ! "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  step "creating database $DB (UTF8, C.UTF-8)"
  "${PSQL[@]}" -d postgres -c "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
fi

if ! "${PSQL[@]}" -d "$DB" -tAc "select 1 from app_user where username = 'manager1'" 2>/dev/null | grep -q 1; then
  [ -f "$JAR" ] || ./mvnw -B -q -o -DskipTests package
  step "migrating the schema and creating the demo accounts (one start of the application)"
  java -jar "$JAR" --spring.profiles.active=demo --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://$HOST:$PORT/$DB" --spring.datasource.username="$USER_NAME" \
    --spring.datasource.password=unused > /tmp/agenda-bench-migrate.log 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  kill "$APP"; wait "$APP" || true
fi

step "managers and teams"
bench_managers
"${PSQL[@]}" -d "$DB" <<'SQL'
create table if not exists bench_manager as
select row_number() over (order by u.id) - 1 as idx, u.id as user_id
from app_user u join app_user_role r on r.user_id = u.id and r.role = 'MANAGER'
where u.username in ('manager1', 'manager2', 'manager3') or u.username like 'bench_mgr_%';
SQL
MANAGERS=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from bench_manager")
HAVE=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from customer")
step "$MANAGERS managers; $HAVE customers present"

if [ "$HAVE" -lt "$CUSTOMERS" ]; then
  step "inserting $((CUSTOMERS - HAVE)) customers (generate_series)"
  "${PSQL[@]}" -d "$DB" <<SQL
insert into customer (code, name, company_name, mobile_phone, owner_id, grade, deal_status, importance, urgency,
                      need, name_pinyin, created_at, updated_at, next_follow_up_on)
select 'BK' || lpad(i::text, 8, '0'),
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + i % 10]
         || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳'])[1 + (i / 10) % 12]
         || (array['华','明','平','刚','英','杰','红','霞'])[1 + (i / 120) % 8],
       '压测商贸' || (i % 5000) || '号',
       '13' || lpad(((i::bigint * 7919) % 1000000000)::text, 9, '0'),
       m.user_id,
       g.grade, 'NEGOTIATING', 'ORDINARY', 'NOT_URGENT', 'TARGET',
       'bench' || lpad(i::text, 8, '0'),
       now() - ((i % 1000) || ' days')::interval,
       now(),
       current_date
from generate_series($HAVE + 1, $CUSTOMERS) i
join bench_manager m on m.idx = i % $MANAGERS
cross join lateral (select case when (i / 100) % 20 = 0 then 'A' when (i / 100) % 20 < 4 then 'B'
                                when (i / 100) % 20 < 9 then 'C' when (i / 100) % 20 < 16 then 'D' else 'E' end
                           as grade) g;
SQL
fi

step "loading $((CUSTOMERS * PER_CUSTOMER)) follow-ups with COPY (indexes and foreign keys set aside meanwhile)"
"${PSQL[@]}" -d "$DB" <<'SQL'
-- the bench database only: its follow-ups (and the grade history pointing at them) are replaced
truncate follow_up cascade;
update grade_change set follow_up_id = null where follow_up_id is not null;
drop index if exists idx_follow_up_customer;
drop index if exists idx_follow_up_logged_by;
alter table follow_up drop constraint if exists follow_up_customer_id_fkey;
alter table follow_up drop constraint if exists follow_up_logged_by_fkey;
SQL
# Follow-up k of a customer lies k-1 cadences before its latest one; the latest lies a pseudo-random
# 0–1.15 cadences back, so about 13% of the customers are overdue.
"${PSQL[@]}" -d "$DB" -c "copy (
  select c.id, now() - (((k - 1) * f.days + ((c.id * 2654435761::bigint) % 1000) / 1000.0 * 1.15 * f.days)
                        * interval '1 day') - (k * interval '17 minutes'),
         (array['VISIT','PHONE','MESSAGE','EVENT','OTHER'])[1 + (c.id + k) % 5],
         '压测追踪记录 ' || k, case when k % 3 = 0 then '有意向' end, case when k % 4 = 0 then '下次报价' end,
         c.grade, c.grade, c.owner_id, now()
  from customer c
  join follow_up_cadence f on f.activity = 'FOLLOW_UP' and f.grade = c.grade
  cross join generate_series(1, $PER_CUSTOMER) k
) to stdout" \
  | "${PSQL[@]}" -d "$DB" -c "copy follow_up (customer_id, occurred_at, channel, content, outcome, next_step,
                                             grade_before, grade_after, logged_by, logged_at) from stdin"

step "indexes and foreign keys back"
"${PSQL[@]}" -d "$DB" <<'SQL'
set maintenance_work_mem = '512MB';
create index idx_follow_up_customer on follow_up (customer_id, occurred_at desc, id desc);
create index idx_follow_up_logged_by on follow_up (logged_by, occurred_at);
alter table follow_up add constraint follow_up_customer_id_fkey foreign key (customer_id) references customer (id) on delete cascade not valid;
alter table follow_up add constraint follow_up_logged_by_fkey foreign key (logged_by) references app_user (id) not valid;
alter table follow_up validate constraint follow_up_customer_id_fkey;
alter table follow_up validate constraint follow_up_logged_by_fkey;
SQL

step "schedule of every customer from its follow-ups"
"${PSQL[@]}" -d "$DB" <<'SQL'
set work_mem = '256MB';
update customer c
set last_follow_up_at = l.last_at,
    next_follow_up_on = (l.last_at at time zone 'Asia/Shanghai')::date + f.days
from (select customer_id, max(occurred_at) as last_at from follow_up group by customer_id) l,
     follow_up_cadence f
where l.customer_id = c.id and f.activity = 'FOLLOW_UP' and f.grade = c.grade;
vacuum analyze customer;
vacuum analyze follow_up;
SQL

"${PSQL[@]}" -d "$DB" -c "select count(*) as customers,
       count(*) filter (where next_follow_up_on < current_date) as overdue,
       count(*) filter (where next_follow_up_on = current_date) as due_today,
       (select count(*) from follow_up) as follow_ups,
       pg_size_pretty(pg_database_size(current_database())) as size
from customer"
step "done"
