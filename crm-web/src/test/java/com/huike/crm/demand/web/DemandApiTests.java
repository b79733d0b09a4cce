package com.huike.crm.demand.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DemandApiTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	@Test
	void registerArriveAndTellThroughTheApi() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager2");
		String product = CareWebFixtures.unique("红塔山");

		MvcResult created = mvc
			.perform(post("/api/v1/demands").with(user("manager2").roles("MANAGER"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(customer.id(), product, 4)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/demands/\\d+")))
			.andExpect(jsonPath("$.status").value("WAITING"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");

		mvc.perform(get("/api/v1/demands").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(jsonPath("$[*].product", hasItem(product)));
		mvc.perform(post("/api/v1/demands/arrivals").with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"product\": \"" + product + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arrived").value(1));
		mvc.perform(post(location + "/told").with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"PHONE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TOLD"));
		mvc.perform(post(location + "/told").with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"PHONE\"}")).andExpect(status().isConflict());
	}

	@Test
	void quantityZeroIsABadRequestNamingTheField() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager2");

		mvc.perform(post("/api/v1/demands").with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(customer.id(), "中华", 0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"))
			.andExpect(jsonPath("$.errors[0].message").value("数量须为 1 到 1000000 之间的整数。"));
	}

	@Test
	void anotherManagersCustomerIs404AndAgentsAre403() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager2");

		mvc.perform(post("/api/v1/demands").with(user("manager3").roles("MANAGER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(customer.id(), "中华", 1))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/demands").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
	}

	private String body(Long customerId, String product, int quantity) {
		return "{\"customerId\": " + customerId + ", \"product\": \"" + product + "\", \"quantity\": " + quantity
				+ ", \"requestedOn\": \"" + fixtures.today() + "\"}";
	}

}
