package com.huike.crm.visitplan.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.jayway.jsonpath.JsonPath;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The day's list as a PDF download, on the busiest day of {@code manager1}'s demo plan:
 * what the manager takes on the road (every customer, action, address and phone, in
 * Chinese, the font embedded, A4), and nobody else's. The PDF is made once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitPlanPdfTests extends WebIntegrationTest {

	static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	Long plan;

	LocalDate day;

	MockHttpServletResponse download;

	@BeforeAll
	void downloadTheBusiestDay() throws Exception {
		plan = jdbc.queryForObject(
				"select p.id from visit_plan p join app_user u on u.id = p.manager_id where u.username = 'manager1' "
						+ "and p.month = ?",
				Long.class, YearMonth.from(fixtures.today()).atDay(1));
		day = jdbc.queryForObject(
				"select day from visit_action where plan_id = ? group by day order by count(*) desc, day limit 1",
				LocalDate.class, plan);
		download = mvc.perform(get("/visit-plans/" + plan + "/days/" + day + ".pdf").with(MANAGER1))
			.andReturn()
			.getResponse();
		java.nio.file.Files.write(java.nio.file.Path.of("target/visit-day-list.pdf"), download.getContentAsByteArray());
	}

	@Test
	void theManagerDownloadsTheDaysListAsAnA4PdfWithEveryCustomerInChinese() throws Exception {
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment; filename=\"")
			.contains("filename*=UTF-8''" + java.net.URLEncoder.encode("拜访清单", StandardCharsets.UTF_8))
			.endsWith(day + ".pdf");

		String json = mvc
			.perform(get("/api/v1/visit-plans/" + plan + "/day-list").param("day", day.toString()).with(MANAGER1))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> entries = JsonPath.read(json, "$.entries");
		assertThat(entries).hasSizeGreaterThanOrEqualTo(3);

		try (PDDocument pdf = Loader.loadPDF(download.getContentAsByteArray())) {
			String text = squeeze(new PDFTextStripper().getText(pdf));
			List<String> expected = new ArrayList<>();
			expected.add(squeeze(JsonPath.read(json, "$.managerName")));
			expected.add("营销动作");
			for (Map<String, Object> entry : entries) {
				for (String field : List.of("customerName", "customerCode", "actionType", "address", "mobilePhone",
						"officePhone", "mark")) {
					if (entry.get(field) != null) {
						expected.add(squeeze((String) entry.get(field)));
					}
				}
			}
			assertThat(expected).allSatisfy(value -> assertThat(text).contains(value));
			assertThat(text).doesNotContain("返回计划").doesNotContain("下载 PDF");

			for (PDPage page : pdf.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			}
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).anyMatch(name -> name.contains("WenQuanYi"));
		}
		// only the characters used are embedded
		assertThat(download.getContentAsByteArray().length).isLessThan(300_000);
	}

	@Test
	void thePrintViewAndTheDayPageLinkTheDownload() throws Exception {
		String link = "/visit-plans/" + plan + "/days/" + day + ".pdf";
		mvc.perform(get("/visit-plans/" + plan + "/days/" + day).with(MANAGER1))
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get("/visit-plans/" + plan + "/days/" + day).param("print", "").with(MANAGER1))
			.andExpect(content().string(containsString("href=\"" + link + "\"")))
			.andExpect(content().string(containsString("bootstrap.min.css")));
	}

	@Test
	void nobodyOutsideThePlansScopeGetsThePdf() throws Exception {
		String url = "/visit-plans/" + plan + "/days/" + day + ".pdf";
		mvc.perform(get(url).with(user("manager2").roles("MANAGER"))).andExpect(status().isNotFound());
		mvc.perform(get(url).with(user("supervisor2").roles("SUPERVISOR"))).andExpect(status().isNotFound());
		mvc.perform(get(url).with(user("agent1").roles("AGENT"))).andExpect(status().isNotFound());
		mvc.perform(get(url).accept("text/html")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/visit-plans/" + plan + "/days/" + day.plusMonths(2) + ".pdf").with(MANAGER1))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/visit-plans/" + plan + "/day-list.pdf").param("day", day.toString())
			.accept("application/pdf")
			.with(user("manager2").roles("MANAGER")))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void theApiDocumentsThePdfOfTheDaysList() throws Exception {
		mvc.perform(get("/v3/api-docs").with(MANAGER1))
			.andExpect(jsonPath("$.paths['/api/v1/visit-plans/{id}/day-list.pdf'].get.operationId")
				.value("getVisitDayListPdf"))
			.andExpect(jsonPath(
					"$.paths['/api/v1/visit-plans/{id}/day-list.pdf'].get.responses['200'].content['application/pdf']")
				.exists());
	}

	/**
	 * The font shipped for the PDFs is a cut of WenQuanYi Micro Hei (GBK and
	 * punctuation): every character the demo puts on a day's list, and every text of the
	 * print view, is in it (a missing one would print as nothing).
	 */
	@Test
	void theShippedFontHasEveryCharacterOfTheDemoAndOfThePrintView() throws IOException {
		List<String> texts = new ArrayList<>();
		texts.addAll(jdbc.queryForList(
				"select name || code || coalesce(mobile_phone, '') || coalesce(office_phone, '')"
						+ " || coalesce(home_phone, '') || coalesce(profile ->> 'companyAddress', '') from customer",
				String.class));
		texts.addAll(jdbc.queryForList("select name || name_en from visit_action_type", String.class));
		texts.addAll(jdbc.queryForList("select display_name from app_user", String.class));
		texts.addAll(jdbc.queryForList("select coalesce(note, '') from visit_action", String.class));
		for (String bundle : List.of("i18n/visitplan_zh_CN.properties", "i18n/messages_zh_CN.properties")) {
			Properties messages = new Properties();
			try (InputStream in = new ClassPathResource(bundle).getInputStream()) {
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			messages.values().forEach(v -> texts.add((String) v));
		}
		assertThat(texts).hasSizeGreaterThan(300);

		TreeSet<String> missing = new TreeSet<>();
		try (InputStream in = new ClassPathResource("fonts/wqy-microhei-gbk.ttf").getInputStream();
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
			CmapLookup cmap = font.getUnicodeCmapLookup();
			texts.forEach(text -> text.codePoints()
				.filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
				.filter(c -> cmap.getGlyphId(c) == 0)
				.forEach(c -> missing.add(Character.toString(c))));
		}
		assertThat(missing).isEmpty();
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

}
