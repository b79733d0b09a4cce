package com.huike.crm.followup.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Customers made through the pages, as the users would: registered, then put behind
 * schedule with a back-dated follow-up.
 */
public final class FollowUpWebFixtures {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private FollowUpWebFixtures() {
	}

	public static RequestPostProcessor manager(String username) {
		return user(username).roles("MANAGER");
	}

	public static LocalDateTime now() {
		return LocalDateTime.now(ZONE).withSecond(0).withNano(0);
	}

	/** Registers a customer of the grade for the manager and returns its id. */
	public static long customer(MockMvc mvc, String manager, String name, String grade) throws Exception {
		String location = mvc
			.perform(post("/customers").with(manager(manager))
				.with(csrf())
				.param("name", name)
				.param("grade", grade)
				.param("dealStatus", "NEGOTIATING"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * A grade-A customer whose last follow-up was {@code daysAgo} days ago, with views
	 * that propose A (target need, urgent): due the day after, so overdue by
	 * {@code daysAgo - 1} days.
	 */
	public static long overdueA(MockMvc mvc, String manager, String name, int daysAgo) throws Exception {
		long id = customer(mvc, manager, name, "A");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager(manager))
			.with(csrf())
			.param("occurredAt", now().minusDays(daysAgo).format(INPUT))
			.param("channel", "PHONE")
			.param("content", "电话了解需求")
			.param("dealStatus", "NEGOTIATING")
			.param("importance", "IMPORTANT")
			.param("urgency", "URGENT")
			.param("need", "TARGET")
			.param("grade", "A")).andExpect(status().is3xxRedirection());
		return id;
	}

	/**
	 * Saves the customer-data section (客户资料) of a customer with the given answers (field,
	 * value, field, value…), the name kept: an archive change on the timeline.
	 */
	public static void answerCustomerData(MockMvc mvc, String manager, long id, String name, String... answers)
			throws Exception {
		String form = mvc.perform(get("/customers/{id}/sections/personal/edit", id).with(manager(manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
			.matcher(form);
		if (!version.find()) {
			throw new IllegalStateException("no version in the section form");
		}
		var save = post("/customers/{id}/sections/personal/edit", id).with(manager(manager))
			.with(csrf())
			.param("version", version.group(1))
			.param("name", name);
		for (int i = 0; i < answers.length; i += 2) {
			save.param(answers[i], answers[i + 1]);
		}
		mvc.perform(save).andExpect(status().is3xxRedirection());
	}

}
