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
import java.util.Optional;
import java.util.Set;

import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTask;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskRepository;
import com.huike.crm.care.domain.CareTaskStatus;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
			t.id, t.customer_id, c.name as customer_name, c.code as customer_code, c.owner_id,
			u.display_name as owner_name, t.kind, t.detail, t.occasion_date, t.due_date, t.status, t.channel,
			t.note, t.closed_at""";

	private final CareTaskRepository tasks;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CareTaskService(CareTaskRepository tasks, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The open tasks of the viewer's customers (and, for a supervisor, the team's), due
	 * up to {@code upcomingDays} after today; at most {@code limit} rows per section.
	 */
	public CareTaskList open(Viewer viewer, int upcomingDays, int limit) {
		LocalDate today = LocalDate.now(clock);
		MapSqlParameterSource params = new MapSqlParameterSource("owners", owners(viewer)).addValue("today", today)
			.addValue("until", today.plusDays(upcomingDays))
			.addValue("limit", Math.min(limit, SECTION_LIMIT));
		String section = "case when t.due_date < :today then 0 when t.due_date = :today then 1 else 2 end";
		List<Row> rows = jdbc.query("select * from (select " + COLUMNS + ", " + section + " as section,"
				+ " row_number() over (partition by " + section
				+ " order by t.due_date, t.occasion_date, t.id) as rn, count(*) over (partition by " + section
				+ ") as total from customer c join care_task t on t.customer_id = c.id and t.status = 'OPEN'"
				+ " join app_user u on u.id = c.owner_id where c.owner_id in (:owners) and t.due_date <= :until) x"
				+ " where x.rn <= :limit order by x.section, x.rn", params,
				(rs, i) -> new Row(rs.getInt("section"), rs.getLong("total"), view(rs, viewer)));
		List<List<CareTaskView>> sections = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		long[] counts = new long[3];
		for (Row row : rows) {
			sections.get(row.section()).add(row.task());
			counts[row.section()] = row.total();
		}
		return new CareTaskList(today, List.copyOf(sections.get(0)), List.copyOf(sections.get(1)),
				List.copyOf(sections.get(2)), counts[0], counts[1], counts[2], upcomingDays);
	}

	public CareTaskView get(Long id, Viewer viewer) {
		return jdbc
			.query("select " + COLUMNS + " from care_task t join customer c on c.id = t.customer_id"
					+ " join app_user u on u.id = c.owner_id where t.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> view(rs, viewer))
			.stream()
			.filter(task -> viewer.ownsOrSupervises(task.ownerId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("care task", id));
	}

	/** Records that the task was done, and how. */
	@Transactional
	public CareTaskView complete(Long id, CareChannel channel, String note, Viewer viewer) {
		CareTask task = loadForAction(id, viewer);
		task.complete(channel, note, viewer.userId(), Instant.now(clock));
		tasks.flush();
		publishClosed(task);
		return get(id, viewer);
	}

	/** Records that the manager chose not to act on the occasion. */
	@Transactional
	public CareTaskView skip(Long id, String note, Viewer viewer) {
		CareTask task = loadForAction(id, viewer);
		task.skip(note, viewer.userId(), Instant.now(clock));
		tasks.flush();
		publishClosed(task);
		return get(id, viewer);
	}

	/**
	 * Puts tasks on managers' agendas for another feature (e.g. 告知到货 when goods arrive);
	 * a task that exists already is left as it is.
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
	 * The customer's care history for the timeline: done and skipped tasks, newest first
	 * (at most 200). For the followup feature's timeline, which merges it with follow-ups
	 * by {@link CareTimelineEntry#at()}. Empty for viewers who may only look the customer
	 * up; {@link CustomerNotFoundException} for those who may not see it at all.
	 */
	public List<CareTimelineEntry> timelineOf(Long customerId, Viewer viewer) {
		Long ownerId = jdbc
			.query("select owner_id from customer where id = :id", new MapSqlParameterSource("id", customerId),
					(rs, i) -> rs.getLong(1))
			.stream()
			.findFirst()
			.orElseThrow(() -> new CustomerNotFoundException(customerId));
		Viewer.CustomerAccess access = viewer.accessTo(ownerId);
		if (!access.canRead()) {
			throw new CustomerNotFoundException(customerId);
		}
		if (!access.canReadArchive()) {
			return List.of();
		}
		return jdbc.query("""
				select t.id, t.kind, t.detail, t.occasion_date, t.status, t.channel, t.note, t.closed_at, t.closed_by,
				       u.display_name
				  from care_task t left join app_user u on u.id = t.closed_by
				 where t.customer_id = :id and t.status <> 'OPEN'
				 order by t.closed_at desc, t.id desc limit 200
				""", new MapSqlParameterSource("id", customerId),
				(rs, i) -> new CareTimelineEntry(rs.getLong("id"), CareTaskKind.valueOf(rs.getString("kind")),
						rs.getString("detail"), rs.getObject("occasion_date", LocalDate.class),
						CareTaskStatus.valueOf(rs.getString("status")), channel(rs.getString("channel")),
						rs.getString("note"), instant(rs.getTimestamp("closed_at")),
						(Long) rs.getObject("closed_by", Long.class), rs.getString("display_name")));
	}

	private CareTask loadForAction(Long id, Viewer viewer) {
		CareTaskView view = get(id, viewer);
		if (!view.canAct()) {
			throw new NotAllowedException("only the customer\'s manager may close care task " + id,
					"care.task.onlyOwner");
		}
		return tasks.findById(id).orElseThrow(() -> new NotFoundException("care task", id));
	}

	private void publishClosed(CareTask task) {
		events.publishEvent(new CareTaskClosed(task.getId(), task.getCustomerId(), task.getKind(), task.getRef(),
				task.getStatus(), task.getClosedBy(), task.getClosedAt()));
	}

	private static Set<Long> owners(Viewer viewer) {
		Set<Long> owners = new HashSet<>(viewer.teamMemberIds());
		owners.add(viewer.userId());
		return owners;
	}

	private static CareTaskView view(ResultSet rs, Viewer viewer) throws SQLException {
		long ownerId = rs.getLong("owner_id");
		return new CareTaskView(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_name"),
				rs.getString("customer_code"), ownerId, rs.getString("owner_name"),
				CareTaskKind.valueOf(rs.getString("kind")), rs.getString("detail"),
				rs.getObject("occasion_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				CareTaskStatus.valueOf(rs.getString("status")), channel(rs.getString("channel")), rs.getString("note"),
				instant(rs.getTimestamp("closed_at")), viewer.userId().equals(ownerId));
	}

	private static CareChannel channel(String value) {
		return (value != null) ? CareChannel.valueOf(value) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Row(int section, long total, CareTaskView task) {
	}

}
