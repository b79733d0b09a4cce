-- Follow-ups (客户追踪志): cadence per grade and activity, the log, and the schedule on the customer.

create table follow_up_cadence (
    id       bigserial primary key,
    activity varchar(20) not null check (activity in ('FOLLOW_UP', 'VISIT')),
    grade    char(1)     not null check (grade in ('A', 'B', 'C', 'D', 'E')),
    days     integer check (days > 0),
    version  bigint      not null default 0,
    unique (activity, grade),
    check (activity <> 'FOLLOW_UP' or days is not null)
);

-- Seed 003: 追踪日志 daily, 周志 weekly, 半月志, 月志, 年志. Seed 002: visits A weekly, B monthly, C bimonthly.
insert into follow_up_cadence (activity, grade, days) values
    ('FOLLOW_UP', 'A', 1), ('FOLLOW_UP', 'B', 7), ('FOLLOW_UP', 'C', 15), ('FOLLOW_UP', 'D', 30),
    ('FOLLOW_UP', 'E', 365),
    ('VISIT', 'A', 7), ('VISIT', 'B', 30), ('VISIT', 'C', 60), ('VISIT', 'D', null), ('VISIT', 'E', null);

create table follow_up (
    id           bigserial primary key,
    customer_id  bigint      not null references customer (id) on delete cascade,
    occurred_at  timestamptz not null,
    channel      varchar(20) not null check (channel in ('VISIT', 'PHONE', 'MESSAGE', 'EVENT', 'OTHER')),
    content      text        not null check (length(btrim(content)) > 0),
    outcome      text,
    next_step    text,
    grade_before char(1)     not null check (grade_before in ('A', 'B', 'C', 'D', 'E')),
    grade_after  char(1)     not null check (grade_after in ('A', 'B', 'C', 'D', 'E')),
    logged_by    bigint      not null references app_user (id),
    logged_at    timestamptz not null default now()
);

create index idx_follow_up_customer on follow_up (customer_id, occurred_at desc, id desc);
-- the supervisor's view counts follow-ups per manager this week and month
create index idx_follow_up_logged_by on follow_up (logged_by, occurred_at);

alter table grade_change
    add constraint fk_grade_change_follow_up foreign key (follow_up_id) references follow_up (id) on delete set null;

-- The schedule. The agenda (today, overdue, next 7 days) is one range scan of
-- (owner_id, next_follow_up_on); grade and id ride along so that the agenda picks and orders its rows
-- from the index alone (index-only scan) and visits the table only for the rows it shows.
alter table customer
    add column next_follow_up_on date,
    add column last_follow_up_at timestamptz;

update customer c
set next_follow_up_on = (c.created_at at time zone 'Asia/Shanghai')::date + f.days
from follow_up_cadence f
where f.activity = 'FOLLOW_UP' and f.grade = c.grade;

create index idx_customer_agenda on customer (owner_id, next_follow_up_on, grade, id);

-- A new customer is first due on its creation day plus the cadence of its grade, however the row is
-- inserted (the application, an import, a bulk loader). Later moves are made by the application.
create function customer_first_follow_up() returns trigger
    language plpgsql as
$$
begin
    if new.next_follow_up_on is null then
        select (coalesce(new.created_at, now()) at time zone 'Asia/Shanghai')::date + f.days
        into new.next_follow_up_on
        from follow_up_cadence f
        where f.activity = 'FOLLOW_UP' and f.grade = new.grade;
    end if;
    return new;
end
$$;

create trigger trg_customer_first_follow_up
    before insert on customer
    for each row execute function customer_first_follow_up();
