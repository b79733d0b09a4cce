-- Grades A–E (seed 003): the four classification views on the customer and the grade history.
-- Deal status (the first view) already exists as customer.deal_status.
alter table customer
    add column importance varchar(20) check (importance in ('IMPORTANT', 'ORDINARY')),
    add column urgency    varchar(20) check (urgency in ('URGENT', 'PRESSING', 'NOT_URGENT', 'LATENT')),
    add column need       varchar(20) check (need in ('TARGET', 'POTENTIAL', 'DEAD'));

-- Grade history: date, old, new, who, why (and what the system proposed at the time).
create table grade_change (
    id             bigserial primary key,
    customer_id    bigint      not null references customer (id) on delete cascade,
    changed_at     timestamptz not null,
    changed_by     bigint references app_user (id),
    old_grade      char(1) check (old_grade in ('A', 'B', 'C', 'D', 'E')),
    new_grade      char(1)     not null check (new_grade in ('A', 'B', 'C', 'D', 'E')),
    proposed_grade char(1) check (proposed_grade in ('A', 'B', 'C', 'D', 'E')),
    reason         varchar(500),
    follow_up_id   bigint
);

create index idx_grade_change_customer on grade_change (customer_id, changed_at desc, id desc);
