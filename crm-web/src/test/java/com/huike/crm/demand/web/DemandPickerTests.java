package com.huike.crm.demand.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 缺货登记's pickers: the customer is found by the customer search (as you type with htmx, by
 * 查找 without JavaScript) among the user's own customers only and chosen from the matches;
 * the product field suggests the products the user's customers registered or bought, free
 * text still allowed.
 */
class DemandPickerTests extends WebIntegrationTest {

	private static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	/** A name of Chinese characters no other test uses. */
	static String uniqueName(String prefix) {
		String digits = "甲乙丙丁戊己庚辛壬癸";
		StringBuilder name = new StringBuilder(prefix);
		for (int i = 0; i < 6; i++) {
			name.append(digits.charAt(ThreadLocalRandom.current().nextInt(digits.length())));
		}
		return name.toString();
	}

	Long customerOf(String manager, String name, String phone) {
		return customers.create(new NewCustomer(name, null, phone, null, Grade.C, DealStatus.POTENTIAL, null, null),
				identity.viewer(manager).orElseThrow());
	}

	String code(Long id) {
		return jdbc.queryForObject("select code from customer where id = ?", String.class, id);
	}

	String find(RequestPostProcessor who, String query, boolean htmx) throws Exception {
		var request = post("/demands").with(who)
			.with(csrf())
			.param("find", "true")
			.param("customerQuery", query)
			.param("product", "手写的商品")
			.param("quantity", "七")
			.param("requestedOn", "2026-01-05")
			.param("note", "保留的备注");
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theSearchOffersTheUsersOwnCustomersWithNameCodeAndPhoneAndNotAnotherManagers() throws Exception {
		String family = uniqueName("选客");
		Long own = customerOf("manager1", family + "甲", "13800138001");
		Long foreign = customerOf("manager3", family + "乙", "13800138002");

		String page = find(MANAGER1, family, false);
		assertThat(page).contains("id=\"customer-" + own + "\"")
			.contains(family + "甲")
			.contains(code(own))
			.contains("13800138001")
			.doesNotContain(family + "乙")
			.doesNotContain("customer-" + foreign + "\"")
			.doesNotContain(code(foreign));
		// a colleague of the same team is not offered either: only one's own book
		Long colleagues = customerOf("manager2", family + "丙", null);
		assertThat(find(MANAGER1, family, false)).doesNotContain(family + "丙");
		// the colleague's supervisor finds both of the team
		assertThat(find(user("supervisor1").roles("SUPERVISOR"), family, false)).contains(family + "甲")
			.contains("id=\"customer-" + colleagues + "\"")
			.doesNotContain(family + "乙");
		// the code and the phone find the customer too
		assertThat(find(MANAGER1, code(own), false)).contains("id=\"customer-" + own + "\"");
		assertThat(find(MANAGER1, "13800138001", false)).contains("id=\"customer-" + own + "\"");
		// another manager's code finds nothing
		assertThat(find(MANAGER1, code(foreign), false)).contains("您的客户中没有找到匹配的");
	}

	@Test
	void withoutJavaScriptFindComesBackWithTheMatchesAndEverythingTypedThenChoosingOneSaves() throws Exception {
		String name = uniqueName("无脚本");
		Long own = customerOf("manager1", name, null);
		String page = find(MANAGER1, name, false);
		assertThat(page).contains("<html")
			.contains("type=\"radio\"")
			.contains("name=\"customerId\"")
			.contains("value=\"" + name + "\"")
			.contains("value=\"手写的商品\"")
			.contains("value=\"七\"")
			.contains("保留的备注")
			// 查找 is no validation: no error summary yet
			.doesNotContain("form-summary");
		String product = uniqueName("商品");
		mvc.perform(post("/demands").with(MANAGER1)
			.with(csrf())
			.param("customerQuery", name)
			.param("customerId", own.toString())
			.param("product", product)
			.param("quantity", "2")
			.param("requestedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString())
			.param("note", "")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/demands"));
		assertThat(jdbc.queryForObject("select customer_id from demand_registration where product = ?", Long.class,
				product))
			.isEqualTo(own);
	}

	@Test
	void typingAsksForTheMatchesFragmentOnly() throws Exception {
		String name = uniqueName("边打边找");
		Long own = customerOf("manager1", name, null);
		String fragment = find(MANAGER1, name, true);
		assertThat(fragment).startsWith("<div id=\"customer-matches\"")
			.contains("id=\"customer-" + own + "\"")
			.doesNotContain("<html");
		// the form posts the search as you type, with find, and swaps the matches
		String form = mvc.perform(get("/demands/new").with(MANAGER1))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("hx-post=\"/demands\"")
			.contains("from:#customerQuery")
			.contains("hx-target=\"#customer-matches\"")
			.contains("name=\"find\"");
	}

	@Test
	void savingWithoutAChosenCustomerKeepsTheSearchAndSaysWhatToDo() throws Exception {
		String name = uniqueName("未选");
		customerOf("manager1", name, null);
		String page = mvc
			.perform(post("/demands").with(MANAGER1)
				.with(csrf())
				.param("customerQuery", name)
				.param("product", "中华")
				.param("quantity", "1")
				.param("requestedOn", "2026-01-05"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("请查找并选择客户").contains("value=\"" + name + "\"").contains(name + "</span>");
	}

	@Test
	void choosingAnotherManagersCustomerByIdIsRefusedAndNotOffered() throws Exception {
		Long foreign = customerOf("manager3", uniqueName("外人"), null);
		String page = mvc
			.perform(post("/demands").with(MANAGER1)
				.with(csrf())
				.param("customerId", foreign.toString())
				.param("product", "中华")
				.param("quantity", "1")
				.param("requestedOn", "2026-01-05"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("找不到这位客户").doesNotContain("customer-" + foreign + "\"");
	}

	@Test
	void theProductListSuggestsWhatTheUsersCustomersRegisteredOrBoughtAndNothingOfOtherTeams() throws Exception {
		Long own = customerOf("manager1", uniqueName("买过"), null);
		Long foreign = customerOf("manager3", uniqueName("外组买过"), null);
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		String bought = uniqueName("买过的烟");
		String foreignBought = uniqueName("外组的烟");
		String registered = uniqueName("登记过的烟");
		buy("manager1", own, bought, today);
		buy("manager3", foreign, foreignBought, today);
		mvc.perform(post("/demands").with(MANAGER1)
			.with(csrf())
			.param("customerId", own.toString())
			.param("product", registered)
			.param("quantity", "1")
			.param("requestedOn", today)).andExpect(status().is3xxRedirection());

		String form = mvc.perform(get("/demands/new").with(MANAGER1))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String datalist = form.substring(form.indexOf("<datalist id=\"demand-products\""),
				form.indexOf("</datalist>", form.indexOf("<datalist id=\"demand-products\"")));
		assertThat(datalist).contains("value=\"" + bought + "\"")
			.contains("value=\"" + registered + "\"")
			.doesNotContain(foreignBought);
		assertThat(form).contains("list=\"demand-products\"");
		// the other team's manager sees theirs, not ours
		String theirs = mvc.perform(get("/demands/new").with(user("manager3").roles("MANAGER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(theirs).contains("value=\"" + foreignBought + "\"")
			.doesNotContain(bought)
			.doesNotContain(registered);
		// the administrator: the latest transactions of every book
		String admins = mvc.perform(get("/demands/new").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(admins).contains("value=\"" + foreignBought + "\"").contains("value=\"" + bought + "\"");
	}

	private void buy(String manager, Long customer, String product, String day) throws Exception {
		mvc.perform(post("/customers/{id}/transactions", customer).with(user(manager).roles("MANAGER"))
			.with(csrf())
			.param("date", day)
			.param("product", product)
			.param("model", "")
			.param("colourStyle", "")
			.param("quantity", "2")
			.param("unitPrice", "45.00")
			.param("amount", "90.00")
			.param("note", "")).andExpect(status().is3xxRedirection());
	}

}
