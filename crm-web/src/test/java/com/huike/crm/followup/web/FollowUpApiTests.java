package com.huike.crm.followup.web;

import java.time.LocalDate;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static com.huike.crm.followup.web.FollowUpWebFixtures.ZONE;
import static com.huike.crm.followup.web.FollowUpWebFixtures.manager;
import static com.huike.crm.followup.web.FollowUpWebFixtures.now;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FollowUpApiTests extends WebIntegrationTest {

	@Test
	void managerLogsAFollowUpOverHttpBasicAndListsIt() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "接口客户", "A");
		// an hour ago: shortly after midnight in the business's time zone, that is
		// yesterday
		java.time.LocalDateTime occurred = now().minusHours(1);
		String body = """
				{"occurredAt":"%s","channel":"PHONE","content":"接口记录的电话","dealStatus":"NEGOTIATING",
				 "importance":"IMPORTANT","urgency":"NOT_URGENT","need":"TARGET","grade":"B"}""".formatted(occurred);
		mvc.perform(post("/api/v1/customers/{id}/follow-ups", id).with(httpBasic("manager1", "demo123"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.grade").value("B"))
			.andExpect(jsonPath("$.nextFollowUpOn").value(occurred.toLocalDate().plusDays(7).toString()));
		mvc.perform(get("/api/v1/customers/{id}/follow-ups", id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].content").value("接口记录的电话"))
			.andExpect(jsonPath("$.content[0].gradeBefore").value("A"));
	}

	@Test
	void badInputIsA400WithTheFieldAndAChineseMessage() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "接口坏输入", "B");
		mvc.perform(post("/api/v1/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"occurredAt":"%s","channel":"PHONE","content":"未来","grade":"B"}""".formatted(now().plusDays(2))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
			.andExpect(jsonPath("$.errors[0].message").value("追踪时间不能晚于今天：请记录已经发生的追踪。"));
		mvc.perform(post("/api/v1/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"PHONE\",\"content\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("content")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("grade")));
	}

	@Test
	void anotherManagersCustomerIsA404AndTheCallCenterA403() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "接口越权", "B");
		mvc.perform(get("/api/v1/customers/{id}/follow-ups", id).with(manager("manager3")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}/grade-proposal", id).with(manager("manager2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}/follow-ups", id).with(user("agent1").roles("AGENT")))
			.andExpect(status().isForbidden());
	}

	@Test
	void agendaApiHoldsOnlyTheCallersCustomers() throws Exception {
		long mine = FollowUpWebFixtures.overdueA(mvc, "manager1", "接口待办", 3);
		long theirs = FollowUpWebFixtures.overdueA(mvc, "manager2", "接口他人待办", 3);
		mvc.perform(get("/api/v1/agenda").param("size", "200").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue.content[*].customerId", hasItem((int) mine)))
			.andExpect(jsonPath("$.overdue.content[*].customerId", not(hasItem((int) theirs))))
			.andExpect(jsonPath("$.today").value(LocalDate.now(ZONE).toString()));
	}

	@Test
	void gradeProposalFollowsTheTable() throws Exception {
		mvc.perform(get("/api/v1/grade-proposal").param("need", "TARGET")
			.param("urgency", "LATENT")
			.param("dealStatus", "NEGOTIATING")
			.with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("C"))
			.andExpect(jsonPath("$.rule").value("TARGET_LATENT_NEGOTIATING"));
		long id = FollowUpWebFixtures.overdueA(mvc, "manager1", "接口建议", 2);
		mvc.perform(get("/api/v1/customers/{id}/grade-proposal", id).with(manager("manager1")))
			.andExpect(jsonPath("$.grade").value("A"))
			.andExpect(jsonPath("$.currentGrade").value("A"));
	}

}
