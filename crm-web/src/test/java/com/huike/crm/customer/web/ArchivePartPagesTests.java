package com.huike.crm.customer.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.huike.crm.customer.web.ArchivePartFixtures.ADMIN;
import static com.huike.crm.customer.web.ArchivePartFixtures.AGENT1;
import static com.huike.crm.customer.web.ArchivePartFixtures.CS_MANAGER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.HANDLER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER3;
import static com.huike.crm.customer.web.ArchivePartFixtures.SUPERVISOR1;
import static com.huike.crm.customer.web.ArchivePartFixtures.SUPERVISOR2;
import static com.huike.crm.customer.web.ArchivePartFixtures.customerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ArchivePartPagesTests extends WebIntegrationTest {

	private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void managerRecordsTransactionsAndSeesThemWithTotals() throws Exception {
		long id = customerOf(mvc, MANAGER1, "郭靖");
		addTransaction(id, "2026-01-05", "红塔山", "3", "10.50", "");
		addTransaction(id, "2026-02-01", "中华", "2", "45.00", "90.00");

		mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("红塔山"), containsString("中华"), containsString("合计（共 2 条）"),
					containsString("121.50"), containsString("31.50"))));

		List<String> fields = jdbc.queryForList(
				"select field from customer_change where customer_id = ? and section = 'transactions'", String.class,
				id);
		assertThat(fields).anyMatch(f -> f.matches("transaction#\\d+\\.amount"))
			.anyMatch(f -> f.matches("transaction#\\d+\\.product"));
		String newAmount = jdbc.queryForObject("select new_value from customer_change where customer_id = ?"
				+ " and field like 'transaction#%.amount' order by id limit 1", String.class, id);
		assertThat(newAmount).isEqualTo("31.5");
	}

	@Test
	void recordingAPartEntryRefreshesTheArchive() throws Exception {
		long id = customerOf(mvc, MANAGER1, "黄蓉");
		jdbc.update("update customer set updated_at = now() - interval '30 days' where id = ?", id);
		addTransaction(id, "2026-01-05", "玉溪", "1", "20", "");
		Long age = jdbc.queryForObject("select extract(day from now() - updated_at)::bigint from customer where id = ?",
				Long.class, id);
		assertThat(age).isZero();
	}

	@Test
	void invalidTransactionIsExplainedInChineseAndTheFormKeepsTheInput() throws Exception {
		long id = customerOf(mvc, MANAGER1, "杨过");
		mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER1))
			.andExpect(content().string(containsString("value=\"" + TODAY + "\"")));
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
			.with(csrf())
			.param("date", TODAY)
			.param("product", "中华（软）")
			.param("quantity", "0")
			.param("unitPrice", "12.345"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("数量必须大于 0。"),
					containsString("请输入 0 到 9999999999.99 之间的金额，最多 2 位小数。"), containsString("value=\"中华（软）\""),
					containsString("value=\"12.345\""), containsString("value=\"" + TODAY + "\""))));
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
			.with(csrf())
			.param("date", TODAY)
			.param("product", "中华（软）")
			.param("quantity", "2")
			.param("unitPrice", "12")
			.param("amount", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请输入数字，例如 12.50。"), containsString("value=\"abc\""),
					containsString("value=\"" + TODAY + "\""))));
		assertThat(
				jdbc.queryForObject("select count(*) from customer_transaction where customer_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void missingFieldsAreNamed() throws Exception {
		long id = customerOf(mvc, MANAGER1, "小龙女");
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1).with(csrf()).param("date", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请填写日期。"), containsString("请填写产品。"),
					containsString("请填写数量。"), containsString("请填写单价。"))));
	}

	@Test
	void aPurchaseCannotLieInTheFuture() throws Exception {
		long id = customerOf(mvc, MANAGER1, "周伯通");
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
			.with(csrf())
			.param("date", tomorrow)
			.param("product", "中华")
			.param("quantity", "1")
			.param("unitPrice", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("日期不能晚于今天。"), containsString(tomorrow))));
	}

	@Test
	void anAmountThatIsNotQuantityTimesPriceIsRefused() throws Exception {
		long id = customerOf(mvc, MANAGER1, "洪七公");
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
			.with(csrf())
			.param("date", TODAY)
			.param("product", "中华")
			.param("quantity", "3")
			.param("unitPrice", "45.00")
			.param("amount", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("金额应等于数量 × 单价，即 135.00 元。")));
	}

	@Test
	void editingWithAStaleVersionIsRefusedAndShowsWhatIsSavedNow() throws Exception {
		long id = customerOf(mvc, MANAGER1, "欧阳锋");
		addTransaction(id, "2026-01-05", "中华", "1", "45", "");
		Long tid = jdbc.queryForObject("select id from customer_transaction where customer_id = ?", Long.class, id);

		mvc.perform(get("/customers/{id}/transactions/{t}/edit", id, tid).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"中华\"")));
		mvc.perform(reviseTransaction(id, tid, "0", "中华（硬）", "2"))
			.andExpect(redirectedUrl("/customers/" + id + "/transactions"));
		mvc.perform(reviseTransaction(id, tid, "0", "玉溪", "5"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("该记录已被他人修改"), containsString("中华（硬）"), containsString("value=\"玉溪\""))));
		assertThat(jdbc.queryForObject("select product from customer_transaction where id = ?", String.class, tid))
			.isEqualTo("中华（硬）");
		assertThat(jdbc.queryForObject(
				"select old_value || '→' || new_value from customer_change where field = ? and old_value is not null",
				String.class, "transaction#" + tid + ".quantity"))
			.isEqualTo("1→2");
	}

	@Test
	void deletingAsksForConfirmationFirstAndKeepsTheHistory() throws Exception {
		long id = customerOf(mvc, MANAGER1, "梅超风");
		addTransaction(id, "2026-01-05", "红河", "4", "8", "");
		Long tid = jdbc.queryForObject("select id from customer_transaction where customer_id = ?", Long.class, id);

		mvc.perform(post("/customers/{id}/transactions/{t}/delete", id, tid).with(MANAGER1).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("确认删除"), containsString("name=\"confirmed\""))));
		mvc.perform(get("/customers/{id}/transactions/{t}/delete", id, tid).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("红河")));
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where id = ?", Long.class, tid))
			.isOne();

		mvc.perform(post("/customers/{id}/transactions/{t}/delete", id, tid).with(MANAGER1)
			.with(csrf())
			.param("confirmed", "true"))
			.andExpect(redirectedUrl("/customers/" + id + "/transactions"))
			.andExpect(flash().attribute("flash", "parts.transaction.deleted"));
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where id = ?", Long.class, tid))
			.isZero();
		assertThat(jdbc.queryForObject("select old_value from customer_change where field = ? and new_value is null",
				String.class, "transaction#" + tid + ".product"))
			.isEqualTo("红河");
		mvc.perform(get("/customers/{id}/history", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("交易状况"), containsString("交易 #" + tid + " · 产品"), containsString("红河"))));
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() throws Exception {
		long id = customerOf(mvc, MANAGER1, "柯镇恶");
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
			.param("date", TODAY)
			.param("product", "中华")
			.param("quantity", "1")
			.param("unitPrice", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/customers/{id}/credit", id).with(MANAGER1).param("creditRating", "AA"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/customers/{id}/reports", id).with(MANAGER1).param("title", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/customers/{id}/adjustments", id).with(MANAGER1).param("product", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherManagersCustomerDoesNotExistOnAnyPartPage() throws Exception {
		long id = customerOf(mvc, MANAGER1, "丘处机");
		for (String part : List.of("reports", "credit", "transactions", "adjustments")) {
			mvc.perform(get("/customers/{id}/{part}", id, part).with(MANAGER3)).andExpect(status().isNotFound());
			mvc.perform(get("/customers/{id}/{part}", id, part).with(SUPERVISOR2)).andExpect(status().isNotFound());
			mvc.perform(get("/customers/{id}/{part}", id, part).with(AGENT1)).andExpect(status().isNotFound());
			mvc.perform(get("/customers/{id}/{part}", id, part).with(CS_MANAGER1)).andExpect(status().isNotFound());
			mvc.perform(get("/customers/{id}/{part}", id, part).with(HANDLER1)).andExpect(status().isNotFound());
		}
		addTransaction(id, "2026-01-05", "中华", "1", "45", "");
		Long tid = jdbc.queryForObject("select id from customer_transaction where customer_id = ?", Long.class, id);
		mvc.perform(get("/customers/{id}/transactions/{t}/edit", id, tid).with(SUPERVISOR2))
			.andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/transactions/{t}", id, tid).with(AGENT1)
			.with(csrf())
			.param("version", "0")
			.param("date", TODAY)
			.param("product", "改")
			.param("quantity", "1")
			.param("unitPrice", "1")).andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/transactions/{t}/delete", id, tid).with(MANAGER3)
			.with(csrf())
			.param("confirmed", "true")).andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER3)
			.with(csrf())
			.param("date", TODAY)
			.param("product", "中华")
			.param("quantity", "1")
			.param("unitPrice", "1")).andExpect(status().isNotFound());
		assertThat(
				jdbc.queryForList("select product from customer_transaction where customer_id = ?", String.class, id))
			.containsExactly("中华");
	}

	@Test
	void anEntryOfAnotherCustomerCannotBeReachedThroughOnesOwnCustomer() throws Exception {
		long mine = customerOf(mvc, MANAGER1, "王处一");
		long theirs = customerOf(mvc, MANAGER3, "马钰");
		mvc.perform(post("/customers/{id}/transactions", theirs).with(MANAGER3)
			.with(csrf())
			.param("date", TODAY)
			.param("product", "中华")
			.param("quantity", "1")
			.param("unitPrice", "1")).andExpect(status().is3xxRedirection());
		Long tid = jdbc.queryForObject("select id from customer_transaction where customer_id = ?", Long.class, theirs);
		mvc.perform(get("/customers/{id}/transactions/{t}/edit", mine, tid).with(MANAGER1))
			.andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/transactions/{t}/delete", mine, tid).with(MANAGER1)
			.with(csrf())
			.param("confirmed", "true")).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where id = ?", Long.class, tid))
			.isOne();
	}

	@Test
	void theTeamsSupervisorAndTheAdministratorSeeTheParts() throws Exception {
		long id = customerOf(mvc, MANAGER1, "尹志平");
		addTransaction(id, "2026-01-05", "黄鹤楼", "1", "20", "");
		mvc.perform(get("/customers/{id}/transactions", id).with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("黄鹤楼")));
		mvc.perform(get("/customers/{id}/transactions", id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("黄鹤楼")));
		mvc.perform(post("/customers/{id}/transactions", id).with(SUPERVISOR1)
			.with(csrf())
			.param("date", TODAY)
			.param("product", "利群")
			.param("quantity", "1")
			.param("unitPrice", "15")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theTableIsPagedAndSortedAndHtmxGetsOnlyTheTable() throws Exception {
		long id = customerOf(mvc, MANAGER1, "陆乘风");
		addTransaction(id, "2026-01-01", "甲产品", "1", "1", "");
		addTransaction(id, "2026-01-02", "乙产品", "1", "3", "");
		addTransaction(id, "2026-01-03", "丙产品", "1", "2", "");
		mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER1).param("size", "2"))
			.andExpect(content().string(allOf(containsString("丙产品"), containsString("乙产品"), not(containsString("甲产品")),
					containsString("合计（共 3 条）"), containsString("6.00"))));
		mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER1)
			.param("size", "2")
			.param("sort", "amount,desc")
			.param("page", "1")).andExpect(content().string(allOf(containsString("甲产品"), not(containsString("乙产品")))));
		mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER1).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"part-table\""), not(containsString("<html")))));
	}

	@Test
	void theTableHtmxSortsAndPagesKeepsTheEditAndDeleteButtons() throws Exception {
		long id = customerOf(mvc, MANAGER1, "曲灵风");
		addTransaction(id, "2026-01-01", "甲产品", "1", "1", "");
		Long tid = jdbc.queryForObject("select id from customer_transaction where customer_id = ?", Long.class, id);
		mvc.perform(get("/customers/{id}/transactions", id).with(MANAGER1)
			.header("HX-Request", "true")
			.param("sort", "amount,desc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("甲产品"),
					containsString("href=\"/customers/" + id + "/transactions/" + tid + "/edit\""),
					containsString("action=\"/customers/" + id + "/transactions/" + tid + "/delete\""))));
	}

	@Test
	void aReportIsSignedByTheUserWhoWritesIt() throws Exception {
		long id = customerOf(mvc, MANAGER1, "程英");
		mvc.perform(post("/customers/{id}/reports", id).with(MANAGER1)
			.with(csrf())
			.param("date", TODAY)
			.param("kind", "SURVEY")
			.param("title", "周边市场调查")
			.param("content", "附近有三家同类门店，价格竞争激烈。")).andExpect(redirectedUrl("/customers/" + id + "/reports"));
		mvc.perform(get("/customers/{id}/reports", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("周边市场调查"), containsString("调查报告"), containsString("王经理"),
					containsString("价格竞争激烈"))));
		assertThat(jdbc.queryForObject(
				"select u.username from customer_report r join app_user u on u.id = r.author_id where r.customer_id = ?",
				String.class, id))
			.isEqualTo("manager1");
		mvc.perform(post("/customers/{id}/reports", id).with(MANAGER1)
			.with(csrf())
			.param("date", TODAY)
			.param("kind", "VISIT")
			.param("title", "")
			.param("content", ""))
			.andExpect(content().string(allOf(containsString("请填写标题。"), containsString("请填写报告内容。"))));
	}

	@Test
	void creditIsSavedOnceAndAStaleSecondSaveIsRefused() throws Exception {
		long id = customerOf(mvc, MANAGER1, "陆无双");
		mvc.perform(get("/customers/{id}/credit", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未登记信誉与付款信息。")));
		mvc.perform(post("/customers/{id}/credit", id).with(MANAGER1)
			.with(csrf())
			.param("creditRating", "AA")
			.param("creditLimit", "50000")
			.param("paymentMethod", "ON_ACCOUNT")
			.param("paymentTermDays", "30")
			.param("financialRecords", "2025 年回款及时")
			.param("bankNotes", "工商银行杭州分行")).andExpect(redirectedUrl("/customers/" + id + "/credit"));
		mvc.perform(get("/customers/{id}/credit", id).with(MANAGER1))
			.andExpect(content().string(allOf(containsString("AA（信用优良）"), containsString("50,000.00"),
					containsString("账期 30 天"), containsString("工商银行杭州分行"))));

		// a second user opened the form before the first save: version empty
		mvc.perform(post("/customers/{id}/credit", id).with(SUPERVISOR1)
			.with(csrf())
			.param("creditRating", "C")
			.param("paymentMethod", "PREPAYMENT"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("该记录已被他人修改"), containsString("AA（信用优良）"), containsString("2025 年回款及时"))));
		assertThat(jdbc.queryForObject("select credit_rating from customer_credit where customer_id = ?", String.class,
				id))
			.isEqualTo("AA");
		assertThat(jdbc.queryForObject("select new_value from customer_change where customer_id = ? and field = ?",
				String.class, id, "credit.creditLimit"))
			.isEqualTo("50000");
	}

	@Test
	void paymentOnAccountNeedsItsTerm() throws Exception {
		long id = customerOf(mvc, MANAGER1, "武三通");
		mvc.perform(post("/customers/{id}/credit", id).with(MANAGER1)
			.with(csrf())
			.param("paymentMethod", "ON_ACCOUNT")
			.param("creditLimit", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入 0 到 9999999999.99 之间的金额")));
		mvc.perform(post("/customers/{id}/credit", id).with(MANAGER1).with(csrf()).param("paymentMethod", "ON_ACCOUNT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("赊销须填写账期天数。")));
	}

	@Test
	void theHistoryNamesPartFieldsAndOptionsInWords() throws Exception {
		long id = customerOf(mvc, MANAGER1, "公孙止");
		mvc.perform(adjustment(id, "RETURN", "2", "90", "LOGISTICS", "")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/customers/{id}/credit", id).with(MANAGER1)
			.with(csrf())
			.param("creditRating", "AA")
			.param("paymentMethod", "PREPAYMENT")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/customers/{id}/history", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("退赔、折价情况"), containsString("· 责任认定"), containsString("物流"),
					containsString("信誉、财务记录及付款方式 · 信用等级"), containsString("AA（信用优良）"), containsString("预付款"))));
	}

	@Test
	void adjustmentsNeedReasonAndResponsibilityAndAreTotalledByKind() throws Exception {
		long id = customerOf(mvc, MANAGER1, "裘千仞");
		mvc.perform(post("/customers/{id}/adjustments", id).with(MANAGER1)
			.with(csrf())
			.param("date", TODAY)
			.param("kind", "RETURN")
			.param("product", "中华")
			.param("amount", "90")
			.param("reason", "")
			.param("responsibility", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请填写原因。"), containsString("请选择责任认定。"))));
		mvc.perform(adjustment(id, "RETURN", "", "90", "OURS", ""))
			.andExpect(content().string(containsString("退货须填写退货数量。")));
		mvc.perform(adjustment(id, "DISCOUNT", "", "10", "OTHER", ""))
			.andExpect(content().string(containsString("责任认定为“其他”时请填写说明。")));

		mvc.perform(adjustment(id, "RETURN", "2", "90", "LOGISTICS", "")).andExpect(status().is3xxRedirection());
		mvc.perform(adjustment(id, "DISCOUNT", "", "10.5", "OTHER", "年终让利")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/customers/{id}/adjustments", id).with(MANAGER1))
			.andExpect(content().string(allOf(containsString("物流"), containsString("年终让利"), containsString("合计（共 2 条）"),
					containsString("100.50"), containsString("折价 · 1 条"))));
	}

	@Test
	void theDetailPageSummarisesThePartsForArchiveReadersOnly() throws Exception {
		long id = customerOf(mvc, MANAGER1, "鲁有脚");
		addTransaction(id, "2026-01-05", "中华", "2", "45", "");
		mvc.perform(get("/customers/{id}", id).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("档案四部分"), containsString("1 笔，合计 90.00 元"), containsString("尚未登记信誉与付款信息。"))));
		mvc.perform(get("/customers/{id}", id).with(AGENT1))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("档案四部分"))));
	}

	@Test
	void partPagesSpeakEnglishWhenChosen() throws Exception {
		long id = customerOf(mvc, MANAGER1, "简长老");
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
			.with(csrf())
			.param("lang", "en")
			.param("date", TODAY)
			.param("product", "中华")
			.param("quantity", "-1")
			.param("unitPrice", "1"))
			.andExpect(content()
				.string(allOf(containsString("Transactions"), containsString("The quantity must be greater than 0."))));
	}

	private void addTransaction(long id, String date, String product, String quantity, String unitPrice, String amount)
			throws Exception {
		mvc.perform(post("/customers/{id}/transactions", id).with(MANAGER1)
			.with(csrf())
			.param("date", date)
			.param("product", product)
			.param("model", "84mm")
			.param("colourStyle", "硬盒")
			.param("quantity", quantity)
			.param("unitPrice", unitPrice)
			.param("amount", amount))
			.andExpect(redirectedUrl("/customers/" + id + "/transactions"))
			.andExpect(flash().attribute("flash", "parts.transaction.added"));
	}

	private org.springframework.test.web.servlet.RequestBuilder reviseTransaction(long id, long tid, String version,
			String product, String quantity) {
		return post("/customers/{id}/transactions/{t}", id, tid).with(MANAGER1)
			.with(csrf())
			.param("version", version)
			.param("date", "2026-01-05")
			.param("product", product)
			.param("quantity", quantity)
			.param("unitPrice", "45");
	}

	private org.springframework.test.web.servlet.RequestBuilder adjustment(long id, String kind, String quantity,
			String amount, String responsibility, String note) {
		return post("/customers/{id}/adjustments", id).with(MANAGER1)
			.with(csrf())
			.param("date", TODAY)
			.param("kind", kind)
			.param("product", "中华")
			.param("quantity", quantity)
			.param("amount", amount)
			.param("reason", "包装破损")
			.param("responsibility", responsibility)
			.param("responsibilityNote", note);
	}

}
