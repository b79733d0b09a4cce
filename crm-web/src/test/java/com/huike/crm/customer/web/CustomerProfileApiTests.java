package com.huike.crm.customer.web;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.huike.crm.customer.web.ArchivePartFixtures.AGENT1;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.customerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CustomerProfileApiTests extends WebIntegrationTest {

	private static final RequestPostProcessor BASIC_MANAGER1 = httpBasic("manager1", "demo123");

	private static final RequestPostProcessor BASIC_ADMIN = httpBasic("admin", "demo123");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void profileAnswersAreReadAndChangedByTheKeysOfTheQuestionnaire() throws Exception {
		long id = customerOf(mvc, MANAGER1, "冲虚道长");
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, "{\"nickname\":\"老道\",\"drinks\":\"NO\",\"hobbies\":\"太极\",\"heightCm\":172}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.nickname").value("老道"))
			.andExpect(jsonPath("$.profile.drinks").value("NO"))
			.andExpect(jsonPath("$.profile.heightCm").value(172))
			.andExpect(jsonPath("$.profile.name").doesNotExist())
			.andExpect(jsonPath("$.name").value("冲虚道长"));

		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, "{\"hobbies\":null}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.hobbies").doesNotExist())
			.andExpect(jsonPath("$.profile.nickname").value("老道"));
		assertThat(jdbc.queryForObject(
				"select count(*) from customer_change where customer_id = ? and field = 'nickname' and new_value = '老道'",
				Long.class, id))
			.isOne();
	}

	@Test
	void sensitiveAnswersAreShownOnlyToOwnerAndSupervisorAndTheirReadingIsAudited() throws Exception {
		long id = customerOf(mvc, MANAGER1, "方证大师");
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, "{\"nickname\":\"方丈\",\"religion\":\"佛教\"}"))).andExpect(status().isOk());
		long audited = jdbc.queryForObject("select count(*) from sensitive_access where customer_id = ?", Long.class,
				id);
		assertThat(audited).isPositive();

		mvc.perform(get("/api/v1/customers/{id}", id).with(httpBasic("supervisor1", "demo123")))
			.andExpect(jsonPath("$.profile.religion").value("佛教"));
		mvc.perform(get("/api/v1/customers/{id}", id).with(BASIC_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.nickname").value("方丈"))
			.andExpect(jsonPath("$.profile.religion").doesNotExist());
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, "{\"religion\":\"无\"}"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/customers/{id}", id).with(AGENT1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile").doesNotExist());
	}

	@Test
	void invalidProfileAnswersAreNamedByTheirKey() throws Exception {
		long id = customerOf(mvc, MANAGER1, "莫大先生");
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, "{\"drinks\":\"MAYBE\",\"heightCm\":999}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("profile.drinks")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("profile.heightCm")));
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, "{\"name\":\"改名\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("profile.name"))
			.andExpect(jsonPath("$.errors[0].message").value("“name”是顶层字段，请在顶层修改，不要放在 profile 中。"));
		assertThat(jdbc.queryForObject("select name from customer where id = ?", String.class, id)).isEqualTo("莫大先生");
	}

	private String body(long id, String profile) {
		long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
		String name = jdbc.queryForObject("select name from customer where id = ?", String.class, id);
		return """
				{"version":%d,"name":"%s","mobilePhone":"13800001234","grade":"D","dealStatus":"CLOSED",
				 "profile":%s}""".formatted(version, name, profile);
	}

}
