package com.huike.crm.revisit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.RevisitReport.Period;
import com.huike.crm.revisit.domain.RevisitItem;
import com.huike.crm.revisit.domain.RevisitItemRepository;
import com.huike.crm.revisit.domain.RevisitKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly and monthly revisit reports (周报 / 月报), for the customer-service manager and
 * the administrator. Three queries whatever the size of the period, each read from an
 * index that covers it: the revisits closed by status and kind
 * ({@code idx_revisit_closed}), the scores by item and department
 * ({@code idx_revisit_score_period}), and the open problems
 * ({@code idx_revisit_open_problem}); see docs/performance.md for a month over 1,000,000
 * revisits.
 */
@Service
@Transactional(readOnly = true)
public class RevisitReportService {

	/** The open problems a report lists (it counts them all). */
	static final int PROBLEMS_LISTED = 100;

	private final JdbcTemplate jdbc;

	private final RevisitItemRepository items;

	private final Clock clock;

	RevisitReportService(JdbcTemplate jdbc, RevisitItemRepository items, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.clock = clock;
	}

	/** The first day of the period that holds {@code day}. */
	public static LocalDate start(Period period, LocalDate day) {
		return (period == Period.WEEK) ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: day.withDayOfMonth(1);
	}

	public static LocalDate end(Period period, LocalDate start) {
		return (period == Period.WEEK) ? start.plusDays(6) : start.plusMonths(1).minusDays(1);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The report of the week or month holding {@code day} (today when null). */
	public RevisitReport report(Period period, LocalDate day, Viewer viewer) {
		RevisitAccess.checkReports(viewer);
		Period p = (period != null) ? period : Period.WEEK;
		LocalDate from = start(p, (day != null) ? day : today());
		return report(p, from, end(p, from));
	}

	/**
	 * The report of the days {@code from} to {@code to} (both included), for the
	 * customer-service manager and the administrator (the dashboard's period).
	 */
	public RevisitReport report(LocalDate from, LocalDate to, Viewer viewer) {
		RevisitAccess.checkReports(viewer);
		return report(null, from, to);
	}

	/** Whether the viewer reads the revisit reports. */
	public static boolean mayRead(Viewer viewer) {
		return RevisitAccess.mayReadReports(viewer);
	}

	private RevisitReport report(Period p, LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());

		Map<RevisitKind, long[]> byKind = new EnumMap<>(RevisitKind.class);
		jdbc.query("""
				select kind, status, count(*) as n from revisit
				 where closed_at >= ? and closed_at < ? group by kind, status""", rs -> {
			long[] counts = byKind.computeIfAbsent(RevisitKind.valueOf(rs.getString("kind")), k -> new long[2]);
			counts["DONE".equals(rs.getString("status")) ? 0 : 1] += rs.getLong("n");
		}, start, end);
		long done = byKind.values().stream().mapToLong(c -> c[0]).sum();
		long unreachable = byKind.values().stream().mapToLong(c -> c[1]).sum();
		List<RevisitReport.KindLine> kinds = new ArrayList<>();
		for (RevisitKind kind : RevisitKind.values()) {
			long[] c = byKind.getOrDefault(kind, new long[2]);
			kinds.add(new RevisitReport.KindLine(kind, c[0], c[1]));
		}

		Map<Long, RevisitItem> itemsById = new LinkedHashMap<>();
		items.findAllByOrderByKindAscPositionAscIdAsc().forEach(i -> itemsById.put(i.getId(), i));
		List<RevisitReport.ItemLine> itemLines = new ArrayList<>();
		Map<String, double[]> departments = new java.util.TreeMap<>();
		jdbc.query("""
				select item_id, department, count(*) as n, sum(score) as total from revisit_score
				 where scored_at >= ? and scored_at < ? group by item_id, department""", rs -> {
			RevisitItem item = itemsById.get(rs.getLong("item_id"));
			long n = rs.getLong("n");
			long total = rs.getLong("total");
			String department = rs.getString("department");
			itemLines.add(new RevisitReport.ItemLine(rs.getLong("item_id"), (item != null) ? item.getKind() : null,
					(item != null) ? item.getName() : "?", (item != null) ? item.getNameEn() : "?", department, n,
					round((double) total / n)));
			double[] d = departments.computeIfAbsent(department, k -> new double[2]);
			d[0] += n;
			d[1] += total;
		}, start, end);
		List<Long> order = new ArrayList<>(itemsById.keySet());
		itemLines.sort(java.util.Comparator.comparing(RevisitReport.ItemLine::department)
			.thenComparing(l -> order.indexOf(l.itemId())));
		List<RevisitReport.DepartmentLine> departmentLines = new ArrayList<>();
		departments.forEach((name, d) -> departmentLines
			.add(new RevisitReport.DepartmentLine(name, (long) d[0], round(d[1] / d[0]))));

		long openProblems = jdbc.queryForObject(
				"select count(*) from revisit where problem_status = 'OPEN' and closed_at >= ? and closed_at < ?",
				Long.class, start, end);
		List<RevisitReport.Problem> problems = jdbc.query("""
				select id, caller_name, department, problem, closed_at from revisit
				 where problem_status = 'OPEN' and closed_at >= ? and closed_at < ?
				 order by closed_at, id limit ?""",
				(rs, n) -> new RevisitReport.Problem(rs.getLong("id"), rs.getString("caller_name"),
						rs.getString("department"), rs.getString("problem"), rs.getTimestamp("closed_at").toInstant()),
				start, end, PROBLEMS_LISTED);
		Double rate = (done + unreachable == 0) ? null : round(done * 100.0 / (done + unreachable));
		return new RevisitReport(p, from, to, done, unreachable, rate, kinds, List.copyOf(itemLines),
				List.copyOf(departmentLines), openProblems, problems);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
