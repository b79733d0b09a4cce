#!/usr/bin/env bash
# Adds generated purchases and returns to the search benchmark's database (bench/search-load.sh's
# 1,000,000 customers) for the dashboard's benchmark (issue 12, "Measure": 20,000,000 transactions):
# TRANSACTIONS purchases (default 20,000,000) of the 18 demo products over the last 730 days, the
# customers drawn so that some buy far more than others (the square of a uniform number: a fifth of
# the customers make about half of the purchases), and one return for every 100 purchases. Deterministic
# (setseed). The foreign keys and triggers are skipped while loading (session_replication_role), the
# two indexes of customer_transaction rebuilt afterwards. Prints the time of every step. Not a test.
#
#   bench/transactions-load.sh [transactions, default 20000000]     (BENCH_DB= etc. as in lib.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-huike_bench}
TRANSACTIONS=${1:-20000000}
. bench/lib.sh

t0=$(date +%s)
step() { echo "[$(( $(date +%s) - t0 ))s] $*"; }

step "dropping the indexes of customer_transaction"
"${PSQL[@]}" -c "drop index if exists idx_customer_transaction_customer; drop index if exists idx_customer_transaction_date"

step "inserting $TRANSACTIONS purchases"
"${PSQL[@]}" <<SQL
set session_replication_role = replica;
set work_mem = '256MB';
select setseed(0.12);
with products(i, product, price) as (
  values (0, '中华(软)', 65.0), (1, '中华(硬)', 45.0), (2, '南京(雨花石)', 100.0), (3, '苏烟(五星红杉树)', 80.0),
         (4, '娇子(宽窄好运)', 30.0), (5, '钻石(荷花)', 35.0), (6, '云烟(紫)', 25.0), (7, '芙蓉王(硬)', 25.0),
         (8, '玉溪(软)', 23.0), (9, '南京(炫赫门)', 18.0), (10, '泰山(红将军)', 16.0), (11, '双喜(硬经典)', 10.0),
         (12, '贵烟(跨越)', 30.0), (13, '黄鹤楼(软蓝)', 28.0), (14, '黄山(红方印)', 20.0), (15, '白沙(精品)', 12.0),
         (16, '利群(新版)', 22.0), (17, '红塔山(硬经典)', 10.0)),
drawn as (
  select 1 + floor(power(random(), 2) * (select max(id) from customer))::bigint as customer_id,
         current_date - floor(random() * 730)::int as transaction_date,
         floor(random() * 18)::int as p, 1 + floor(random() * 50)::int as quantity
    from generate_series(1, $TRANSACTIONS))
insert into customer_transaction (customer_id, transaction_date, product, quantity, unit_price, amount)
select d.customer_id, d.transaction_date, p.product, d.quantity, p.price, d.quantity * p.price
  from drawn d join products p on p.i = d.p
 where exists (select 1 from customer c where c.id = d.customer_id);
SQL

step "inserting the returns (one for every 100 purchases)"
"${PSQL[@]}" <<SQL
set session_replication_role = replica;
insert into customer_adjustment (customer_id, adjustment_date, kind, product, amount, reason, responsibility)
select customer_id, transaction_date + 3, 'RETURN', product, round(amount / 5, 2), '压库退货', 'CUSTOMER'
  from customer_transaction where id % 100 = 0 and transaction_date + 3 <= current_date;
SQL

step "rebuilding the indexes"
"${PSQL[@]}" -c "set maintenance_work_mem = '1GB'; create index idx_customer_transaction_customer on customer_transaction (customer_id, transaction_date desc, id desc) include (product, quantity, amount)" &
"${PSQL[@]}" -c "set maintenance_work_mem = '1GB'; create index idx_customer_transaction_date on customer_transaction (transaction_date, customer_id)" &
wait

step "vacuum analyze"
"${PSQL[@]}" -c "vacuum (analyze) customer_transaction" -c "vacuum (analyze) customer_adjustment"
"${PSQL[@]}" -c "select count(*) as transactions, count(distinct customer_id) as buyers,
       pg_size_pretty(pg_total_relation_size('customer_transaction')) as size from customer_transaction"
step "done"
