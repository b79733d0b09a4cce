-- Every time sensitive (S) profile fields are shown to someone: who, when, which customer, why.
create table sensitive_access (
    id          bigserial primary key,
    accessed_at timestamptz not null default now(),
    user_id     bigint      not null references app_user (id),
    customer_id bigint      not null references customer (id) on delete cascade,
    purpose     varchar(20) not null
);

create index idx_sensitive_access_time on sensitive_access (accessed_at desc, id desc);
create index idx_sensitive_access_customer on sensitive_access (customer_id, accessed_at desc);
create index idx_sensitive_access_user on sensitive_access (user_id, accessed_at desc);
