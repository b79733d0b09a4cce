-- Customer care (客户关怀): reminders of birthdays (solar or lunar), wedding anniversaries,
-- children's birthdays and holiday greetings, each a task on the owning manager's agenda.

-- Every solar day 1901–2099 with its lunar date, filled by the application (the lunar arithmetic
-- lives in Java). The nightly run joins birth dates to it, so finding "whose lunar birthday falls on
-- these days" stays one set-based query. iso doubles as a safe text-to-date parser for the dates
-- kept as text in the profile JSON: a malformed date simply matches no row.
create table lunar_day (
    solar_date  date     primary key,
    iso         text     not null unique,
    solar_key   text     not null,
    lunar_key   text     not null,
    lunar_year  integer  not null,
    lunar_month smallint not null,
    lunar_day   smallint not null,
    lunar_leap  boolean  not null
);

-- One row: the administrator's settings of the care reminders.
create table care_settings (
    id                smallint     primary key check (id = 1),
    birthday_lead_days integer     not null default 3 check (birthday_lead_days between 2 and 7),
    holiday_lead_days integer      not null default 3 check (holiday_lead_days between 1 and 7),
    holiday_grades    varchar(10)  not null default 'ABC',
    holidays          varchar(200) not null
        default 'NEW_YEAR,VALENTINES_DAY,SPRING_FESTIVAL,LABOUR_DAY,MID_AUTUMN,NATIONAL_DAY',
    updated_by        bigint references app_user (id),
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);

insert into care_settings (id) values (1);

-- A reminder. The unique key (customer, kind, occasion, ref) makes creating it idempotent:
-- ref is the child's index for CHILD_BIRTHDAY, the demand registration's id for DEMAND_ARRIVED
-- and 0 otherwise. owner_id is the customer's manager when the task was created; who may act on
-- it follows the customer's current owner.
-- owner_id and closed_by carry no foreign key on purpose: the nightly run inserts up to a million
-- rows (a holiday greeting for every customer of the chosen grades), and a key check against
-- app_user locks the same thousand user rows (FOR KEY SHARE) a million times — it tripled the
-- run's time on 1,000,000 customers (docs/performance.md). Users are disabled, never deleted.
-- Lists start from the customer (by owner) and probe the unique key, so no index on due_date.
create table care_task (
    id            bigserial    primary key,
    customer_id   bigint       not null references customer (id) on delete cascade,
    owner_id      bigint       not null,
    kind          varchar(30)  not null,
    occasion_date date         not null,
    ref           bigint       not null default 0,
    detail        varchar(200),
    due_date      date         not null,
    status        varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'SKIPPED')),
    channel       varchar(10) check (channel in ('PHONE', 'SMS', 'GIFT', 'OTHER')),
    note          varchar(500),
    closed_by     bigint,
    closed_at     timestamptz,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint uq_care_task_occasion unique (customer_id, kind, occasion_date, ref)
);

-- What the reminder run has covered: occasions up to covered_to have their tasks. A run after
-- downtime starts from the day after covered_to.
create table care_reminder_run (
    name             varchar(40) primary key,
    covered_to       date        not null,
    last_run_at      timestamptz not null,
    last_created     integer     not null,
    last_duration_ms bigint      not null
);

-- ShedLock (JDBC provider): one instance at a time runs a scheduled job. Shared by every job.
create table if not exists shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
