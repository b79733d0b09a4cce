package com.huike.crm.customer.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Builds customers and section saves for the archive web tests, through the pages
 * themselves.
 */
final class ArchiveFixtures {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private ArchiveFixtures() {
	}

	static RequestPostProcessor as(String username) {
		String role = switch (username.replaceAll("\\d", "")) {
			case "admin" -> "ADMIN";
			case "supervisor" -> "SUPERVISOR";
			case "agent" -> "AGENT";
			default -> "MANAGER";
		};
		return SecurityMockMvcRequestPostProcessors.user(username).roles(role);
	}

	/** Registers a customer owned by the manager and returns its id. */
	static long customer(MockMvc mvc, String manager, String name) throws Exception {
		MvcResult created = mvc
			.perform(post("/customers").with(as(manager))
				.with(csrf())
				.param("name", name)
				.param("companyName", name + "贸易有限公司")
				.param("mobilePhone", "13800138000")
				.param("grade", "B")
				.param("dealStatus", "NEGOTIATING"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/customers/\\d+");
		return Long.parseLong(location.substring("/customers/".length()));
	}

	/** The archive version in a section's edit form. */
	static long version(MockMvc mvc, String user, long id, String section) throws Exception {
		String form = mvc.perform(get("/customers/{id}/sections/{s}/edit", id, section).with(as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = VERSION.matcher(form);
		assertThat(m.find()).as("version field in the form").isTrue();
		return Long.parseLong(m.group(1));
	}

	/** A save of a section, version included, CSRF on; add the fields with .param(). */
	static MockHttpServletRequestBuilder save(long id, String section, long version, String user) {
		return post("/customers/{id}/sections/{s}/edit", id, section).with(as(user))
			.with(csrf())
			.param("version", String.valueOf(version));
	}

}
