package com.huike.crm.customer.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Customers and archive-part entries for the web tests, created through the pages as a
 * user would.
 */
final class ArchivePartFixtures {

	static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	static final RequestPostProcessor MANAGER2 = user("manager2").roles("MANAGER");

	static final RequestPostProcessor MANAGER3 = user("manager3").roles("MANAGER");

	static final RequestPostProcessor SUPERVISOR1 = user("supervisor1").roles("SUPERVISOR");

	static final RequestPostProcessor SUPERVISOR2 = user("supervisor2").roles("SUPERVISOR");

	static final RequestPostProcessor AGENT1 = user("agent1").roles("AGENT");

	static final RequestPostProcessor CS_MANAGER1 = user("csmanager1").roles("CS_MANAGER");

	static final RequestPostProcessor HANDLER1 = user("handler1").roles("HANDLER");

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	/** Today in the business's time zone, as a form sends it. */
	static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

	private ArchivePartFixtures() {
	}

	/**
	 * Saves a form of an archive part ({@code path}: {@code /customers/1/transactions},
	 * {@code /customers/1/transactions/7}) as the user, dated today, with the given
	 * field-value pairs, and expects the redirect of a successful save.
	 */
	static void save(MockMvc mvc, RequestPostProcessor user, String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user).with(csrf()).param("date", TODAY);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	/** Registers a customer owned by the given manager and returns its id. */
	static long customerOf(MockMvc mvc, RequestPostProcessor manager, String name) throws Exception {
		MvcResult created = mvc
			.perform(post("/customers").with(manager)
				.with(csrf())
				.param("name", name)
				.param("companyName", name + "商贸有限公司")
				.param("mobilePhone", "13800001234")
				.param("grade", "D")
				.param("dealStatus", "CLOSED"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
