package com.huike.crm.complaint.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.huike.crm.WebIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 《客户投诉处理表》 as an A4 PDF in Chinese, for those who may see the complaint only. */
class ComplaintPdfTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theComplaintFormDownloadsAsAnA4PdfInChinese() throws Exception {
		Long id = jdbc.queryForObject(
				"select id from service_request where type = 'COMPLAINT' and status = 'CLOSED' order by id limit 1",
				Long.class);
		String result = jdbc.queryForObject("select result from service_request where id = ?", String.class, id);
		MockHttpServletResponse download = mvc
			.perform(get("/requests/" + id + "/print.pdf").with(user("agent1").roles("AGENT")))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition"))
			.contains(URLEncoder.encode("客户投诉处理表-" + id, StandardCharsets.UTF_8));
		try (PDDocument pdf = Loader.loadPDF(download.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("客户投诉处理表").contains(result.replaceAll("\\s+", "")).contains("结案");
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
		}
		mvc.perform(get("/requests/" + id + "/print.pdf").with(user("nobody-manager").roles("MANAGER")))
			.andExpect(status().is4xxClientError());
	}

}
