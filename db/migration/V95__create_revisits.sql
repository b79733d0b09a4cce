-- Revisits (回访, seeds 001/002 客服工作流程图 and 回访工作流程细则): the call center calls customers
-- back after a delivery (satisfaction revisit, 7–15 working days later) and after a complaint was
-- handled (3–7 days later), scores the service items 1–5 and records the feedback; a customer not
-- reached is called again in another time slot, up to a number of attempts.

-- One row: the windows, the attempts and how far the daily job has covered the deliveries.
create table revisit_settings (
    id                     smallint    primary key check (id = 1),
    complaint_min_days     integer     not null default 3 check (complaint_min_days between 0 and 60),
    complaint_max_days     integer     not null default 7 check (complaint_max_days between 0 and 60),
    delivery_min_days      integer     not null default 7 check (delivery_min_days between 0 and 60),
    delivery_max_days      integer     not null default 15 check (delivery_max_days between 0 and 60),
    -- a customer who bought again within this many days of the last satisfaction revisit's
    -- delivery is not called again for it
    delivery_interval_days integer     not null default 30 check (delivery_interval_days between 0 and 366),
    max_attempts           integer     not null default 3 check (max_attempts between 1 and 10),
    delivery_department    varchar(50) not null default '市场部',
    deliveries_covered_to  date,
    version                bigint      not null default 0,
    check (complaint_min_days <= complaint_max_days),
    check (delivery_min_days <= delivery_max_days)
);

insert into revisit_settings (id) values (1);

-- The script (回访话术) of each kind of revisit, which the customer-service manager keeps.
create table revisit_script (
    kind    varchar(20)   primary key check (kind in ('SATISFACTION', 'AFTER_COMPLAINT')),
    script  varchar(4000) not null,
    version bigint        not null default 0
);

insert into revisit_script (kind, script) values
    ('SATISFACTION', '您好，我是慧客公司客服中心的客服专员，工号____。打扰您几分钟，想了解一下您最近一次订货的送货和服务情况。'
        || E'\n' || '1. 货品是否按时送到、数量品规是否准确？' || E'\n' || '2. 客户经理的服务您满意吗？'
        || E'\n' || '3. 您对我们还有什么意见或建议？' || E'\n' || '感谢您的支持，祝您生意兴隆！'),
    ('AFTER_COMPLAINT', '您好，我是慧客公司客服中心的客服专员。前几天您反映的问题，相关部门已经处理并答复了您，'
        || '今天回访一下处理结果。' || E'\n' || '1. 问题是否已经解决？' || E'\n' || '2. 您对处理的速度和态度满意吗？'
        || E'\n' || '3. 还有其他需要我们帮助的吗？' || E'\n' || '再次感谢您的理解和支持！');

-- The service items the customer scores 1–5, per kind of revisit.
create table revisit_item (
    id       bigserial   primary key,
    kind     varchar(20) not null check (kind in ('SATISFACTION', 'AFTER_COMPLAINT')),
    name     varchar(50) not null,
    name_en  varchar(50) not null,
    position integer     not null default 0,
    active   boolean     not null default true,
    version  bigint      not null default 0,
    unique (kind, name)
);

insert into revisit_item (kind, name, name_en, position) values
    ('SATISFACTION', '送货及时', 'Delivery on time', 1), ('SATISFACTION', '货品准确', 'Goods as ordered', 2),
    ('SATISFACTION', '服务态度', 'Service attitude', 3), ('SATISFACTION', '总体满意度', 'Overall satisfaction', 4),
    ('AFTER_COMPLAINT', '问题解决', 'Problem solved', 1), ('AFTER_COMPLAINT', '处理速度', 'Speed of handling', 2),
    ('AFTER_COMPLAINT', '处理态度', 'Attitude of handling', 3);

create table revisit (
    id             bigserial    primary key,
    kind           varchar(20)  not null check (kind in ('SATISFACTION', 'AFTER_COMPLAINT')),
    customer_id    bigint       references customer (id) on delete set null,
    owner_id       bigint,
    caller_name    varchar(100) not null,
    phone          varchar(50),
    department     varchar(50)  not null,
    complaint_id   bigint       unique,
    delivered_on   date,
    due_on         date         not null,
    latest_on      date         not null,
    slot           varchar(10)  not null check (slot in ('MORNING', 'AFTERNOON', 'EVENING')),
    status         varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'UNREACHABLE')),
    attempts       integer      not null default 0,
    last_slot      varchar(10)  check (last_slot in ('MORNING', 'AFTERNOON', 'EVENING')),
    feedback       varchar(2000),
    problem        varchar(2000),
    problem_status varchar(10)  check (problem_status in ('OPEN', 'PASSED')),
    closed_at      timestamptz,
    closed_by      bigint       references app_user (id),
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

-- once per delivery of a customer
create unique index uq_revisit_delivery on revisit (customer_id, delivered_on) where kind = 'SATISFACTION';
-- the agents' queue: open revisits in due order, paged by keyset (due_on, slot order, id)
create index idx_revisit_queue on revisit (due_on, (case slot when 'MORNING' then 0 when 'AFTERNOON' then 1 else 2 end), id)
    where status = 'OPEN';
-- the reports: the revisits closed in a period
create index idx_revisit_closed on revisit (closed_at) include (status, department, kind) where closed_at is not null;
create index idx_revisit_open_problem on revisit (closed_at) where problem_status = 'OPEN';
create index idx_revisit_customer on revisit (customer_id, kind, delivered_on);

-- Every call: when, in which slot, by whom, and whether the customer was reached.
create table revisit_attempt (
    id         bigserial   primary key,
    revisit_id bigint      not null references revisit (id) on delete cascade,
    at         timestamptz not null,
    slot       varchar(10) not null check (slot in ('MORNING', 'AFTERNOON', 'EVENING')),
    outcome    varchar(12) not null check (outcome in ('REACHED', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER', 'REFUSED')),
    by_user    bigint      not null references app_user (id),
    note       varchar(500)
);

create index idx_revisit_attempt_revisit on revisit_attempt (revisit_id, at, id);

-- The scores of a done revisit, with its day and department copied so that a period's averages
-- per item and department are read from this table alone.
create table revisit_score (
    revisit_id bigint      not null references revisit (id) on delete cascade,
    item_id    bigint      not null references revisit_item (id),
    score      smallint    not null check (score between 1 and 5),
    scored_at  timestamptz not null,
    department varchar(50) not null,
    primary key (revisit_id, item_id)
);

create index idx_revisit_score_period on revisit_score (scored_at) include (item_id, department, score);
