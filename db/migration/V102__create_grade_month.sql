-- The grade distribution of each manager's book at the end of each month (统计分析: the move from a
-- pyramid, 宝塔型, toward an olive, 橄榄型): taken on the 1st for the month just ended by the analytics
-- feature (GradeHistory); the current month is counted live. '-' counts the customers without a grade.
create table grade_month (
    month     date    not null check (extract(day from month) = 1),
    owner_id  bigint  not null references app_user (id) on delete cascade,
    grade     char(1) not null check (grade in ('A', 'B', 'C', 'D', 'E', '-')),
    customers integer not null check (customers >= 0),
    primary key (month, owner_id, grade)
);
