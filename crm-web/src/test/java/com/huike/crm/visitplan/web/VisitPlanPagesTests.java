package com.huike.crm.visitplan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit plan pages as each role uses them, on the demo's living month and on plans of
 * months far ahead that each test makes for itself.
 */
class VisitPlanPagesTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	CareWebFixtures fixtures;

	static RequestPostProcessor manager(String name) {
		return user(name).roles("MANAGER");
	}

	static RequestPostProcessor supervisor(String name) {
		return user(name).roles("SUPERVISOR");
	}

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	Long demoPlan(String manager) {
		return jdbc.queryForObject(
				"select p.id from visit_plan p join app_user u on u.id = p.manager_id where u.username = ? and p.month = ?",
				Long.class, manager, YearMonth.from(fixtures.today()).atDay(1));
	}

	long version(Long planId) {
		return jdbc.queryForObject("select version from visit_plan where id = ?", Long.class, planId);
	}

	String planStatus(Long planId) {
		return jdbc.queryForObject("select status from visit_plan where id = ?", String.class, planId);
	}

	int actions(Long planId) {
		return jdbc.queryForObject("select count(*) from visit_action where plan_id = ?", Integer.class, planId);
	}

	Long generate(String manager, YearMonth month) throws Exception {
		MvcResult result = mvc
			.perform(post("/visit-plans/generate").with(manager(manager)).with(csrf()).param("month", month.toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replace("/visit-plans/", ""));
	}

	@Test
	void theDemoMonthIsAlive() throws Exception {
		Long approved = demoPlan("manager1");
		Long submitted = demoPlan("manager2");
		Long rejected = demoPlan("manager3");
		assertThat(List.of(planStatus(approved), planStatus(submitted), planStatus(rejected)))
			.containsExactly("APPROVED", "SUBMITTED", "REJECTED");
		assertThat(jdbc.queryForObject("select count(*) from visit_action where plan_id = ? and origin = 'CARRIED'",
				Integer.class, approved))
			.isPositive();

		mvc.perform(get("/visit-plans").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/visit-plans/" + approved)));
		mvc.perform(get("/visit-plans/" + approved).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已审批"), containsString("★"), containsString("●"),
					containsString("客户经理任务执行标注表"), containsString("上月结转"), containsString("临时任务"),
					containsString("提交月末结果"))));
		mvc.perform(get("/visit-plans/team").with(supervisor("supervisor1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/visit-plans/" + submitted),
					containsString("id=\"visit-plan-waiting-count\""))));
		mvc.perform(get("/visit-plans/" + submitted).with(supervisor("supervisor1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("审批通过"), containsString("驳回"))));
		mvc.perform(get("/visit-plans/" + rejected).with(manager("manager3")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("计划驳回"), containsString("驳回原因"), containsString("均匀排到每周"),
					containsString("提交审批"), containsString("id=\"visit-plan-own-count\""))));
		mvc.perform(get("/visit-plans/" + approved).with(manager("manager1")))
			.andExpect(content().string(not(containsString("id=\"visit-plan-own-count\""))));
	}

	@Test
	void anotherTeamsMarketManagerNeitherSeesNorApproves() throws Exception {
		Long submitted = demoPlan("manager2");
		long version = version(submitted);
		mvc.perform(get("/visit-plans/" + submitted).with(supervisor("supervisor2"))).andExpect(status().isNotFound());
		mvc.perform(post("/visit-plans/" + submitted + "/approve").with(supervisor("supervisor2"))
			.with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		mvc.perform(get("/visit-plans/" + submitted).with(manager("manager3"))).andExpect(status().isNotFound());
		mvc.perform(post("/visit-plans/" + submitted + "/approve").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		assertThat(planStatus(submitted)).isEqualTo("SUBMITTED");
		assertThat(version(submitted)).isEqualTo(version);
	}

	@Test
	void theManagerCannotApproveAndTheCallCenterHasNoPlans() throws Exception {
		Long plan = demoPlan("manager1");
		mvc.perform(get("/visit-plans/team").with(manager("manager1"))).andExpect(status().isForbidden());
		mvc.perform(get("/visit-plans").with(user("agent1").roles("AGENT"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/visit-plans/team").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
		mvc.perform(get("/visit-plans/" + plan).with(user("agent1").roles("AGENT"))).andExpect(status().isNotFound());
	}

	@Test
	void nobodyApprovesTheirOwnPlan() throws Exception {
		String username = CareWebFixtures.unique("zgjl");
		Long team = identity.createTeam(CareWebFixtures.unique("自管组"), null);
		Long id = identity.createUser(username, "longenough1", "自管经理", Set.of(Role.MANAGER, Role.SUPERVISOR), team,
				null);
		jdbc.update("update team set supervisor_id = ? where id = ?", id, team);
		fixtures.customer(username);
		RequestPostProcessor both = user(username).roles("MANAGER", "SUPERVISOR");
		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(14);
		MvcResult generated = mvc
			.perform(post("/visit-plans/generate").with(both).with(csrf()).param("month", month.toString()))
			.andReturn();
		Long plan = Long.valueOf(generated.getResponse().getRedirectedUrl().replace("/visit-plans/", ""));
		mvc.perform(post("/visit-plans/" + plan + "/submit").with(both)
			.with(csrf())
			.param("version", String.valueOf(version(plan)))).andExpect(redirectedUrl("/visit-plans/" + plan));
		mvc.perform(post("/visit-plans/" + plan + "/approve").with(both)
			.with(csrf())
			.param("version", String.valueOf(version(plan))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不能审批自己的计划")));
		assertThat(planStatus(plan)).isEqualTo("SUBMITTED");
	}

	@Test
	void theCycleGenerateMoveSubmitRejectReviseApprove() throws Exception {
		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(12);
		Long plan = generate("manager1", month);
		int drafted = actions(plan);
		assertThat(drafted).isPositive();
		assertThat(generate("manager1", month)).as("regenerating the draft").isEqualTo(plan);
		assertThat(actions(plan)).as("regenerating never duplicates").isEqualTo(drafted);
		assertThat(jdbc.queryForObject(
				"select count(*) from (select customer_id, day from visit_action where plan_id = ? group by 1, 2 having count(*) > 1) d",
				Integer.class, plan))
			.isZero();
		Integer max = jdbc.queryForObject(
				"select max(n) from (select count(*) n from visit_action where plan_id = ? group by day) d",
				Integer.class, plan);
		assertThat(max).isLessThanOrEqualTo(8);

		// move a visit to another day
		Map<String, Object> first = jdbc.queryForMap(
				"select a.id, a.day, a.action_type_id, c.code from visit_action a join customer c on c.id = a.customer_id where plan_id = ? order by a.id limit 1",
				plan);
		LocalDate target = month.atDay(month.lengthOfMonth() == 31 ? 30 : 27);
		mvc.perform(post("/visit-plans/" + plan + "/actions/" + first.get("id")).with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("customerCode", (String) first.get("code"))
			.param("day", target.toString())
			.param("actionTypeId", String.valueOf(first.get("action_type_id")))
			.param("note", "改到月底")).andExpect(redirectedUrl("/visit-plans/" + plan));
		assertThat(jdbc.queryForObject("select day from visit_action where id = ?", LocalDate.class, first.get("id")))
			.isEqualTo(target);
		assertThat(generate("manager1", month)).isEqualTo(plan);
		assertThat(actions(plan)).as("a moved visit is the manager's: kept, not drafted again").isEqualTo(drafted);

		// a day outside the month keeps the input and explains
		mvc.perform(post("/visit-plans/" + plan + "/actions").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("customerCode", (String) first.get("code"))
			.param("day", month.plusMonths(1).atDay(1).toString())
			.param("actionTypeId", String.valueOf(first.get("action_type_id")))
			.param("note", "下月的"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("日期必须在本计划的月份之内"), containsString("value=\"下月的\""))));

		// another manager's customer is refused
		String foreign = jdbc.queryForObject(
				"select c.code from customer c join app_user u on u.id = c.owner_id where u.username = 'manager3' limit 1",
				String.class);
		mvc.perform(post("/visit-plans/" + plan + "/actions").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("customerCode", foreign)
			.param("day", month.atDay(10).toString())
			.param("actionTypeId", String.valueOf(first.get("action_type_id"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在您的客户中找不到这个编码")));
		assertThat(actions(plan)).isEqualTo(drafted);

		// the draft's page: one remove form (version and CSRF once), each line's button
		// naming its action; the grid's cells written by Cells, a mark in the action's
		// day
		mvc.perform(get("/visit-plans/" + plan).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<form method=\"post\" id=\"remove-action\"")))
			.andExpect(content().string(
					containsString("formaction=\"/visit-plans/" + plan + "/actions/" + first.get("id") + "/remove\"")))
			.andExpect(content().string(containsString("<td>☆</td>")));

		// a stale tab is refused, the plan unchanged
		long stale = version(plan) - 1;
		mvc.perform(post("/visit-plans/" + plan + "/actions/" + first.get("id") + "/remove").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(stale)))
			.andExpect(redirectedUrl("/visit-plans/" + plan))
			.andExpect(flash().attribute("refused", "visitplan.version.conflict"));
		assertThat(actions(plan)).isEqualTo(drafted);

		// submit: locked
		mvc.perform(post("/visit-plans/" + plan + "/submit").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))).andExpect(redirectedUrl("/visit-plans/" + plan));
		assertThat(planStatus(plan)).isEqualTo("SUBMITTED");
		mvc.perform(post("/visit-plans/" + plan + "/actions/" + first.get("id") + "/remove").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan))))
			.andExpect(flash().attribute("refused", "visitplan.state.locked"));
		assertThat(actions(plan)).isEqualTo(drafted);

		// reject: a reason is needed
		mvc.perform(post("/visit-plans/" + plan + "/reject").with(supervisor("supervisor1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("reason", "")).andExpect(status().isOk()).andExpect(content().string(containsString("驳回时请填写原因")));
		assertThat(planStatus(plan)).isEqualTo("SUBMITTED");
		mvc.perform(post("/visit-plans/" + plan + "/reject").with(supervisor("supervisor1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("reason", "请补上陈列检查")).andExpect(redirectedUrl("/visit-plans/" + plan));
		mvc.perform(get("/visit-plans/" + plan).with(manager("manager1")))
			.andExpect(content().string(allOf(containsString("计划驳回"), containsString("请补上陈列检查"))));

		// revise and resubmit
		Long display = jdbc.queryForObject("select id from visit_action_type where name = '陈列检查'", Long.class);
		mvc.perform(post("/visit-plans/" + plan + "/actions").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("customerCode", (String) first.get("code"))
			.param("day", month.atDay(15).toString())
			.param("actionTypeId", String.valueOf(display))).andExpect(redirectedUrl("/visit-plans/" + plan));
		assertThat(actions(plan)).isEqualTo(drafted + 1);
		mvc.perform(post("/visit-plans/" + plan + "/submit").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan))));
		long before = version(plan);
		mvc.perform(post("/visit-plans/" + plan + "/approve").with(supervisor("supervisor1"))
			.with(csrf())
			.param("version", String.valueOf(before))).andExpect(redirectedUrl("/visit-plans/" + plan));
		assertThat(planStatus(plan)).isEqualTo("APPROVED");
		// the second tab approves again
		mvc.perform(post("/visit-plans/" + plan + "/approve").with(supervisor("supervisor1"))
			.with(csrf())
			.param("version", String.valueOf(before)))
			.andExpect(flash().attribute("refused", "visitplan.version.conflict"));
		mvc.perform(get("/visit-plans/" + plan).with(manager("manager1")))
			.andExpect(content().string(allOf(containsString("已审批"), containsString("计划 → 已提交"),
					containsString("已提交 → 计划驳回"), containsString("已提交 → 已审批"), containsString("添加临时任务"))));
		assertThat(jdbc.queryForObject("select count(*) from visit_plan_transition where plan_id = ?", Integer.class,
				plan))
			.isEqualTo(4);

		// a temporary task after the approval
		mvc.perform(post("/visit-plans/" + plan + "/actions").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("customerCode", (String) first.get("code"))
			.param("day", month.atDay(20).toString())
			.param("actionTypeId", String.valueOf(display))).andExpect(redirectedUrl("/visit-plans/" + plan));
		assertThat(jdbc.queryForObject("select count(*) from visit_action where plan_id = ? and origin = 'TEMPORARY'",
				Integer.class, plan))
			.isEqualTo(1);

		// month end: a reason for every action not done
		mvc.perform(post("/visit-plans/" + plan + "/results").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写未完成的原因")));
		List<Long> open = jdbc.queryForList("select id from visit_action where plan_id = ? and done_at is null",
				Long.class, plan);
		var submitResults = post("/visit-plans/" + plan + "/results").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)));
		open.forEach(id -> submitResults.param("reason" + id, "客户外出"));
		mvc.perform(submitResults).andExpect(redirectedUrl("/visit-plans/" + plan));
		mvc.perform(post("/visit-plans/" + plan + "/results/approve").with(supervisor("supervisor1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))).andExpect(redirectedUrl("/visit-plans/" + plan));
		assertThat(jdbc.queryForObject("select results_status from visit_plan where id = ?", String.class, plan))
			.isEqualTo("APPROVED");

		// next month carries over every unfinished action, once
		Long next = generate("manager1", month.plusMonths(1));
		int carried = jdbc.queryForObject("select count(*) from visit_action where plan_id = ? and origin = 'CARRIED'",
				Integer.class, next);
		assertThat(carried).isEqualTo(open.size());
		generate("manager1", month.plusMonths(1));
		assertThat(jdbc.queryForObject("select count(*) from visit_action where plan_id = ? and origin = 'CARRIED'",
				Integer.class, next))
			.isEqualTo(carried);
	}

	@Test
	void markingAVisitDoneLogsOneFollowUpAndShowsTheStar() throws Exception {
		Long plan = demoPlan("manager1");
		Map<String, Object> open = jdbc.queryForMap(
				"select id, customer_id, day from visit_action where plan_id = ? and done_at is null and day <= ? order by day desc, id limit 1",
				plan, fixtures.today());
		Long actionId = (Long) open.get("id");
		Long customerId = (Long) open.get("customer_id");
		String grade = jdbc.queryForObject("select grade from customer where id = ?", String.class, customerId);
		int followUps = jdbc.queryForObject("select count(*) from follow_up where customer_id = ?", Integer.class,
				customerId);
		LocalDate day = (LocalDate) jdbc.queryForObject("select day from visit_action where id = ?", LocalDate.class,
				actionId);

		mvc.perform(get("/visit-plans/" + plan + "/days/" + day).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("地址"), containsString("电话"),
					containsString("/actions/" + actionId + "/done"))));
		mvc.perform(get("/visit-plans/" + plan + "/days/" + day).param("print", "").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("visit-print"), containsString("拜访情况"), not(containsString("navbar")))));
		mvc.perform(get("/visit-plans/" + plan + "/actions/" + actionId + "/done").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("拜访后的客户等级")));
		// without the grade: explained, nothing logged
		mvc.perform(post("/visit-plans/" + plan + "/actions/" + actionId + "/done").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("content", "检查了陈列"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("检查了陈列"), containsString("is-invalid"))));
		assertThat(
				jdbc.queryForObject("select count(*) from follow_up where customer_id = ?", Integer.class, customerId))
			.isEqualTo(followUps);
		mvc.perform(post("/visit-plans/" + plan + "/actions/" + actionId + "/done").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("content", "检查了陈列，客户要求补货")
			.param("grade", grade)
			.param("reason", "拜访后确认")).andExpect(redirectedUrl("/visit-plans/" + plan + "/days/" + day));
		assertThat(
				jdbc.queryForObject("select count(*) from follow_up where customer_id = ?", Integer.class, customerId))
			.isEqualTo(followUps + 1);
		assertThat(jdbc.queryForObject(
				"select follow_up_id is not null and done_at is not null from visit_action where id = ?", Boolean.class,
				actionId))
			.isTrue();
		mvc.perform(get("/customers/" + customerId + "/timeline").with(manager("manager1")))
			.andExpect(content().string(containsString("客户要求补货")));
		// twice: refused
		mvc.perform(post("/visit-plans/" + plan + "/actions/" + actionId + "/done").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("content", "又一次")
			.param("grade", grade)
			.param("reason", "x")).andExpect(flash().attribute("refused", "visitplan.state.alreadyDone"));
		assertThat(
				jdbc.queryForObject("select count(*) from follow_up where customer_id = ?", Integer.class, customerId))
			.isEqualTo(followUps + 1);
		// the supervisor sees the plan but does not mark visits
		mvc.perform(get("/visit-plans/" + plan + "/days/" + day).with(supervisor("supervisor1")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/done\""))));
	}

	@Autowired
	com.huike.crm.customer.CustomerAssignmentService assignments;

	@Test
	void aCustomerHandedOverLeavesThePreviousManagersDraft() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(26);
		Long plan = generate("manager1", month);
		mvc.perform(post("/visit-plans/" + plan + "/actions").with(manager("manager1"))
			.with(csrf())
			.param("version", String.valueOf(version(plan)))
			.param("customerCode", customer.code())
			.param("day", month.atDay(12).toString())
			.param("actionTypeId",
					String.valueOf(jdbc.queryForObject("select min(id) from visit_action_type", Long.class))))
			.andExpect(redirectedUrl("/visit-plans/" + plan));
		assertThat(jdbc.queryForObject("select count(*) from visit_action where plan_id = ? and customer_id = ?",
				Integer.class, plan, customer.id()))
			.isPositive();
		long before = version(plan);
		assignments.reassign(customer.id(), identity.userIdOf("manager2").orElseThrow(),
				identity.viewer("supervisor1").orElseThrow());
		assertThat(jdbc.queryForObject("select count(*) from visit_action where plan_id = ? and customer_id = ?",
				Integer.class, plan, customer.id()))
			.isZero();
		assertThat(version(plan)).isGreaterThan(before);
	}

	@Test
	void theBundleHasEveryKeyInBothLanguagesAndThePlanRendersInEnglish() throws Exception {
		java.util.Properties zh = new java.util.Properties();
		java.util.Properties en = new java.util.Properties();
		try (var z = getClass().getResourceAsStream("/i18n/visitplan_zh_CN.properties");
				var e = getClass().getResourceAsStream("/i18n/visitplan_en.properties")) {
			zh.load(new java.io.InputStreamReader(z, java.nio.charset.StandardCharsets.UTF_8));
			en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
		mvc.perform(get("/visit-plans/" + demoPlan("manager1")).param("lang", "en").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Task execution grid"), containsString("Approved"),
					not(containsString("营销动作清单")))));
	}

	@Test
	void theAdministratorKeepsTheActionTypesAndGeneratesForEveryone() throws Exception {
		mvc.perform(get("/admin/visit-plans").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("品牌推介"), containsString("订货提醒"), containsString("政策宣传"))));
		String name = CareWebFixtures.unique("新品陈列");
		mvc.perform(post("/admin/visit-plans/action-types").with(admin()).with(csrf()).param("name", name))
			.andExpect(redirectedUrl("/admin/visit-plans"));
		mvc.perform(post("/admin/visit-plans/action-types").with(admin()).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有同名的营销动作")));
		mvc.perform(post("/admin/visit-plans/max-per-day").with(admin()).with(csrf()).param("maxPerDay", "零"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请输入 1 到 100 之间的整数"), containsString("value=\"零\""))));
		mvc.perform(get("/admin/visit-plans").with(manager("manager1"))).andExpect(status().isForbidden());

		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(20);
		mvc.perform(post("/visit-plans/generate-all").with(admin()).with(csrf()).param("month", month.toString()))
			.andExpect(redirectedUrl("/visit-plans/team?month=" + month));
		int plans = jdbc.queryForObject("select count(*) from visit_plan where month = ?", Integer.class,
				month.atDay(1));
		assertThat(plans).isGreaterThanOrEqualTo(3);
		mvc.perform(post("/visit-plans/generate-all").with(admin()).with(csrf()).param("month", month.toString()));
		assertThat(
				jdbc.queryForObject("select count(*) from visit_plan where month = ?", Integer.class, month.atDay(1)))
			.isEqualTo(plans);
		mvc.perform(post("/visit-plans/generate-all").with(manager("manager1"))
			.with(csrf())
			.param("month", month.toString())).andExpect(status().isForbidden());
	}

	@Test
	void thePlanAndTheTeamsMonthLeaveAsFilesForThoseWhoSeeThem() throws Exception {
		Long approved = demoPlan("manager1");
		mvc.perform(get("/visit-plans/" + approved).with(manager("manager1")))
			.andExpect(content().string(containsString("/visit-plans/" + approved + "/export?format=xlsx")));
		List<org.apache.commons.csv.CSVRecord> rows = com.huike.crm.testsupport.ExportFiles
			.csv(com.huike.crm.testsupport.ExportFiles.download(mvc,
					get("/visit-plans/" + approved + "/export").param("format", "csv").with(manager("manager1"))));
		assertThat(rows).hasSize(actions(approved) + 1);
		assertThat(rows.get(0).get(1)).isEqualTo("日期");
		// the rows are the plan's actions: each day and customer as the plan holds them
		List<String> planned = jdbc.queryForList("""
				select a.day || ' ' || c.code from visit_action a join customer c on c.id = a.customer_id
				 where a.plan_id = ? order by 1""", String.class, approved);
		assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(1) + " " + r.get(2)).sorted().toList())
			.isEqualTo(planned);
		assertThat(rows.stream().map(r -> r.get(5))).contains("上月结转", "临时任务");
		// nobody else's plan: another manager, another team's market manager
		mvc.perform(get("/visit-plans/" + approved + "/export").with(manager("manager2")))
			.andExpect(status().isNotFound());
		// the market manager's month, as the page lists it; not for a manager
		rows = com.huike.crm.testsupport.ExportFiles.csv(com.huike.crm.testsupport.ExportFiles.download(mvc,
				get("/visit-plans/team/export").param("format", "csv").with(supervisor("supervisor1"))));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
		assertThat(rows.stream().map(r -> r.get(0))).contains("王经理");
		mvc.perform(get("/visit-plans/team/export").with(manager("manager1"))).andExpect(status().isForbidden());
	}

}
