-- The four parts of the archive beyond the profile (seed 001, 客户档案管理流程).

-- Part 1 客户基础资料: visit and survey reports written by the sales staff.
create table customer_report (
    id          bigserial primary key,
    customer_id bigint        not null references customer (id) on delete cascade,
    report_date date          not null,
    kind        varchar(20)   not null check (kind in ('VISIT', 'SURVEY')),
    author_id   bigint        not null references app_user (id),
    title       varchar(200)  not null,
    content     text          not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    updated_by  bigint references app_user (id),
    version     bigint        not null default 0
);

create index idx_customer_report_customer on customer_report (customer_id, report_date desc, id desc);

-- Part 2 信誉、财务记录及付款方式: one record per customer.
create table customer_credit (
    id                bigserial primary key,
    customer_id       bigint         not null unique references customer (id) on delete cascade,
    credit_rating     varchar(10),
    credit_limit      numeric(14, 2) check (credit_limit >= 0),
    payment_method    varchar(20),
    payment_term_days integer        check (payment_term_days between 0 and 365),
    financial_records text,
    bank_notes        text,
    updated_at        timestamptz    not null default now(),
    updated_by        bigint references app_user (id),
    version           bigint         not null default 0
);

-- Part 3 交易状况: what the customer bought, per purchase product, model, colour and style.
create table customer_transaction (
    id               bigserial primary key,
    customer_id      bigint         not null references customer (id) on delete cascade,
    transaction_date date           not null,
    product          varchar(200)   not null,
    model            varchar(100),
    colour_style     varchar(100),
    quantity         numeric(12, 2) not null check (quantity > 0),
    unit_price       numeric(12, 2) not null check (unit_price >= 0),
    amount           numeric(14, 2) not null check (amount >= 0),
    note             varchar(500),
    created_at       timestamptz    not null default now(),
    created_by       bigint references app_user (id),
    updated_at       timestamptz    not null default now(),
    updated_by       bigint references app_user (id),
    version          bigint         not null default 0
);

create index idx_customer_transaction_customer on customer_transaction (customer_id, transaction_date desc, id desc);

-- Part 4 退赔、折价情况: returns, compensation and discounts with reason and responsibility.
create table customer_adjustment (
    id                  bigserial primary key,
    customer_id         bigint         not null references customer (id) on delete cascade,
    adjustment_date     date           not null,
    kind                varchar(20)    not null check (kind in ('RETURN', 'COMPENSATION', 'DISCOUNT')),
    product             varchar(200)   not null,
    quantity            numeric(12, 2) check (quantity > 0),
    amount              numeric(14, 2) not null check (amount > 0),
    reason              varchar(1000)  not null,
    responsibility      varchar(20)    not null check (responsibility in ('OURS', 'CUSTOMER', 'LOGISTICS', 'OTHER')),
    responsibility_note varchar(500),
    created_at          timestamptz    not null default now(),
    created_by          bigint references app_user (id),
    updated_at          timestamptz    not null default now(),
    updated_by          bigint references app_user (id),
    version             bigint         not null default 0
);

create index idx_customer_adjustment_customer on customer_adjustment (customer_id, adjustment_date desc, id desc);
