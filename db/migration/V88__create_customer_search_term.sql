-- The search terms of each customer (customer.search_terms, computed by CustomerSearchKeys) one
-- row each, beside the customer's owner and pinyin sort key (issue 8, "Search close to the limit").
-- A word of the box is one term, and a btree over (term, name_pinyin, customer_id) holds the
-- matches in the list's order: "the first 20 of 诸葛 by pinyin" is an index-only scan of 20
-- entries, where the GIN index of search_terms finds up to 1,001 rows that must each be read from
-- the heap (~25 µs a page) before the 20 are sorted out of them. The capped count is read from
-- the same index. Scoping stays in the index path: owner_id is carried by the first index (a
-- team filters as it scans) and follows the term in the second (a manager's own book).
create table customer_search_term (
    term        text   not null,
    owner_id    bigint not null,
    name_pinyin text   not null,
    customer_id bigint not null
);

-- (its two indexes are made by V89, after the rows of the customers there are)

-- Kept in step with the row by the database itself, whoever writes search_terms, name_pinyin or
-- owner_id (the application, the start-up reindexer, an import, a reassignment). The old rows are
-- found through the first index by the old values, so no third index on customer_id is needed.
-- The bulk loader (CustomerBulkLoad) disables these triggers and fills the table in one statement.
create function customer_search_term_sync() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from customer_search_term s
         where s.term = any (old.search_terms) and s.name_pinyin = old.name_pinyin and s.customer_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into customer_search_term (term, owner_id, name_pinyin, customer_id)
        select distinct t, new.owner_id, new.name_pinyin, new.id from unnest(new.search_terms) t;
    end if;
    return null;
end
$$;

create trigger trg_customer_search_term_insert_delete
    after insert or delete on customer
    for each row execute function customer_search_term_sync();

-- an update that leaves the three columns as they were (most edits of an archive) costs nothing
create trigger trg_customer_search_term_update
    after update of search_terms, name_pinyin, owner_id on customer
    for each row
    when (old.search_terms is distinct from new.search_terms or old.name_pinyin is distinct from new.name_pinyin
          or old.owner_id is distinct from new.owner_id)
    execute function customer_search_term_sync();
