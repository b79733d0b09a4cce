package com.huike.crm.customer.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.testsupport.ExportFiles;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer list as a file: the same rows as the page, in its order and scope, the
 * list's columns only, formulas neutralised, every export in the access log.
 */
class CustomerExportTests extends WebIntegrationTest {

	private static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	private static final Pattern CODE = Pattern.compile("href=\"/customers/\\d+\">(KH\\d+)</a>");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anExportOfASearchHoldsTheRowsOfTheListInItsOrder() throws Exception {
		for (int i = 0; i < 4; i++) {
			register("欧阳导出" + i, "导出商行" + i, "1361234000" + i);
		}
		String page = mvc.perform(get("/customers").param("q", "欧阳导出").param("sort", "name,desc").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/customers/export?"), containsString("format=xlsx"),
					containsString("format=csv"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> onThePage = codes(page);
		assertThat(onThePage).hasSize(4);

		MockHttpServletResponse file = export(
				get("/customers/export").param("q", "欧阳导出").param("sort", "name,desc").param("format", "xlsx"),
				MANAGER1);
		assertThat(file.getContentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename*=UTF-8''%E5%AE%A2%E6%88%B7%E6%A1%A3%E6%A1%88-");
		List<List<String>> rows = ExportFiles.xlsx(file);
		assertThat(rows.get(0)).containsExactly("客户编码", "姓名", "公司名称", "手机", "电话(公)", "客户经理", "等级", "成交状态", "综合分类",
				"完整度", "最近更新");
		assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0))).containsExactlyElementsOf(onThePage);
		assertThat(rows.get(1)).contains("欧阳导出3", "导出商行3", "13612340003", "王经理", "B", "正在谈判");
	}

	@Test
	void theWholeBookLeavesPageAfterPageWithoutASearch() throws Exception {
		String count = "select count(*) from customer c join app_user u on u.id = c.owner_id where u.username = 'manager1'";
		// more than one page of the list (100 rows) in the book
		for (int i = jdbc.queryForObject(count, Integer.class); i <= 120; i++) {
			register("长孙整本" + i, null, "136123" + String.format("%05d", i));
		}
		Integer inTheBook = jdbc.queryForObject(count, Integer.class);
		assertThat(inTheBook).isGreaterThan(120);
		List<CSVRecord> rows = ExportFiles.csv(export(get("/customers/export").param("format", "csv"), MANAGER1));
		assertThat(rows).hasSize(inTheBook + 1);
		assertThat(rows.stream().skip(1).map(r -> r.get(0)).distinct().count()).isEqualTo(inTheBook.longValue());
	}

	@Test
	void cellsASpreadsheetWouldTakeForFormulasAreNeutralised() throws Exception {
		register("诸葛公式", "=HYPERLINK(\"http://x\",\"点我\")", "13612340020");
		List<CSVRecord> rows = ExportFiles
			.csv(export(get("/customers/export").param("q", "诸葛公式").param("format", "csv"), MANAGER1));
		assertThat(rows.get(1).get(2)).isEqualTo("'=HYPERLINK(\"http://x\",\"点我\")");

		byte[] xlsx = export(get("/customers/export").param("q", "诸葛公式"), MANAGER1).getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell company = workbook.getSheetAt(0).getRow(1).getCell(2);
			assertThat(company.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"点我\")");
			assertThat(company.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void aCsvFileStartsWithTheByteOrderMarkThatExcelNeedsForChinese() throws Exception {
		register("慕容字节", null, "13612340030");
		byte[] body = export(get("/customers/export").param("q", "慕容字节").param("format", "csv"), MANAGER1)
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("客户编码,姓名").contains("慕容字节");
	}

	@Test
	void anExportReachesOnlyWhatTheListShowsTheUser() throws Exception {
		register("宇文他组导出", null, "13612340040");
		assertThat(ExportFiles.csv(export(get("/customers/export").param("q", "宇文他组导出").param("format", "csv"),
				user("manager3").roles("MANAGER"))))
			.hasSize(1);
		assertThat(ExportFiles.csv(export(get("/customers/export").param("q", "宇文他组导出").param("format", "csv"),
				user("supervisor1").roles("SUPERVISOR"))))
			.hasSize(2);
	}

	@Test
	void theCallCenterDoesNotTakeTheBookAway() throws Exception {
		mvc.perform(get("/customers/export").param("q", "KH20").with(user("agent1").roles("AGENT")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/customers").param("q", "KH20").with(user("agent1").roles("AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/customers/export"))));
	}

	@Test
	void everyExportIsInTheAccessLogForAdministrators() throws Exception {
		register("皇甫留痕", null, "13612340050");
		export(get("/customers/export").param("q", "皇甫留痕").param("grade", "B").param("format", "csv"),
				user("manager2").roles("MANAGER"));
		export(get("/customers/export").param("q", "皇甫留痕").param("format", "csv"), MANAGER1);
		mvc.perform(get("/admin/access-log/exports").param("user", "manager1").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("q=皇甫留痕"), containsString("客户档案"),
					containsString("<td>csv</td>"), containsString("<td class=\"text-end\">1</td>"))));
		mvc.perform(get("/admin/access-log/exports").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("q=皇甫留痕 grade=B")));
		mvc.perform(get("/admin/access-log/exports").with(MANAGER1)).andExpect(status().isForbidden());
	}

	@Test
	void theApiExportsTheSameRowsAndRefusesWhatItCannotDo() throws Exception {
		register("端木接口", "接口商行", "13612340060");
		List<CSVRecord> rows = ExportFiles.csv(export(
				get("/api/v1/customers/export").param("q", "端木接口").param("format", "csv").param("sort", "name,desc"),
				MANAGER1));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(1)).isEqualTo("端木接口");
		assertThat(ExportFiles.xlsx(export(get("/api/v1/customers/export").param("q", "端木接口"), MANAGER1)).get(1))
			.contains("端木接口", "接口商行");
		mvc.perform(get("/api/v1/customers/export").param("format", "pdf").with(MANAGER1))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("format"), containsString("导出格式应为 xlsx 或 csv。"))));
		mvc.perform(get("/api/v1/customers/export").param("grade", "Z").with(MANAGER1))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("grade")));
		mvc.perform(get("/api/v1/customers/export").param("sort", "nope").with(MANAGER1))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/customers/export").param("q", "KH20").with(user("agent1").roles("AGENT")))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletResponse export(MockHttpServletRequestBuilder request, RequestPostProcessor who)
			throws Exception {
		return ExportFiles.download(mvc, request.with(who));
	}

	private static List<String> codes(String html) {
		Matcher m = CODE.matcher(html);
		List<String> codes = new ArrayList<>();
		while (m.find()) {
			codes.add(m.group(1));
		}
		return codes;
	}

	private void register(String name, String company, String mobile) throws Exception {
		mvc.perform(post("/customers").with(MANAGER1)
			.with(csrf())
			.param("name", name)
			.param("companyName", (company != null) ? company : "")
			.param("mobilePhone", mobile)
			.param("grade", "B")
			.param("dealStatus", "NEGOTIATING")).andExpect(status().is3xxRedirection());
	}

}
