-- Imports write the search terms of the archives they create at once, sorted (issue 11, "Measure").
-- The row trigger of V88 puts ~33 rows per new customer into customer_search_term, each into two
-- b-trees in random places: 100,000 imported customers spent nine tenths of the import there once
-- the indexes outgrew shared_buffers. An import now inserts its customers with import_batch_id set,
-- which the insert trigger leaves alone, and then writes all their terms in one statement in the
-- order of the indexes (CustomerImport.indexImported), so that each leaf page is visited once.
-- Every other insert (the form, the API, the demo), every update and every delete are kept in step
-- by the triggers as before.
drop trigger trg_customer_search_term_insert_delete on customer;

create trigger trg_customer_search_term_insert
    after insert on customer
    for each row
    when (new.import_batch_id is null)
    execute function customer_search_term_sync();

create trigger trg_customer_search_term_delete
    after delete on customer
    for each row execute function customer_search_term_sync();
