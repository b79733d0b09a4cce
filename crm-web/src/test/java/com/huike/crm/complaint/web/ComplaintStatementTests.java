package com.huike.crm.complaint.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The call center's hot pages send a fixed, small number of statements whatever the
 * number of rows they show (no query per row).
 */
class ComplaintStatementTests extends WebIntegrationTest {

	/**
	 * Viewer, four lists, the count, names of customers, users, departments, categories
	 * per list, nav counts.
	 */
	static final long QUEUE_BUDGET = 30;

	static final RequestPostProcessor CS_MANAGER = user("csmanager1").roles("CS_MANAGER");

	@Test
	void theQueueSendsTheSameStatementsForAPageOfTwoAndOfTwenty() throws Exception {
		long two = StatementCounter
			.count(() -> mvc.perform(get("/api/v1/complaints/queue").param("size", "2").with(CS_MANAGER))
				.andExpect(status().isOk()));
		long twenty = StatementCounter
			.count(() -> mvc.perform(get("/api/v1/complaints/queue").param("size", "20").with(CS_MANAGER))
				.andExpect(status().isOk()));
		assertThat(twenty).isEqualTo(two).isLessThanOrEqualTo(8);
		long page = StatementCounter
			.count(() -> mvc.perform(get("/complaints").with(CS_MANAGER)).andExpect(status().isOk()));
		assertThat(page).isLessThanOrEqualTo(QUEUE_BUDGET);
	}

	@Test
	void theRequestListSendsTheSameStatementsForFewOrManyRows() throws Exception {
		long few = StatementCounter
			.count(() -> mvc.perform(get("/api/v1/requests").param("size", "2").with(user("agent1").roles("AGENT")))
				.andExpect(status().isOk()));
		long many = StatementCounter
			.count(() -> mvc.perform(get("/api/v1/requests").param("size", "50").with(user("agent1").roles("AGENT")))
				.andExpect(status().isOk()));
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(8);
	}

}
