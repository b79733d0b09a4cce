package com.huike.crm.importexport.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages: the upload form with the demo's waiting import, a refused file back
 * on the form with its reason in Chinese, the preview with its problems, a choice that is
 * no choice refused, the template and the sample as files of the template's headers.
 */
class ImportPagesTests extends WebIntegrationTest {

	static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void theImportPageOffersTheUploadTheTemplateTheSampleAndListsTheDemoImport() throws Exception {
		mvc.perform(get("/imports").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-upload\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("/imports/template")))
			.andExpect(content().string(containsString("/imports/sample")))
			.andExpect(content().string(containsString("门店客户资料登记表")));
		// the demo's earlier registration sheet left three archives to verify
		mvc.perform(get("/customers/pending-verification").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("何俊峰")))
			.andExpect(content().string(containsString("谢天宇")));
		// the call center imports nothing: no form
		mvc.perform(get("/imports").with(user("agent1").roles("AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"import-upload\""))));
	}

	@Test
	void aTransactionsFileChosenOnTheFormIsCheckedAndImportedIntoTheArchive() throws Exception {
		mvc.perform(get("/imports").with(MANAGER1))
			.andExpect(content().string(containsString("value=\"TRANSACTIONS\"")))
			.andExpect(content().string(containsString("/imports/template?kind=TRANSACTIONS")));
		String code = jdbc.queryForObject("""
				select c.code from customer c join app_user u on u.id = c.owner_id
				 where u.username = 'manager1' order by c.id limit 1""", String.class);
		String day = java.time.LocalDate.now(clock).minusDays(1).toString();
		byte[] file = CustomerImportTests.xlsx(TransactionImportTests.HEADERS,
				List.of(List.of(code, "", "", day, "购买", "页面导入烟", "条", "3", "100", "300", "页面导入"),
						List.of(code, "", "", day, "送货", "页面导入烟", "条", "1", "100", "", "")),
				false);
		MvcResult upload = mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "页面交易.xlsx", "application/octet-stream", file))
				.param("kind", "TRANSACTIONS")
				.with(MANAGER1)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(MANAGER1))
			.andExpect(content().string(containsString("交易记录（购买和退货）")))
			.andExpect(content().string(containsString("类型“送货”无效")));
		mvc.perform(post(page + "/start").with(MANAGER1).with(csrf()))
			.andExpect(flash().attribute("flash", "import.flash.started"));
		String done = "";
		for (int i = 0; i < 300 && !done.contains("id=\"import-done\""); i++) {
			Thread.sleep(100);
			done = mvc.perform(get(page).with(MANAGER1)).andReturn().getResponse().getContentAsString();
		}
		assertThat(done).contains("导入完成：记入 1 笔交易");
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where note = '页面导入'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void aRefusedFileComesBackToTheFormWithItsReasonAndTheChoicesKept() throws Exception {
		mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "坏文件.csv", "text/csv", "名字\n张三\n".getBytes(StandardCharsets.UTF_8)))
			.param("charset", "UTF_8")
			.param("registrationSheet", "true")
			.with(MANAGER1)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不认识的表头：名字")))
			.andExpect(content().string(containsString("value=\"UTF_8\" selected=\"selected\"")))
			.andExpect(content().string(containsString("checked")));
		mvc.perform(multipart("/imports").with(MANAGER1).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择要上传的文件")));
	}

	@Test
	void thePreviewListsEachProblemAndAChoiceThatIsNoChoiceIsRefused() throws Exception {
		byte[] file = CustomerImportTests.xlsx(CustomerImportTests.HEADERS,
				List.of(List.of("页面导入甲", "", "16620001001", ""), List.of("页面导入乙", "", "136", "")), false);
		MvcResult upload = mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "页面.xlsx", "application/octet-stream", file))
				.with(MANAGER1)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-problems\"")))
			.andExpect(content().string(containsString("手机号码应为 11 位数字")))
			.andExpect(content().string(containsString("id=\"import-start\"")));
		mvc.perform(post(page + "/decisions").param("all", "DROP").with(MANAGER1).with(csrf()))
			.andExpect(flash().attribute("flashWarning", "import.decision.invalid"));
		// someone else's import: not there
		mvc.perform(get(page).with(user("manager3").roles("MANAGER"))).andExpect(status().isNotFound());
	}

	@Test
	void theTemplateAndTheSampleAreWorkbooksWithTheTemplatesHeaders() throws Exception {
		for (String path : List.of("/imports/template", "/imports/sample")) {
			MvcResult result = mvc.perform(get(path).with(MANAGER1)).andReturn();
			MvcResult done = mvc.perform(asyncDispatch(result)).andExpect(status().isOk()).andReturn();
			List<List<String>> rows = CustomerImportTests.read(done.getResponse().getContentAsByteArray());
			assertThat(rows.get(0)).as(path).startsWith("客户编号", "姓名*", "公司名称", "手机");
			assertThat(rows.size()).as(path).isGreaterThan(1);
		}
	}

}
