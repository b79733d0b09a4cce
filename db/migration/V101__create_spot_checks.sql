-- Spot checks of the archive (抽查, issue 12): a market manager draws a sample of a manager's archives
-- for the month, checks each and records pass or fail with the findings; the manager sees the findings
-- on the archive and marks them fixed; the month's results rank the managers (奖惩分明).
create table spot_check (
    id          bigserial     primary key,
    -- whose archive it is: the customer's manager when it was drawn
    manager_id  bigint        not null references app_user (id),
    customer_id bigint        not null references customer (id) on delete cascade,
    -- the first day of the month of the round
    month       date          not null check (extract(day from month) = 1),
    drawn_by    bigint        not null references app_user (id),
    drawn_at    timestamptz   not null,
    result      varchar(4)    check (result in ('PASS', 'FAIL')),
    findings    varchar(1000),
    checked_by  bigint        references app_user (id),
    checked_at  timestamptz,
    fixed_at    timestamptz,
    version     bigint        not null default 0,
    unique (customer_id, month),
    check (result is distinct from 'FAIL' or findings is not null),
    check (fixed_at is null or result = 'FAIL')
);

create index idx_spot_check_month on spot_check (month, manager_id, id);
create index idx_spot_check_customer on spot_check (customer_id, month desc);
