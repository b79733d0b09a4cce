package com.huike.crm.security;

import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each role may do, as issue 8 found it broken: lookup-only roles look customers up
 * (at most ten, every search written down) and never create or own them; the owner of a
 * customer is always a customer manager; every page carries the security headers.
 */
class AccessRulesTests extends WebIntegrationTest {

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "agent1:AGENT", "csmanager1:CS_MANAGER", "handler1:HANDLER" })
	void lookupOnlyRolesCannotCreateCustomers(String who) throws Exception {
		RequestPostProcessor caller = as(who);
		mvc.perform(post("/api/v1/customers").with(caller)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"冒名客户\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/customers/new").with(caller)).andExpect(status().isForbidden());
		mvc.perform(post("/customers").with(caller)
			.with(csrf())
			.param("name", "冒名客户")
			.param("grade", "D")
			.param("dealStatus", "POTENTIAL")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from customer where name = '冒名客户'", Long.class)).isZero();
	}

	@Test
	void theOwnerIsAlwaysACustomerManager() throws Exception {
		// a supervisor registers for a manager of the team, never for themselves
		mvc.perform(post("/api/v1/customers").with(as("supervisor1:SUPERVISOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"无主客户\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
		Long agent = identity.userIdOf("agent1").orElseThrow();
		mvc.perform(post("/api/v1/customers").with(as("admin:ADMIN"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"客服名下\",\"ownerId\":" + agent + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
		Long manager2 = identity.userIdOf("manager2").orElseThrow();
		mvc.perform(post("/api/v1/customers").with(as("supervisor1:SUPERVISOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"组员客户\",\"ownerId\":" + manager2 + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.owner.id").value(manager2));
	}

	@Test
	void aLookupShowsAtMostTenCustomersAndIsWrittenDown() throws Exception {
		var manager = identity.viewer("manager3").orElseThrow();
		for (int i = 0; i < 12; i++) {
			customers.create(new NewCustomer("查询上限" + i, null, null, null, Grade.C, DealStatus.POTENTIAL, null, null),
					manager);
		}
		MvcResult api = mvc.perform(get("/api/v1/customers").param("q", "查询上限").with(as("agent1:AGENT")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(api.getResponse().getContentAsString()).contains("\"totalElements\":10");
		mvc.perform(get("/customers").param("q", "查询上限").with(as("agent1:AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过 10 条")))
			.andExpect(content().string(containsString("请输入更多条件缩小范围")));
		// the manager browses the same list whole
		mvc.perform(get("/api/v1/customers").param("q", "查询上限").with(as("manager3:MANAGER")))
			.andExpect(jsonPath("$.totalElements").value(12));
		List<Integer> logged = jdbc.queryForList("select l.matches from lookup_search l join app_user u"
				+ " on u.id = l.user_id where u.username = 'agent1' and l.query = '查询上限'", Integer.class);
		assertThat(logged).hasSize(2).allMatch(matches -> matches == 10);
		mvc.perform(get("/admin/access-log/lookups").param("user", "agent1").with(as("admin:ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查询上限")));
		mvc.perform(get("/admin/access-log/lookups").with(as("manager1:MANAGER"))).andExpect(status().isForbidden());
	}

	@Test
	void theCallCenterSeesNoFiltersItCannotUse() throws Exception {
		mvc.perform(get("/customers").param("q", "王").with(as("agent1:AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"grade\""))))
			.andExpect(content().string(not(containsString("name=\"birthMonth\""))))
			.andExpect(content().string(not(containsString("name=\"createdFrom\""))));
		mvc.perform(get("/customers").with(as("manager1:MANAGER")))
			.andExpect(content().string(containsString("name=\"grade\"")))
			.andExpect(content().string(containsString("name=\"birthMonth\"")));
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/login", "/customers", "/api/v1/customers" }) {
			mvc.perform(get(path).with(as("manager1:MANAGER")))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Referrer-Policy", "same-origin"));
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		MvcResult signIn = mvc
			.perform(post("/login").param("username", "manager1").param("password", "demo123").with(csrf()))
			.andReturn();
		assertThat(signIn.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	private static RequestPostProcessor as(String who) {
		String[] parts = who.split(":");
		return user(parts[0]).roles(parts[1]);
	}

}
