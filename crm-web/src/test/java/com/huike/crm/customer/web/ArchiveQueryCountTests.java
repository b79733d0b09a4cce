package com.huike.crm.customer.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.huike.crm.customer.web.ArchiveFixtures.as;
import static com.huike.crm.customer.web.ArchiveFixtures.customer;
import static com.huike.crm.customer.web.ArchiveFixtures.save;
import static com.huike.crm.customer.web.ArchiveFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The archive pages issue a fixed number of SQL statements, however many changes and
 * authors the history holds (no query per row). Counted by {@link StatementCounter}, like
 * every budget: it sees the JDBC statements too (the parts summary), which Hibernate's
 * statistics do not.
 */
class ArchiveQueryCountTests extends WebIntegrationTest {

	@Test
	void detailAndHistoryPagesDoNotQueryPerChangeOrAuthor() throws Exception {
		long id = customer(mvc, "manager1", "丁典");
		// a full page of recent changes by one author
		for (String[] answer : new String[][] { { "carMake", "大众" }, { "favouriteDishes", "白切鸡" }, { "hobbies", "读书" },
				{ "spectatorSports", "网球" }, { "vacationStyle", "海岛" } }) {
			edit(id, "manager1", answer[0], answer[1]);
		}
		long detailFew = statements(get("/customers/{id}", id).with(as("manager1")));
		long historyFew = statements(get("/customers/{id}/history", id).with(as("manager1")));

		edit(id, "supervisor1", "carMake", "丰田");
		edit(id, "admin", "favouriteDishes", "东坡肉");
		edit(id, "manager1", "hobbies", "书法");
		edit(id, "supervisor1", "spectatorSports", "足球");
		edit(id, "admin", "vacationStyle", "登山");
		long detailMany = statements(get("/customers/{id}", id).with(as("manager1")));
		long historyMany = statements(get("/customers/{id}/history", id).with(as("manager1")));

		assertThat(detailMany).isEqualTo(detailFew).isLessThanOrEqualTo(HotPagesStatementTests.DETAIL_BUDGET);
		assertThat(historyMany).isEqualTo(historyFew).isLessThanOrEqualTo(10);
	}

	private void edit(long id, String user, String key, String value) throws Exception {
		mvc.perform(save(id, "lifestyle", version(mvc, user, id, "lifestyle"), user).param(key, value))
			.andExpect(status().is3xxRedirection());
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		return StatementCounter.count(() -> mvc.perform(request).andExpect(status().isOk()));
	}

}
