package com.huike.crm.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's agenda (今日待办) and the supervisor's team view. Every list is a range scan
 * of the index {@code (owner_id, next_follow_up_on) include (grade)}: a manager's agenda
 * costs the same with a thousand customers as with a million in the table.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

	/** How far ahead the agenda looks. */
	public static final int UPCOMING_DAYS = 7;

	/**
	 * The rows of one agenda list: the keys are chosen and ordered from the index
	 * {@code (owner_id, next_follow_up_on, grade, id)} alone, then only the rows shown
	 * are read from the table.
	 */
	private static final String ROWS = "select c.id, c.code, c.name, c.company_name, c.mobile_phone, c.grade,"
			+ " c.next_follow_up_on, c.last_follow_up_at from (select k.id, k.grade, k.next_follow_up_on"
			+ " from customer k where k.owner_id = :owner and %s order by %s limit :size offset :offset) picked"
			+ " join customer c on c.id = picked.id order by %s";

	private final NamedParameterJdbcTemplate jdbc;

	private final IdentityService identity;

	private final Clock clock;

	public AgendaService(NamedParameterJdbcTemplate jdbc, IdentityService identity, Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.clock = clock;
	}

	/** The viewer's own agenda, every list at the page of {@code pageable}. */
	public Agenda agenda(Viewer viewer, Pageable pageable) {
		return agenda(viewer, AgendaPages.of(null, pageable.getPageNumber(), pageable.getPageSize()));
	}

	/** The viewer's own agenda. */
	public Agenda agenda(Viewer viewer, AgendaPages pages) {
		return agenda(viewer.userId(), viewer.displayName(), pages);
	}

	/**
	 * A manager's agenda as their supervisor (or the administrator) sees it; a manager
	 * outside the viewer's scope does not exist for them.
	 */
	public Agenda agendaOf(Long managerId, Viewer viewer, AgendaPages pages) {
		if (managerId.equals(viewer.userId())) {
			return agenda(viewer, pages);
		}
		if (!viewer.isAdmin() && !viewer.ownsOrSupervises(managerId)) {
			throw new NotFoundException("manager", managerId);
		}
		String name = identity.displayNames(java.util.Set.of(managerId)).get(managerId);
		if (name == null) {
			throw new NotFoundException("manager", managerId);
		}
		return agenda(managerId, name, pages);
	}

	private Agenda agenda(Long ownerId, String ownerName, AgendaPages pages) {
		LocalDate today = LocalDate.now(clock);
		MapSqlParameterSource params = new MapSqlParameterSource("owner", ownerId).addValue("today", today)
			.addValue("horizon", today.plusDays(UPCOMING_DAYS));
		long[] counts = new long[3];
		jdbc.query("select count(*) filter (where next_follow_up_on = :today) as due_today,"
				+ " count(*) filter (where next_follow_up_on < :today) as overdue,"
				+ " count(*) filter (where next_follow_up_on > :today) as upcoming"
				+ " from customer where owner_id = :owner and next_follow_up_on <= :horizon", params, rs -> {
					counts[0] = rs.getLong("due_today");
					counts[1] = rs.getLong("overdue");
					counts[2] = rs.getLong("upcoming");
				});
		RowMapper<AgendaItem> rows = (rs, i) -> item(rs, today);
		Page<AgendaItem> dueToday = list("k.next_follow_up_on = :today", "k.grade, k.id", params, pages.today(),
				counts[0], rows);
		Page<AgendaItem> overdue = list("k.next_follow_up_on < :today", "k.grade, k.next_follow_up_on, k.id", params,
				pages.overdue(), counts[1], rows);
		Page<AgendaItem> upcoming = list("k.next_follow_up_on > :today and k.next_follow_up_on <= :horizon",
				"k.next_follow_up_on, k.grade, k.id", params, pages.upcoming(), counts[2], rows);
		return new Agenda(ownerId, ownerName, today, dueToday, overdue, upcoming);
	}

	private Page<AgendaItem> list(String range, String order, MapSqlParameterSource params, Pageable page, long total,
			RowMapper<AgendaItem> rows) {
		if (total == 0 || page.getOffset() >= total) {
			return new PageImpl<>(List.of(), page, total);
		}
		String sql = ROWS.formatted(range, order, order.replace("k.", "picked."));
		return new PageImpl<>(
				jdbc.query(sql, new MapSqlParameterSource(params.getValues()).addValue("size", page.getPageSize())
					.addValue("offset", page.getOffset()), rows),
				page, total);
	}

	/**
	 * Due today plus overdue for the signed-in user, by login name: the small figure on
	 * the navigation bar, one index-only count.
	 */
	public long dueCount(String username) {
		Long count = jdbc.queryForObject("select count(*) from customer where owner_id ="
				+ " (select id from app_user where lower(username) = lower(:username)) and next_follow_up_on <= :today",
				new MapSqlParameterSource("username", username).addValue("today", LocalDate.now(clock)), Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The team view: the supervisor's managers, or every manager for the administrator.
	 */
	public TeamAgenda team(Viewer viewer) {
		if (!viewer.isAdmin() && !viewer.has(Role.SUPERVISOR)) {
			throw new CustomerAccessDeniedException();
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate monthStart = today.withDayOfMonth(1);
		List<UserSummary> managers = identity.assignableManagers(viewer);
		if (managers.isEmpty()) {
			return new TeamAgenda(today, weekStart, monthStart, List.of());
		}
		MapSqlParameterSource params = new MapSqlParameterSource("owners", GradeService.ids(managers))
			.addValue("today", today)
			.addValue("weekStart", start(weekStart))
			.addValue("monthStart", start(monthStart))
			.addValue("since", start(weekStart.isBefore(monthStart) ? weekStart : monthStart));
		Map<Long, Map<Grade, Long>> overdue = new HashMap<>();
		jdbc.query("select owner_id, grade, count(*) as n from customer where owner_id in (:owners)"
				+ " and next_follow_up_on < :today group by owner_id, grade", params, rs -> {
					overdue.computeIfAbsent(rs.getLong("owner_id"), k -> new EnumMap<>(Grade.class))
						.put(Grade.valueOf(rs.getString("grade").strip()), rs.getLong("n"));
				});
		Map<Long, long[]> logged = new HashMap<>();
		jdbc.query("select logged_by, count(*) filter (where occurred_at >= :weekStart) as week,"
				+ " count(*) filter (where occurred_at >= :monthStart) as month from follow_up"
				+ " where logged_by in (:owners) and occurred_at >= :since group by logged_by", params, rs -> {
					logged.put(rs.getLong("logged_by"), new long[] { rs.getLong("week"), rs.getLong("month") });
				});
		Map<Long, long[]> books = new HashMap<>();
		jdbc.query("select owner_id, count(*) as n, count(*) filter (where last_follow_up_at is null) as never"
				+ " from customer where owner_id in (:owners) group by owner_id", params, rs -> {
					books.put(rs.getLong("owner_id"), new long[] { rs.getLong("n"), rs.getLong("never") });
				});
		List<TeamAgenda.Row> rows = new ArrayList<>();
		for (UserSummary manager : managers) {
			Map<Grade, Long> byGrade = overdue.getOrDefault(manager.id(), Map.of());
			long[] week = logged.getOrDefault(manager.id(), new long[2]);
			long[] book = books.getOrDefault(manager.id(), new long[2]);
			rows.add(new TeamAgenda.Row(manager.id(), manager.displayName(), byGrade,
					byGrade.values().stream().mapToLong(Long::longValue).sum(), week[0], week[1], book[1], book[0]));
		}
		return new TeamAgenda(today, weekStart, monthStart, rows);
	}

	private OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	private static AgendaItem item(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject("next_follow_up_on", LocalDate.class);
		Timestamp last = rs.getTimestamp("last_follow_up_at");
		return new AgendaItem(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("company_name"), rs.getString("mobile_phone"),
				Grade.valueOf(rs.getString("grade").strip()), due, (last != null) ? last.toInstant() : null,
				CadenceTable.daysOverdue(due, today));
	}

}
