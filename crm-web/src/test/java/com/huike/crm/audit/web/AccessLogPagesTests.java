package com.huike.crm.audit.web;

import java.util.List;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccessLogPagesTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminSeesWhoViewedWhichCustomersSensitiveFieldsAndFiltersByCodeAndUser() throws Exception {
		MvcResult created = mvc
			.perform(post("/customers").with(SecurityMockMvcRequestPostProcessors.user("manager3").roles("MANAGER"))
				.with(csrf())
				.param("name", "阎铁珊")
				.param("grade", "C")
				.param("dealStatus", "POTENTIAL"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/customers/".length()));
		String code = jdbc.queryForObject("select code from customer where id = ?", String.class, id);
		mvc.perform(get(location).with(SecurityMockMvcRequestPostProcessors.user("supervisor2").roles("SUPERVISOR")))
			.andExpect(status().isOk());

		mvc.perform(get("/admin/access-log").param("customer", code)
			.with(SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("敏感信息访问记录"), containsString(code), containsString("阎铁珊"),
					containsString("吴市场"), containsString("查看档案"))));
		mvc.perform(get("/admin/access-log").param("customer", code)
			.param("user", "manager1")
			.with(SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("阎铁珊"))));
		// reached from the administration page
		mvc.perform(get("/admin").with(SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("/admin/access-log")));
	}

	@Test
	void accessLogIsForbiddenToEveryoneButAdmins() throws Exception {
		for (String[] user : List.of(new String[] { "manager1", "MANAGER" },
				new String[] { "supervisor1", "SUPERVISOR" }, new String[] { "agent1", "AGENT" })) {
			mvc.perform(
					get("/admin/access-log").with(SecurityMockMvcRequestPostProcessors.user(user[0]).roles(user[1])))
				.andExpect(status().isForbidden());
		}
		MvcResult anonymous = mvc.perform(get("/admin/access-log")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isIn(302, 401);
	}

}
