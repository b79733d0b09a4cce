-- Identity: users, teams, roles (see shared/spec/domain.md, "People").
create extension if not exists pg_trgm;

create table team (
    id            bigserial primary key,
    name          varchar(100) not null unique,
    supervisor_id bigint,
    version       bigint       not null default 0
);

create table app_user (
    id            bigserial primary key,
    username      varchar(50)  not null unique,
    password_hash varchar(100) not null,
    display_name  varchar(100) not null,
    team_id       bigint references team (id),
    department    varchar(100),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

alter table team add constraint fk_team_supervisor foreign key (supervisor_id) references app_user (id);
create index idx_app_user_team on app_user (team_id);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

-- Customer archive core. Profile answers live in profile (jsonb, keyed by mackay66.md keys);
-- the sensitive (S) answers are encrypted by the application into sensitive_profile.
create sequence customer_code_seq;

create table customer (
    id                bigserial primary key,
    code              varchar(40)  not null unique,
    name              varchar(100) not null,
    company_name      varchar(200),
    mobile_phone      varchar(20),
    office_phone      varchar(30),
    home_phone        varchar(30),
    owner_id          bigint       not null references app_user (id),
    grade             char(1)      not null default 'D' check (grade in ('A', 'B', 'C', 'D', 'E')),
    deal_status       varchar(20)  not null default 'POTENTIAL',
    classification    varchar(50),
    birth_date        date,
    birth_lunar       boolean      not null default false,
    profile           jsonb        not null default '{}'::jsonb,
    sensitive_profile text,
    completeness      integer      not null default 0,
    name_pinyin       varchar(400) not null default '',
    search_terms      text[]       not null default '{}',
    phone_digits      varchar(100) not null default '',
    created_at        timestamptz  not null default now(),
    created_by        bigint references app_user (id),
    updated_at        timestamptz  not null default now(),
    updated_by        bigint references app_user (id),
    version           bigint       not null default 0
);

create index idx_customer_owner_pinyin on customer (owner_id, name_pinyin, id);
create index idx_customer_pinyin on customer (name_pinyin, id);

-- 动态记录: every change to an archive, field by field.
create table customer_change (
    id          bigserial primary key,
    customer_id bigint      not null references customer (id) on delete cascade,
    changed_at  timestamptz not null default now(),
    changed_by  bigint references app_user (id),
    section     varchar(40),
    field       varchar(60) not null,
    old_value   text,
    new_value   text,
    sensitive   boolean     not null default false
);

create index idx_customer_change_customer on customer_change (customer_id, changed_at desc, id desc);
