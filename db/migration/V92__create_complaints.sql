-- The hotline desk and complaints (客户投诉处理流程): every request (诉求) the call center takes, the
-- complaint flow of the 投诉 among them (confirm and route to a department, take, result, feedback,
-- close or reopen) with its deadline and timeline, and what the administrator configures.

-- The departments complaints are routed to; a handler belongs to one by its name (app_user.department).
create table complaint_department (
    id       bigserial    primary key,
    name     varchar(50)  not null unique,
    name_en  varchar(50)  not null,
    position integer      not null default 0,
    active   boolean      not null default true,
    version  bigint       not null default 0
);

-- The categories of a request (产品质量, 配送, 价格, 服务态度, 窜货/砸价 …); a risk category counts
-- towards the risk signal on the customer a complaint is about.
create table complaint_category (
    id       bigserial    primary key,
    name     varchar(50)  not null unique,
    name_en  varchar(50)  not null,
    position integer      not null default 0,
    active   boolean      not null default true,
    risk     boolean      not null default false,
    version  bigint       not null default 0
);

-- Routing rules, tried in position order: the first whose conditions all hold names the
-- department; an empty condition holds for every complaint.
create table complaint_routing_rule (
    id            bigserial    primary key,
    position      integer      not null default 0,
    category_id   bigint       references complaint_category (id) on delete cascade,
    product       varchar(100),
    region        varchar(100),
    department_id bigint       not null references complaint_department (id) on delete cascade,
    version       bigint       not null default 0
);

create index idx_complaint_routing_rule_position on complaint_routing_rule (position, id);

-- One row: the default department, the risk signal's threshold, the working hours, and the
-- deadline of each severity (an amount of working hours or working days).
create table complaint_settings (
    id                    smallint     primary key check (id = 1),
    default_department_id bigint       references complaint_department (id) on delete set null,
    risk_threshold        integer      not null default 3 check (risk_threshold between 1 and 1000),
    risk_days             integer      not null default 90 check (risk_days between 1 and 3650),
    work_start            time         not null default '09:00',
    work_end              time         not null default '18:00',
    urgent_amount         integer      not null default 4 check (urgent_amount between 1 and 1000),
    urgent_unit           varchar(5)   not null default 'HOURS' check (urgent_unit in ('HOURS', 'DAYS')),
    high_amount           integer      not null default 1 check (high_amount between 1 and 1000),
    high_unit             varchar(5)   not null default 'DAYS' check (high_unit in ('HOURS', 'DAYS')),
    normal_amount         integer      not null default 3 check (normal_amount between 1 and 1000),
    normal_unit           varchar(5)   not null default 'DAYS' check (normal_unit in ('HOURS', 'DAYS')),
    low_amount            integer      not null default 5 check (low_amount between 1 and 1000),
    low_unit              varchar(5)   not null default 'DAYS' check (low_unit in ('HOURS', 'DAYS')),
    version               bigint       not null default 0,
    check (work_start < work_end)
);

insert into complaint_department (name, name_en, position) values
    ('售后服务部', 'After-sales service', 1), ('物流配送部', 'Logistics and delivery', 2), ('市场部', 'Marketing', 3);

insert into complaint_category (name, name_en, position, risk) values
    ('产品质量', 'Product quality', 1, false), ('配送', 'Delivery', 2, false), ('价格', 'Price', 3, false),
    ('服务态度', 'Service attitude', 4, false), ('窜货/砸价', 'Cross-region selling / price dumping', 5, true),
    ('其他', 'Other', 6, false);

insert into complaint_routing_rule (position, category_id, department_id)
    select c.position, c.id, d.id from complaint_category c join complaint_department d
        on (c.name, d.name) in (('产品质量', '售后服务部'), ('服务态度', '售后服务部'), ('配送', '物流配送部'),
                                ('价格', '市场部'), ('窜货/砸价', '市场部'));

insert into complaint_settings (id, default_department_id)
    select 1, id from complaint_department where name = '售后服务部';

-- Every request the desk takes. A complaint (type COMPLAINT) runs the flow; the rest are closed
-- at once (an inquiry answered on the spot) or wait on the customer-service manager's list.
create table service_request (
    id              bigserial     primary key,
    type            varchar(10)   not null check (type in ('INQUIRY', 'COMPLAINT', 'SUGGESTION', 'REPAIR')),
    status          varchar(10)   not null check (status in ('OPEN', 'NEW', 'ROUTED', 'TAKEN', 'RETURNED',
                                                             'FED_BACK', 'CLOSED')),
    customer_id     bigint        references customer (id) on delete set null,
    -- the owning manager of the customer, kept current on a hand-over (CustomerReassigned)
    owner_id        bigint,
    about_customer_id bigint      references customer (id) on delete set null,
    caller_name     varchar(100),
    caller_phone    varchar(40)   not null,
    category_id     bigint        references complaint_category (id),
    severity        varchar(10)   not null default 'NORMAL' check (severity in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    channel         varchar(10)   not null check (channel in ('HOTLINE', 'STORE', 'MANAGER', 'WEBSITE', 'REVISIT',
                                                               'OTHER')),
    description     varchar(2000) not null,
    product         varchar(100),
    region          varchar(100),
    answer          varchar(2000),
    taken_by        bigint        not null references app_user (id),
    received_at     timestamptz   not null,
    proposed_department_id bigint references complaint_department (id),
    department_id   bigint        references complaint_department (id),
    handler_id      bigint        references app_user (id),
    due_at          timestamptz,
    escalated_at    timestamptz,
    result          varchar(2000),
    feedback        varchar(2000),
    opinion         varchar(12)   check (opinion in ('SATISFIED', 'NEUTRAL', 'UNSATISFIED')),
    reopen_count    integer       not null default 0,
    closed_at       timestamptz,
    changed_at      timestamptz   not null,
    version         bigint        not null default 0
);

-- the CS manager's queue: open complaints by deadline (keyset on due_at, id)
create index idx_service_request_open_complaints on service_request (due_at, id)
    where type = 'COMPLAINT' and status <> 'CLOSED';
-- the confirmation queue and the counts by status
create index idx_service_request_complaint_status on service_request (status, received_at, id)
    where type = 'COMPLAINT';
-- a department's queue
create index idx_service_request_department on service_request (department_id, due_at, id)
    where status in ('ROUTED', 'TAKEN');
-- a customer's requests (the desk, the archive), a manager's customers' requests
create index idx_service_request_customer on service_request (customer_id, received_at desc);
create index idx_service_request_owner on service_request (owner_id, received_at desc, id desc);
-- the risk signal: complaints about a customer in a window
create index idx_service_request_about on service_request (about_customer_id, received_at)
    where about_customer_id is not null;
-- the suggestions and repairs waiting on the CS manager's list, and the list of all requests
create index idx_service_request_type_status on service_request (type, status, received_at desc, id desc);
create index idx_service_request_received on service_request (received_at desc, id desc);

-- The complaint's timeline: every step, who, when, what.
create table complaint_step (
    id            bigserial     primary key,
    request_id    bigint        not null references service_request (id) on delete cascade,
    kind          varchar(10)   not null check (kind in ('RECEIVED', 'CONFIRMED', 'ROUTED', 'TAKEN', 'RESULT',
                                                        'FEEDBACK', 'CLOSED', 'REOPENED', 'ESCALATED')),
    from_status   varchar(10),
    to_status     varchar(10)   not null,
    by_user       bigint        references app_user (id),
    at            timestamptz   not null,
    department_id bigint        references complaint_department (id),
    note          varchar(2000)
);

create index idx_complaint_step_request on complaint_step (request_id, at, id);
