-- The archives' counts per manager, kept as the archives change (issue 12, "Measure"). The dashboard's
-- customer groups (by grade, deal status, classification) and its archive quality per manager (how
-- many, average completeness, how many unchanged for a while) were a scan of the scope's customers on
-- every request: 1.2 s for the administrator at 1,000,000 customers. They are now read from this
-- table, a few rows per manager and value.
--
-- One row is a change of the counts, not a total: every statement that inserts, updates or deletes
-- customers adds, per manager, dimension and value it touched, how many customers came (+) or went (-)
-- and their completeness; readers add the rows up. Appending never waits on another transaction (no
-- hot row per manager, no deadlock between two saves); CustomerTally.compact adds up the rows of each
-- key now and then (a scheduled job), so the table stays at about one row per key.
--
-- Dimensions: G the grade, S the deal status, C the classification ('' for none), U the day (UTC) of
-- the archive's last change (the stale archives are those of the days before a threshold). Every
-- customer is in exactly one row of each dimension, so the grades' customers and completeness are also
-- the manager's.
create table customer_tally (
    owner_id     bigint  not null,
    dimension    char(1) not null check (dimension in ('G', 'S', 'C', 'U')),
    value        text    not null,
    customers    bigint  not null,
    completeness bigint  not null
);

create index idx_customer_tally on customer_tally (dimension, owner_id, value) include (customers, completeness);

create function customer_tally_of(owner_id bigint, grade text, deal_status text, classification text,
                                  updated_at timestamptz)
    returns table (dimension char(1), value text)
    language sql immutable parallel safe
as $$
    values ('G'::char(1), trim(grade)),
           ('S', trim(deal_status)),
           ('C', trim(coalesce(classification, ''))),
           ('U', ((updated_at at time zone 'UTC')::date)::text)
$$;

create function customer_tally_change() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        insert into customer_tally (owner_id, dimension, value, customers, completeness)
        select n.owner_id, d.dimension, d.value, count(*), sum(n.completeness)
          from new_rows n
         cross join lateral customer_tally_of(n.owner_id, n.grade, n.deal_status, n.classification, n.updated_at) d
         group by 1, 2, 3;
    elsif tg_op = 'DELETE' then
        insert into customer_tally (owner_id, dimension, value, customers, completeness)
        select o.owner_id, d.dimension, d.value, -count(*), -sum(o.completeness)
          from old_rows o
         cross join lateral customer_tally_of(o.owner_id, o.grade, o.deal_status, o.classification, o.updated_at) d
         group by 1, 2, 3;
    else
        -- an update that changes none of the counted columns adds nothing
        insert into customer_tally (owner_id, dimension, value, customers, completeness)
        select c.owner_id, d.dimension, d.value, sum(c.sign), sum(c.sign * c.completeness)
          from (select n.owner_id, n.grade, n.deal_status, n.classification, n.updated_at, n.completeness,
                       1 as sign from new_rows n
                union all
                select o.owner_id, o.grade, o.deal_status, o.classification, o.updated_at, o.completeness,
                       -1 from old_rows o) c
         cross join lateral customer_tally_of(c.owner_id, c.grade, c.deal_status, c.classification, c.updated_at) d
         group by 1, 2, 3
        having sum(c.sign) <> 0 or sum(c.sign * c.completeness) <> 0;
    end if;
    return null;
end
$$;

create trigger trg_customer_tally_insert
    after insert on customer
    referencing new table as new_rows
    for each statement execute function customer_tally_change();

create trigger trg_customer_tally_update
    after update on customer
    referencing old table as old_rows new table as new_rows
    for each statement execute function customer_tally_change();

create trigger trg_customer_tally_delete
    after delete on customer
    referencing old table as old_rows
    for each statement execute function customer_tally_change();

-- the archives there are now
insert into customer_tally (owner_id, dimension, value, customers, completeness)
select c.owner_id, d.dimension, d.value, count(*), sum(c.completeness)
  from customer c
 cross join lateral customer_tally_of(c.owner_id, c.grade, c.deal_status, c.classification, c.updated_at) d
 group by 1, 2, 3;

analyze customer_tally;
