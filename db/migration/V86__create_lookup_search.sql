-- Every search of a lookup-only user (the call center looks customers up for a caller; it does
-- not browse the book): who, when, what was searched, how many customers matched.
create table lookup_search (
    id          bigserial    primary key,
    searched_at timestamptz  not null,
    user_id     bigint       not null references app_user (id),
    query       varchar(200) not null,
    matches     integer      not null,
    capped      boolean      not null
);

create index idx_lookup_search_time on lookup_search (searched_at desc, id desc);
create index idx_lookup_search_user on lookup_search (user_id, searched_at desc);
