-- The terms of the customers there are (see docs/performance.md, "issue 8", for the time and size
-- at 1,000,000 customers), then the indexes, faster built over the rows than kept row by row. Rows
-- whose keys are still to be computed (name_pinyin = '') get theirs through the trigger of V88 when
-- the start-up reindexer writes them.
insert into customer_search_term (term, owner_id, name_pinyin, customer_id)
select u.t, c.owner_id, c.name_pinyin, c.id
  from customer c, lateral (select distinct t from unnest(c.search_terms) t) u;

set local maintenance_work_mem = '256MB';

-- the list's order within a term; owner_id carried for a team's filter, read from the index alone
create index idx_customer_search_term on customer_search_term (term, name_pinyin, customer_id) include (owner_id);
-- one manager's book: the order within a term and an owner
create index idx_customer_search_term_owner on customer_search_term (term, owner_id, name_pinyin, customer_id);

analyze customer_search_term;
