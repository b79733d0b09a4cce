package com.huike.crm.complaint.web;

import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.complaint.web.ComplaintWebFixtures.Caller;
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
 * The desk, the requests and the complaint flow as each role uses them, on the demo's
 * hotline and on callers each test makes for itself.
 */
class ComplaintPagesTests extends WebIntegrationTest {

	@Autowired
	ComplaintWebFixtures fixtures;

	@Autowired
	ComplaintService complaints;

	@Autowired
	JdbcTemplate jdbc;

	static final RequestPostProcessor AGENT = user("agent1").roles("AGENT");

	static final RequestPostProcessor CS_MANAGER = user("csmanager1").roles("CS_MANAGER");

	static final RequestPostProcessor HANDLER = user("handler1").roles("HANDLER");

	static final RequestPostProcessor LOGISTICS_HANDLER = user("handler2").roles("HANDLER");

	static RequestPostProcessor manager(String name) {
		return user(name).roles("MANAGER");
	}

	Long receiveComplaint(Caller caller, String category) throws Exception {
		MvcResult result = mvc
			.perform(post("/desk/requests").with(AGENT)
				.with(csrf())
				.param("type", "COMPLAINT")
				.param("channel", "HOTLINE")
				.param("customerId", caller.id().toString())
				.param("categoryId", fixtures.category(category).toString())
				.param("severity", "NORMAL")
				.param("description", "两条玉溪包装破损"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.valueOf(result.getResponse().getRedirectedUrl().replace("/requests/", ""));
	}

	@Test
	void theDemoHotlineHoldsAComplaintInEveryStateAndOneEscalated() throws Exception {
		List<String> states = jdbc.queryForList(
				"select distinct status from service_request where type = 'COMPLAINT' order by status", String.class);
		assertThat(states).contains("NEW", "ROUTED", "TAKEN", "RETURNED", "FED_BACK", "CLOSED");
		assertThat(jdbc.queryForObject("select count(*) from service_request where escalated_at is not null"
				+ " and status in ('NEW', 'ROUTED', 'TAKEN')", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from service_request where type = 'INQUIRY'", Integer.class))
			.isGreaterThan(30);
		assertThat(jdbc.queryForObject(
				"select count(*) from service_request where reopen_count > 0 and status = 'CLOSED'", Integer.class))
			.as("some were reopened once before they were closed")
			.isPositive();
		mvc.perform(get("/complaints").with(CS_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"escalated\""), containsString("id=\"to-confirm\""),
					containsString("id=\"complaint-cs-count\""), containsString("整条芙蓉王发霉"))));
		mvc.perform(get("/complaints/department").with(HANDLER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("售后服务部"), containsString("id=\"department-queue\""),
					containsString("id=\"complaint-department-count\""))));
		mvc.perform(get("/complaints/suggestions").with(CS_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("希望增加周六上午的配送")));
	}

	@Test
	void theDeskFindsTheCallerByTheNumberAsCallerIdGivesIt() throws Exception {
		Caller caller = fixtures.caller("manager1");
		String m = caller.mobile();
		for (String callerId : List.of("+86 " + m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7),
				"0086-" + m, "86 " + m, m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7))) {
			mvc.perform(get("/desk").with(AGENT).param("q", callerId))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(caller.name()), containsString(caller.code()))));
		}
		assertThat(jdbc.queryForObject("select count(*) from lookup_search where query = ?", Integer.class, m))
			.as("each lookup is in the access log, by the number searched")
			.isGreaterThanOrEqualTo(4);
		// the call fields only: never the company or other archive fields
		mvc.perform(get("/desk").with(AGENT).param("customerId", caller.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"caller-card\""), containsString("老板"), not(containsString("某某烟酒店")))));
	}

	@Test
	void onlyTheCallCenterUsesTheDesk() throws Exception {
		mvc.perform(get("/desk").with(manager("manager1"))).andExpect(status().isForbidden());
		mvc.perform(get("/desk").with(HANDLER)).andExpect(status().isForbidden());
		mvc.perform(post("/desk/requests").with(HANDLER)
			.with(csrf())
			.param("type", "INQUIRY")
			.param("channel", "HOTLINE")
			.param("callerPhone", "13900000000")
			.param("description", "x")).andExpect(status().isForbidden());
	}

	@Test
	void anInquiryAnsweredOnTheSpotIsClosedAndASuggestionGoesToTheManagersList() throws Exception {
		Caller caller = fixtures.caller("manager2");
		MvcResult inquiry = mvc
			.perform(post("/desk/requests").with(AGENT)
				.with(csrf())
				.param("type", "INQUIRY")
				.param("channel", "HOTLINE")
				.param("customerId", caller.id().toString())
				.param("description", "周四送货吗")
				.param("answer", "周四上午送"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Long inquiryId = Long.valueOf(inquiry.getResponse().getRedirectedUrl().replace("/requests/", ""));
		assertThat(fixtures.status(inquiryId)).isEqualTo("CLOSED");
		MvcResult suggestion = mvc
			.perform(post("/desk/requests").with(AGENT)
				.with(csrf())
				.param("type", "SUGGESTION")
				.param("channel", "HOTLINE")
				.param("callerName", "过路客")
				.param("callerPhone", "+86 139 0000 1111")
				.param("description", "建议开通微信订货"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Long suggestionId = Long.valueOf(suggestion.getResponse().getRedirectedUrl().replace("/requests/", ""));
		assertThat(jdbc.queryForObject("select caller_phone from service_request where id = ?", String.class,
				suggestionId))
			.isEqualTo("13900001111");
		mvc.perform(get("/complaints/suggestions").with(CS_MANAGER))
			.andExpect(content().string(containsString("建议开通微信订货")));
		mvc.perform(post("/requests/" + suggestionId + "/acknowledge").with(AGENT)
			.with(csrf())
			.param("version", Long.toString(fixtures.version(suggestionId)))).andExpect(status().isForbidden());
		mvc.perform(post("/requests/" + suggestionId + "/acknowledge").with(CS_MANAGER)
			.with(csrf())
			.param("version", Long.toString(fixtures.version(suggestionId)))
			.param("text", "已转物流部研究")).andExpect(redirectedUrl("/requests/" + suggestionId));
		assertThat(fixtures.status(suggestionId)).isEqualTo("CLOSED");
	}

	@Test
	void aComplaintWithoutCategoryOrDescriptionIsRefusedWithTheInputKept() throws Exception {
		Caller caller = fixtures.caller("manager1");
		mvc.perform(post("/desk/requests").with(AGENT)
			.with(csrf())
			.param("type", "COMPLAINT")
			.param("channel", "HOTLINE")
			.param("customerId", caller.id().toString())
			.param("product", "特别的产品名")
			.param("description", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请填写诉求内容"), containsString("特别的产品名"))));
		mvc.perform(post("/desk/requests").with(AGENT)
			.with(csrf())
			.param("type", "COMPLAINT")
			.param("channel", "HOTLINE")
			.param("customerId", caller.id().toString())
			.param("description", "送货晚了"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("投诉请选择类别"), containsString("送货晚了"))));
	}

	@Test
	void theFlowStepByStepWithTheRefusalsOfEachRole() throws Exception {
		Caller caller = fixtures.caller("manager1");
		Long id = receiveComplaint(caller, "产品质量");
		assertThat(fixtures.status(id)).isEqualTo("NEW");

		// who sees it: 客服部, the owning manager; not another manager, not a handler yet
		mvc.perform(get("/requests/" + id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两条玉溪包装破损")));
		mvc.perform(get("/requests/" + id).with(manager("manager3"))).andExpect(status().isNotFound());
		mvc.perform(get("/requests/" + id).with(HANDLER)).andExpect(status().isNotFound());
		mvc.perform(get("/customers/" + caller.id()).with(manager("manager1")))
			.andExpect(content().string(allOf(containsString("id=\"requests-panel\""), containsString("两条玉溪包装破损"))));
		mvc.perform(get("/agenda").with(manager("manager1")))
			.andExpect(content().string(allOf(containsString("id=\"agenda-requests\""), containsString("两条玉溪包装破损"))));

		// only the CS manager confirms
		long v = fixtures.version(id);
		Long afterSales = fixtures.department("售后服务部");
		mvc.perform(post("/requests/" + id + "/confirm").with(AGENT)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("departmentId", afterSales.toString())).andExpect(status().isForbidden());
		mvc.perform(post("/requests/" + id + "/confirm").with(CS_MANAGER)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("departmentId", afterSales.toString())).andExpect(redirectedUrl("/requests/" + id));
		assertThat(fixtures.status(id)).isEqualTo("ROUTED");
		// confirming it again (another tab) is refused, nothing changed
		mvc.perform(post("/requests/" + id + "/confirm").with(CS_MANAGER)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("departmentId", fixtures.department("市场部").toString()))
			.andExpect(redirectedUrl("/requests/" + id))
			.andExpect(flash().attribute("flashWarning", "complaint.state.alreadyConfirmed"));
		assertThat(jdbc.queryForObject("select department_id from service_request where id = ?", Long.class, id))
			.isEqualTo(afterSales);
		assertThat(fixtures.steps(id, "CONFIRMED")).isEqualTo(1);

		// a handler of another department: it does not exist for them
		v = fixtures.version(id);
		mvc.perform(post("/requests/" + id + "/take").with(LOGISTICS_HANDLER)
			.with(csrf())
			.param("version", Long.toString(v))).andExpect(status().isNotFound());
		mvc.perform(post("/requests/" + id + "/take").with(HANDLER).with(csrf()).param("version", Long.toString(v)))
			.andExpect(redirectedUrl("/requests/" + id));
		assertThat(fixtures.status(id)).isEqualTo("TAKEN");
		v = fixtures.version(id);
		mvc.perform(post("/requests/" + id + "/result").with(LOGISTICS_HANDLER)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("text", "不是我的")).andExpect(status().isNotFound());
		mvc.perform(post("/requests/" + id + "/result").with(AGENT)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("text", "客服不处理")).andExpect(status().isForbidden());
		// closing before the result and feedback is refused
		mvc.perform(post("/requests/" + id + "/close").with(AGENT).with(csrf()).param("version", Long.toString(v)))
			.andExpect(flash().attribute("flashWarning", "complaint.state.noFeedback"));
		mvc.perform(post("/requests/" + id + "/result").with(HANDLER)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("text", "已上门调换")).andExpect(redirectedUrl("/requests/" + id));
		assertThat(fixtures.status(id)).isEqualTo("RETURNED");

		// 客服部 feeds back; the opinion is required, the typed feedback kept
		v = fixtures.version(id);
		mvc.perform(post("/requests/" + id + "/feedback").with(AGENT)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("text", "已告知客户调换结果"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请选择客户意见"), containsString("已告知客户调换结果"))));
		mvc.perform(post("/requests/" + id + "/feedback").with(AGENT)
			.with(csrf())
			.param("version", Long.toString(v))
			.param("text", "已告知客户调换结果")
			.param("opinion", "SATISFIED")).andExpect(redirectedUrl("/requests/" + id));
		v = fixtures.version(id);
		// closing twice from two tabs: the second is refused with the reason, one close
		mvc.perform(post("/requests/" + id + "/close").with(AGENT).with(csrf()).param("version", Long.toString(v)))
			.andExpect(flash().attribute("flash", "complaint.step.done.close"));
		mvc.perform(post("/requests/" + id + "/close").with(AGENT).with(csrf()).param("version", Long.toString(v)))
			.andExpect(flash().attribute("flashWarning", "complaint.state.closed"));
		assertThat(fixtures.status(id)).isEqualTo("CLOSED");
		assertThat(fixtures.steps(id, "CLOSED")).isEqualTo(1);
		mvc.perform(get("/requests/" + id).with(AGENT))
			.andExpect(content().string(allOf(containsString("id=\"complaint-timeline\""), containsString("确认派单"),
					containsString("部门受理"), containsString("反馈客户"), containsString("结案"))));
		mvc.perform(get("/requests/" + id + "/print").with(AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("客户投诉处理表"), containsString("已上门调换"))));
	}

	@Test
	void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
		Long id = receiveComplaint(fixtures.caller("manager2"), "配送");
		long stale = fixtures.version(id) - 1;
		mvc.perform(post("/requests/" + id + "/confirm").with(CS_MANAGER)
			.with(csrf())
			.param("version", Long.toString(stale))
			.param("departmentId", fixtures.department("物流配送部").toString()))
			.andExpect(flash().attribute("flashWarning", "complaint.version.conflict"));
		assertThat(fixtures.status(id)).isEqualTo("NEW");
	}

	@Test
	void routingProposesTheDepartmentOfTheFirstRuleThatHolds() throws Exception {
		Long delivery = receiveComplaint(fixtures.caller("manager1"), "配送");
		Long dumping = receiveComplaint(fixtures.caller("manager1"), "窜货/砸价");
		Long other = receiveComplaint(fixtures.caller("manager1"), "其他");
		assertThat(jdbc.queryForObject("select proposed_department_id from service_request where id = ?", Long.class,
				delivery))
			.isEqualTo(fixtures.department("物流配送部"));
		assertThat(jdbc.queryForObject("select proposed_department_id from service_request where id = ?", Long.class,
				dumping))
			.isEqualTo(fixtures.department("市场部"));
		assertThat(jdbc.queryForObject("select proposed_department_id from service_request where id = ?", Long.class,
				other))
			.as("no rule: the default department")
			.isEqualTo(fixtures.department("售后服务部"));
	}

	@Test
	void anOverdueComplaintIsEscalatedToTheCustomerServiceManager() throws Exception {
		Long id = receiveComplaint(fixtures.caller("manager3"), "服务态度");
		jdbc.update("update service_request set due_at = now() - interval '1 hour' where id = ?", id);
		long before = complaints.csManagerCount(fixtures.viewer("csmanager1"));
		assertThat(complaints.escalateOverdue()).isPositive();
		assertThat(fixtures.steps(id, "ESCALATED")).isEqualTo(1);
		assertThat(complaints.escalateOverdue()).as("once").isZero();
		assertThat(complaints.csManagerCount(fixtures.viewer("csmanager1"))).isEqualTo(before + 1);
		mvc.perform(get("/requests/" + id).with(CS_MANAGER))
			.andExpect(content().string(allOf(containsString("id=\"request-overdue\""),
					containsString("id=\"request-escalated\""), containsString("超时升级"))));
	}

	@Test
	void theRiskSignalShowsOnTheArchiveOfTheCustomerComplainedAbout() throws Exception {
		Long about = jdbc
			.queryForObject("select about_customer_id from service_request where about_customer_id is not null"
					+ " group by about_customer_id having count(*) >= 3 limit 1", Long.class);
		String owner = jdbc.queryForObject(
				"select u.username from customer c join app_user u on u.id = c.owner_id where c.id = ?", String.class,
				about);
		mvc.perform(get("/customers/" + about).with(manager(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"risk-signal\"")));
	}

	@Test
	void theAdministratorChangesTheRoutingRulesAndNobodyElse() throws Exception {
		mvc.perform(get("/admin/complaints").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"routing-rules\""), containsString("物流配送部"))));
		mvc.perform(get("/admin/complaints").with(CS_MANAGER)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/complaints/departments").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("name", "")
			.param("position", "9")).andExpect(flash().attribute("flashWarning", "complaint.admin.name.required"));
	}

	@Test
	void theRequestListLeavesAsAFileWithEveryRowTheViewerSeesInItsOrder() throws Exception {
		// (pages of 50 in the tests: the keyset walk crosses many of them)
		List<String> complaints = jdbc.queryForList(
				"select description from service_request where type = 'COMPLAINT' order by received_at desc, id desc",
				String.class);
		assertThat(complaints).hasSizeGreaterThan(50);
		List<org.apache.commons.csv.CSVRecord> rows = com.huike.crm.testsupport.ExportFiles
			.csv(com.huike.crm.testsupport.ExportFiles.download(mvc,
					get("/requests/export").param("type", "COMPLAINT").param("format", "csv").with(CS_MANAGER)));
		assertThat(rows.get(0).get(5)).isEqualTo("诉求内容");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(5)).containsExactlyElementsOf(complaints);
		assertThat(rows.get(1).get(1)).isEqualTo("投诉");
		// a manager's file holds their customers' requests only
		Long owner = jdbc.queryForObject("select id from app_user where username = 'manager1'", Long.class);
		List<String> own = jdbc.queryForList(
				"select description from service_request where owner_id = ? order by received_at desc, id desc",
				String.class, owner);
		List<org.apache.commons.csv.CSVRecord> mine = com.huike.crm.testsupport.ExportFiles
			.csv(com.huike.crm.testsupport.ExportFiles.download(mvc,
					get("/requests/export").param("format", "csv").with(manager("manager1"))));
		assertThat(mine.subList(1, mine.size())).extracting(r -> r.get(5)).containsExactlyElementsOf(own);
		// the list page offers the file; an agent, who answers one caller at a time, has
		// none
		mvc.perform(get("/requests?type=COMPLAINT").with(CS_MANAGER))
			.andExpect(content().string(containsString("/requests/export?type=COMPLAINT&amp;format=xlsx")));
		mvc.perform(get("/requests?type=COMPLAINT").with(AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/requests/export"))));
		mvc.perform(get("/requests/export").param("format", "csv").with(AGENT)).andExpect(status().isForbidden());
	}

}
