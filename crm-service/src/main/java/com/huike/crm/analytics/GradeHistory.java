package com.huike.crm.analytics;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.huike.crm.customer.CustomerFigures;
import com.huike.crm.customer.CustomerFigures.Count;
import com.huike.crm.customer.CustomerFigures.OwnerGrade;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grade distribution over the months (宝塔型 → 橄榄型): each manager's customers per grade
 * at the end of each month, kept in {@code grade_month} — taken on the 1st for the month
 * just ended ({@link GradeHistorySchedule}) — and the current month counted live. A
 * book's history is of the manager who owns it: customers handed over move with it from
 * the next month on.
 */
@Service
public class GradeHistory {

	/** The grades in the order the charts show them, {@code "-"} for none. */
	public static final List<String> GRADES = List.of("A", "B", "C", "D", "E", "-");

	private final JdbcTemplate jdbc;

	private final CustomerFigures figures;

	private final Clock clock;

	GradeHistory(JdbcTemplate jdbc, CustomerFigures figures, Clock clock) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * Takes the month-end snapshot of {@code month} from the books as they are now,
	 * unless it was taken: the number of rows written (0 when it existed). Safe to run
	 * twice, and on two instances at once (the key (month, manager, grade) keeps one).
	 */
	@Transactional
	public int snapshot(YearMonth month) {
		Date first = Date.valueOf(month.atDay(1));
		Integer taken = jdbc.queryForObject("select count(*) from grade_month where month = ?", Integer.class, first);
		if (taken != null && taken > 0) {
			return 0;
		}
		List<OwnerGrade> counts = figures.gradesPerOwner();
		jdbc.batchUpdate("insert into grade_month (month, owner_id, grade, customers) values (?, ?, ?, ?)"
				+ " on conflict do nothing", counts, 500, (ps, c) -> {
					ps.setDate(1, first);
					ps.setLong(2, c.ownerId());
					ps.setString(3, c.grade());
					ps.setLong(4, c.count());
				});
		return counts.size();
	}

	/** The month that ended last, whose snapshot the 1st takes. */
	public YearMonth lastMonth() {
		return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
	}

	/**
	 * The distribution at the end of each month from {@code from} to the month before
	 * this one that has a snapshot, then this month's, live from {@code now} (the byGrade
	 * counts of the dashboard): of these managers' books ({@code null}: all).
	 */
	public List<GradeMonth> months(Collection<Long> owners, YearMonth from, List<Count> now) {
		List<GradeMonth> months = new ArrayList<>();
		YearMonth current = YearMonth.from(LocalDate.now(clock));
		if (owners == null || !owners.isEmpty()) {
			String sql = "select month, grade, sum(customers) as n from grade_month where month >= ? and month < ?"
					+ ((owners != null) ? " and owner_id = any(?)" : "") + " group by 1, 2 order by 1";
			List<Object> args = new ArrayList<>(List.of(Date.valueOf(from.atDay(1)), Date.valueOf(current.atDay(1))));
			if (owners != null) {
				args.add(owners.toArray(Long[]::new));
			}
			Map<YearMonth, Map<String, Long>> found = new TreeMap<>();
			jdbc.query(sql, rs -> {
				found.computeIfAbsent(YearMonth.from(rs.getDate("month").toLocalDate()), m -> empty())
					.put(rs.getString("grade").trim(), rs.getLong("n"));
			}, args.toArray());
			found.forEach((month, counts) -> months.add(new GradeMonth(month, counts, false)));
		}
		Map<String, Long> live = empty();
		now.forEach(
				c -> live.merge((c.value() == null || c.value().isBlank()) ? "-" : c.value(), c.count(), Long::sum));
		months.add(new GradeMonth(current, live, true));
		return months;
	}

	private static Map<String, Long> empty() {
		Map<String, Long> counts = new LinkedHashMap<>();
		GRADES.forEach(g -> counts.put(g, 0L));
		return counts;
	}

	/**
	 * One month's distribution: the customers per grade ({@link #GRADES}, in that order),
	 * {@code live} for the current month (counted now, not at a month end).
	 */
	public record GradeMonth(YearMonth month, Map<String, Long> counts, boolean live) {

		public long total() {
			return counts.values().stream().mapToLong(Long::longValue).sum();
		}

		/**
		 * The share of B and C among the graded customers, in per cent to one decimal (0
		 * without any): the middle an olive widens.
		 */
		public java.math.BigDecimal middleShare() {
			long graded = total() - of("-");
			return (graded == 0) ? java.math.BigDecimal.ZERO : java.math.BigDecimal.valueOf((of("B") + of("C")) * 100)
				.divide(java.math.BigDecimal.valueOf(graded), 1, java.math.RoundingMode.HALF_UP);
		}

		/** The customers of a grade ({@code "-"}: without one). */
		public long of(String grade) {
			return counts.getOrDefault(grade, 0L);
		}

		/**
		 * The shape of the graded customers: {@link Shape#PYRAMID} (宝塔型) when the most
		 * are D or E — a wide base of small customers under few good ones —,
		 * {@link Shape#OLIVE} (橄榄型) when the most are B or C and both ends are smaller,
		 * {@link Shape#OTHER} otherwise (none graded, or the most are A).
		 */
		public Shape shape() {
			String most = null;
			long max = 0;
			for (String g : List.of("A", "B", "C", "D", "E")) {
				if (of(g) > max) {
					max = of(g);
					most = g;
				}
			}
			if (most == null) {
				return Shape.OTHER;
			}
			return switch (most) {
				case "D", "E" -> Shape.PYRAMID;
				case "B", "C" -> (of("A") < max && of("E") < max) ? Shape.OLIVE : Shape.OTHER;
				default -> Shape.OTHER;
			};
		}

	}

	/** The shape of a grade distribution. */
	public enum Shape {

		PYRAMID, OLIVE, OTHER

	}

}
