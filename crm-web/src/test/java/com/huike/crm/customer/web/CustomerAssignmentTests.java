package com.huike.crm.customer.web;

import java.util.List;
import java.util.Map;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Handing a customer to another manager: supervisors within their team, admins to any
 * manager, managers never.
 */
class CustomerAssignmentTests extends WebIntegrationTest {

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	Long idOf(String username) {
		return identity.findByUsername(username).orElseThrow().getId();
	}

	Long customerOf(String manager, String name) {
		return customers.create(new NewCustomer(name, null, null, null, Grade.C, DealStatus.POTENTIAL, null, null),
				identity.viewer(manager).orElseThrow());
	}

	Long ownerOf(Long customerId) {
		return jdbc.queryForObject("select owner_id from customer where id = ?", Long.class, customerId);
	}

	static RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

	@Test
	void supervisorHandsACustomerToAnotherManagerOfTheTeamAndTheHistoryKeepsIt() throws Exception {
		Long id = customerOf("manager1", "转交甲");
		mvc.perform(post("/customers/" + id + "/owner").with(as("supervisor1", "SUPERVISOR"))
			.with(csrf())
			.param("ownerId", String.valueOf(idOf("manager2"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/" + id));

		assertThat(ownerOf(id)).isEqualTo(idOf("manager2"));
		List<Map<String, Object>> history = jdbc.queryForList(
				"select field, old_value, new_value, changed_by from customer_change where customer_id = ?", id);
		assertThat(history).singleElement().satisfies(line -> {
			assertThat(line.get("field")).isEqualTo("owner");
			assertThat(line.get("old_value")).isEqualTo("王经理");
			assertThat(line.get("new_value")).isEqualTo("李经理");
			assertThat(line.get("changed_by")).isEqualTo(idOf("supervisor1"));
		});
		mvc.perform(get("/customers/" + id).with(as("manager1", "MANAGER"))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/" + id).with(as("manager2", "MANAGER"))).andExpect(status().isOk());
	}

	@Test
	void theDetailPageOffersTheTeamsManagersToTheSupervisorOnly() throws Exception {
		Long id = customerOf("manager1", "转交乙");
		mvc.perform(get("/customers/" + id).with(as("supervisor1", "SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"customer-assignment\"")))
			.andExpect(content().string(containsString("李经理 (manager2)")))
			.andExpect(content().string(not(containsString("赵经理 (manager3)"))));
		mvc.perform(get("/customers/" + id).with(as("manager1", "MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("customer-assignment"))));
		mvc.perform(get("/customers/" + id).with(as("admin", "ADMIN")))
			.andExpect(content().string(containsString("赵经理 (manager3)")));
	}

	@Test
	void aManagerCannotReassign() throws Exception {
		Long id = customerOf("manager1", "转交丙");
		mvc.perform(post("/customers/" + id + "/owner").with(as("manager1", "MANAGER"))
			.with(csrf())
			.param("ownerId", String.valueOf(idOf("manager2"))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权访问")));
		assertThat(ownerOf(id)).isEqualTo(idOf("manager1"));
	}

	@Test
	void aSupervisorCannotHandACustomerToAnotherTeamsManager() throws Exception {
		Long id = customerOf("manager1", "转交丁");
		mvc.perform(post("/customers/" + id + "/owner").with(as("supervisor1", "SUPERVISOR"))
			.with(csrf())
			.param("ownerId", String.valueOf(idOf("manager3")))).andExpect(status().isForbidden());
		mvc.perform(post("/customers/" + id + "/owner").with(as("supervisor1", "SUPERVISOR"))
			.with(csrf())
			.param("ownerId", String.valueOf(idOf("agent1")))).andExpect(status().isForbidden());
		assertThat(ownerOf(id)).isEqualTo(idOf("manager1"));
		assertThat(jdbc.queryForObject("select count(*) from customer_change where customer_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aSupervisorCannotTouchAnotherTeamsCustomer() throws Exception {
		Long id = customerOf("manager3", "转交戊");
		mvc.perform(post("/customers/" + id + "/owner").with(as("supervisor1", "SUPERVISOR"))
			.with(csrf())
			.param("ownerId", String.valueOf(idOf("manager1")))).andExpect(status().isNotFound());
		assertThat(ownerOf(id)).isEqualTo(idOf("manager3"));
	}

	@Test
	void anAdminHandsACustomerToAnyManager() throws Exception {
		Long id = customerOf("manager1", "转交己");
		mvc.perform(post("/customers/" + id + "/owner").with(as("admin", "ADMIN"))
			.with(csrf())
			.param("ownerId", String.valueOf(idOf("manager3")))).andExpect(status().is3xxRedirection());
		assertThat(ownerOf(id)).isEqualTo(idOf("manager3"));
	}

	@Test
	void reassigningNeedsTheCsrfToken() throws Exception {
		Long id = customerOf("manager1", "转交庚");
		mvc.perform(post("/customers/" + id + "/owner").with(as("supervisor1", "SUPERVISOR"))
			.param("ownerId", String.valueOf(idOf("manager2")))).andExpect(status().isForbidden());
		assertThat(ownerOf(id)).isEqualTo(idOf("manager1"));
	}

	@Test
	void handingToTheCurrentOwnerChangesNothing() throws Exception {
		Long id = customerOf("manager2", "转交辛");
		mvc.perform(post("/customers/" + id + "/owner").with(as("supervisor1", "SUPERVISOR"))
			.with(csrf())
			.param("ownerId", String.valueOf(idOf("manager2")))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from customer_change where customer_id = ?", Long.class, id))
			.isZero();
	}

}
