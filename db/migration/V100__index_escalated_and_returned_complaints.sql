-- Two lists of the customer-service manager's page (/complaints) read every open complaint of a status
-- and sorted them (issue 10, measured by bench/callcenter-bench.sh): with 100,000 open complaints the
-- escalated ones (60,000 NEW, ROUTED or TAKEN to filter for the few escalated) and those returned by
-- the departments (40,000 RETURNED or FED_BACK, sorted by when they changed) took ~0.65 s each, and
-- the page 0.55 s. Each list now has a partial index whose predicate is its query's and whose key is
-- its order: the first 100 rows are read in order and the scan stops.
create index idx_service_request_escalated on service_request (due_at, id)
    where type = 'COMPLAINT' and escalated_at is not null and status in ('NEW', 'ROUTED', 'TAKEN');

create index idx_service_request_to_feed_back on service_request (changed_at, id)
    where type = 'COMPLAINT' and status in ('RETURNED', 'FED_BACK');
