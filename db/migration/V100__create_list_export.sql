-- Every list taken out of the application as a file (导出): who, when, which list with which
-- filters, in which format, how many rows. Administrators read it beside the access log.
create table list_export (
    id          bigserial    primary key,
    exported_at timestamptz  not null,
    user_id     bigint       not null references app_user (id),
    list        varchar(40)  not null,
    filters     varchar(500) not null,
    format      varchar(8)   not null,
    row_count   integer      not null
);

create index idx_list_export_time on list_export (exported_at desc, id desc);
create index idx_list_export_user on list_export (user_id, exported_at desc);
