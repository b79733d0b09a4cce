-- The archive version a change produced, so that a save against an older version can be told
-- exactly what changed since (optimistic locking shows the other person's changes).
alter table customer_change add column customer_version bigint;

create index idx_customer_change_customer_version on customer_change (customer_id, customer_version);
