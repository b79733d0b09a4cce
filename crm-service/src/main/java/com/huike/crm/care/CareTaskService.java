package com.huike.crm.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTask;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskRepository;
import com.huike.crm.care.domain.CareTaskStatus;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerName;
import com.huike.crm.customer.CustomerReassigned;
import com.huike.crm.demand.DemandArrived;
import com.huike.crm.demand.DemandCancelled;
import com.huike.crm.demand.DemandService;
import com.huike.crm.demand.DemandTold;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The care tasks of a manager's customers: the open ones (overdue, today, coming),
 * closing them (done, with how; or skipped), and a customer's history for the timeline.
 * <p>
 * Scoping follows the customer's current manager: the manager sees and closes the tasks
 * of their customers; a supervisor sees the team's but does not close them; anyone else
 * does not see them (404).
 */
@Service
@Transactional(readOnly = true)
public class CareTaskService {

	/** Rows per section of a list; the counts stay complete. */
	public static final int SECTION_LIMIT = 100;

	private static final String COLUMNS = """
			t.id, t.customer_id, t.owner_id, t.kind, t.detail, t.occasion_date, t.due_date, t.status, t.channel,
			t.note, t.closed_at""";

	private final CareTaskRepository tasks;

	private final CustomerDirectory customers;

	private final DemandService demands;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	CareTaskService(CareTaskRepository tasks, CustomerDirectory customers, DemandService demands,
			IdentityService identity, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.tasks = tasks;
		this.customers = customers;
		this.demands = demands;
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The open tasks of the viewer's customers (and, for a supervisor, the team's), due
	 * up to {@code upcomingDays} after today; at most {@code limit} rows per section:
	 * overdue (the occasion has passed), to do now (due, the occasion today or ahead),
	 * upcoming (not yet due).
	 */
	public CareTaskList open(Viewer viewer, int upcomingDays, int limit) {
		return open(owners(viewer), viewer, upcomingDays, limit);
	}

	/**
	 * The open tasks of one manager's customers, as {@link #open(Viewer, int, int)} lists
	 * them: for that manager, or a supervisor of theirs opening that manager's agenda.
	 * Nobody else sees them (empty lists).
	 */
	public CareTaskList openOf(Long managerId, Viewer viewer, int upcomingDays, int limit) {
		Set<Long> owners = owners(viewer).contains(managerId) ? Set.of(managerId) : Set.of();
		return open(owners, viewer, upcomingDays, limit);
	}

