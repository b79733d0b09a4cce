-- The care lists now start from the tasks (a manager's open tasks by due date) instead of
-- the manager's customers: care reads only its own tables. An open task follows its
-- customer's current manager (CustomerReassigned); bring the open ones in step once here.
update care_task t set owner_id = c.owner_id
  from customer c
 where c.id = t.customer_id and t.status = 'OPEN' and t.owner_id <> c.owner_id;

create index idx_care_task_open_owner on care_task (owner_id, due_date, id) where status = 'OPEN';
