-- An access record names the customer as it was when its sensitive fields were shown: the
-- log reads as it was written (a later rename does not rewrite it), and the audit feature
-- reads no table of the customer feature.
alter table sensitive_access add column customer_code varchar(40);
alter table sensitive_access add column customer_name varchar(100);

update sensitive_access a set customer_code = c.code, customer_name = c.name from customer c where c.id = a.customer_id;

alter table sensitive_access alter column customer_code set not null;
alter table sensitive_access alter column customer_name set not null;

create index idx_sensitive_access_code on sensitive_access (customer_code text_pattern_ops, accessed_at desc);
