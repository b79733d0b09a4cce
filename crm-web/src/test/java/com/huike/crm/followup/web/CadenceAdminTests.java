package com.huike.crm.followup.web;

import com.huike.crm.WebIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CadenceAdminTests extends WebIntegrationTest {

	@Test
	void administratorSeesTheCadencesOfEveryGradeAndActivity() throws Exception {
		mvc.perform(get("/admin/cadences").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"FOLLOW_UP_E\"")))
			.andExpect(content().string(containsString("id=\"VISIT_A\"")));
	}

	@Test
	void aCadenceOfZeroOrNegativeIsRefusedAndTheFormKeepsTheInput() throws Exception {
		mvc.perform(cadences("FOLLOW_UP_B", "0", "VISIT_C", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("天数至少为 1")))
			.andExpect(content().string(containsString("value=\"-3\"")));
		mvc.perform(cadences("FOLLOW_UP_C", "半个月"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入整数天数")));
		mvc.perform(cadences("FOLLOW_UP_D", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每个等级都必须设定追踪天数")));
	}

	@Test
	void administratorSavesAVisitCadenceForGradeD() throws Exception {
		try {
			mvc.perform(cadences("VISIT_D", "90")).andExpect(redirectedUrl("/admin/cadences"));
			mvc.perform(get("/admin/cadences").with(user("admin").roles("ADMIN")))
				.andExpect(content().string(containsString("value=\"90\"")));
		}
		finally {
			mvc.perform(cadences()).andExpect(redirectedUrl("/admin/cadences"));
		}
	}

	@Test
	void onlyTheAdministratorReachesTheCadences() throws Exception {
		mvc.perform(get("/admin/cadences").with(user("manager1").roles("MANAGER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/cadences").with(user("supervisor1").roles("SUPERVISOR"))
			.with(csrf())
			.param("FOLLOW_UP_A", "2")).andExpect(status().isForbidden());
	}

	/**
	 * The spec's defaults, which every other test relies on, with some fields replaced
	 * (name, value, name, value…).
	 */
	private static MockHttpServletRequestBuilder cadences(String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("FOLLOW_UP_A", "1");
		values.put("FOLLOW_UP_B", "7");
		values.put("FOLLOW_UP_C", "15");
		values.put("FOLLOW_UP_D", "30");
		values.put("FOLLOW_UP_E", "365");
		values.put("VISIT_A", "7");
		values.put("VISIT_B", "30");
		values.put("VISIT_C", "60");
		values.put("VISIT_D", "");
		values.put("VISIT_E", "");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/cadences").with(user("admin").roles("ADMIN")).with(csrf());
		values.forEach(request::param);
		return request;
	}

}
