package com.huike.crm.demand.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.testsupport.ExportFiles;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 缺货登记 as a file: the rows of the list, product by product, in its order and scope. */
class DemandExportTests extends WebIntegrationTest {

	private static final Pattern ROW = Pattern.compile(
			"<td><a href=\"/customers/\\d+\">([^<]+)</a>\\s*<span class=\"text-muted small\">(KH\\d+)</span></td>");

	@Test
	void theExportHoldsTheRowsOfTheListInItsOrder() throws Exception {
		for (String who : List.of("manager1", "supervisor1")) {
			RequestPostProcessor viewer = user(who).roles(who.startsWith("manager") ? "MANAGER" : "SUPERVISOR");
			String page = mvc.perform(get("/demands").with(viewer))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/demands/export?format=xlsx")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> onThePage = new ArrayList<>();
			Matcher m = ROW.matcher(page);
			while (m.find()) {
				onThePage.add(m.group(2) + " " + m.group(1));
			}
			assertThat(onThePage).isNotEmpty();
			List<CSVRecord> rows = ExportFiles
				.csv(ExportFiles.download(mvc, get("/demands/export").param("format", "csv").with(viewer)));
			assertThat(rows.get(0).toList()).containsExactly("商品", "客户编码", "客户", "数量", "登记日期", "客户经理", "状态", "备注");
			assertThat(rows.stream().skip(1).map(r -> r.get(1) + " " + r.get(2))).containsExactlyElementsOf(onThePage);
			assertThat(rows.stream().skip(1).map(r -> r.get(6))).allMatch(s -> s.equals("等待到货") || s.equals("已到货，待告知"));
		}
	}

	@Test
	void theCallCenterHasNoDemandsToExport() throws Exception {
		mvc.perform(get("/demands/export").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
	}

}
