package com.huike.crm.customer.web;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CustomerPagesTests extends WebIntegrationTest {

	@Test
	void managerRegistersACustomerAndOpensItsArchive() throws Exception {
		MvcResult created = mvc
			.perform(post("/customers").with(user("manager1").roles("MANAGER"))
				.with(csrf())
				.param("name", "欧阳建国")
				.param("companyName", "杭州建国商贸有限公司")
				.param("mobilePhone", "13912345678")
				.param("grade", "B")
				.param("dealStatus", "NEGOTIATING"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/customers/\\d+");
		mvc.perform(get(location).with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("欧阳建国")))
			.andExpect(content().string(containsString("杭州建国商贸有限公司")));
		mvc.perform(get(location).with(user("manager3").roles("MANAGER"))).andExpect(status().isNotFound());
	}

	@Test
	void invalidMobileNumberIsExplainedInChineseAndTheFormKeepsTheInput() throws Exception {
		mvc.perform(post("/customers").with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("name", "钱多多")
			.param("mobilePhone", "12345")
			.param("grade", "C")
			.param("dealStatus", "POTENTIAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("手机号码应为 11 位数字")))
			.andExpect(content().string(containsString("value=\"钱多多\"")))
			.andExpect(content().string(containsString("value=\"12345\"")));
	}

	@Test
	void listWithoutCsrfTokenCannotCreate() throws Exception {
		mvc.perform(post("/customers").with(user("manager1").roles("MANAGER")).param("name", "无令牌"))
			.andExpect(status().isForbidden());
	}

	@Test
	void agentSeesOnlyContactFieldsOfAnyCustomer() throws Exception {
		MvcResult created = mvc
			.perform(post("/customers").with(user("manager2").roles("MANAGER"))
				.with(csrf())
				.param("name", "单雄信")
				.param("companyName", "隋唐物流")
				.param("mobilePhone", "13700001111")
				.param("grade", "A")
				.param("dealStatus", "CLOSED"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user("agent1").roles("AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("单雄信")))
			.andExpect(content().string(containsString("13700001111")))
			.andExpect(content().string(not(containsString("隋唐物流"))));
	}

}
