package com.huike.crm.importexport.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.huike.crm.importexport.web.CustomerImportTests.MANAGER1;
import static com.huike.crm.importexport.web.CustomerImportTests.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Transactions imports (交易记录): purchases into part 3 of the archive and returns into part
 * 4, each row checked (customer by code or mobile among the archives the importer may
 * edit, date, type, quantity, unit price and amount to the fen), the good rows written
 * with their history, the bad ones back as a file.
 */
class TransactionImportTests extends WebIntegrationTest {

	static final List<String> HEADERS = List.of("客户编号", "手机", "客户姓名", "日期", "类型", "产品", "型号规格", "数量", "单价", "金额", "备注");

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Test
	void purchasesAndReturnsAreCheckedRowByRowAndTheGoodOnesLandInTheArchive() throws Exception {
		Long mine = customers.create(new NewCustomer("交易导入甲", "甲烟酒店", "16620003001", null, null, null, null, null),
				identity.viewer("manager1").orElseThrow());
		Long theirs = customers.create(new NewCustomer("交易导入乙", "乙烟酒店", "16620003002", null, null, null, null, null),
				identity.viewer("manager2").orElseThrow());
		String code = code(mine);
		String otherCode = code(theirs);
		LocalDate today = LocalDate.now(clock);
		String d10 = today.minusDays(10).toString();
		String d5 = today.minusDays(5).toString().replace('-', '/');
		List<List<Object>> rows = List.of(List.of(code, "", "", d10, "购买", "中华（软）", "条", "5", "450", "2250", "首单"),
				List.of("", "16620003001", "交易导入甲", d5, "", "玉溪", "条", "2", "", "400", ""),
				List.of(code, "", "", today.minusDays(3).toString(), "退货", "中华（软）", "条", "1", "", "450", "包装破损"),
				List.of("", "", "", d10, "购买", "中华", "", "1", "10", "", ""),
				List.of(code, "", "错的名字", d10, "购买", "中华", "", "1", "10", "", ""),
				List.of(otherCode, "", "", d10, "购买", "中华", "", "1", "10", "", ""),
				List.of(code, "", "", today.plusDays(3).toString(), "购买", "中华", "", "1", "10", "", ""),
				List.of(code, "", "", d10, "购买", "中华", "", "abc", "10", "", ""),
				List.of(code, "", "", d10, "购买", "中华", "", "3", "10", "31", ""),
				List.of(code, "", "", d10, "赠送", "中华", "", "1", "10", "", ""),
				List.of(code, "", "", d10, "", "芙蓉王", "条", "-2", "", "-90", ""),
				List.of(code, "", "", d10, "购买", "中华", "", "3", "", "100", ""));
		byte[] file = CustomerImportTests.xlsx(HEADERS, rows, false);

		JsonNode preview = upload("交易记录.xlsx", file, MANAGER1);
		assertThat(preview.get("kind").asString()).isEqualTo("TRANSACTIONS");
		assertThat(preview.get("totalRows").asInt()).isEqualTo(12);
		List<String> problems = new ArrayList<>();
		preview.get("problems")
			.forEach(p -> problems
				.add(p.get("row").asInt() + ":" + p.get("column").asString() + ":" + p.get("key").asString()));
		assertThat(problems).containsExactly("5:客户编号:import.tx.error.customerRequired",
				"6:客户姓名:import.tx.error.nameMismatch", "7:客户编号:import.tx.error.codeUnknown",
				"8:日期:import.tx.error.dateFuture", "9:数量:import.tx.error.number",
				"10:金额:import.tx.error.amountMismatch", "11:类型:import.tx.error.type",
				"13:金额:import.tx.error.amountIndivisible");
		assertThat(preview.get("badRows").asInt()).isEqualTo(8);
		assertThat(preview.get("duplicates")).isEmpty();
		long id = preview.get("id").asLong();
		assertThat(count("customer_transaction", mine)).as("nothing written before the start").isZero();

		JsonNode done = CustomerImportTests.startAndWait(mvc, json, id, MANAGER1);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("createdCount").asInt()).isEqualTo(4);
		assertThat(jdbc.queryForList("""
				select transaction_date::text as day, product, model, quantity::text as q, unit_price::text as price,
				       amount::text as amount, note
				  from customer_transaction where customer_id = ? order by transaction_date""", mine))
			.extracting(m -> m.get("day") + "|" + m.get("product") + "|" + m.get("model") + "|" + m.get("q") + "|"
					+ m.get("price") + "|" + m.get("amount") + "|" + m.get("note"))
			.containsExactly(d10 + "|中华（软）|条|5.00|450.00|2250.00|首单",
					today.minusDays(5) + "|玉溪|条|2.00|200.00|400.00|null");
		assertThat(jdbc.queryForList("""
				select kind, product, quantity::text as q, amount::text as amount, reason, responsibility
				  from customer_adjustment where customer_id = ? order by adjustment_date desc, amount desc""", mine))
			.extracting(m -> m.get("kind") + "|" + m.get("product") + "|" + m.get("q") + "|" + m.get("amount") + "|"
					+ m.get("reason") + "|" + m.get("responsibility"))
			.containsExactly("RETURN|中华（软） 条|1.00|450.00|包装破损|OTHER",
					"RETURN|芙蓉王 条|2.00|90.00|退货（由导入登记，文件中未写原因）|OTHER");
		assertThat(jdbc.queryForObject(
				"select count(distinct section) from customer_change where customer_id = ? and section in ('transactions', 'adjustments')",
				Integer.class, mine))
			.as("both parts' history")
			.isEqualTo(2);
		assertThat(count("customer_transaction", theirs)).isZero();

