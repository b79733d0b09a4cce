package com.huike.crm.analytics.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spot checks (抽查): the demo's round of last month ranked; a market manager draws a
 * sample of a team manager's archives (never twice in a month), records a failure with
 * its findings, the manager sees them on the archive and marks them fixed; nobody else
 * draws.
 */
class SpotCheckTests extends WebIntegrationTest {

	static final RequestPostProcessor SUPERVISOR1 = user("supervisor1").roles("SUPERVISOR");

	static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Test
	void lastMonthsRoundOfTheDemoRanksTheManagersByPassRate() throws Exception {
		String last = YearMonth.now(clock).minusMonths(1).toString();
		mvc.perform(get("/spot-checks").param("month", last).with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"spot-check-ranking\"")))
			.andExpect(content().string(containsString("80.0%")))
			.andExpect(content().string(containsString("60.0%")))
			.andExpect(content().string(containsString("手机号码与门店登记表不符")));
	}

	@Test
	void aSupervisorDrawsRecordsAndTheManagerFixesOnTheArchive() throws Exception {
		Long manager1 = identity.userIdOf("manager1").orElseThrow();
		String month = YearMonth.now(clock).atDay(1).toString();
		mvc.perform(post("/spot-checks/draw").param("managerId", "" + manager1)
			.param("size", "3")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(flash().attribute("flash", "spotcheck.flash.drawn"));
		mvc.perform(post("/spot-checks/draw").param("managerId", "" + manager1)
			.param("size", "3")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(flash().attribute("flash", "spotcheck.flash.drawn"));
		List<Map<String, Object>> drawn = jdbc.queryForList(
				"select id, customer_id, version from spot_check where manager_id = ? and month = ?::date order by id",
				manager1, month);
		assertThat(drawn).hasSizeGreaterThanOrEqualTo(6);
		assertThat(drawn.stream().map(r -> r.get("customer_id")).distinct().count()).as("none twice in a month")
			.isEqualTo(drawn.size());
		assertThat(jdbc.queryForObject(
				"select count(*) from spot_check s join customer c on c.id = s.customer_id"
						+ " where s.manager_id = ? and c.owner_id <> s.manager_id and s.month = ?::date",
				Long.class, manager1, month))
			.as("only the manager's own archives")
			.isZero();

		Map<String, Object> check = drawn.get(0);
		long id = ((Number) check.get("id")).longValue();
		long customer = ((Number) check.get("customer_id")).longValue();
		// a failure needs its findings
		mvc.perform(post("/spot-checks/{id}", id).param("result", "FAIL")
			.param("findings", " ")
			.param("version", "0")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(flash().attribute("flashWarning", "spotcheck.findings.required"));
		mvc.perform(post("/spot-checks/{id}", id).param("result", "MAYBE")
			.param("version", "0")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(flash().attribute("flashWarning", "spotcheck.result.required"));
		mvc.perform(post("/spot-checks/{id}", id).param("result", "FAIL")
			.param("findings", "档案中的家庭住址与实际不符")
			.param("version", "0")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(flash().attribute("flash", "spotcheck.flash.recorded"));
		// the manager sees it on the archive, and fixes it
		mvc.perform(get("/customers/{id}", customer).with(MANAGER1))
			.andExpect(content().string(containsString("id=\"spot-checks-panel\"")))
			.andExpect(content().string(containsString("档案中的家庭住址与实际不符")))
			.andExpect(content().string(containsString("spot-check-fix")));
		mvc.perform(post("/spot-checks/{id}/fixed", id).param("customerId", "" + customer)
			.with(user("manager2").roles("MANAGER"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/spot-checks/{id}/fixed", id).param("customerId", "" + customer).with(MANAGER1).with(csrf()))
			.andExpect(flash().attribute("flash", "spotcheck.flash.fixed"));
		assertThat(jdbc.queryForObject("select fixed_at is not null from spot_check where id = ?", Boolean.class, id))
			.isTrue();
		mvc.perform(post("/spot-checks/{id}", id).param("result", "PASS")
			.param("version", "1")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(flash().attribute("flashWarning", "spotcheck.fixed"));
	}

	@Test
	void theApiDrawsRecordsAndRanksWithThePagesRules() throws Exception {
		String last = YearMonth.now(clock).minusMonths(1).toString();
		mvc.perform(get("/api/v1/analytics/spot-checks").param("month", last).with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.ranking.length()")
				.value(2))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.ranking[0].passRate")
						.value(80.0));
		Long manager2 = identity.userIdOf("manager2").orElseThrow();
		mvc.perform(post("/api/v1/analytics/spot-checks").contentType("application/json")
			.content("{\"managerId\":" + manager2 + ",\"size\":2}")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(status().isCreated());
		long id = jdbc.queryForObject("select max(id) from spot_check where manager_id = ?", Long.class, manager2);
		mvc.perform(put("/api/v1/analytics/spot-checks/{id}", id).contentType("application/json")
			.content("{\"result\":\"PASS\",\"version\":7}")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(status().isConflict());
		mvc.perform(put("/api/v1/analytics/spot-checks/{id}", id).contentType("application/json")
			.content("{\"result\":\"FAIL\",\"version\":0}")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/analytics/spot-checks/{id}", id).contentType("application/json")
			.content("{\"result\":\"PASS\",\"version\":0}")
			.with(SUPERVISOR1)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.result")
				.value("PASS"));
		mvc.perform(get("/api/v1/analytics/spot-checks").with(user("agent1").roles("AGENT")))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyMarketManagersOfTheTeamAndTheAdministratorDraw() throws Exception {
		Long manager3 = identity.userIdOf("manager3").orElseThrow();
		mvc.perform(post("/spot-checks/draw").param("managerId", "" + manager3)
			.param("size", "3")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/spot-checks/draw").param("managerId", "" + manager3)
			.param("size", "500")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(flash().attribute("flashWarning", "spotcheck.size.range"));
		mvc.perform(post("/spot-checks/draw").param("managerId", "abc")
			.param("size", "3")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(flash().attribute("flashWarning", "spotcheck.manager.required"));
		mvc.perform(get("/spot-checks").with(MANAGER1)).andExpect(status().isForbidden());
		mvc.perform(get("/spot-checks").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
	}

}
