-- Indexes of the customer list's search (CustomerSearch, CustomerSearchKeys). Measured at
-- 1,000,000 customers in docs/performance.md.

-- Any part of the name, also two Chinese characters (pg_trgm cannot serve patterns shorter
-- than three characters), company character pairs ('@' terms) and pinyin prefixes.
create index idx_customer_search_terms on customer using gin (search_terms);

-- Any part of any phone number (3 digits or more).
create index idx_customer_phone_digits on customer using gin (phone_digits gin_trgm_ops);

-- The start of the code; text_pattern_ops because LIKE 'KH20%' cannot use a C.UTF-8 index.
create index idx_customer_code_prefix on customer (upper(code) text_pattern_ops);

-- Filters and sorts of the list; every sort ends with the id.
create index idx_customer_birth_month on customer ((extract(month from birth_date)));
create index idx_customer_grade_pinyin on customer (grade, name_pinyin, id);
create index idx_customer_classification on customer (classification, name_pinyin, id);
create index idx_customer_updated on customer (updated_at, id);
create index idx_customer_created on customer (created_at, id);
create index idx_customer_completeness on customer (completeness, id);

-- The search keys changed form (surname-aware pinyin, company terms): an empty sort key
-- makes the application recompute them at start-up (CustomerReindexer).
update customer set name_pinyin = '';
