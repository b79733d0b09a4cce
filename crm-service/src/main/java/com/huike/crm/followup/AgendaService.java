package com.huike.crm.followup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerSchedule;
import com.huike.crm.customer.CustomerSchedule.Due;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's agenda (今日待办) and the supervisor's team view, over the follow-up schedule
 * the archive keeps ({@link CustomerSchedule}: index range scans, the same cost with a
 * thousand customers as with a million in the table) and the follow-up log.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

	/** How far ahead the agenda looks. */
	public static final int UPCOMING_DAYS = 7;

	private final CustomerSchedule schedule;

	private final NamedParameterJdbcTemplate jdbc;

	private final IdentityService identity;

	private final Clock clock;

	public AgendaService(CustomerSchedule schedule, NamedParameterJdbcTemplate jdbc, IdentityService identity,
			Clock clock) {
		this.schedule = schedule;
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
		LocalDate horizon = today.plusDays(UPCOMING_DAYS);
		CustomerSchedule.DueCounts counts = schedule.counts(ownerId, today, horizon);
		Page<AgendaItem> dueToday = list(ownerId, Due.TODAY, today, horizon, pages.today(), counts.dueToday());
		Page<AgendaItem> overdue = list(ownerId, Due.OVERDUE, today, horizon, pages.overdue(), counts.overdue());
		Page<AgendaItem> upcoming = list(ownerId, Due.UPCOMING, today, horizon, pages.upcoming(), counts.upcoming());
		return new Agenda(ownerId, ownerName, today, dueToday, overdue, upcoming);
	}

	private Page<AgendaItem> list(Long ownerId, Due due, LocalDate today, LocalDate horizon, Pageable page,
			long total) {
		if (total == 0 || page.getOffset() >= total) {
			return new PageImpl<>(List.of(), page, total);
		}
		List<AgendaItem> items = schedule.due(ownerId, due, today, horizon, page.getOffset(), page.getPageSize())
			.stream()
			.map(c -> new AgendaItem(c.id(), c.code(), c.name(), c.companyName(), c.mobilePhone(), c.grade(),
					c.nextFollowUpOn(), c.lastFollowUpAt(), CadenceTable.daysOverdue(c.nextFollowUpOn(), today)))
			.toList();
		return new PageImpl<>(items, page, total);
	}

	/**
	 * Due today plus overdue for a manager: the small figure on the navigation bar, one
	 * index-only count.
	 */
	public long dueCount(Long userId) {
		return schedule.dueOrOverdue(userId, LocalDate.now(clock));
	}

	/** The same, for the user signing in with this name (none for an unknown name). */
	public long dueCount(String username) {
		return identity.userIdOf(username).map(this::dueCount).orElse(0L);
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
		Collection<Long> owners = GradeService.ids(managers);
		Map<Long, Map<Grade, Long>> overdue = schedule.overdueByGrade(owners, today);
		MapSqlParameterSource params = new MapSqlParameterSource("owners", owners)
			.addValue("weekStart", start(weekStart))
			.addValue("monthStart", start(monthStart))
			.addValue("since", start(weekStart.isBefore(monthStart) ? weekStart : monthStart));
		Map<Long, long[]> logged = new HashMap<>();
		jdbc.query("select logged_by, count(*) filter (where occurred_at >= :weekStart) as week,"
				+ " count(*) filter (where occurred_at >= :monthStart) as month from follow_up"
				+ " where logged_by in (:owners) and occurred_at >= :since group by logged_by", params, rs -> {
					logged.put(rs.getLong("logged_by"), new long[] { rs.getLong("week"), rs.getLong("month") });
				});
		Map<Long, CustomerSchedule.BookCount> books = schedule.books(owners);
		List<TeamAgenda.Row> rows = new ArrayList<>();
		for (UserSummary manager : managers) {
			Map<Grade, Long> byGrade = overdue.getOrDefault(manager.id(), Map.of());
			long[] week = logged.getOrDefault(manager.id(), new long[2]);
			CustomerSchedule.BookCount book = books.getOrDefault(manager.id(), new CustomerSchedule.BookCount(0, 0));
			rows.add(new TeamAgenda.Row(manager.id(), manager.displayName(), byGrade,
					byGrade.values().stream().mapToLong(Long::longValue).sum(), week[0], week[1],
					book.neverFollowedUp(), book.customers()));
		}
		return new TeamAgenda(today, weekStart, monthStart, rows);
	}

	private OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

}
