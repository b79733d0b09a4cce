package com.huike.crm.customer.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.huike.crm.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk 转交 from the customer list: choose several, choose the manager, confirm. The rules
 * of the single hand-over (supervisors within their team, administrators to any enabled
 * manager, nobody else), all or none, at most 100, one history line per customer, and a
 * customer changed after the confirmation page was shown is not overwritten silently.
 */
class BulkReassignmentTests extends WebIntegrationTest {

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	static RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

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

	long versionOf(Long customerId) {
		return jdbc.queryForObject("select version from customer where id = ?", Long.class, customerId);
	}

	long historyOf(Long customerId) {
		return jdbc.queryForObject("select count(*) from customer_change where customer_id = ? and field = 'owner'",
				Long.class, customerId);
	}

	MockHttpServletRequestBuilder confirm(Long ownerId, Long... ids) {
		MockHttpServletRequestBuilder request = post("/customers/reassignments").with(csrf())
			.param("ownerId", String.valueOf(ownerId));
		for (Long id : ids) {
			request.param("customerIds", String.valueOf(id)).param("versions", String.valueOf(versionOf(id)));
		}
		return request;
	}

	/** The redirect followed in the same session (the flash lives in the session). */
	static MockHttpServletRequestBuilder followed(MvcResult redirect, RequestPostProcessor who) {
		MockHttpServletRequestBuilder next = get(redirect.getResponse().getRedirectedUrl()).with(who);
		for (Cookie cookie : redirect.getResponse().getCookies()) {
			next.cookie(cookie);
		}
		return next;
	}

