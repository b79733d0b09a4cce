-- Part 2 of the archive (the credit record) gets the creation columns the other parts have had
-- since V20, so that every archive entry carries the same audit columns (CustomerEntry): when and
-- by whom it was first recorded, beside when and by whom it was last changed.
alter table customer_credit
    add column created_at timestamptz,
    add column created_by bigint references app_user (id);

-- A record saved before now was first recorded when its first history line was written (each save
-- that sets a value writes one); a record without history was saved once, empty, at updated_at.
update customer_credit c
   set created_at = coalesce((select min(h.changed_at)
                                from customer_change h
                               where h.customer_id = c.customer_id and h.section = 'credit'),
                             c.updated_at),
       created_by = coalesce((select h.changed_by
                                from customer_change h
                               where h.customer_id = c.customer_id and h.section = 'credit'
                               order by h.changed_at, h.id
                               limit 1),
                             c.updated_by);

alter table customer_credit
    alter column created_at set default now(),
    alter column created_at set not null;
