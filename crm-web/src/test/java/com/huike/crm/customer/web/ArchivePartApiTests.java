package com.huike.crm.customer.web;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.huike.crm.customer.web.ArchivePartFixtures.ADMIN;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER2;
import static com.huike.crm.customer.web.ArchivePartFixtures.SUPERVISOR2;
import static com.huike.crm.customer.web.ArchivePartFixtures.customerOf;
import static com.huike.crm.customer.web.ArchivePartFixtures.save;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ArchivePartApiTests extends WebIntegrationTest {

	@Test
	void thePartsAreReadableAsJsonWithTotals() throws Exception {
		long id = customerOf(mvc, MANAGER1, "左冷禅");
		enter(id, "transactions", "product", "中华", "quantity", "2", "unitPrice", "45");
		enter(id, "transactions", "product", "玉溪", "quantity", "1", "unitPrice", "20.5");
		enter(id, "adjustments", "kind", "RETURN", "product", "中华", "quantity", "1", "amount", "45", "reason", "破损",
				"responsibility", "LOGISTICS");
		enter(id, "reports", "kind", "VISIT", "title", "首次拜访", "content", "门店位于十字路口。");
		mvc.perform(post("/customers/{id}/credit", id).with(MANAGER1)
			.with(csrf())
			.param("creditRating", "A")
			.param("paymentMethod", "CASH_ON_DELIVERY")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/customers/{id}/transactions", id).with(httpBasic("manager1", "demo123"))
			.param("sort", "amount,desc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].product").value("中华"))
			.andExpect(jsonPath("$.content[0].amount").value(90.0))
			.andExpect(jsonPath("$.totals.count").value(2))
			.andExpect(jsonPath("$.totals.amount").value(110.5))
			.andExpect(jsonPath("$.totalElements").value(2));
		mvc.perform(get("/api/v1/customers/{id}/adjustments", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].responsibility").value("LOGISTICS"))
			.andExpect(jsonPath("$.totals.all.amount").value(45.0))
			.andExpect(jsonPath("$.totals.byKind[0].kind").value("RETURN"));
		mvc.perform(get("/api/v1/customers/{id}/reports", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].title").value("首次拜访"))
			.andExpect(jsonPath("$.content[0].authorName").value("王经理"));
		mvc.perform(get("/api/v1/customers/{id}/credit", id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creditRating").value("A"))
			.andExpect(jsonPath("$.paymentMethod").value("CASH_ON_DELIVERY"))
			.andExpect(jsonPath("$.version").isNumber());
	}

	@Test
	void partsOfOtherPeoplesCustomersAreNotFound() throws Exception {
		long id = customerOf(mvc, MANAGER1, "岳不群");
		for (String part : new String[] { "reports", "credit", "transactions", "adjustments" }) {
			mvc.perform(get("/api/v1/customers/{id}/" + part, id).with(SUPERVISOR2))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));
		}
		mvc.perform(get("/api/v1/customers/{id}/transactions", id).with(MANAGER2)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}/transactions", Long.MAX_VALUE).with(MANAGER1))
			.andExpect(status().isNotFound());
	}

	@Test
	void partPagingIsCheckedLikeTheCustomerList() throws Exception {
		long id = customerOf(mvc, MANAGER1, "宁中则");
		mvc.perform(get("/api/v1/customers/{id}/transactions", id).with(MANAGER1).param("size", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
		mvc.perform(get("/api/v1/customers/{id}/adjustments", id).with(MANAGER1).param("sort", "reason"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/customers/{id}/credit", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").doesNotExist())
			.andExpect(jsonPath("$.editable").value(true));
	}

	private void enter(long id, String part, String... fields) throws Exception {
		save(mvc, MANAGER1, "/customers/" + id + "/" + part, fields);
	}

}