	private CareTaskList open(Set<Long> owners, Viewer viewer, int upcomingDays, int limit) {
		LocalDate today = LocalDate.now(clock);
		if (owners.isEmpty()) {
			return new CareTaskList(today, List.of(), List.of(), List.of(), 0, 0, 0, upcomingDays);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("owners", owners).addValue("today", today)
			.addValue("until", today.plusDays(upcomingDays))
			.addValue("limit", Math.min(limit, SECTION_LIMIT));
		// overdue is an occasion passed undone; a reminder whose due date passed before
		// its
		// occasion (a birthday tomorrow) is still to do now, not late
		String section = "case when t.occasion_date < :today then 0 when t.due_date <= :today then 1 else 2 end";
		// the index (owner_id, due_date, id) where status = 'OPEN' holds a manager's open
		// tasks in due order
		List<Row> rows = jdbc.query(
				"select * from (select " + COLUMNS + ", " + section + " as section,"
						+ " row_number() over (partition by " + section
						+ " order by t.due_date, t.occasion_date, t.id) as rn, count(*) over (partition by " + section
						+ ") as total from care_task t where t.status = 'OPEN' and t.owner_id in (:owners)"
						+ " and t.due_date <= :until) x where x.rn <= :limit order by x.section, x.rn",
				params, (rs, i) -> new Row(rs.getInt("section"), rs.getLong("total"), task(rs)));
		List<CareTaskView> views = views(rows.stream().map(Row::task).toList(), viewer);
		List<List<CareTaskView>> sections = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		long[] counts = new long[3];
		for (int r = 0; r < rows.size(); r++) {
			sections.get(rows.get(r).section()).add(views.get(r));
			counts[rows.get(r).section()] = rows.get(r).total();
		}
		return new CareTaskList(today, List.copyOf(sections.get(0)), List.copyOf(sections.get(1)),
				List.copyOf(sections.get(2)), counts[0], counts[1], counts[2], upcomingDays);
	}

	public CareTaskView get(Long id, Viewer viewer) {
		List<Task> found = jdbc
			.query("select " + COLUMNS + " from care_task t where t.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> task(rs))
			.stream()
			.filter(task -> viewer.ownsOrSupervises(task.ownerId()))
			.toList();
		return views(found, viewer).stream().findFirst().orElseThrow(() -> new NotFoundException("care task", id));
	}

	/** Records that the task was done, and how. */
	@Transactional
	public CareTaskView complete(Long id, CareChannel channel, String note, Viewer viewer) {
		CareTask task = loadForAction(id, viewer);
		task.complete(channel, note, viewer.userId(), Instant.now(clock));
		tasks.flush();
		closed(task);
		return get(id, viewer);
	}

	/** Records that the manager chose not to act on the occasion. */
	@Transactional
	public CareTaskView skip(Long id, String note, Viewer viewer) {
		CareTask task = loadForAction(id, viewer);
		task.skip(note, viewer.userId(), Instant.now(clock));
		tasks.flush();
		closed(task);
		return get(id, viewer);
	}

	/**
	 * Puts tasks on managers' agendas; a task that exists already is left as it is.
	 * @return how many were created
	 */
	@Transactional
	public int remind(List<NewCareTask> newTasks) {
		int created = 0;
		for (NewCareTask t : newTasks) {
			created += jdbc.update("""
					insert into care_task (customer_id, owner_id, kind, occasion_date, ref, detail, due_date)
					values (:customer, :owner, :kind, :occasion, :ref, :detail, :due)
					on conflict (customer_id, kind, occasion_date, ref) do nothing
					""",
					new MapSqlParameterSource("customer", t.customerId()).addValue("owner", t.ownerId())
						.addValue("kind", t.kind().name())
						.addValue("occasion", t.occasionDate())
						.addValue("ref", t.ref())
						.addValue("detail", t.detail())
						.addValue("due", t.dueDate()));
		}
		return created;
	}

	/** The open task of a kind and reference (e.g. the 告知到货 task of a registration). */
	public Optional<Long> openTaskId(CareTaskKind kind, long ref) {
		return tasks.findByKindAndRef(kind, ref).filter(CareTask::isOpen).map(CareTask::getId);
	}

	/**
	 * Goods a customer waited for arrived: a 告知到货 task on the manager's agenda, due
	 * today. After the arrival is committed, in a transaction of its own; the event
	 * publication registry keeps the arrival until this has run (retried after a
	 * restart), and a task that exists already is left as it is.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onDemandArrived(DemandArrived arrived) {
		remind(List.of(new NewCareTask(arrived.customerId(), arrived.ownerId(), CareTaskKind.DEMAND_ARRIVED,
				arrived.arrivedOn(), arrived.registrationId(), arrived.product() + " × " + arrived.quantity(),
				arrived.arrivedOn())));
	}

	/** The customer was told on the demand page: the 告知到货 task is done with it. */
	@EventListener
	@Transactional
	public void onDemandTold(DemandTold told) {
		tasks.findByKindAndRef(CareTaskKind.DEMAND_ARRIVED, told.registrationId())
			.filter(CareTask::isOpen)
			.ifPresent(task -> task.complete(CareChannel.valueOf(told.channel().name()), told.note(), told.by(),
					told.at()));
	}

	/** The customer no longer wants the goods: an open 告知到货 task is skipped. */
	@EventListener
	@Transactional
	public void onDemandCancelled(DemandCancelled cancelled) {
		tasks.findByKindAndRef(CareTaskKind.DEMAND_ARRIVED, cancelled.registrationId())
			.filter(CareTask::isOpen)
			.ifPresent(task -> task.skip(cancelled.note(), cancelled.by(), cancelled.at()));
	}

	/** The open tasks of a customer handed to another manager go to that manager. */
	@EventListener
	@Transactional
	public void onCustomerReassigned(CustomerReassigned event) {
		jdbc.update("update care_task set owner_id = :owner where customer_id = :customer and status = 'OPEN'",
				new MapSqlParameterSource("owner", event.newOwnerId()).addValue("customer", event.customerId()));
	}

	/**
	 * The customer's care history for the timeline: done and skipped tasks, newest first
	 * (at most {@code limit}), and how many there are. Empty for viewers who may only
	 * look the customer up; {@link com.huike.crm.customer.CustomerNotFoundException} for
	 * those who may not see it at all.
	 */
	public List<CareTimelineEntry> timelineOf(Long customerId, Viewer viewer) {
		return timelineOf(customerId, viewer, 200).getContent();
	}

	/** The same, the newest {@code limit}, with how many there are in all. */
	public Page<CareTimelineEntry> timelineOf(Long customerId, Viewer viewer, int limit) {
		if (!customers.card(customerId, viewer).access().canReadArchive()) {
			return Page.empty();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("id", customerId).addValue("limit", limit);
		Long total = jdbc.queryForObject("select count(*) from care_task where customer_id = :id and status <> 'OPEN'",
				params, Long.class);
		List<CareTimelineEntry> entries = jdbc.query("""
				select t.id, t.kind, t.detail, t.occasion_date, t.status, t.channel, t.note, t.closed_at, t.closed_by
				  from care_task t
				 where t.customer_id = :id and t.status <> 'OPEN'
				 order by t.closed_at desc, t.id desc limit :limit
				""", params,
				(rs, i) -> new CareTimelineEntry(rs.getLong("id"), CareTaskKind.valueOf(rs.getString("kind")),
						rs.getString("detail"), rs.getObject("occasion_date", LocalDate.class),
						CareTaskStatus.valueOf(rs.getString("status")), channel(rs.getString("channel")),
						rs.getString("note"), instant(rs.getTimestamp("closed_at")),
						(Long) rs.getObject("closed_by", Long.class), null));
		Set<Long> people = new HashSet<>();
		entries.forEach(e -> {
			if (e.byId() != null) {
				people.add(e.byId());
			}
		});
		Map<Long, String> names = identity.displayNames(people);
		return new PageImpl<>(entries.stream()
			.map(e -> new CareTimelineEntry(e.taskId(), e.kind(), e.detail(), e.occasionDate(), e.status(), e.channel(),
					e.note(), e.at(), e.byId(), names.get(e.byId())))
			.toList(), PageRequest.of(0, Math.max(limit, 1)), (total != null) ? total : 0);
	}

	private CareTask loadForAction(Long id, Viewer viewer) {
		CareTaskView view = get(id, viewer);
		if (!view.canAct()) {
			throw new NotAllowedException("only the customer\'s manager may close care task " + id,
					"care.task.onlyOwner");
		}
		return tasks.findById(id).orElseThrow(() -> new NotFoundException("care task", id));
	}

	/**
	 * A 告知到货 task closed on the agenda closes its registration too: done means told,
	 * skipped that the customer no longer wants the goods.
	 */
	private void closed(CareTask task) {
		if (task.getKind() == CareTaskKind.DEMAND_ARRIVED) {
			demands.closedOnTheAgenda(task.getRef(), task.getStatus() == CareTaskStatus.DONE, task.getClosedBy(),
					task.getClosedAt());
		}
	}

	private static Set<Long> owners(Viewer viewer) {
		Set<Long> owners = new HashSet<>(viewer.teamMemberIds());
		owners.add(viewer.userId());
		return owners;
	}

	/** The tasks with their customers' codes and names and their managers' names. */
	private List<CareTaskView> views(List<Task> found, Viewer viewer) {
		Set<Long> customerIds = new HashSet<>();
		Set<Long> ownerIds = new HashSet<>();
		found.forEach(t -> {
			customerIds.add(t.customerId());
			ownerIds.add(t.ownerId());
		});
		Map<Long, CustomerName> names = customers.names(customerIds);
		Map<Long, String> owners = identity.displayNames(ownerIds);
		return found.stream().map(t -> {
			CustomerName customer = names.get(t.customerId());
			return new CareTaskView(t.id(), t.customerId(), (customer != null) ? customer.name() : null,
					(customer != null) ? customer.code() : null, t.ownerId(), owners.get(t.ownerId()), t.kind(),
					t.detail(), t.occasionDate(), t.dueDate(), t.status(), t.channel(), t.note(), t.closedAt(),
					viewer.userId().equals(t.ownerId()));
		}).toList();
	}

	private static Task task(ResultSet rs) throws SQLException {
		return new Task(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("owner_id"),
				CareTaskKind.valueOf(rs.getString("kind")), rs.getString("detail"),
				rs.getObject("occasion_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				CareTaskStatus.valueOf(rs.getString("status")), channel(rs.getString("channel")), rs.getString("note"),
				instant(rs.getTimestamp("closed_at")));
	}

	private static CareChannel channel(String value) {
		return (value != null) ? CareChannel.valueOf(value) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Task(Long id, Long customerId, Long ownerId, CareTaskKind kind, String detail,
			LocalDate occasionDate, LocalDate dueDate, CareTaskStatus status, CareChannel channel, String note,
			Instant closedAt) {
	}

	private record Row(int section, long total, Task task) {
	}

}
