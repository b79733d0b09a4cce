package com.huike.crm.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.huike.crm.testsupport.CareServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care-reminder benchmark of issue 3 (not part of the test suite: surefire runs only
 * {@code *Tests}, and this class needs {@code -Dhuike.bench.url}). Runs the nightly job
 * against the database loaded by {@code bench/care-load.sh} and prints the figures; see
 * {@code bench/care-run.sh} and {@code docs/performance.md}.
 */
@CareServiceTest
@EnabledIfSystemProperty(named = "huike.bench.url", matches = ".+")
class CareReminderBenchmark {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getProperty("huike.bench.url"));
		registry.add("spring.datasource.username", () -> System.getProperty("huike.bench.user", "postgres"));
		registry.add("spring.datasource.password", () -> System.getProperty("huike.bench.password", ""));
		// the loader applied db/migration with psql
		registry.add("spring.flyway.enabled", () -> "false");
	}

	@Autowired
	CareReminders reminders;

	@Autowired
	LunarDayTable lunarDays;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void nightlyReminderRunForAllCustomers() {
		List<String> lines = new ArrayList<>();
		long customers = jdbc.queryForObject("select count(*) from customer", Long.class);
		lines.add("customers: " + customers);
		jdbc.update("delete from care_task");
		jdbc.update("delete from care_reminder_run");
		jdbc.execute("vacuum analyze care_task");

		long started = System.nanoTime();
		lunarDays.ensureFilled();
		lines.add(String.format("lunar_day table filled (once per database): %d ms",
				(System.nanoTime() - started) / 1_000_000));

		// night 1: the first run ever, its window (14 days) reaching 中秋 (09-25) and 国庆
		// (10-01)
		lines.add(run("first run, window with 中秋 and 国庆", LocalDate.of(2026, 9, 17)));
		// night 2: the next night, everything in the window is there already but 10-02
		lines.add(run("next night", LocalDate.of(2026, 9, 18)));
		// the same night again (second instance, or a restart): nothing new
		lines.add(run("same night again", LocalDate.of(2026, 9, 18)));
		// a night without holidays in the window
		jdbc.update("delete from care_reminder_run");
		lines.add(run("first run, window without holidays", LocalDate.of(2026, 11, 2)));
		lines.add(run("next night, without holidays", LocalDate.of(2026, 11, 3)));
		// four weeks of downtime: catches up from the day after the last covered day
		// (11-18),
		// 元旦 2027 included
		lines.add(run("after 4 weeks of downtime (catch-up)", LocalDate.of(2026, 12, 20)));
		lines.add("care tasks in the table: " + jdbc.queryForObject("select count(*) from care_task", Long.class));

		System.out.println("== care reminder benchmark");
		lines.forEach(line -> System.out.println("   " + line));
	}

	private String run(String label, LocalDate today) {
		long started = System.nanoTime();
		CareRunResult result = reminders.run(today);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return String.format("%-40s %s: covered %s..%s, created %,d personal + %,d holiday tasks in %,d ms", label,
				today, result.from(), result.to(), result.personalCreated(), result.holidayCreated(), millis);
	}

}
