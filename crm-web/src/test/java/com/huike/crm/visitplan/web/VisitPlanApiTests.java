package com.huike.crm.visitplan.web;

import java.time.YearMonth;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit plans' JSON API: the same rules as the pages, refusals as problem details.
 */
class VisitPlanApiTests extends WebIntegrationTest {

	static final RequestPostProcessor MANAGER2 = user("manager2").roles("MANAGER");

	static final RequestPostProcessor SUPERVISOR1 = user("supervisor1").roles("SUPERVISOR");

	static final RequestPostProcessor SUPERVISOR2 = user("supervisor2").roles("SUPERVISOR");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	long version(Long plan) {
		return jdbc.queryForObject("select version from visit_plan where id = ?", Long.class, plan);
	}

	@Test
	void generateSubmitRejectAndApproveThroughTheApi() throws Exception {
		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(16);
		MvcResult created = mvc
			.perform(post("/api/v1/visit-plans/generate").with(MANAGER2)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"month\": \"" + month + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/visit-plans/\\d+")))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.can.submit").value(true))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		Long plan = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(get("/api/v1/visit-plans").with(MANAGER2))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(plan.intValue())));
		mvc.perform(get(location).with(SUPERVISOR2))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));

		// a stale version: 409 with the current one
		mvc.perform(post(location + "/submit").with(MANAGER2)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + (version(plan) + 7) + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value((int) version(plan)));
		mvc.perform(post(location + "/approve").with(SUPERVISOR1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("只有已提交的计划可以审批或驳回。"));
		mvc.perform(post(location + "/submit").with(MANAGER2)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post(location + "/reject").with(SUPERVISOR1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + ", \"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post(location + "/reject").with(SUPERVISOR1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + ", \"reason\": \"请补充\", \"extra\": 1}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(location + "/reject").with(SUPERVISOR1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + ", \"reason\": \"请补充\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.reason").value("请补充"));
		Long action = jdbc.queryForObject("select min(id) from visit_action where plan_id = ?", Long.class, plan);
		mvc.perform(delete(location + "/actions/" + action).param("version", String.valueOf(version(plan)))
			.with(MANAGER2)
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(post(location + "/submit").with(MANAGER2)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + "}")).andExpect(status().isOk());
		mvc.perform(post(location + "/approve").with(MANAGER2)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + "}")).andExpect(status().isForbidden());
		mvc.perform(post(location + "/approve").with(SUPERVISOR1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version(plan) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.transitions.length()").value(4));
		mvc.perform(get("/api/v1/visit-plans/waiting").with(SUPERVISOR1)).andExpect(status().isOk());
		mvc.perform(get(location + "/day-list").param("day", month.atDay(5).toString()).with(MANAGER2))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.day").value(month.atDay(5).toString()));
		assertThat(jdbc.queryForObject("select status from visit_plan where id = ?", String.class, plan))
			.isEqualTo("APPROVED");
	}

	@Test
	void theOpenApiDocumentDescribesTheVisitPlans() throws Exception {
		mvc.perform(get("/v3/api-docs").with(MANAGER2))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/visit-plans/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/visit-plans/{id}/approve'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/visit-plans/{id}/day-list'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/visit-plans/{id}/actions/{actionId}/done'].post").exists());
	}

}
