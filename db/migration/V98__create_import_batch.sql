-- Spreadsheets taken into the application (导入, issue 11): one row per uploaded file, from its
-- preview to its end. The file itself is kept (content) so that the preview, the import and the
-- error file all read the same bytes, and its SHA-256 (file_hash) so that the same file is not
-- imported twice: at most one running or finished import per file and user.
create table import_batch (
    id                bigserial    primary key,
    kind              varchar(20)  not null,
    file_name         varchar(255) not null,
    file_hash         varchar(64)  not null,
    file_format       varchar(8)   not null,
    charset           varchar(16),
    content           bytea        not null,
    registration_sheet boolean     not null default false,
    status            varchar(16)  not null,
    total_rows        integer      not null default 0,
    bad_rows          integer      not null default 0,
    duplicate_rows    integer      not null default 0,
    processed_rows    integer      not null default 0,
    created_count     integer      not null default 0,
    updated_count     integer      not null default 0,
    skipped_count     integer      not null default 0,
    -- the preview's findings: [{row, column, key, args}] and [{row, match, customerId, code, name, ofRow}]
    problems          jsonb        not null default '[]',
    duplicates        jsonb        not null default '[]',
    -- what to do with duplicates: one choice for all, and per row ({"12": "UPDATE"})
    default_decision  varchar(8)   not null default 'SKIP',
    decisions         jsonb        not null default '{}',
    failure_key       varchar(100),
    created_by        bigint       not null references app_user (id),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    finished_at       timestamptz,
    version           bigint       not null default 0
);

create index idx_import_batch_user on import_batch (created_by, created_at desc);
create index idx_import_batch_time on import_batch (created_at desc, id desc);
create unique index uq_import_batch_file on import_batch (created_by, kind, file_hash)
    where status in ('RUNNING', 'DONE');

-- Rows of a store's customer registration sheet (《客户资料登记表》) are to be verified (待核实)
-- until the owning manager or the market manager confirms them; import_batch_id says which import
-- wrote a customer last.
alter table customer
    add column pending_verification boolean not null default false,
    add column import_batch_id      bigint;

create index idx_customer_pending_verification on customer (owner_id, id) where pending_verification;
