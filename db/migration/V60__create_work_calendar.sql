-- The working-day calendar (calendar feature): statutory holidays and make-up workdays (调休) of
-- China. A year is seeded once from the statutory rules (work_calendar_year remembers which years
-- were seeded, so an administrator's removal is not undone); afterwards the administrator edits it.
-- A day absent from work_calendar_day follows the weekly rule: Monday to Friday work, weekends off.
create table work_calendar_year (
    year      integer     primary key,
    seeded_at timestamptz not null default now()
);

create table work_calendar_day (
    day        date        primary key,
    kind       varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       varchar(50) not null default '',
    source     varchar(10) not null check (source in ('STATUTORY', 'ADMIN')),
    changed_by bigint references app_user (id),
    changed_at timestamptz not null default now(),
    version    bigint      not null default 0
);
