-- Demand registrations carry their customer's current manager, kept in step by the
-- customer feature's CustomerReassigned event: the demand lists are scoped by it without
-- reading the customer table (a feature reads only its own tables).
alter table demand_registration add column owner_id bigint;

update demand_registration d set owner_id = c.owner_id from customer c where c.id = d.customer_id;

alter table demand_registration alter column owner_id set not null;

create index idx_demand_owner on demand_registration (owner_id, status);
