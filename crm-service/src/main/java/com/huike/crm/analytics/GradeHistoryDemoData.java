package com.huike.crm.analytics;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.huike.crm.customer.CustomerFigures;
import com.huike.crm.customer.CustomerFigures.OwnerGrade;
import com.huike.crm.shared.demo.DemoContribution;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's grade history: the month-end distributions of the twelve months before this
 * one, for every manager's book, moving from a steep pyramid a year ago (E the largest, 4
 * % A) toward the book as it is now, a twelfth of the way each month — the move toward
 * the olive the market managers work for. This month is counted live.
 */
@Component
@Profile("demo")
@Order(85)
class GradeHistoryDemoData implements DemoContribution {

	static final int MONTHS = 12;

	/** A year ago: the shares of A–E of the graded customers, in per cent. */
	private static final Map<String, Integer> PYRAMID = Map.of("A", 4, "B", 8, "C", 14, "D", 34, "E", 40);

	private final JdbcTemplate jdbc;

	private final CustomerFigures figures;

	GradeHistoryDemoData(JdbcTemplate jdbc, CustomerFigures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		Integer kept = jdbc.queryForObject("select count(*) from grade_month", Integer.class);
		if (kept != null && kept > 0) {
			return Optional.empty();
		}
		Map<Long, Map<String, Long>> books = new LinkedHashMap<>();
		for (OwnerGrade g : figures.gradesPerOwner()) {
			books.computeIfAbsent(g.ownerId(), o -> new LinkedHashMap<>()).put(g.grade(), g.count());
		}
		YearMonth current = YearMonth.from(today);
		List<Object[]> rows = new ArrayList<>();
		for (int back = MONTHS; back >= 1; back--) {
			// a year ago all pyramid, last month nearly the book of today
			double now = (MONTHS - back) / (double) MONTHS;
			Date month = Date.valueOf(current.minusMonths(back).atDay(1));
			books.forEach((owner, counts) -> {
				long graded = counts.entrySet()
					.stream()
					.filter(e -> !e.getKey().equals("-"))
					.mapToLong(Map.Entry::getValue)
					.sum();
				for (String grade : GradeHistory.GRADES) {
					long nowCount = counts.getOrDefault(grade, 0L);
					long then = grade.equals("-") ? nowCount
							: Math.round((1 - now) * graded * PYRAMID.get(grade) / 100.0 + now * nowCount);
					rows.add(new Object[] { month, owner, grade, then });
				}
			});
		}
		jdbc.batchUpdate("insert into grade_month (month, owner_id, grade, customers) values (?, ?, ?, ?)", rows);
		return Optional.of(rows.size() + " month-end grade counts");
	}

}
