-- Monthly visit plans (客户经理工作法): a customer manager's planned service actions (营销动作) of
-- one month, approved by the market manager of the manager's team; at month end the results.

-- The kinds of action, which the administrator keeps (拜访, 品牌推介, …).
create table visit_action_type (
    id       bigserial    primary key,
    name     varchar(50)  not null unique,
    name_en  varchar(50)  not null,
    position integer      not null default 0,
    active   boolean      not null default true,
    version  bigint       not null default 0
);

insert into visit_action_type (name, name_en, position) values
    ('拜访', 'Visit', 1), ('品牌推介', 'Brand promotion', 2), ('订货提醒', 'Order reminder', 3),
    ('陈列检查', 'Display check', 4), ('政策宣传', 'Policy briefing', 5), ('客户关怀', 'Customer care', 6);

-- One row: how many actions a generated plan puts on one working day at most.
create table visit_plan_settings (
    id          smallint primary key check (id = 1),
    max_per_day integer  not null default 8 check (max_per_day between 1 and 100),
    version     bigint   not null default 0
);

insert into visit_plan_settings (id, max_per_day) values (1, 8);

create table visit_plan (
    id              bigserial    primary key,
    manager_id      bigint       not null references app_user (id),
    month           date         not null check (extract(day from month) = 1),
    status          varchar(10)  not null default 'PLANNED'
        check (status in ('PLANNED', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    results_status  varchar(10)  not null default 'OPEN'
        check (results_status in ('OPEN', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    reason          varchar(500),
    results_reason  varchar(500),
    submitted_at    timestamptz,
    changed_at      timestamptz  not null default now(),
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    unique (manager_id, month)
);

create index idx_visit_plan_status on visit_plan (status, month);

create table visit_action (
    id              bigserial    primary key,
    plan_id         bigint       not null references visit_plan (id) on delete cascade,
    customer_id     bigint       not null references customer (id) on delete cascade,
    day             date         not null,
    action_type_id  bigint       not null references visit_action_type (id),
    note            varchar(500),
    origin          varchar(10)  not null check (origin in ('GENERATED', 'MANUAL', 'CARRIED', 'TEMPORARY')),
    carried_from_id bigint       unique references visit_action (id) on delete set null,
    position        integer      not null default 0,
    done_at         timestamptz,
    follow_up_id    bigint,
    result          varchar(500),
    not_done_reason varchar(500)
);

create index idx_visit_action_plan_day on visit_action (plan_id, day, position, id);
create index idx_visit_action_customer on visit_action (customer_id);

-- Every change of state of a plan or its results: who, when, from, to, why.
create table visit_plan_transition (
    id          bigserial    primary key,
    plan_id     bigint       not null references visit_plan (id) on delete cascade,
    subject     varchar(10)  not null check (subject in ('PLAN', 'RESULTS')),
    from_status varchar(10)  not null,
    to_status   varchar(10)  not null,
    by_user     bigint       not null references app_user (id),
    at          timestamptz  not null,
    reason      varchar(500)
);

create index idx_visit_plan_transition_plan on visit_plan_transition (plan_id, at, id);
