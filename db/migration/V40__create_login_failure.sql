-- Login throttling: one row per failed sign-in, shared by every app instance on this database.
-- Usernames are stored lower-case. Rows older than the throttling window are deleted as new failures come in.
create table login_failure (
    id             bigserial primary key,
    username       varchar(100) not null,
    client_address varchar(64)  not null,
    failed_at      timestamptz  not null default now()
);

create index idx_login_failure_username on login_failure (username, failed_at desc);
create index idx_login_failure_address on login_failure (client_address, failed_at desc);
create index idx_login_failure_failed_at on login_failure (failed_at);
