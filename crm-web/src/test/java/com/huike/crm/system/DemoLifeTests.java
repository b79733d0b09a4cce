package com.huike.crm.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.shared.demo.TradeSeason;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo looks like a working day: two years of life behind the demo customers, and
 * each manager's agenda as on a real morning. Other tests add customers and follow-ups of
 * their own; these look at the demo's customers (the first ones created).
 */
class DemoLifeTests extends WebIntegrationTest {

	/** The demo customers: created first, before any test adds its own. */
	static final String DEMO = "(select id from customer order by id limit " + DemoCustomers.COUNT + ")";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	List<DemoContribution> contributions;

	@Autowired
	Clock clock;

	@Test
	void everyManagersAgendaHoldsAWorkingDay() {
		LocalDate today = LocalDate.now(clock);
		for (String manager : DemoContribution.MANAGERS) {
			Map<String, Object> day = jdbc.queryForMap(
					"select count(*) filter (where next_follow_up_on = ?) as today,"
							+ " count(*) filter (where next_follow_up_on < ?) as overdue,"
							+ " coalesce(max(? - next_follow_up_on), 0) as most_overdue,"
							+ " coalesce(max(? - next_follow_up_on) filter (where grade = 'A'), 0) as a_overdue,"
							+ " count(*) filter (where next_follow_up_on > ? and next_follow_up_on <= ?) as week"
							+ " from customer where owner_id = ? and id in " + DEMO,
					today, today, today, today, today, today.plusDays(7), identity.userIdOf(manager).orElseThrow());
			assertThat((Long) day.get("today")).as(manager + " due today").isBetween(1L, 8L);
			assertThat((Long) day.get("overdue")).as(manager + " overdue").isBetween(3L, 20L);
			assertThat(((Number) day.get("most_overdue")).longValue()).as(manager + " overdue by weeks at most")
				.isLessThanOrEqualTo(30);
			assertThat(((Number) day.get("a_overdue")).longValue()).as(manager + " A customers, followed up daily")
				.isLessThanOrEqualTo(3);
			assertThat((Long) day.get("week")).as(manager + " the week ahead").isGreaterThanOrEqualTo(10);
		}
	}

	@Test
	void theFollowUpLogGoesBackTwoYearsAndNothingLiesAhead() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> log = jdbc.queryForMap("select min(occurred_at) as first, max(occurred_at) as last,"
				+ " count(*) as follow_ups, count(distinct channel) as channels from follow_up where customer_id in "
				+ DEMO);
		assertThat(((java.sql.Timestamp) log.get("first")).toInstant())
			.isBefore(today.minusDays(600).atStartOfDay(clock.getZone()).toInstant());
		assertThat(((java.sql.Timestamp) log.get("last")).toInstant()).isBefore(clock.instant());
		assertThat((Long) log.get("follow_ups")).isGreaterThan(3000);
		assertThat((Long) log.get("channels")).isEqualTo(5);
		assertThat(jdbc.queryForObject(
				"select count(*) from grade_change where reason is not null and customer_id in " + DEMO, Long.class))
			.isGreaterThan(100);
		assertThat(jdbc.queryForObject("select count(*) from customer c where c.id in " + DEMO
				+ " and c.grade <> (select f.grade_after from follow_up f where f.customer_id = c.id"
				+ " order by f.occurred_at desc limit 1)", Long.class))
			.as("every customer's grade is the one its last follow-up decided")
			.isZero();
	}

	@Test
	void aGoodShareOfTheArchivesHasEveryPart() {
		assertThat(share("customer_transaction")).isGreaterThan(0.4);
		assertThat(share("customer_adjustment")).isGreaterThan(0.15);
		assertThat(share("customer_report")).isGreaterThan(0.5);
		assertThat(share("customer_credit")).isGreaterThan(0.4);
		assertThat(share("customer_change")).isGreaterThan(0.5);
	}

	@Test
	void retailersBuyMoreBeforeSpringFestivalThanInSummer() {
		LocalDate today = LocalDate.now(clock);
		LocalDate july = LocalDate.of(today.getYear(), 7, 1);
		if (july.plusDays(28).isAfter(today)) {
			july = july.minusYears(1);
		}
		LocalDate festival = TradeSeason.springFestival(july.getYear());
		long before = cartons(festival.minusDays(28), festival);
		long summer = cartons(july, july.plusDays(28));
		assertThat(before).isGreaterThan(summer * 3 / 2);
	}

	@Test
	void someRegularCustomersVolumeJumpsAndSomeCollapses() {
		// the last 75 days against the same span's average over the 300 days before, of
		// customers who have bought for more than a year
		List<Double> ratios = jdbc.queryForList("""
				select sum(quantity) filter (where transaction_date >= current_date - 75)
				       / (sum(quantity) filter (where transaction_date < current_date - 75
				                                  and transaction_date >= current_date - 375) * 75 / 300.0)
				  from customer_transaction
				 group by customer_id
				having min(transaction_date) < current_date - 400
				   and sum(quantity) filter (where transaction_date < current_date - 75
				                               and transaction_date >= current_date - 375) > 0
				""", Double.class);
		assertThat(ratios).as("a jump: a 假大户 sign").anyMatch(r -> r != null && r > 2.5);
		assertThat(ratios).as("a collapse").anyMatch(r -> r != null && r < 0.3);
	}

	@Test
	void everyManagerHasOpenCareTasksAndDemandRegistrations() {
		LocalDate today = LocalDate.now(clock);
		for (String manager : DemoContribution.MANAGERS) {
			Long owner = identity.userIdOf(manager).orElseThrow();
			assertThat(jdbc.queryForObject("select count(*) from care_task where owner_id = ? and status = 'OPEN'"
					+ " and kind = 'DEMAND_ARRIVED' and due_date = ?", Long.class, owner, today))
				.as(manager + " tells customers their goods arrived today")
				.isPositive();
			assertThat(jdbc.queryForObject(
					"select count(*) from demand_registration where owner_id = ? and status = 'WAITING'", Long.class,
					owner))
				.isPositive();
			assertThat(jdbc.queryForObject("select count(*) from care_task where owner_id = ? and status <> 'OPEN'",
					Long.class, owner))
				.as(manager + " has greeted customers before")
				.isGreaterThan(50);
		}
	}

	@Test
	void theAgendaShowsTheDay() throws Exception {
		mvc.perform(get("/agenda").with(user("manager2").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("告知到货"), containsString("逾期"))));
	}

	@Test
	void startingAgainAddsNothing() {
		long followUps = count("follow_up");
		long transactions = count("customer_transaction");
		long tasks = count("care_task");
		LocalDate today = LocalDate.now(clock);
		assertThat(contributions).hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy(c -> assertThat(c.contribute(today)).isEmpty());
		assertThat(count("follow_up")).isEqualTo(followUps);
		assertThat(count("customer_transaction")).isEqualTo(transactions);
		assertThat(count("care_task")).isEqualTo(tasks);
	}

	private long cartons(LocalDate from, LocalDate to) {
		Long cartons = jdbc.queryForObject(
				"select coalesce(sum(quantity), 0)::bigint from customer_transaction"
						+ " where transaction_date >= ? and transaction_date < ? and customer_id in " + DEMO,
				Long.class, from, to);
		return (cartons != null) ? cartons : 0;
	}

	private double share(String part) {
		Long with = jdbc.queryForObject(
				"select count(distinct customer_id) from " + part + " where customer_id in " + DEMO, Long.class);
		return ((with != null) ? with : 0) / (double) DemoCustomers.COUNT;
	}

	private long count(String table) {
		Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return (n != null) ? n : 0;
	}

}
