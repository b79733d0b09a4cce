package com.huike.crm.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.huike.crm.calendar.LunarCalendar;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.testsupport.CareServiceTest;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CareServiceTest
class CareRemindersTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	CareReminders reminders;

	@Autowired
	CareSettingsService settings;

	@Autowired
	CareFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void solarBirthdayGetsATaskDueThreeDaysAheadOnAWorkingDay() {
		Viewer manager = fixtures.manager();
		Customer customer = fixtures.customerBorn(manager, LocalDate.of(1980, 3, 10), false);

		reminders.run(LocalDate.of(2025, 3, 1));

		assertThat(tasks(customer)).containsExactly(task("BIRTHDAY", "2025-03-10", "2025-03-07", 0));
		assertThat(owner(customer)).isEqualTo(manager.userId());
	}

	@Test
	void lunarBirthdayIsKeptOnThisYearsSolarDateOfTheLunarDay() {
		Viewer manager = fixtures.manager();
		// born on 除夕 2024 (lunar 2023-12-30): in lunar 2025 the 12th month has 29 days,
		// so the birthday falls on 2026-02-16, in the next solar year
		Customer customer = fixtures.customerBorn(manager, LocalDate.of(2024, 2, 9), true);

		reminders.run(LocalDate.of(2026, 2, 5));

		assertThat(tasks(customer)).containsExactly(task("BIRTHDAY", "2026-02-16", "2026-02-13", 0));
	}

	@Test
	void weddingAnniversaryAndChildrensBirthdaysComeFromTheProfile() {
		Viewer manager = fixtures.manager();
		LocalDate lunarWedding = LocalDate.of(2010, 9, 22);
		LocalDate keptIn2025 = LunarCalendar.anniversary(LunarCalendar.lunarOf(lunarWedding), 2025);
		Customer customer = fixtures.customerWithProfile(manager, """
				{"weddingAnniversary": "%s", "weddingAnniversaryLunar": true,
				 "children": [{"name": "小明", "birthDate": "2015-%s", "birthDateLunar": false},
				              {"name": "坏日期", "birthDate": "2015-02-30"},
				              {"name": "小红", "birthDate": "2018-%s"}]}
				""".formatted(lunarWedding, keptIn2025.toString().substring(5), keptIn2025.toString().substring(5)));

		reminders.run(keptIn2025.minusDays(5));

		assertThat(occasions(customer)).containsExactly(occasion("CHILD_BIRTHDAY", keptIn2025.toString(), 0),
				occasion("CHILD_BIRTHDAY", keptIn2025.toString(), 2),
				occasion("WEDDING_ANNIVERSARY", keptIn2025.toString(), 0));
		assertThat(jdbc.queryForList(
				"select detail from care_task where customer_id = ? and kind = 'CHILD_BIRTHDAY'" + " order by ref",
				String.class, customer.getId()))
			.containsExactly("小明", "小红");
	}

	@Test
	void anniversaryIsNotRemindedBeforeItHappened() {
		Viewer manager = fixtures.manager();
		Customer customer = fixtures.customerWithProfile(manager, "{\"weddingAnniversary\": \"2025-03-12\"}");

		reminders.run(LocalDate.of(2025, 3, 1));

		assertThat(tasks(customer)).isEmpty();
	}

	@Test
	void holidayGreetingsGoToTheCustomersOfTheChosenGradesOnly() {
		Viewer admin = fixtures.admin();
		settings.change(new CareSettingsView(3, 3, EnumSet.of(Grade.A),
				EnumSet.of(CareTaskKind.MID_AUTUMN, CareTaskKind.NATIONAL_DAY), null), admin);
		Viewer manager = fixtures.manager();
		Customer important = fixtures.customer(manager, Grade.A);
		Customer dead = fixtures.customer(manager, Grade.E);

		reminders.run(LocalDate.of(2026, 9, 20));

		assertThat(tasks(important)).containsExactlyInAnyOrder(task("MID_AUTUMN", "2026-09-25", "2026-09-22", 0),
				task("NATIONAL_DAY", "2026-10-01", "2026-09-28", 0));
		assertThat(tasks(dead)).isEmpty();
	}

	@Test
	void longerLeadMovesTheDueDateEarlier() {
		Viewer admin = fixtures.admin();
		settings.change(
				new CareSettingsView(7, 3, EnumSet.noneOf(Grade.class), EnumSet.noneOf(CareTaskKind.class), null),
				admin);
		Customer customer = fixtures.customerBorn(fixtures.manager(), LocalDate.of(1970, 3, 10), false);

		reminders.run(LocalDate.of(2025, 3, 1));

		assertThat(tasks(customer)).containsExactly(task("BIRTHDAY", "2025-03-10", "2025-03-03", 0));
	}

	@Test
	void runningTwiceCreatesNothingNew() {
		Viewer manager = fixtures.manager();
		Customer customer = fixtures.customerBorn(manager, LocalDate.of(1985, 6, 3), false);
		LocalDate today = LocalDate.of(2025, 5, 26);

		CareRunResult first = reminders.run(today);
		long after = count();
		CareRunResult second = reminders.run(today);

		assertThat(first.created()).isPositive();
		assertThat(second.created()).isZero();
		assertThat(count()).isEqualTo(after);
		assertThat(tasks(customer)).hasSize(1);
	}

	@Test
	void catchesUpFromTheLastCoveredDayAfterDowntime() {
		jdbc.update("delete from care_reminder_run");
		Customer customer = fixtures.customerBorn(fixtures.manager(), LocalDate.of(1990, 3, 25), false);

		CareRunResult before = reminders.run(LocalDate.of(2025, 3, 1));
		assertThat(before.from()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(before.to()).isEqualTo(LocalDate.of(2025, 3, 15));
		assertThat(tasks(customer)).isEmpty();

		// the application was down from 2 March to 9 April
		CareRunResult after = reminders.run(LocalDate.of(2025, 4, 10));

		assertThat(after.from()).isEqualTo(LocalDate.of(2025, 3, 16));
		assertThat(tasks(customer)).containsExactly(task("BIRTHDAY", "2025-03-25", "2025-03-21", 0));
		assertThat(reminders.coveredTo()).contains(LocalDate.of(2025, 4, 24));
	}

	@Test
	void aCustomerRegisteredTodayIsRemindedAlthoughTheWindowWasCovered() {
		jdbc.update("delete from care_reminder_run");
		reminders.run(LocalDate.of(2025, 3, 1));
		Customer late = fixtures.customerBorn(fixtures.manager(), LocalDate.of(1990, 3, 6), false);

		reminders.run(LocalDate.of(2025, 3, 2));

		assertThat(tasks(late)).containsExactly(task("BIRTHDAY", "2025-03-06", "2025-03-03", 0));
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void twoConcurrentRunsCreateNoDuplicates() throws Exception {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		List<Customer> customers = tx.execute(status -> {
			Viewer manager = fixtures.manager();
			List<Customer> created = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				created.add(fixtures.customerBorn(manager, LocalDate.of(1960 + i, 7, 1 + i % 10), false));
			}
			return created;
		});
		LocalDate today = LocalDate.of(2097, 6, 28);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<CareRunResult> run = () -> reminders.run(today);
			List<Future<CareRunResult>> runs = pool.invokeAll(List.of(run, run));
			for (Future<CareRunResult> r : runs) {
				r.get();
			}
		}
		finally {
			pool.shutdown();
		}
		for (Customer customer : customers) {
			assertThat(tasks(customer)).as(customer.getName()).hasSize(1);
		}
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from care_task", Long.class);
	}

	private Long owner(Customer customer) {
		return jdbc.queryForObject("select owner_id from care_task where customer_id = ?", Long.class,
				customer.getId());
	}

	/** The customer's tasks as "KIND occasion due #ref". */
	private List<String> tasks(Customer customer) {
		return jdbc.queryForList("select kind || ' ' || occasion_date || ' ' || due_date || ' #' || ref from care_task"
				+ " where customer_id = ? order by kind, ref", String.class, customer.getId());
	}

	/** The customer's tasks as "KIND occasion #ref". */
	private List<String> occasions(Customer customer) {
		return jdbc.queryForList("select kind || ' ' || occasion_date || ' #' || ref from care_task"
				+ " where customer_id = ? order by kind, ref", String.class, customer.getId());
	}

	private static String task(String kind, String occasion, String due, int ref) {
		return kind + " " + occasion + " " + due + " #" + ref;
	}

	private static String occasion(String kind, String occasion, int ref) {
		return kind + " " + occasion + " #" + ref;
	}

}
