package com.huike.crm.revisit.web;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.testsupport.StatementCounter;
import com.huike.crm.complaint.ComplaintHandled;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.revisit.RevisitPlanner;
import com.huike.crm.revisit.RevisitQueue;
import com.huike.crm.revisit.RevisitQueueEntry;
import com.huike.crm.revisit.RevisitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The revisit pages as each role uses them: the agents' queue and call page, the
 * customer-service manager's settings and reports, and everyone else kept out.
 */
class RevisitPagesTests extends WebIntegrationTest {

	static final RequestPostProcessor AGENT = user("agent1").roles("AGENT");

	static final RequestPostProcessor CS_MANAGER = user("csmanager1").roles("CS_MANAGER");

	@Autowired
	RevisitWebFixtures fixtures;

	@Autowired
	RevisitPlanner planner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RevisitService revisits;

	@Autowired
	IdentityService identity;

	@Test
	void theDemoHoldsThreeMonthsOfRevisitsDoneMissedAndRescheduled() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from revisit where status = 'DONE'", Long.class))
			.isGreaterThan(100);
		assertThat(jdbc.queryForObject("select count(*) from revisit where status = 'UNREACHABLE'", Long.class))
			.isPositive();
		assertThat(
				jdbc.queryForObject("select count(*) from revisit where status = 'OPEN' and attempts > 0", Long.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from revisit where kind = 'AFTER_COMPLAINT'", Long.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select min(closed_at) from revisit", Instant.class))
			.isBefore(Instant.now().minusSeconds(60L * 86400));
		mvc.perform(get("/revisits").with(AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("回访队列"), containsString("id=\"revisit-queue\""),
					containsString("满意度回访"), containsString("id=\"revisit-due-count\""))));
		// last month: whole, whatever today is (the current month may have begun an hour
		// ago)
		String lastMonth = java.time.LocalDate.now(clock).minusMonths(1).toString();
		mvc.perform(get("/revisits/reports").with(CS_MANAGER).param("period", "MONTH").param("day", lastMonth))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("月报"), containsString("接通率"), containsString("总体满意度"),
					containsString("市场部"))));
	}

	@Test
	void theQueueIsInDueOrderAndPagedByKeyset() throws Exception {
		MvcResult first = mvc.perform(get("/revisits").with(AGENT)).andExpect(status().isOk()).andReturn();
		String html = first.getResponse().getContentAsString();
		assertThat(html).contains("rel=\"next\"");
		RevisitQueue page = revisits.queue(identity.viewer("agent1").orElseThrow(), null, 20);
		assertThat(page.nextCursor()).isNotNull();
		RevisitQueue second = revisits.queue(identity.viewer("agent1").orElseThrow(), page.nextCursor(), 20);
		assertThat(second.content()).isNotEmpty()
			.allSatisfy(e -> assertThat(e.dueOn()).isAfterOrEqualTo(page.content().get(19).dueOn()));
		assertThat(second.content()).extracting(RevisitQueueEntry::id)
			.doesNotContainAnyElementsOf(page.content().stream().map(RevisitQueueEntry::id).toList());
		mvc.perform(get("/revisits").with(AGENT).param("cursor", page.nextCursor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"revisit-" + second.content().get(0).id() + "\"")));
		mvc.perform(get("/revisits").with(AGENT).param("cursor", "not-a-cursor")).andExpect(status().isBadRequest());
		LocalDate previous = null;
		for (LocalDate due : jdbc.queryForList("""
				select due_on from revisit where status = 'OPEN'
				 order by due_on, (case slot when 'MORNING' then 0 when 'AFTERNOON' then 1 else 2 end), id limit 20""",
				LocalDate.class)) {
			assertThat(html).contains(due.toString());
			if (previous != null) {
				assertThat(due).isAfterOrEqualTo(previous);
			}
			previous = due;
		}
	}

	@Test
	void aMissedCallMovesTheRevisitToAnotherSlotAndTheNextCallScoresIt() throws Exception {
		RevisitWebFixtures.Revisit r = fixtures.handledDaysAgo(4);
		mvc.perform(get("/revisits/" + r.id()).with(AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("回访话术"), containsString("问题解决"),
					containsString("13911112222"), containsString("售后服务部"), not(containsString("敏感")))));
		String slotBefore = fixtures.slot(r.id());
		mvc.perform(post("/revisits/" + r.id() + "/not-reached").with(AGENT)
			.with(csrf())
			.param("outcome", "NO_ANSWER")
			.param("version", String.valueOf(fixtures.version(r.id()))))
			.andExpect(redirectedUrl("/revisits/" + r.id()));
		String calledIn = jdbc.queryForObject("select slot from revisit_attempt where revisit_id = ?", String.class,
				r.id());
		assertThat(fixtures.slot(r.id())).isNotEqualTo(calledIn);
		assertThat(fixtures.status(r.id())).isEqualTo("OPEN");
		assertThat(slotBefore).isNotNull();

		long version = fixtures.version(r.id());
		long solved = fixtures.itemOf("AFTER_COMPLAINT", 0);
		long speed = fixtures.itemOf("AFTER_COMPLAINT", 1);
		long attitude = fixtures.itemOf("AFTER_COMPLAINT", 2);
		// a missing score: the form again, with what was typed
		mvc.perform(post("/revisits/" + r.id() + "/reached").with(AGENT)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("score" + solved, "5")
			.param("feedback", "处理得很快"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请为这一项打分"), containsString("处理得很快"))));
		mvc.perform(post("/revisits/" + r.id() + "/reached").with(AGENT)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("score" + solved, "5")
			.param("score" + speed, "9")
			.param("score" + attitude, "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评分只能是 1 到 5 分")));
		assertThat(fixtures.status(r.id())).isEqualTo("OPEN");
		mvc.perform(post("/revisits/" + r.id() + "/reached").with(AGENT)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("score" + solved, "5")
			.param("score" + speed, "4")
			.param("score" + attitude, "4")
			.param("feedback", "坏\u0000字"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能包含控制字符")));
		assertThat(fixtures.status(r.id())).isEqualTo("OPEN");
		mvc.perform(post("/revisits/" + r.id() + "/reached").with(AGENT)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("score" + solved, "5")
			.param("score" + speed, "4")
			.param("score" + attitude, "4")
			.param("feedback", "处理得很快")).andExpect(redirectedUrl("/revisits/" + r.id()));
		assertThat(fixtures.status(r.id())).isEqualTo("DONE");
		assertThat(
				jdbc.queryForObject("select count(*) from revisit_score where revisit_id = ?", Integer.class, r.id()))
			.isEqualTo(3);
		// the same form saved again (another tab): refused, nothing changed
		mvc.perform(post("/revisits/" + r.id() + "/reached").with(AGENT)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("score" + solved, "1")
			.param("score" + speed, "1")
			.param("score" + attitude, "1")).andExpect(redirectedUrl("/revisits/" + r.id()));
		assertThat(
				jdbc.queryForObject("select sum(score) from revisit_score where revisit_id = ?", Integer.class, r.id()))
			.isEqualTo(13);
		mvc.perform(get("/revisits/" + r.id()).with(AGENT))
			.andExpect(content().string(allOf(containsString("已回访"), containsString("处理得很快"))));
	}

	@Test
	void theLastMissedCallAllowedClosesTheRevisitAsUnreachable() throws Exception {
		RevisitWebFixtures.Revisit r = fixtures.handledDaysAgo(5);
		int max = jdbc.queryForObject("select max_attempts from revisit_settings", Integer.class);
		for (int i = 0; i < max; i++) {
			mvc.perform(post("/revisits/" + r.id() + "/not-reached").with(AGENT)
				.with(csrf())
				.param("outcome", (i == 0) ? "BUSY" : "NO_ANSWER")
				.param("version", String.valueOf(fixtures.version(r.id())))).andExpect(status().is3xxRedirection());
		}
		assertThat(fixtures.status(r.id())).isEqualTo("UNREACHABLE");
		assertThat(
				jdbc.queryForObject("select count(*) from revisit_attempt where revisit_id = ?", Integer.class, r.id()))
			.isEqualTo(max);
		mvc.perform(post("/revisits/" + r.id() + "/not-reached").with(AGENT)
			.with(csrf())
			.param("outcome", "BUSY")
			.param("version", String.valueOf(fixtures.version(r.id()))))
			.andExpect(redirectedUrl("/revisits/" + r.id()));
		assertThat(
				jdbc.queryForObject("select count(*) from revisit_attempt where revisit_id = ?", Integer.class, r.id()))
			.isEqualTo(max);
	}

	@Test
	void aMissedCallNeedsItsReasonAndAFreshVersion() throws Exception {
		RevisitWebFixtures.Revisit r = fixtures.handledDaysAgo(3);
		long version = fixtures.version(r.id());
		mvc.perform(post("/revisits/" + r.id() + "/not-reached").with(AGENT)
			.with(csrf())
			.param("note", "下午再打")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请选择未接通的原因"), containsString("下午再打"))));
		mvc.perform(post("/revisits/" + r.id() + "/not-reached").with(AGENT)
			.with(csrf())
			.param("outcome", "SOMETHING")
			.param("version", String.valueOf(version))).andExpect(status().isOk());
		mvc.perform(post("/revisits/" + r.id() + "/not-reached").with(AGENT)
			.with(csrf())
			.param("outcome", "BUSY")
			.param("version", String.valueOf(version + 5))).andExpect(redirectedUrl("/revisits/" + r.id()));
		assertThat(fixtures.version(r.id())).isEqualTo(version);
		assertThat(jdbc.queryForObject("select attempts from revisit where id = ?", Integer.class, r.id())).isZero();
	}

	@Test
	void onlyAgentsWorkTheQueueAndOnlyTheServiceManagerKeepsScriptsAndReports() throws Exception {
		RevisitWebFixtures.Revisit r = fixtures.handledDaysAgo(4);
		for (RequestPostProcessor other : new RequestPostProcessor[] { user("manager1").roles("MANAGER"),
				user("supervisor1").roles("SUPERVISOR"), user("handler1").roles("HANDLER"), CS_MANAGER }) {
			mvc.perform(get("/revisits").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/revisits/" + r.id()).with(other)).andExpect(status().isForbidden());
			mvc.perform(post("/revisits/" + r.id() + "/not-reached").with(other)
				.with(csrf())
				.param("outcome", "BUSY")
				.param("version", String.valueOf(fixtures.version(r.id())))).andExpect(status().isForbidden());
		}
		for (RequestPostProcessor other : new RequestPostProcessor[] { AGENT, user("manager1").roles("MANAGER"),
				user("handler1").roles("HANDLER") }) {
			mvc.perform(get("/revisits/reports").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/revisits/reports/csv").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/revisits/settings").with(other)).andExpect(status().isForbidden());
			mvc.perform(post("/revisits/settings/SATISFACTION/script").with(other)
				.with(csrf())
				.param("version", "0")
				.param("script", "改过的话术")).andExpect(status().isForbidden());
		}
		assertThat(jdbc.queryForObject("select attempts from revisit where id = ?", Integer.class, r.id())).isZero();
		mvc.perform(get("/revisits/999999999").with(AGENT)).andExpect(status().isNotFound());
	}

	@Test
	void theServiceManagerEditsTheScriptAndTheItemsAndTheCallPageShowsThem() throws Exception {
		long version = jdbc.queryForObject("select version from revisit_script where kind = 'AFTER_COMPLAINT'",
				Long.class);
		String before = jdbc.queryForObject("select script from revisit_script where kind = 'AFTER_COMPLAINT'",
				String.class);
		mvc.perform(get("/revisits/settings").with(CS_MANAGER).param("kind", "AFTER_COMPLAINT"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("回访话术"), containsString("问题解决"), containsString("最多拨打次数"))));
		mvc.perform(post("/revisits/settings/AFTER_COMPLAINT/script").with(CS_MANAGER)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("script", "   ")).andExpect(status().isOk()).andExpect(content().string(containsString("请填写回访话术")));
		String script = before + "\n补充：请确认客户已收到书面答复。";
		mvc.perform(post("/revisits/settings/AFTER_COMPLAINT/script").with(CS_MANAGER)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("script", script)).andExpect(redirectedUrl("/revisits/settings?kind=AFTER_COMPLAINT"));
		// a second tab with the old version: refused, the script stays
		mvc.perform(post("/revisits/settings/AFTER_COMPLAINT/script").with(CS_MANAGER)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("script", "旧窗口的话术")).andExpect(redirectedUrl("/revisits/settings"));
		assertThat(
				jdbc.queryForObject("select script from revisit_script where kind = 'AFTER_COMPLAINT'", String.class))
			.contains("书面答复");
		mvc.perform(
				post("/revisits/settings/AFTER_COMPLAINT/items").with(CS_MANAGER).with(csrf()).param("name", "问题解决"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有同名的评分项目")));

		RevisitWebFixtures.Revisit r = fixtures.handledDaysAgo(3);
		mvc.perform(get("/revisits/" + r.id()).with(AGENT)).andExpect(content().string(containsString("书面答复")));
	}

	@Test
	void theWindowsAndAttemptsAreCheckedBeforeTheyAreSaved() throws Exception {
		long version = jdbc.queryForObject("select version from revisit_settings", Long.class);
		mvc.perform(post("/revisits/settings").with(CS_MANAGER)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("complaintMinDays", "8")
			.param("complaintMaxDays", "7")
			.param("deliveryMinDays", "7")
			.param("deliveryMaxDays", "15")
			.param("deliveryIntervalDays", "30")
			.param("maxAttempts", "99999999999")
			.param("deliveryDepartment", "市场部"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("最迟不能早于最早"), containsString("请填写 1 到 10 之间的整数"),
					containsString("99999999999"))));
		assertThat(jdbc.queryForObject("select complaint_min_days from revisit_settings", Integer.class)).isEqualTo(3);
	}

	@Test
	void aHandledComplaintPublishedSchedulesItsRevisitOnceAfterTheMinimumDays() throws InterruptedException {
		RevisitWebFixtures.Revisit existing = fixtures.handledDaysAgo(1);
		long complaint = existing.complaintId() + 500_000;
		Instant handled = Instant.now();
		transactions.executeWithoutResult(tx -> events
			.publishEvent(new ComplaintHandled(complaint, null, "来电人王先生", "0731-88886666", "物流配送部", handled)));
		waitForRevisitOf(complaint);
		var row = jdbc.queryForMap("select kind, due_on, latest_on, caller_name, phone, department, customer_id "
				+ "from revisit where complaint_id = ?", complaint);
		assertThat(row.get("kind")).isEqualTo("AFTER_COMPLAINT");
		LocalDate today = fixtures.today();
		assertThat(row.get("due_on").toString()).isEqualTo(today.plusDays(3).toString());
		assertThat(row.get("latest_on").toString()).isEqualTo(today.plusDays(7).toString());
		assertThat(row.get("caller_name")).isEqualTo("来电人王先生");
		assertThat(row.get("department")).isEqualTo("物流配送部");
		assertThat(row.get("customer_id")).isNull();
		// handled again (reopened and closed once more): still one revisit
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new ComplaintHandled(complaint, null, "来电人王先生", "0731-88886666", "物流配送部", handled.plusSeconds(3600))));
		waitForNoIncompletePublication();
		assertThat(jdbc.queryForObject("select count(*) from revisit where complaint_id = ?", Integer.class, complaint))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from event_publication where event_type like '%ComplaintHandled' and completion_date is null",
				Integer.class))
			.isZero();
	}

	/** The listener runs after the commit, asynchronously (Spring Modulith). */
	void waitForRevisitOf(long complaint) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (jdbc.queryForObject("select count(*) from revisit where complaint_id = ?", Integer.class,
					complaint) > 0) {
				return;
			}
			Thread.sleep(100);
		}
	}

	void waitForNoIncompletePublication() throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (jdbc.queryForObject(
					"select count(*) from event_publication where event_type like '%ComplaintHandled' and completion_date is null",
					Integer.class) == 0) {
				return;
			}
			Thread.sleep(100);
		}
	}

	@Test
	void theNightlyRunSchedulesEachDeliveryOnceAndCatchesUpAfterDowntime() {
		LocalDate today = fixtures.today();
		int again = planner.scheduleDeliveries(today);
		assertThat(again).as("the demo's nightly runs covered today already").isZero();
		long before = jdbc.queryForObject("select count(*) from revisit where kind = 'SATISFACTION'", Long.class);
		assertThat(planner.scheduleDeliveries(today)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from revisit where kind = 'SATISFACTION'", Long.class))
			.isEqualTo(before);
		assertThat(jdbc.queryForObject("""
				select count(*) from (select customer_id, delivered_on from revisit where kind = 'SATISFACTION'
				 group by customer_id, delivered_on having count(*) > 1) d""", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select deliveries_covered_to from revisit_settings", LocalDate.class))
			.isBeforeOrEqualTo(today)
			.isAfter(today.minusDays(20));
	}

	@Test
	void theWeeklyReportPrintsAndDownloads() throws Exception {
		mvc.perform(get("/revisits/reports").with(CS_MANAGER).param("period", "WEEK").param("print", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("size: A4"), containsString("周报"))));
		String lastMonth = java.time.LocalDate.now(clock).minusMonths(1).toString();
		mvc.perform(get("/revisits/reports/csv").with(CS_MANAGER).param("period", "MONTH").param("day", lastMonth))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("revisits-month-")))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(allOf(containsString("接通率"), containsString("总体满意度"))));
		byte[] pdf = mvc
			.perform(get("/revisits/reports/pdf").with(CS_MANAGER).param("period", "MONTH").param("day", lastMonth))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("月报").contains("接通率").contains("总体满意度").contains("市场部");
		}
		mvc.perform(get("/revisits/reports/pdf").with(AGENT)).andExpect(status().isForbidden());
		mvc.perform(get("/revisits/reports").with(CS_MANAGER).param("period", "YEAR"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/revisits/reports").with(CS_MANAGER).param("day", "2026-13-45"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theQueueAndTheCallPageSendTheSameFewStatementsWhateverTheyHold() throws Exception {
		long small = StatementCounter.count(
				() -> mvc.perform(get("/api/v1/revisits").param("size", "2").with(AGENT)).andExpect(status().isOk()));
		long page = StatementCounter.count(() -> mvc.perform(get("/revisits").with(AGENT)).andExpect(status().isOk()));
		long large = StatementCounter.count(
				() -> mvc.perform(get("/api/v1/revisits").param("size", "60").with(AGENT)).andExpect(status().isOk()));
		assertThat(large).isEqualTo(small);
		assertThat(page).isLessThanOrEqualTo(8);

		RevisitWebFixtures.Revisit quiet = fixtures.handledDaysAgo(2);
		RevisitWebFixtures.Revisit busy = fixtures.handledDaysAgo(2);
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/revisits/" + busy.id() + "/not-reached").with(AGENT)
				.with(csrf())
				.param("outcome", "BUSY")
				.param("version", String.valueOf(fixtures.version(busy.id())))).andExpect(status().is3xxRedirection());
		}
		long quietCount = StatementCounter
			.count(() -> mvc.perform(get("/revisits/" + quiet.id()).with(AGENT)).andExpect(status().isOk()));
		long busyCount = StatementCounter
			.count(() -> mvc.perform(get("/revisits/" + busy.id()).with(AGENT)).andExpect(status().isOk()));
		assertThat(busyCount).isLessThanOrEqualTo(quietCount + 1).isLessThanOrEqualTo(12);
	}

}
