package com.huike.crm.revisit.web;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The revisits' JSON API: the same rules as the pages, refusals as problem details. */
class RevisitApiTests extends WebIntegrationTest {

	static final RequestPostProcessor AGENT = user("agent1").roles("AGENT");

	static final RequestPostProcessor CS_MANAGER = user("csmanager1").roles("CS_MANAGER");

	@Autowired
	RevisitWebFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAgentMissesACallAndThenScoresTheServiceThroughTheApi() throws Exception {
		RevisitWebFixtures.Revisit r = fixtures.handledDaysAgo(4);
		mvc.perform(get("/api/v1/revisits/" + r.id()).with(AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("AFTER_COMPLAINT"))
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.script").isNotEmpty())
			.andExpect(content().string(not(containsString("sensitive"))));
		long version = fixtures.version(r.id());
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/attempts").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + ", \"outcome\": \"BUSY\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attempts").value(1))
			.andExpect(jsonPath("$.status").value("OPEN"));
		String calledIn = jdbc.queryForObject("select slot from revisit_attempt where revisit_id = ?", String.class,
				r.id());
		assertThat(fixtures.slot(r.id())).isNotEqualTo(calledIn);

		// the version read before the call: 409 with the current one
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/attempts").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + ", \"outcome\": \"BUSY\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value((int) fixtures.version(r.id())));
		// REACHED is not a missed call; unknown fields and wrong types are 400
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/attempts").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + fixtures.version(r.id()) + ", \"outcome\": \"REACHED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/attempts").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + fixtures.version(r.id()) + ", \"outcome\": \"BUSY\", \"slot\": \"MORNING\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/score").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": \"x\", \"scores\": {}}")).andExpect(status().isBadRequest());

		long solved = fixtures.itemOf("AFTER_COMPLAINT", 0);
		long speed = fixtures.itemOf("AFTER_COMPLAINT", 1);
		long attitude = fixtures.itemOf("AFTER_COMPLAINT", 2);
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/score").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + fixtures.version(r.id()) + ", \"scores\": {\"" + solved + "\": 5, \"" + speed
					+ "\": 0}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.hasItems("score" + speed, "score" + attitude)));
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/score").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + fixtures.version(r.id()) + ", \"scores\": {\"" + solved + "\": 5, \"" + speed
					+ "\": 4, \"" + attitude + "\": 3}, \"feedback\": \"满意\", \"problem\": \"发票未到\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.scores.length()").value(3))
			.andExpect(jsonPath("$.problemOpen").value(true));
		mvc.perform(post("/api/v1/revisits/" + r.id() + "/score").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + fixtures.version(r.id()) + ", \"scores\": {\"" + solved + "\": 1, \"" + speed
					+ "\": 1, \"" + attitude + "\": 1}}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:huike:problem:revisit-state"));

		// without a category nothing is raised, and the page says why
		mvc.perform(post("/revisits/" + r.id() + "/complaint").with(AGENT)
			.with(csrf())
			.param("version", String.valueOf(fixtures.version(r.id()))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashWarning", "complaint.category.required"));
		assertThat(jdbc.queryForObject("select problem_status from revisit where id = ?", String.class, r.id()))
			.isNotEqualTo("PASSED");
		// the problem becomes a routed complaint in one step, once
		String category = String.valueOf(
				jdbc.queryForObject("select id from complaint_category where active order by id limit 1", Long.class));
		mvc.perform(post("/revisits/" + r.id() + "/complaint").with(AGENT)
			.with(csrf())
			.param("categoryId", category)
			.param("version", String.valueOf(fixtures.version(r.id())))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select problem_status from revisit where id = ?", String.class, r.id()))
			.isEqualTo("PASSED");
		assertThat(jdbc.queryForObject("""
				select status from service_request where channel = 'REVISIT' and description = '发票未到'
				 order by id desc limit 1""", String.class)).isEqualTo("ROUTED");
		mvc.perform(post("/revisits/" + r.id() + "/complaint").with(AGENT)
			.with(csrf())
			.param("categoryId", category)
			.param("version", String.valueOf(fixtures.version(r.id())))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(
				"select count(*) from service_request where channel = 'REVISIT' and description = '发票未到'",
				Integer.class))
			.isEqualTo(1);
		mvc.perform(post("/revisits/" + r.id() + "/complaint").with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("version", String.valueOf(fixtures.version(r.id())))).andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/revisits/reports").with(CS_MANAGER).param("period", "WEEK"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("WEEK"))
			.andExpect(jsonPath("$.done").isNumber())
			.andExpect(jsonPath("$.items").isArray())
			.andExpect(jsonPath("$.problems[?(@.revisitId == " + r.id() + ")]").doesNotExist());
	}

	@Test
	void theQueueIsForAgentsAndTheReportForTheServiceManager() throws Exception {
		mvc.perform(get("/api/v1/revisits").with(AGENT).param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.nextCursor").isString());
		mvc.perform(get("/api/v1/revisits").with(AGENT).param("size", "500")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/revisits").with(CS_MANAGER))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(get("/api/v1/revisits").with(user("manager1").roles("MANAGER"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/revisits/reports").with(AGENT)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/revisits/reports").with(user("handler1").roles("HANDLER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/revisits/999999999").with(AGENT)).andExpect(status().isNotFound());
		mvc.perform(get("/v3/api-docs").with(AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/revisits'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/revisits/{id}/attempts'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/revisits/{id}/score'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/revisits/reports'].get").exists());
	}

}
