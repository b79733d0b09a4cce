package com.huike.crm.care.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CareApiTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	@Test
	void managerListsOpenTasksAndMarksOneDone() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		Long task = fixtures.task(customer, "manager1", CareTaskKind.SPRING_FESTIVAL, 2);

		mvc.perform(get("/api/v1/care/tasks").with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.upcoming[*].customerName", hasItem(customer.name())))
			.andExpect(jsonPath("$.upcomingDays").value(7));

		mvc.perform(post("/api/v1/care/tasks/{id}/done", task).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"SMS\", \"note\": \"短信拜年\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.channel").value("SMS"));
	}

	@Test
	void doneWithoutChannelIsABadRequestNamingTheField() throws Exception {
		Long task = fixtures.task(fixtures.customer("manager1"), "manager1", CareTaskKind.BIRTHDAY, 0);

		mvc.perform(post("/api/v1/care/tasks/{id}/done", task).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"))
			.andExpect(jsonPath("$.errors[0].message").value("请选择完成方式（电话、短信、礼品或其他）。"));
		mvc.perform(post("/api/v1/care/tasks/{id}/done", task).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"PIGEON\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void otherManagersGet404AndSupervisors403() throws Exception {
		Long task = fixtures.task(fixtures.customer("manager1"), "manager1", CareTaskKind.BIRTHDAY, 0);

		mvc.perform(get("/api/v1/care/tasks/{id}", task).with(user("manager3").roles("MANAGER")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/care/tasks/{id}", task).with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.canAct").value(false));
		mvc.perform(
				post("/api/v1/care/tasks/{id}/skip", task).with(user("supervisor1").roles("SUPERVISOR")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/care/tasks/{id}/skip", task).with(user("manager1").roles("MANAGER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SKIPPED"));
		mvc.perform(post("/api/v1/care/tasks/{id}/skip", task).with(user("manager1").roles("MANAGER")).with(csrf()))
			.andExpect(status().isConflict());
	}

}
