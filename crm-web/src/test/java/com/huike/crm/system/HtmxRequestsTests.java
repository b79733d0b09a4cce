package com.huike.crm.system;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.followup.web.FollowUpWebFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * htmx requests are told apart in one place (htmx-spring-boot's {@code HtmxRequest}): the
 * same URL answers htmx with a named fragment of its template and everybody else with the
 * whole page, and says so in {@code Vary} either way.
 */
class HtmxRequestsTests extends WebIntegrationTest {

	private static final RequestPostProcessor MANAGER = FollowUpWebFixtures.manager("manager2");

	@Test
	void anHtmxRequestGetsTheFragmentAndAVaryHeader() throws Exception {
		long id = FollowUpWebFixtures.customer(this.mvc, "manager2", "片段客户", "B");
		this.mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
			.andExpect(content().string(allOf(containsString("id=\"part-table\""), not(containsString("<html")),
					not(containsString("id=\"entry\"")))));
		this.mvc.perform(get("/customers/{id}/timeline", id).with(MANAGER).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aPlainRequestGetsTheWholePageThatVariesAsWell() throws Exception {
		long id = FollowUpWebFixtures.customer(this.mvc, "manager2", "整页客户", "B");
		this.mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"part-table\""),
					containsString("id=\"entry\""))));
		this.mvc.perform(get("/customers/{id}/timeline", id).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void aPageThatNeverAnswersWithAFragmentDoesNotVary() throws Exception {
		this.mvc.perform(get("/customers/new").with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", everyItem(not(containsString("HX-Request")))));
	}

	@Test
	void theNavigationCountIsLeftOutOfWhatHtmxAsksFor() throws Exception {
		FollowUpWebFixtures.overdueA(this.mvc, "manager2", "导航计数客户", 3);
		this.mvc.perform(get("/customers").with(MANAGER))
			.andExpect(content().string(containsString("id=\"agenda-due-count\"")));
		// a history restore gets the whole page, but htmx asked for it: no count is
		// worked out
		this.mvc
			.perform(get("/customers").with(MANAGER)
				.header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<html"), not(containsString("id=\"agenda-due-count\"")))));
	}

}
