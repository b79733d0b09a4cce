package com.huike.crm.followup.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.huike.crm.followup.web.FollowUpWebFixtures.manager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class GradePagesTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Test
	void reviewShowsTheProposalOfTheViews() throws Exception {
		long id = FollowUpWebFixtures.overdueA(mvc, "manager1", "建议客户", 2);
		mvc.perform(get("/customers/{id}/grade", id).with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("目标客户且紧急")))
			.andExpect(content().string(containsString("id=\"grade-proposal\"")));
	}

	@Test
	void overridingTheProposalNeedsAReasonAndTheFormKeepsTheViews() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "覆盖客户", "D");
		mvc.perform(post("/customers/{id}/grade", id).with(manager("manager1"))
			.with(csrf())
			.param("dealStatus", "CLOSED")
			.param("importance", "IMPORTANT")
			.param("urgency", "NOT_URGENT")
			.param("need", "TARGET")
			.param("grade", "A"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写理由")))
			.andExpect(content().string(containsString("value=\"NOT_URGENT\" selected")));

		mvc.perform(post("/customers/{id}/grade", id).with(manager("manager1"))
			.with(csrf())
			.param("dealStatus", "CLOSED")
			.param("importance", "IMPORTANT")
			.param("urgency", "NOT_URGENT")
			.param("need", "TARGET")
			.param("grade", "A")
			.param("reason", "老板亲自过问，月底签约")).andExpect(redirectedUrl("/customers/" + id + "/grade"));
		mvc.perform(get("/customers/{id}/grade", id).with(manager("manager1")))
			.andExpect(content().string(containsString("老板亲自过问，月底签约")))
			.andExpect(content().string(containsString("id=\"customer-grade\" class=\"grade-badge ms-2 grade-A\"")));
	}

	@Test
	void confirmingTheProposalNeedsNoReason() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager2", "确认建议", "D");
		mvc.perform(post("/customers/{id}/grade", id).with(manager("manager2"))
			.with(csrf())
			.param("dealStatus", "POTENTIAL")
			.param("need", "DEAD")
			.param("grade", "E")).andExpect(redirectedUrl("/customers/" + id + "/grade"));
	}

	@Test
	void gradeOfAnotherTeamsCustomerIsNotFound() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "他组定级", "B");
		mvc.perform(get("/customers/{id}/grade", id).with(user("supervisor2").roles("SUPERVISOR")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/grade", id).with(manager("manager3"))
			.with(csrf())
			.param("dealStatus", "POTENTIAL")
			.param("grade", "B")).andExpect(status().isNotFound());
	}

	@Test
	void distributionIsScopedToTheViewersManagers() throws Exception {
		FollowUpWebFixtures.customer(mvc, "manager3", "分布客户", "C");
		Long manager1 = identity.findByUsername("manager1").orElseThrow().getId();
		Long manager3 = identity.findByUsername("manager3").orElseThrow().getId();
		mvc.perform(get("/grades").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-manager-id=\"" + manager1 + "\"")))
			.andExpect(content().string(not(containsString("data-manager-id=\"" + manager3 + "\""))));
		mvc.perform(get("/grades").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("data-manager-id=\"" + manager3 + "\"")));
		mvc.perform(get("/grades").with(manager("manager3")))
			.andExpect(content().string(containsString("data-manager-id=\"" + manager3 + "\"")))
			.andExpect(content().string(not(containsString("data-manager-id=\"" + manager1 + "\""))));
		mvc.perform(get("/grades").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
	}

}