		// the error file: the eight bad rows as typed, with their reasons
		byte[] errors = download(get("/api/v1/imports/{id}/errors", id).with(MANAGER1));
		List<List<String>> errorRows = CustomerImportTests.read(errors);
		assertThat(errorRows).hasSize(9);
		assertThat(errorRows.get(0)).endsWith("错误原因");
		assertThat(errorRows.get(6).get(7)).isEqualTo("3");
		assertThat(errorRows.get(6).get(11)).isEqualTo("金额：金额与数量 × 单价不符：应为 30.00");
		assertThat(errorRows.get(2).get(11)).contains("交易导入甲");
		// taken away like any list: in the access log
		assertThat(jdbc.queryForObject("select row_count from list_export where list = 'importErrors' and filters = ?",
				Integer.class, "import=" + id))
			.isEqualTo(8);
	}

	@Test
	void aCustomerFileOrOneWithoutTheNeededColumnsIsRefusedAsTransactions() throws Exception {
		byte[] customersFile = CustomerImportTests.xlsx(CustomerImportTests.HEADERS,
				List.of(List.of("某客户", "某店", "16620003009", "manager1", "B", "1980-05-06")), false);
		assertThat(refused("客户.xlsx", customersFile)).contains("不认识的表头");
		byte[] noQuantity = CustomerImportTests.xlsx(List.of("客户编号", "日期", "产品", "金额"),
				List.of(List.of("C1", "2026-01-02", "中华", "10")), false);
		assertThat(refused("交易.xlsx", noQuantity)).contains("缺少以下列：数量");
	}

	@Test
	void theTransactionsTemplateHasTheColumnsAndAnExampleOfTheManagersOwnCustomer() throws Exception {
		Long mine = customers.create(new NewCustomer("交易模板客户", "模板店", "16620003011", null, null, null, null, null),
				identity.viewer("manager1").orElseThrow());
		byte[] template = download(get("/imports/template").param("kind", "TRANSACTIONS").with(MANAGER1));
		List<List<String>> rows = CustomerImportTests.read(template);
		assertThat(rows.get(0)).startsWith("客户编号", "手机", "客户姓名", "日期*", "类型", "产品*");
		assertThat(rows.get(1).get(0)).isNotBlank();
		assertThat(jdbc.queryForObject(
				"select u.username from customer c join app_user u on u.id = c.owner_id where c.code = ?", String.class,
				rows.get(1).get(0)))
			.isEqualTo("manager1");
		assertThat(mine).isNotNull();
		// the template, as downloaded, imports (its example customer is the manager's)
		JsonNode preview = upload("交易模板.xlsx", template, MANAGER1);
		assertThat(preview.get("badRows").asInt()).as(preview.toString()).isZero();
		assertThat(preview.get("totalRows").asInt()).isEqualTo(2);
	}

	/** A streamed file, as the browser gets it. */
	private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		return started.getResponse().getContentAsByteArray();
	}

	private String code(Long id) {
		return jdbc.queryForObject("select code from customer where id = ?", String.class, id);
	}

	private long count(String table, Long customer) {
		return jdbc.queryForObject("select count(*) from " + table + " where customer_id = ?", Long.class, customer);
	}

	JsonNode upload(String name, byte[] content, RequestPostProcessor who) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, XLSX, content))
				.param("kind", "TRANSACTIONS")
				.with(who)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	String refused(String name, byte[] content) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, XLSX, content))
				.param("kind", "TRANSACTIONS")
				.header("Accept-Language", "zh-CN")
				.with(MANAGER1)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
