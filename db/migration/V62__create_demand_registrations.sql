-- Demand registration (缺货登记): a customer wants goods that are out of stock. When the product
-- arrives every waiting registration gets a DEMAND_ARRIVED care task on its manager's agenda;
-- the registration closes when the manager records that the customer was told.
create table demand_registration (
    id            bigserial    primary key,
    customer_id   bigint       not null references customer (id) on delete cascade,
    registered_by bigint       not null references app_user (id),
    product       varchar(200) not null,
    product_key   varchar(200) not null,
    quantity      integer      not null check (quantity > 0),
    requested_on  date         not null,
    note          varchar(500),
    status        varchar(10)  not null default 'WAITING'
        check (status in ('WAITING', 'ARRIVED', 'TOLD', 'CANCELLED')),
    arrived_on    date,
    arrived_by    bigint references app_user (id),
    closed_at     timestamptz,
    closed_by     bigint references app_user (id),
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

create index idx_demand_open_product on demand_registration (product_key, requested_on, id)
    where status in ('WAITING', 'ARRIVED');
create index idx_demand_customer on demand_registration (customer_id);