	@Test
	void theListOffersCheckBoxesAndTheTeamsManagersToSupervisorsAndAdminsOnly() throws Exception {
		customerOf("manager1", "批量列表客户");
		mvc.perform(get("/customers").param("q", "批量列表客户").with(as("supervisor1", "SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bulk-reassign\"")))
			.andExpect(content().string(containsString("name=\"customerIds\"")))
			.andExpect(content().string(containsString("form=\"bulk-reassign\"")))
			.andExpect(content().string(containsString("data-select-all=\"customerIds\"")))
			.andExpect(content().string(containsString(">李经理</option>")))
			.andExpect(content().string(not(containsString(">赵经理</option>"))))
			// the filter buttons stay as they are
			.andExpect(content().string(containsString("href=\"/customers\"")));
		mvc.perform(get("/customers").with(as("admin", "ADMIN")))
			.andExpect(content().string(containsString("id=\"bulk-reassign\"")))
			.andExpect(content().string(containsString(">赵经理</option>")));
		mvc.perform(get("/customers").with(as("manager1", "MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("bulk-reassign"))))
			.andExpect(content().string(not(containsString("name=\"customerIds\""))));
		mvc.perform(get("/customers").param("q", "批量列表客户").with(as("agent1", "AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("bulk-reassign"))))
			.andExpect(content().string(not(containsString("name=\"customerIds\""))));
	}

	@Test
	void aSupervisorConfirmsAndTheTeamsCustomersChangeHandsEachWithItsHistoryLine() throws Exception {
		Long a = customerOf("manager1", "批量甲");
		Long b = customerOf("manager1", "批量乙");
		Long c = customerOf("manager2", "批量丙");
		Long manager2 = idOf("manager2");
		mvc.perform(get("/customers/reassignments/new").with(as("supervisor1", "SUPERVISOR"))
			.param("customerIds", a.toString(), b.toString(), c.toString())
			.param("ownerId", manager2.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("以下 2 位客户将转交给 李经理")))
			.andExpect(content().string(containsString("批量甲")))
			.andExpect(content().string(containsString("已是该经理的客户")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		// showing the confirmation changed nothing
		assertThat(ownerOf(a)).isEqualTo(idOf("manager1"));

		mvc.perform(confirm(manager2, a, b, c).with(as("supervisor1", "SUPERVISOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers"))
			.andExpect(flash().attribute("flash", "assignment.bulk.saved"));
		assertThat(List.of(ownerOf(a), ownerOf(b), ownerOf(c))).containsOnly(manager2);
		assertThat(historyOf(a)).isOne();
		assertThat(historyOf(b)).isOne();
		assertThat(historyOf(c)).isZero();
		List<Map<String, Object>> line = jdbc.queryForList(
				"select old_value, new_value, changed_by from customer_change where customer_id = ? and field = 'owner'",
				a);
		assertThat(line).singleElement().satisfies(l -> {
			assertThat(l.get("old_value")).isEqualTo("王经理");
			assertThat(l.get("new_value")).isEqualTo("李经理");
			assertThat(l.get("changed_by")).isEqualTo(idOf("supervisor1"));
		});
		mvc.perform(get("/customers/" + a + "/history").with(as("manager2", "MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("李经理")));
	}

	@Test
	void theFlashSaysHowManyWereHandedOver() throws Exception {
		Long a = customerOf("manager1", "批量提示甲");
		Long b = customerOf("manager1", "批量提示乙");
		var done = mvc.perform(confirm(idOf("manager2"), a, b).with(as("supervisor1", "SUPERVISOR")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(followed(done, as("supervisor1", "SUPERVISOR")))
			.andExpect(content().string(containsString("已将 2 位客户转交给 李经理。")));
	}

	@Test
	void anotherTeamsCustomerAmongThemChangesNothingAndSaysWhy() throws Exception {
		Long ours = customerOf("manager1", "批量本组");
		Long theirs = customerOf("manager3", "批量外组");
		var flashMap = mvc.perform(confirm(idOf("manager2"), ours, theirs).with(as("supervisor1", "SUPERVISOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers"))
			.andExpect(flash().attribute("flashWarning", "assignment.bulk.notFound"))
			.andReturn();
		assertThat(ownerOf(ours)).isEqualTo(idOf("manager1"));
		assertThat(ownerOf(theirs)).isEqualTo(idOf("manager3"));
		assertThat(historyOf(ours)).isZero();
		mvc.perform(followed(flashMap, as("supervisor1", "SUPERVISOR")))
			.andExpect(content().string(containsString("没有转交任何客户")));
		// the confirmation page does not show it either
		mvc.perform(get("/customers/reassignments/new").with(as("supervisor1", "SUPERVISOR"))
			.param("customerIds", ours.toString(), theirs.toString())
			.param("ownerId", idOf("manager2").toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashWarning", "assignment.bulk.notFound"));
	}

	@Test
	void aSupervisorCannotHandToAnotherTeamsManagerOrADisabledOrNonManagerUser() throws Exception {
		Long id = customerOf("manager1", "批量目标");
		for (String target : List.of("manager3", "agent1", "supervisor1")) {
			mvc.perform(confirm(idOf(target), id).with(as("supervisor1", "SUPERVISOR")))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flashWarning", "assignment.ownerNotAllowed"));
		}
		assertThat(ownerOf(id)).isEqualTo(idOf("manager1"));
		assertThat(historyOf(id)).isZero();
	}

	@Test
	void anAdminHandsAnyCustomersToAnyManager() throws Exception {
		Long a = customerOf("manager1", "批量管理员甲");
		Long b = customerOf("manager3", "批量管理员乙");
		mvc.perform(confirm(idOf("manager3"), a, b).with(as("admin", "ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "assignment.bulk.saved"));
		assertThat(ownerOf(a)).isEqualTo(idOf("manager3"));
		assertThat(historyOf(a)).isOne();
		assertThat(historyOf(b)).isZero();
	}

	@Test
	void managersAndTheCallCenterAreForbidden() throws Exception {
		Long id = customerOf("manager1", "批量禁止");
		for (RequestPostProcessor who : List.of(as("manager1", "MANAGER"), as("agent1", "AGENT"),
				as("csmanager1", "CS_MANAGER"))) {
			mvc.perform(confirm(idOf("manager2"), id).with(who)).andExpect(status().isForbidden());
			mvc.perform(get("/customers/reassignments/new").with(who)
				.param("customerIds", id.toString())
				.param("ownerId", idOf("manager2").toString())).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/customers/reassignments").with(csrf())
				.with(who)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerIds\":[" + id + "],\"ownerId\":" + idOf("manager2") + "}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		assertThat(ownerOf(id)).isEqualTo(idOf("manager1"));
	}

	@Test
	void hostileParametersAreNeverA500() throws Exception {
		Long id = customerOf("manager1", "批量敌意");
		for (String value : List.of("abc", "\u0000", "-1", "99999999999999999999", "", "1e400")) {
			for (String field : List.of("customerIds", "versions", "ownerId")) {
				MockHttpServletRequestBuilder request = post("/customers/reassignments").with(csrf())
					.with(as("supervisor1", "SUPERVISOR"));
				request.param("customerIds", field.equals("customerIds") ? value : id.toString());
				request.param("versions", field.equals("versions") ? value : "0");
				request.param("ownerId", field.equals("ownerId") ? value : idOf("manager2").toString());
				assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(field + "=" + value)
					.isLessThan(500);
				assertThat(mvc
					.perform(get("/customers/reassignments/new").with(as("supervisor1", "SUPERVISOR"))
						.param("customerIds", field.equals("customerIds") ? value : id.toString())
						.param("ownerId", field.equals("ownerId") ? value : idOf("manager2").toString()))
					.andReturn()
					.getResponse()
					.getStatus()).as("GET " + field + "=" + value).isLessThan(500);
			}
		}
	}

	@Test
	void nullsInTheApiBodyAreNoFault() throws Exception {
		Long id = customerOf("manager1", "接口空值");
		for (String body : List.of(
				"{\"customerIds\":[null],\"ownerId\":null}", "{\"customerIds\":[" + id + ",null],\"ownerId\":"
						+ idOf("manager2") + ",\"versions\":{\"" + id + "\":null}}",
				"{\"customerIds\":null,\"ownerId\":1,\"versions\":null}")) {
			int status = mvc
				.perform(post("/api/v1/customers/reassignments").with(csrf())
					.with(as("supervisor1", "SUPERVISOR"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(body).isLessThan(500);
		}
	}

	@Test
	void withoutTheCsrfTokenNothingChanges() throws Exception {
		Long id = customerOf("manager1", "批量CSRF");
		mvc.perform(post("/customers/reassignments").with(as("supervisor1", "SUPERVISOR"))
			.param("customerIds", id.toString())
			.param("ownerId", idOf("manager2").toString())).andExpect(status().isForbidden());
		assertThat(ownerOf(id)).isEqualTo(idOf("manager1"));
	}

	@Test
	void moreThanAHundredAreRefusedWithAMessage() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			ids.add(customerOf("manager1", "批量上限" + i));
		}
		var flashMap = mvc.perform(confirm(idOf("manager2"), ids.toArray(Long[]::new)).with(as("admin", "ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashWarning", "assignment.bulk.tooMany"))
			.andReturn();
		mvc.perform(followed(flashMap, as("admin", "ADMIN")))
			.andExpect(content().string(containsString("一次最多转交 100 位客户（已选 101 位）")));
		assertThat(ids.stream().map(this::ownerOf)).containsOnly(idOf("manager1"));
		String body = "{\"customerIds\":" + ids + ",\"ownerId\":" + idOf("manager2") + "}";
		mvc.perform(post("/api/v1/customers/reassignments").with(csrf())
			.with(as("admin", "ADMIN"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:huike:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("customerIds"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("At most 100")));
		// exactly a hundred is fine
		mvc.perform(confirm(idOf("manager2"), ids.subList(0, 100).toArray(Long[]::new)).with(as("admin", "ADMIN")))
			.andExpect(flash().attribute("flash", "assignment.bulk.saved"));
		assertThat(ownerOf(ids.get(99))).isEqualTo(idOf("manager2"));
		assertThat(ownerOf(ids.get(100))).isEqualTo(idOf("manager1"));
	}

	@Test
	void nothingChosenOrNoManagerGoesBackToTheListWithAMessage() throws Exception {
		mvc.perform(get("/customers/reassignments/new").with(as("supervisor1", "SUPERVISOR"))
			.param("ownerId", idOf("manager2").toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashWarning", "assignment.bulk.none"));
		Long id = customerOf("manager1", "批量无经理");
		mvc.perform(get("/customers/reassignments/new").with(as("supervisor1", "SUPERVISOR"))
			.param("customerIds", id.toString())
			.param("ownerId", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashWarning", "assignment.chooseManager"));
	}

	@Test
	void aCustomerChangedAfterTheConfirmationWasShownIsNotOverwrittenSilently() throws Exception {
		Long a = customerOf("manager1", "批量并发甲");
		Long b = customerOf("manager1", "批量并发乙");
		MockHttpServletRequestBuilder stale = confirm(idOf("manager2"), a, b).with(as("supervisor1", "SUPERVISOR"));
		// meanwhile someone else hands b to manager2's colleague... and back: a new
		// version
		jdbc.update("update customer set version = version + 1 where id = ?", b);
		mvc.perform(stale)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reassign-changed\"")))
			.andExpect(content().string(containsString("没有转交任何客户")))
			.andExpect(content().string(containsString("value=\"" + versionOf(b) + "\"")));
		assertThat(ownerOf(a)).isEqualTo(idOf("manager1"));
		assertThat(historyOf(a)).isZero();
	}

	@Test
	void theApiHandsOverWithTheSameRulesAndProblemDetails() throws Exception {
		Long a = customerOf("manager1", "接口批量甲");
		Long b = customerOf("manager2", "接口批量乙");
		Long foreign = customerOf("manager3", "接口批量外组");
		Long manager2 = idOf("manager2");
		mvc.perform(post("/api/v1/customers/reassignments").with(csrf())
			.with(as("supervisor1", "SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerIds\":[" + a + "," + b + "],\"ownerId\":" + manager2 + ",\"versions\":{\"" + a + "\":"
					+ versionOf(a) + "}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reassigned").value(1))
			.andExpect(jsonPath("$.customerIds[0]").value(a))
			.andExpect(jsonPath("$.ownerId").value(manager2));
		assertThat(ownerOf(a)).isEqualTo(manager2);
		assertThat(historyOf(a)).isOne();

		Long c = customerOf("manager1", "接口批量丙");
		// another team's customer: 404, nothing changes
		mvc.perform(post("/api/v1/customers/reassignments").with(csrf())
			.with(as("supervisor1", "SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerIds\":[" + c + "," + foreign + "],\"ownerId\":" + manager2 + "}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:huike:problem:not-found"))
			.andExpect(jsonPath("$.detail").value(containsString("没有转交任何客户")));
		assertThat(ownerOf(c)).isEqualTo(idOf("manager1"));
		// another team's manager: 403
		mvc.perform(post("/api/v1/customers/reassignments").with(csrf())
			.with(as("supervisor1", "SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerIds\":[" + c + "],\"ownerId\":" + idOf("manager3") + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("管辖范围内已启用的客户经理")));
		// no customers, no manager: 400 naming both
		mvc.perform(post("/api/v1/customers/reassignments").with(csrf())
			.with(as("supervisor1", "SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerIds\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("customerIds", "ownerId")));
		// a stale version: 409 with the version now saved
		mvc.perform(post("/api/v1/customers/reassignments").with(csrf())
			.with(as("supervisor1", "SUPERVISOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerIds\":[" + c + "],\"ownerId\":" + manager2 + ",\"versions\":{\"" + c + "\":"
					+ (versionOf(c) + 5) + "}}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(versionOf(c)));
		assertThat(ownerOf(c)).isEqualTo(idOf("manager1"));
		assertThat(historyOf(c)).isZero();
	}

	@Test
	void theApiOperationIsDocumented() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs").with(as("admin", "ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(doc).contains("\"reassignCustomers\"").contains("\"CustomerReassignment\"");
		mvc.perform(get("/v3/api-docs").with(as("admin", "ADMIN")))
			.andExpect(jsonPath("$.paths['/api/v1/customers/reassignments'].post.tags[0]").value("Customers"))
			.andExpect(jsonPath("$.paths['/api/v1/customers/reassignments'].post.responses['404'].content"
					+ "['application/problem+json'].schema.$ref")
				.value("#/components/schemas/Problem"))
			.andExpect(jsonPath("$.paths['/api/v1/customers/reassignments'].post.responses['409'].content"
					+ "['application/problem+json'].schema.$ref")
				.value("#/components/schemas/Problem"));
	}

}
