package com.huike.crm.demand.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DemandPagesTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	@Test
	void managerRegistersADemandAndSeesItUnderItsProduct() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		String product = CareWebFixtures.unique("中华软盒");

		register("manager1", customer, product, "3").andExpect(redirectedUrl("/demands"))
			.andExpect(flash().attribute("flash", "demand.created"));

		mvc.perform(get("/demands").with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(product), containsString(customer.name()),
					containsString("等待到货"), containsString("标记到货"))));
		mvc.perform(get("/demands").with(user("manager3").roles("MANAGER")))
			.andExpect(content().string(not(containsString(customer.name()))));
	}

	@Test
	void quantityZeroIsRejectedAndTheFormKeepsTheInput() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");

		register("manager1", customer, "中华（软）", "0").andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("数量须为 1 到 1000000 之间的整数"), containsString("value=\"中华（软）\""),
							containsString("value=\"0\""), containsString(customer.code()))));
	}

	@Test
	void aQuantityThatIsNoNumberAndAFutureDateAreExplained() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");

		mvc.perform(post("/demands").with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("customerId", customer.id().toString())
			.param("product", "玉溪")
			.param("quantity", "十")
			.param("requestedOn", fixtures.today().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("数量须为整数"), containsString("value=\"十\""))));
		mvc.perform(post("/demands").with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("customerId", customer.id().toString())
			.param("product", "玉溪")
			.param("quantity", "1")
			.param("requestedOn", fixtures.today().plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记日期不能晚于今天")));
	}

	@Test
	void anotherManagersCustomerCodeIsNotFound() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");

		register("manager3", customer, "芙蓉王", "1").andExpect(status().isOk())
			.andExpect(content().string(containsString("找不到这位客户")));
	}

	@Test
	void arrivalPutsTheCustomerOnTheAgendaAndTellingClosesTheRegistration() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager2");
		String product = CareWebFixtures.unique("黄鹤楼");
		register("manager2", customer, product, "2");
		Long id = jdbc.queryForObject("select id from demand_registration where product = ?", Long.class, product);

		mvc.perform(post("/demands/arrivals").with(user("supervisor1").roles("SUPERVISOR"))
			.with(csrf())
			.param("product", product))
			.andExpect(redirectedUrl("/demands"))
			.andExpect(flash().attribute("arrivedCount", 1));
		mvc.perform(get("/care/tasks").with(user("manager2").roles("MANAGER")))
			.andExpect(content()
				.string(allOf(containsString(customer.name()), containsString("告知到货"), containsString(product))));

		mvc.perform(post("/demands/{id}/told", id).with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.param("note", "明天来取"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请选择完成方式"), containsString("明天来取"))));
		mvc.perform(post("/demands/{id}/told", id).with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.param("channel", "PHONE")).andExpect(redirectedUrl("/demands"));

		mvc.perform(get("/demands").with(user("manager2").roles("MANAGER")))
			.andExpect(content().string(not(containsString(product))));
		mvc.perform(get("/care/tasks").with(user("manager2").roles("MANAGER")))
			.andExpect(content().string(not(containsString(product))));
	}

	@Test
	void cancellingAsksFirstAndClosesTheRegistration() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		String product = CareWebFixtures.unique("利群");
		register("manager1", customer, product, "1");
		Long id = jdbc.queryForObject("select id from demand_registration where product = ?", Long.class, product);

		mvc.perform(get("/demands/{id}/cancel", id).with(user("manager1").roles("MANAGER")))
			.andExpect(content().string(containsString("客户不再需要这件商品了吗")));
		mvc.perform(post("/demands/{id}/cancel", id).with(user("manager1").roles("MANAGER")).with(csrf()))
			.andExpect(redirectedUrl("/demands"));
		mvc.perform(get("/demands").with(user("manager1").roles("MANAGER")))
			.andExpect(content().string(not(containsString(product))));
	}

	@Test
	void tellingBeforeTheGoodsArriveIsRefusedWithAMessage() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		String product = CareWebFixtures.unique("南京");
		register("manager1", customer, product, "1");
		Long id = jdbc.queryForObject("select id from demand_registration where product = ?", Long.class, product);

		mvc.perform(post("/demands/{id}/told", id).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("channel", "PHONE"))
			.andExpect(redirectedUrl("/demands"))
			.andExpect(flash().attribute("flash", "demand.notOpen.waiting"));
	}

	@Test
	void otherPeoplesRegistrationsAreHiddenAndAgentsAreRefused() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		String product = CareWebFixtures.unique("云烟");
		register("manager1", customer, product, "1");
		Long id = jdbc.queryForObject("select id from demand_registration where product = ?", Long.class, product);

		mvc.perform(get("/demands/{id}/told", id).with(user("manager3").roles("MANAGER")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/demands/{id}/cancel", id).with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk());
		mvc.perform(post("/demands/{id}/cancel", id).with(user("supervisor1").roles("SUPERVISOR")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/demands").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
		mvc.perform(get("/demands/new").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
		register("agent1", customer, "中华", "1").andExpect(status().isForbidden());
	}

	@Test
	void theFormStartsFromTheCustomerWhenOpenedFromItsArchive() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");

		mvc.perform(get("/demands/new").param("customerId", customer.id().toString())
			.with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(customer.code())));
		mvc.perform(get("/demands/new").param("customerId", customer.id().toString())
			.with(user("manager3").roles("MANAGER"))).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions register(String manager,
			CareWebFixtures.Customer customer, String product, String quantity) throws Exception {
		return mvc.perform(post("/demands").with(user(manager).roles("MANAGER"))
			.with(csrf())
			.param("customerId", customer.id().toString())
			.param("product", product)
			.param("quantity", quantity)
			.param("requestedOn", fixtures.today().toString())
			.param("note", "客户急要"));
	}

}
