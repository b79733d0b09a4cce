package com.huike.crm.followup.web;

import java.time.LocalDate;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.huike.crm.followup.web.FollowUpWebFixtures.INPUT;
import static com.huike.crm.followup.web.FollowUpWebFixtures.ZONE;
import static com.huike.crm.followup.web.FollowUpWebFixtures.manager;
import static com.huike.crm.followup.web.FollowUpWebFixtures.now;
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

class FollowUpPagesTests extends WebIntegrationTest {

	@Test
	void managerLogsAFollowUpChangesTheGradeToBAndTheNextDueDateMovesSevenDaysOut() throws Exception {
		long id = FollowUpWebFixtures.overdueA(mvc, "manager1", "改B级客户", 4);
		LocalDate today = LocalDate.now(ZONE);

		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("from", "agenda")
			.param("occurredAt", now().format(INPUT))
			.param("channel", "VISIT")
			.param("content", "上门谈下季度订货")
			.param("outcome", "预算推迟")
			.param("nextStep", "下周发报价")
			.param("dealStatus", "NEGOTIATING")
			.param("importance", "IMPORTANT")
			.param("urgency", "URGENT")
			.param("need", "TARGET")
			.param("grade", "B")
			.param("reason", "客户预算推迟到下季度"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/agenda"))
			.andExpect(flash().attributeExists("followUpLogged"));

		mvc.perform(get("/customers/{id}/timeline", id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上门谈下季度订货")))
			.andExpect(content().string(containsString("等级 A → B")))
			.andExpect(content().string(containsString("客户预算推迟到下季度")))
			.andExpect(content().string(containsString(today.plusDays(7).toString())));
		mvc.perform(get("/customers/{id}/grade", id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"grade-history\"")))
			.andExpect(content().string(containsString("客户预算推迟到下季度")));
	}

	@Test
	void formPreselectsTheCustomerAndLeavesTheGradeToBeChosen() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "选级客户", "C");
		mvc.perform(get("/customers/{id}/follow-ups/new", id).param("from", "agenda").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("选级客户")))
			.andExpect(content().string(containsString("重新定级")))
			.andExpect(content().string(not(containsString("name=\"grade\" value=\"C\" checked"))))
			.andExpect(content().string(containsString("value=\"C\"")));
	}

	@Test
	void aFollowUpDatedTomorrowIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "未来客户", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("occurredAt", now().plusDays(1).format(INPUT))
			.param("channel", "PHONE")
			.param("content", "明天才打的电话")
			.param("dealStatus", "NEGOTIATING")
			.param("grade", "B"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("追踪时间不能晚于今天")))
			.andExpect(content().string(containsString("明天才打的电话")));
	}

	@Test
	void emptyContentAndAMissingGradeAreExplainedInChinese() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "空白客户", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("occurredAt", now().format(INPUT))
			.param("channel", "PHONE")
			.param("content", "  ")
			.param("outcome", "客户不在")
			.param("dealStatus", "NEGOTIATING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写沟通内容")))
			.andExpect(content().string(containsString("请确认当前等级或选择新的等级")))
			.andExpect(content().string(containsString("客户不在")));
	}

	@Test
	void overridingTheProposalWithoutAReasonIsRefusedInEnglishToo() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "Override", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("lang", "en")
			.param("occurredAt", now().format(INPUT))
			.param("channel", "PHONE")
			.param("content", "call")
			.param("dealStatus", "NEGOTIATING")
			.param("need", "DEAD")
			.param("grade", "A"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The grade differs from the proposed (or current) grade")))
			.andExpect(content().string(containsString(">call</textarea>")));
	}

	@Test
	void aBadDateIsExplainedNotAServerError() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "坏日期", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("occurredAt", "昨天下午")
			.param("channel", "PHONE")
			.param("content", "电话")
			.param("dealStatus", "NEGOTIATING")
			.param("grade", "B"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请按“年-月-日 时:分”填写有效的日期和时间")));
	}

	@Test
	void anotherManagersCustomerIsNotFoundAndTheCallCenterIsForbidden() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "一组客户", "B");
		mvc.perform(get("/customers/{id}/follow-ups/new", id).with(manager("manager3")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/customers/{id}/timeline", id).with(manager("manager2"))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/{id}/follow-ups/new", id).with(user("agent1").roles("AGENT")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager3"))
			.with(csrf())
			.param("occurredAt", now().format(INPUT))
			.param("channel", "PHONE")
			.param("content", "越权")
			.param("dealStatus", "NEGOTIATING")
			.param("grade", "B")).andExpect(status().isNotFound());
		mvc.perform(get("/customers/{id}/timeline", id).with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk());
		mvc.perform(get("/customers/{id}/timeline", id).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void withoutCsrfTokenNothingIsLogged() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "无令牌客户", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.param("channel", "PHONE")
			.param("content", "x")
			.param("grade", "B")).andExpect(status().isForbidden());
	}

	@Test
	void detailPageCarriesTheTrackingPanelAndTheTimelineLoadsAsAFragment() throws Exception {
		long id = FollowUpWebFixtures.overdueA(mvc, "manager1", "面板客户", 2);
		mvc.perform(get("/customers/{id}", id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tracking-panel\"")))
			.andExpect(content().string(containsString("/customers/" + id + "/timeline?size=5")));
		mvc.perform(get("/customers/{id}/timeline", id).param("size", "5")
			.header("HX-Request", "true")
			.with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电话了解需求")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/customers/{id}", id).with(user("agent1").roles("AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"tracking-panel\""))));
	}

	@Test
	void timelineNamesArchiveChangesByTheirQuestionLabelsInTheUsersLanguage() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "时间线标签客户", "B");
		FollowUpWebFixtures.answerCustomerData(mvc, "manager1", id, "时间线标签客户", "birthplace", "福建福州", "jobTitle",
				"采购总监");
		mvc.perform(get("/customers/{id}/timeline", id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("出生地</span>:")))
			.andExpect(content().string(containsString("职称</span>:")))
			.andExpect(content().string(containsString("（空）")))
			.andExpect(content().string(not(containsString("birthplace</span>"))))
			.andExpect(content().string(not(containsString("jobTitle</span>"))));
		mvc.perform(get("/customers/{id}/timeline", id).param("lang", "en").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Birthplace</span>:")))
			.andExpect(content().string(containsString("Job title</span>:")));
	}

	@Test
	void theProposalFollowsTheViewsAsTheyAreChosen() throws Exception {
		mvc.perform(get("/grades/proposal").header("HX-Request", "true")
			.param("dealStatus", "NEGOTIATING")
			.param("importance", "IMPORTANT")
			.param("urgency", "NOT_URGENT")
			.param("need", "TARGET")
			.with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"grade-proposal\"")))
			.andExpect(content().string(containsString("grade-badge grade-B")))
			.andExpect(content().string(not(containsString("四种分类尚未填全"))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/grades/proposal").header("HX-Request", "true")
			.param("dealStatus", "NEGOTIATING")
			.param("need", "")
			.with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("四种分类尚未填全")));
		// the views' selects ask for it on every change
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "实时建议客户", "B");
		mvc.perform(get("/customers/{id}/follow-ups/new", id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/grades/proposal\"")))
			.andExpect(content().string(containsString("四种分类尚未填全")));
	}

	@Test
	void aFormShownAgainAfterAnErrorProposesFromTheViewsAsSubmitted() throws Exception {
		// the customer's stored views are empty: no proposal of its own
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "重显建议客户", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("occurredAt", now().format(INPUT))
			.param("channel", "PHONE")
			.param("content", "")
			.param("dealStatus", "NEGOTIATING")
			.param("importance", "IMPORTANT")
			.param("urgency", "URGENT")
			.param("need", "TARGET")
			.param("grade", "B"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("grade-badge grade-A")))
			.andExpect(content().string(not(containsString("四种分类尚未填全"))));
		mvc.perform(post("/customers/{id}/grade", id).with(manager("manager1"))
			.with(csrf())
			.param("dealStatus", "NEGOTIATING")
			.param("importance", "IMPORTANT")
			.param("urgency", "URGENT")
			.param("need", "TARGET")
			.param("grade", "B"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("grade-badge grade-A")))
			.andExpect(content().string(not(containsString("四种分类尚未填全"))));
	}

	@Test
	void theErrorSummaryListsTheFieldsAsLinksAndTakesTheFocus() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "错误摘要客户", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("occurredAt", now().format(INPUT))
			.param("channel", "PHONE")
			.param("content", "")
			.param("dealStatus", "NEGOTIATING"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("tabindex=\"-1\" autofocus aria-labelledby=\"form-summary-title\"")))
			.andExpect(content().string(containsString("href=\"#content\"")))
			.andExpect(content().string(containsString("data-field=\"content\">请填写沟通内容。</a>")))
			.andExpect(content().string(containsString("href=\"#grade\"")));
	}

}
