package com.huike.crm.security;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityTests extends WebIntegrationTest {

	@Test
	void demoManagerSignsInWithTheDemoPassword() throws Exception {
		mvc.perform(formLogin().user("manager1").password("demo123"))
			.andExpect(authenticated().withUsername("manager1"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		mvc.perform(formLogin().user("manager2").password("wrong")).andExpect(unauthenticated());
	}

	@Test
	void anonymousVisitorIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/customers").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousApiCallIsAskedForCredentials() throws Exception {
		mvc.perform(get("/customers").accept(org.springframework.http.MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
	}

	@Test
	void healthIsOpenWithStatusOnly() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
		mvc.perform(get("/actuator/metrics")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("manager1")
				.roles("MANAGER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
					.roles("ADMIN")))
			.andExpect(status().isOk());
	}

}
