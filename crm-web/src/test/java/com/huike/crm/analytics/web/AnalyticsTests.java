package com.huike.crm.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.analytics.GradeHistory;
import com.huike.crm.identity.Viewer;
import com.huike.crm.visitplan.VisitPlanService;
import com.huike.crm.visitplan.VisitPlanSummary;
import com.huike.crm.testsupport.ExportFiles;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's figures agree with the lists they summarise and with the archive's
 * transactions, are scoped by role, and leave as files.
 */
class AnalyticsTests extends WebIntegrationTest {

	static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	static final RequestPostProcessor SUPERVISOR1 = user("supervisor1").roles("SUPERVISOR");

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	JsonNode dashboard(RequestPostProcessor who, int months) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/analytics/dashboard").param("months", "" + months).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void eachGradeCountIsTheCustomerListOfThatGrade() throws Exception {
		Viewer manager = identity.viewer("manager1").orElseThrow();
		JsonNode d = dashboard(MANAGER1, 3);
		long sum = 0;
		for (JsonNode grade : d.get("grades")) {
			// every row of the list of that grade (as its export walks it: the page's
			// count stops at 1,000)
			long[] listed = { 0 };
			customers.forEach(
					new CustomerQuery(null, Grade.valueOf(grade.get("value").asString()), null, null, null, null, null,
							null, null, null),
					manager, org.springframework.data.domain.Sort.unsorted(), c -> listed[0]++);
			long listedCount = listed[0];
			assertThat(grade.get("count").asLong()).as(grade.toString()).isEqualTo(listedCount);
			sum += listedCount;
		}
		assertThat(d.get("customers").asLong()).isEqualTo(sum)
			.isEqualTo(jdbc.queryForObject(
					"select count(*) from customer c join app_user u on u.id = c.owner_id where u.username = 'manager1'",
					Long.class));
	}

	@Test
	void salesByProductAreThePurchasesLessTheReturnsOfTheBookInThePeriod() throws Exception {
		JsonNode d = dashboard(SUPERVISOR1, 12);
		LocalDate to = LocalDate.now(clock);
		LocalDate from = to.minusMonths(12).plusDays(1);
		assertThat(d.get("from").asString()).isEqualTo(from.toString());
		BigDecimal net = BigDecimal.ZERO;
		for (JsonNode p : d.get("products")) {
			net = net.add(new BigDecimal(p.get("amount").asString()))
				.subtract(new BigDecimal(p.get("returned").asString()));
		}
		String team = """
				select c.id from customer c where c.owner_id in (
				  select m.id from app_user m join team t on t.id = m.team_id join app_user s on s.id = t.supervisor_id
				   where s.username = 'supervisor1' union select id from app_user where username = 'supervisor1')""";
		BigDecimal bought = jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from customer_transaction"
						+ " where transaction_date between ? and ? and customer_id in (" + team + ")",
				BigDecimal.class, from, to);
		BigDecimal returned = jdbc.queryForObject("select coalesce(sum(amount), 0) from customer_adjustment"
				+ " where kind = 'RETURN' and adjustment_date between ? and ? and customer_id in (" + team + ")",
				BigDecimal.class, from, to);
		assertThat(net).isEqualByComparingTo(bought.subtract(returned));
		assertThat(bought.signum()).as("the demo's team bought something in a year").isPositive();
		// the concentration is of the same sales
		JsonNode overall = d.get("overall");
		assertThat(new BigDecimal(overall.get("total").asString())).isGreaterThanOrEqualTo(net);
		BigDecimal top3 = BigDecimal.ZERO;
		for (JsonNode t : overall.get("top")) {
			top3 = top3.add(new BigDecimal(t.get("amount").asString()));
		}
		assertThat(new BigDecimal(overall.get("top3Share").asString()))
			.isEqualByComparingTo(top3.multiply(BigDecimal.valueOf(100))
				.divide(new BigDecimal(overall.get("total").asString()), 1, RoundingMode.HALF_UP));
	}

	@Test
	void theDemosKeyAccountRaisesTheAlertOfItsRegionOnTheMarketManagersHomePage() throws Exception {
		JsonNode team = dashboard(SUPERVISOR1, 3).get("overall");
		assertThat(team.get("largestAlert").asBoolean()).as(team.toString()).isTrue();
		assertThat(new BigDecimal(team.get("largestShare").asString())).isGreaterThan(new BigDecimal("20"));
		JsonNode all = dashboard(user("admin").roles("ADMIN"), 3);
		assertThat(all.get("overall").get("largestAlert").asBoolean()).as("not for all").isFalse();
		JsonNode region = null;
		for (JsonNode r : all.get("regions")) {
			if (r.get("scope").asString().equals("一组")) {
				region = r;
			}
		}
		assertThat(region).isNotNull();
		assertThat(region.get("largestAlert").asBoolean()).isTrue();
		long customer = team.get("top").get(0).get("customerId").asLong();
		mvc.perform(get("/agenda/team").with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("analytics-alert")))
			.andExpect(content().string(containsString("/customers/" + customer + "\"")));
		mvc.perform(get("/analytics").with(SUPERVISOR1))
			.andExpect(content().string(containsString("analytics-alert-customer")));
	}

	@Autowired
	com.huike.crm.customer.CustomerFigures figures;

	@Test
	void churnAndArchiveQualityOfAHandMadeBook() throws Exception {
		Long owner = identity.createUser("churn_mgr", "demo123", "流失测试经理",
				java.util.Set.of(com.huike.crm.identity.domain.Role.MANAGER), null, null);
		Viewer manager = identity.viewer("churn_mgr").orElseThrow();
		Long active = customers.create(
				new com.huike.crm.customer.NewCustomer("流失测试甲", null, "16640000001", null, null, null, null, null),
				manager);
		Long lapsed = customers.create(
				new com.huike.crm.customer.NewCustomer("流失测试乙", null, "16640000002", null, null, null, null, null),
				manager);
		Long never = customers.create(
				new com.huike.crm.customer.NewCustomer("流失测试丙", null, "16640000003", null, null, null, null, null),
				manager);
		LocalDate today = LocalDate.now(clock);
		String insert = "insert into customer_transaction (customer_id, transaction_date, product, quantity, unit_price,"
				+ " amount) values (?, ?, '中华', 1, 10, 10)";
		jdbc.update(insert, active, today.minusDays(200));
		jdbc.update(insert, active, today.minusDays(10));
		jdbc.update(insert, lapsed, today.minusDays(120));
		jdbc.update(insert, lapsed, today.minusDays(95));
		com.huike.crm.customer.CustomerFigures.Churn churn = figures.churn(List.of(owner), today.minusDays(89), 100);
		// two bought; one of them not in the last 90 days (the third never bought)
		assertThat(churn.buyers()).isEqualTo(2);
		assertThat(churn.lapsed()).isEqualTo(1);
		assertThat(churn.latest()).extracting(c -> c.customerId() + "@" + c.lastPurchase())
			.containsExactly(lapsed + "@" + today.minusDays(95));
		// on the 95th day it still counts as bought within 96 days
		assertThat(figures.churn(List.of(owner), today.minusDays(95), 100).lapsed()).isZero();

		jdbc.update("update customer set updated_at = now() - interval '200 days' where id = ?", never);
		List<com.huike.crm.customer.CustomerFigures.ArchiveQuality> quality = figures.qualityByOwner(List.of(owner),
				java.time.Instant.now().minus(java.time.Duration.ofDays(180)));
		assertThat(quality).hasSize(1);
		assertThat(quality.get(0).customers()).isEqualTo(3);
		assertThat(quality.get(0).stale()).isEqualTo(1);
		assertThat(quality.get(0).averageCompleteness()).isEqualByComparingTo(jdbc.queryForObject(
				"select round(avg(completeness), 1) from customer where owner_id = ?", BigDecimal.class, owner));
		// the manager's own dashboard says the same
		JsonNode d = dashboard(user("churn_mgr").roles("MANAGER"), 3);
		assertThat(d.get("churn").get("lapsed").asLong()).isEqualTo(1);
		assertThat(d.get("churnRate").asString()).isEqualTo("50.0");
		assertThat(d.get("quality").get(0).get("stale").asLong()).isEqualTo(1);
		assertThat(never).isNotNull();
	}

	@Test
	void eachRoleSeesItsScopeAndTheCallCenterAgentNone() throws Exception {
		long all = jdbc.queryForObject("select count(*) from customer", Long.class);
		assertThat(dashboard(user("admin").roles("ADMIN"), 3).get("customers").asLong()).isEqualTo(all);
		assertThat(dashboard(user("csmanager1").roles("CS_MANAGER"), 3).get("customers").asLong()).isEqualTo(all);
		long team = dashboard(SUPERVISOR1, 3).get("customers").asLong();
		long own = dashboard(MANAGER1, 3).get("customers").asLong();
		assertThat(team).isGreaterThan(own).isLessThanOrEqualTo(all);
		mvc.perform(get("/api/v1/analytics/dashboard").with(user("agent1").roles("AGENT")))
			.andExpect(status().isForbidden());
		// a period the dashboard does not offer is refused by name; the page shows its
		// default instead
		for (String months : List.of("-1", "0", "999", "abc")) {
			mvc.perform(get("/api/v1/analytics/dashboard").param("months", months).with(MANAGER1))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("months")));
		}
		mvc.perform(get("/analytics").with(user("handler1").roles("HANDLER"))).andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsEachChartWithItsTableAndLinksAndTheTablesLeaveAsFiles() throws Exception {
		// (in the query string, as a browser sends it: the export links carry it on)
		mvc.perform(get("/analytics?months=12").with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("/webjars/echarts/dist/echarts.min.js")))
			.andExpect(content().string(containsString("id=\"table-grades\"")))
			.andExpect(content().string(containsString("/customers?grade=A")))
			.andExpect(content().string(containsString("id=\"table-key-accounts\"")))
			.andExpect(content().string(containsString("/analytics/export/grades?months=12&amp;format=xlsx")))
			.andExpect(content().string(containsString("实时计算于")))
			.andExpect(content().string(containsString("id=\"table-quality\"")))
			.andExpect(content().string(containsString("id=\"analytics-churn\"")));
		JsonNode d = dashboard(SUPERVISOR1, 12);
		List<CSVRecord> rows = ExportFiles.csv(ExportFiles.download(mvc,
				get("/analytics/export/grades").param("months", "12").param("format", "csv").with(SUPERVISOR1)));
		assertThat(rows).hasSize(d.get("grades").size() + 1);
		assertThat(rows.get(0).get(0)).isEqualTo("等级");
		assertThat(rows.get(1).get(1)).isEqualTo(d.get("grades").get(0).get("count").asString());
		mvc.perform(get("/analytics/export/nothing").with(SUPERVISOR1)).andExpect(status().isNotFound());
		// the ECharts WebJar is served
		mvc.perform(get("/webjars/echarts/dist/echarts.min.js").with(SUPERVISOR1)).andExpect(status().isOk());
	}

	@Test
	void volumeAnomaliesAndFalseBigSignsAreOfTheBooksTransactionsAndStayInTheirScope() throws Exception {
		Long owner = identity.createUser("anomaly_mgr", "demo123", "异常测试经理",
				java.util.Set.of(com.huike.crm.identity.domain.Role.MANAGER), null, null);
		Viewer manager = identity.viewer("anomaly_mgr").orElseThrow();
		LocalDate today = LocalDate.now(clock);
		String insert = "insert into customer_transaction (customer_id, transaction_date, product, quantity, unit_price,"
				+ " amount) values (?, ?, '中华', 1, ?, ?)";
		// six customers buying 100 yuan every 10 days for 7 windows of 30 days, then one
		// who
		// bought 400 on every of 8 days lately and one who stopped
		List<Long> book = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Long id = customers.create(new com.huike.crm.customer.NewCustomer("异常测试" + i, null, "1664100000" + i, null,
					null, null, null, null), manager);
			book.add(id);
			for (int day = 5; day < 210; day += 10) {
				boolean latest = day < 30;
				if (i == 7 && latest) {
					continue;
				}
				jdbc.update(insert, id, today.minusDays(day), 100, 100);
			}
		}
		Long jump = book.get(6);
		for (int day = 1; day < 30; day += 4) {
			jdbc.update(insert, jump, today.minusDays(day), 400, 400);
		}
		JsonNode d = dashboard(user("anomaly_mgr").roles("MANAGER"), 3);
		JsonNode anomalies = d.get("anomalies");
		assertThat(anomalies).hasSize(2);
		JsonNode high = anomalies.get(0);
		assertThat(high.get("customerId").asLong()).isEqualTo(jump);
		assertThat(high.get("direction").asString()).isEqualTo("HIGH");
		// the latest window is what the customer's transactions of the last 30 days add
		// up to
		assertThat(new BigDecimal(high.get("latest").asString())).isEqualByComparingTo(jdbc.queryForObject(
				"select sum(amount) from customer_transaction where customer_id = ? and transaction_date > current_date - 30",
				BigDecimal.class, jump));
		assertThat(new BigDecimal(high.get("usual").asString())).isEqualByComparingTo("300");
		assertThat(anomalies.get(1).get("customerId").asLong()).isEqualTo(book.get(7));
		assertThat(anomalies.get(1).get("direction").asString()).isEqualTo("LOW");
		assertThat(d.get("falseBig")).singleElement().satisfies(f -> {
			assertThat(f.get("customerId").asLong()).isEqualTo(jump);
			assertThat(f.get("signs").get(0).get("kind").asString()).isEqualTo("FREQUENCY");
		});
		// the page says why in words and the table leaves as a file with the same rows
		mvc.perform(get("/analytics").with(user("anomaly_mgr").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-anomalies\"")))
			.andExpect(content().string(containsString("订货频率突增：最近 30 天里有 9 天订货，以往一般 3 天。")));
		List<CSVRecord> rows = ExportFiles.csv(ExportFiles.download(mvc,
				get("/analytics/export/anomalies").param("format", "csv").with(user("anomaly_mgr").roles("MANAGER"))));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).get(0)).isEqualTo(high.get("code").asString());
		assertThat(rows.get(1).get(3)).isEqualTo("过大");
		// another manager's dashboard holds none of this book
		JsonNode other = dashboard(MANAGER1, 3);
		for (String list : List.of("anomalies", "falseBig")) {
			other.get(list).forEach(row -> assertThat(book).doesNotContain(row.get("customerId").asLong()));
		}
	}

	@Test
	void theCallCentersFiguresAreOfItsRequestsAndOnlyForThoseWhoReadItsReports() throws Exception {
		JsonNode d = dashboard(user("csmanager1").roles("CS_MANAGER"), 3);
		JsonNode cc = d.get("callCenter");
		java.sql.Timestamp from = java.sql.Timestamp.from(LocalDate.parse(d.get("from").asString())
			.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant());
		// each type's count is the requests of that type received in the period
		long complaints = 0;
		for (JsonNode t : cc.get("types")) {
			long counted = jdbc.queryForObject(
					"select count(*) from service_request where type = ? and received_at >= ?", Long.class,
					t.get("type").asString(), from);
			assertThat(t.get("received").asLong()).as(t.get("type").asString()).isEqualTo(counted);
			if (t.get("type").asString().equals("COMPLAINT")) {
				complaints = counted;
			}
		}
		assertThat(complaints).isPositive();
		// the categories and the departments each add up to the complaints
		for (String list : List.of("categories", "departments")) {
			long sum = 0;
			for (JsonNode l : cc.get(list)) {
				sum += l.get("received").asLong();
				assertThat(l.get("closed").asLong()).isLessThanOrEqualTo(l.get("received").asLong());
			}
			assertThat(sum).as(list).isEqualTo(complaints);
		}
		assertThat(cc.get("overdueNow").asLong()).isEqualTo(jdbc.queryForObject(
				"select count(*) from service_request where type = 'COMPLAINT' and status <> 'CLOSED' and due_at < now()",
				Long.class));
		assertThat(d.get("revisits").get("done").asLong() + d.get("revisits").get("unreachable").asLong()).isPositive();
		mvc.perform(get("/analytics").with(user("csmanager1").roles("CS_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-complaint-categories\"")))
			.andExpect(content().string(containsString("id=\"table-revisit-departments\"")))
			.andExpect(content().string(containsString("/requests?type=COMPLAINT")));
		List<CSVRecord> rows = ExportFiles
			.csv(ExportFiles.download(mvc, get("/analytics/export/complaintDepartments").param("format", "csv")
				.with(user("csmanager1").roles("CS_MANAGER"))));
		assertThat(rows).hasSize(cc.get("departments").size() + 1);
		// a market manager steers by the books, not by the call center
		assertThat(dashboard(SUPERVISOR1, 3).get("callCenter").isNull()).isTrue();
		mvc.perform(get("/analytics").with(SUPERVISOR1))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"analytics-call-center\""))));
		mvc.perform(get("/analytics/export/complaintCategories").with(SUPERVISOR1)).andExpect(status().isNotFound());
	}

	@Autowired
	VisitPlanService visitPlans;

	@Test
	void visitPlanFiguresAreTheMarketManagersMonthsAndStayInTheirScope() throws Exception {
		Viewer supervisor = identity.viewer("supervisor1").orElseThrow();
		JsonNode d = dashboard(SUPERVISOR1, 3);
		JsonNode plans = d.get("visitPlans");
		assertThat(plans).isNotEmpty();
		// each month's plans are those of the market manager's page of that month, with
		// the
		// same completion and lateness
		java.util.Map<String, List<JsonNode>> byMonth = new java.util.TreeMap<>();
		plans.forEach(p -> byMonth.computeIfAbsent(p.get("month").asString(), m -> new java.util.ArrayList<>()).add(p));
		assertThat(byMonth).hasSizeGreaterThanOrEqualTo(2);
		byMonth.forEach((month, lines) -> {
			List<VisitPlanSummary> page = visitPlans.teamMonth(YearMonth.parse(month), supervisor);
			assertThat(lines).as(month).hasSameSizeAs(page);
			for (VisitPlanSummary p : page) {
				JsonNode line = lines.stream()
					.filter(l -> l.get("id").asLong() == p.id())
					.findFirst()
					.orElseThrow(() -> new AssertionError("plan " + p.id() + " of " + month));
				assertThat(line.get("actions").asInt()).isEqualTo(p.actions());
				assertThat(line.get("done").asInt()).isEqualTo(p.done());
				assertThat(line.get("completionPercent").asInt()).isEqualTo(p.completionPercent());
				assertThat(line.get("late").asBoolean()).isEqualTo(p.late());
			}
		});
		// a manager sees their own plans only
		Long manager1 = identity.viewer("manager1").orElseThrow().userId();
		JsonNode own = dashboard(MANAGER1, 3).get("visitPlans");
		assertThat(own).isNotEmpty().allSatisfy(p -> assertThat(p.get("managerId").asLong()).isEqualTo(manager1));
		// the page shows the months and the plans, linked to them, and the months leave
		// as a file
		mvc.perform(get("/analytics").with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-visit-plan-months\"")))
			.andExpect(content().string(containsString("id=\"table-visit-plans\"")))
			.andExpect(
					content().string(containsString("/visit-plans/team?month=" + byMonth.keySet().iterator().next())))
			.andExpect(content().string(containsString("/visit-plans/" + plans.get(0).get("id").asLong())));
		List<CSVRecord> rows = ExportFiles.csv(ExportFiles.download(mvc,
				get("/analytics/export/visitPlanMonths").param("format", "csv").with(SUPERVISOR1)));
		assertThat(rows).hasSize(byMonth.size() + 1);
		assertThat(rows.get(0).get(0)).isEqualTo("月份");
		int actions = byMonth.values().iterator().next().stream().mapToInt(p -> p.get("actions").asInt()).sum();
		assertThat(rows.get(1).get(2)).isEqualTo(String.valueOf(actions));
		rows = ExportFiles.csv(ExportFiles.download(mvc,
				get("/analytics/export/visitPlans").param("format", "csv").with(SUPERVISOR1)));
		assertThat(rows).hasSize(plans.size() + 1);
	}

	@Autowired
	GradeHistory gradeHistory;

	@Test
	void theGradeStructureOverTheMonthsIsOfTheMonthEndSnapshotsAndNowOfTheBooks() throws Exception {
		// a month's snapshot counts every book's customers per grade, once
		YearMonth month = YearMonth.of(2001, 1);
		try {
			int rows = gradeHistory.snapshot(month);
			assertThat(rows).isPositive();
			assertThat(gradeHistory.snapshot(month)).isZero();
			for (String grade : List.of("A", "B", "C", "D", "E")) {
				assertThat(jdbc.queryForObject(
						"select coalesce(sum(customers), 0) from grade_month where month = date '2001-01-01' and grade = ?",
						Long.class, grade))
					.as(grade)
					.isEqualTo(jdbc.queryForObject("select count(*) from customer where grade = ?", Long.class, grade));
			}
		}
		finally {
			jdbc.update("delete from grade_month where month = date '2001-01-01'");
		}
		// the dashboard: the demo's month ends of the period, then now, which is the
		// grade counts
		JsonNode d = dashboard(SUPERVISOR1, 12);
		JsonNode months = d.get("gradeMonths");
		assertThat(months.size()).isGreaterThanOrEqualTo(12);
		JsonNode now = months.get(months.size() - 1);
		assertThat(now.get("live").asBoolean()).isTrue();
		for (JsonNode g : d.get("grades")) {
			String grade = (g.get("value").isNull() || g.get("value").asString().isBlank()) ? "-"
					: g.get("value").asString();
			assertThat(now.get("counts").get(grade).asLong()).as(grade).isEqualTo(g.get("count").asLong());
		}
		// a month end is the sum of the team's books, and a manager's is their own
		JsonNode first = months.get(0);
		java.sql.Date firstDay = java.sql.Date.valueOf(YearMonth.parse(first.get("month").asString()).atDay(1));
		Viewer supervisor = identity.viewer("supervisor1").orElseThrow();
		long team = jdbc.queryForObject("select sum(customers) from grade_month where month = ? and owner_id = any(?)",
				Long.class, firstDay, supervisor.visibleOwnerIds().toArray(Long[]::new));
		long sum = 0;
		for (String grade : GradeHistory.GRADES) {
			sum += first.get("counts").get(grade).asLong();
		}
		assertThat(sum).isEqualTo(team);
		Long manager1 = identity.viewer("manager1").orElseThrow().userId();
		JsonNode own = dashboard(MANAGER1, 12).get("gradeMonths").get(0);
		assertThat(own.get("counts").get("E").asLong()).isEqualTo(jdbc.queryForObject(
				"select customers from grade_month where month = ? and owner_id = ? and grade = 'E'", Long.class,
				firstDay, manager1));
		// the demo's year moved from a pyramid toward the middle
		assertThat(first.get("counts").get("E").asLong()).isGreaterThan(now.get("counts").get("E").asLong());
		mvc.perform(get("/analytics?months=12").with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-grade-months\"")))
			.andExpect(content().string(containsString("宝塔型")));
		List<CSVRecord> rows = ExportFiles.csv(ExportFiles.download(mvc,
				get("/analytics/export/gradeMonths").param("months", "12").param("format", "csv").with(SUPERVISOR1)));
		assertThat(rows).hasSize(months.size() + 1);
		assertThat(rows.get(0).get(1)).isEqualTo("A");
		assertThat(rows.get(1).get(5)).isEqualTo(first.get("counts").get("E").asString());
	}

	@Test
	void loyaltyAndTheRfmSegmentsAreOfTheBuyersOfThePeriodInScope() throws Exception {
		JsonNode d = dashboard(SUPERVISOR1, 12);
		JsonNode l = d.get("loyalty");
		Viewer supervisor = identity.viewer("supervisor1").orElseThrow();
		Long[] team = supervisor.visibleOwnerIds().toArray(Long[]::new);
		java.sql.Date from = java.sql.Date.valueOf(d.get("from").asString());
		java.sql.Date to = java.sql.Date.valueOf(d.get("to").asString());
		String days = "select t.customer_id, count(distinct t.transaction_date) as n from customer_transaction t"
				+ " join customer c on c.id = t.customer_id where c.owner_id = any(?) and t.transaction_date between ? and ?"
				+ " group by t.customer_id";
		long buyers = jdbc.queryForObject("select count(*) from (" + days + ") b", Long.class, team, from, to);
		long repeat = jdbc.queryForObject("select count(*) from (" + days + ") b where n > 1", Long.class, team, from,
				to);
		assertThat(buyers).isPositive();
		assertThat(l.get("buyers").asLong()).isEqualTo(buyers);
		assertThat(l.get("repeatBuyers").asLong()).isEqualTo(repeat);
		long segmented = 0;
		for (JsonNode s : l.get("segments")) {
			segmented += s.get("customers").asLong();
		}
		assertThat(segmented).isEqualTo(buyers);
		// a manager's buyers are of their own book
		assertThat(dashboard(MANAGER1, 12).get("loyalty").get("buyers").asLong()).isLessThan(buyers);
		mvc.perform(get("/analytics?months=12").with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-rfm\"")))
			.andExpect(content().string(containsString("重要价值客户")));
		List<CSVRecord> rows = ExportFiles.csv(ExportFiles.download(mvc,
				get("/analytics/export/rfm").param("months", "12").param("format", "csv").with(SUPERVISOR1)));
		assertThat(rows).hasSize(l.get("segments").size() + 1);
		assertThat(rows.get(1).get(1)).isEqualTo(l.get("segments").get(0).get("customers").asString());
		// each segment's count stands for its customers: the file of them, the largest
		// first
		JsonNode segment = null;
		for (JsonNode s : l.get("segments")) {
			if (s.get("customers").asLong() > 0) {
				segment = s;
				break;
			}
		}
		assertThat(segment).isNotNull();
		mvc.perform(get("/analytics?months=12").with(SUPERVISOR1))
			.andExpect(content().string(containsString(
					"/analytics/export/rfmCustomers?segment=" + segment.get("segment").asString() + "&amp;months=12")));
		List<CSVRecord> customers = ExportFiles.csv(ExportFiles.download(mvc,
				get("/analytics/export/rfmCustomers").param("segment", segment.get("segment").asString())
					.param("months", "12")
					.param("format", "csv")
					.with(SUPERVISOR1)));
		assertThat(customers).hasSize(segment.get("customers").asInt() + 1);
		java.math.BigDecimal previous = null;
		for (CSVRecord c : customers.subList(1, customers.size())) {
			// a customer of the team's books
			assertThat(jdbc.queryForObject("select owner_id from customer where code = ?", Long.class, c.get(0)))
				.isIn((Object[]) team);
			java.math.BigDecimal net = new java.math.BigDecimal(c.get(4));
			assertThat(previous == null || previous.compareTo(net) >= 0).isTrue();
			previous = net;
		}
		mvc.perform(get("/analytics/export/rfmCustomers").param("segment", "NOPE").with(SUPERVISOR1))
			.andExpect(status().isNotFound());
	}

}
