package com.huike.crm.customer.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;

import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.customerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ArchivePartStatementTests extends WebIntegrationTest {

	/** Viewer, customer, owner, page, count, totals, author names… */
	static final long PART_PAGE_BUDGET = 10;

	private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

	@Test
	void partPagesSendTheSameFewStatementsForOneOrManyEntries() throws Exception {
		long quiet = customerOf(mvc, MANAGER1, "计数甲");
		long busy = customerOf(mvc, MANAGER1, "计数乙");
		fill(quiet, 1);
		fill(busy, 12);
		for (String part : new String[] { "reports", "transactions", "adjustments", "credit" }) {
			long few = StatementCounter.count(
					() -> mvc.perform(get("/customers/{id}/" + part, quiet).with(MANAGER1)).andExpect(status().isOk()));
			long many = StatementCounter.count(
					() -> mvc.perform(get("/customers/{id}/" + part, busy).with(MANAGER1)).andExpect(status().isOk()));
			assertThat(many).as(part).isEqualTo(few).isLessThanOrEqualTo(PART_PAGE_BUDGET);
		}
		long api = StatementCounter
			.count(() -> mvc.perform(get("/api/v1/customers/{id}/transactions", busy).with(MANAGER1))
				.andExpect(status().isOk()));
		assertThat(api).isLessThanOrEqualTo(PART_PAGE_BUDGET);
	}

	private void fill(long id, int entries) throws Exception {
		for (int i = 0; i < entries; i++) {
			mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
				.with(csrf())
				.param("date", TODAY)
				.param("product", "产品" + i)
				.param("quantity", "1")
				.param("unitPrice", "2")).andExpect(status().is3xxRedirection());
			mvc.perform(post("/customers/{id}/adjustments", id).with(MANAGER1)
				.with(csrf())
				.param("date", TODAY)
				.param("kind", (i % 2 == 0) ? "DISCOUNT" : "COMPENSATION")
				.param("product", "产品" + i)
				.param("amount", "1")
				.param("reason", "原因" + i)
				.param("responsibility", "OURS")).andExpect(status().is3xxRedirection());
			mvc.perform(post("/customers/{id}/reports", id).with(MANAGER1)
				.with(csrf())
				.param("date", TODAY)
				.param("kind", "VISIT")
				.param("title", "拜访" + i)
				.param("content", "内容" + i)).andExpect(status().is3xxRedirection());
		}
	}

}
