package com.huike.crm.importexport.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.huike.crm.BrowserTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import round in the browser, as a market manager moves a store's sheet in:
 * supervisor1 uploads a file with two bad rows, imports the good ones, downloads the
 * error file, fixes the two rows in it, uploads it again, and finds the new customers by
 * pinyin.
 */
class ImportJourneyBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSupervisorImportsFixesTheErrorFileAndFindsTheCustomersByPinyin() throws Exception {
		List<List<Object>> rows = List.of(List.of("司马导入一", "一号商行", "16630009001", "manager1", "B", "1980-01-01"),
				List.of("司马导入二", "二号商行", "16630009002", "manager2", "C", ""),
				List.of("司马导入三", "三号商行", "1663000900", "manager1", "C", ""),
				List.of("司马导入四", "四号商行", "16630009004", "manager1", "", "1975-06-01"),
				List.of("司马导入五", "五号商行", "16630009005", "manager2", "D", "1975-02-30"),
				List.of("司马导入六", "六号商行", "16630009006", "李经理", "A", ""));
		Path file = Files.createTempFile("司马导入-", ".xlsx");
		Files.write(file, CustomerImportTests.xlsx(CustomerImportTests.HEADERS, rows, false));

		signIn("supervisor1", "demo123");
		open("/customers");
		click(By.id("import-link"));
		visible(By.id("import-upload"));
		browser().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		click(By.id("import-submit"));
		visible(By.id("import-problems"));
		assertThat(browser().findElement(By.id("import-counts")).getText()).contains("共 6 行").contains("有问题 2 行");
		String problems = browser().findElement(By.id("import-problems")).getText();
		assertThat(problems).contains("手机").contains("出生年月日");
		click(By.id("import-start"));
		waiting().until(d -> !d.findElements(By.id("import-done")).isEmpty());
		assertThat(browser().findElement(By.id("import-done")).getText()).contains("新建 4 份档案");

		click(By.id("import-error-file"));
		byte[] errors = downloaded(".xlsx");
		Path fixed = Files.createTempFile("司马导入-改正-", ".xlsx");
		Files.write(fixed, fix(errors));

		open("/imports");
		browser().findElement(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
		click(By.id("import-submit"));
		visible(By.id("import-counts"));
		assertThat(browser().findElement(By.id("import-counts")).getText())
			.as(browser().findElement(By.tagName("main")).getText())
			.contains("共 2 行")
			.contains("有问题 0 行");
		click(By.id("import-start"));
		waiting().until(d -> !d.findElements(By.id("import-done")).isEmpty());
		assertThat(browser().findElement(By.id("import-done")).getText()).contains("新建 2 份档案");

		open("/customers?q=smdrw");
		waiting().until(d -> d.findElement(By.id("results")).getText().contains("司马导入五"));
		open("/customers?q=simadaorusan");
		waiting().until(d -> d.findElement(By.id("results")).getText().contains("司马导入三"));
		assertThat(jdbc.queryForObject("select count(*) from customer where name like '司马导入%'", Long.class))
			.isEqualTo(6);
	}

	/**
	 * The error file as a user fixes it in Excel: the mobile number completed, the
	 * birthday corrected; the 错误原因 column left in (it is ignored).
	 */
	private static byte[] fix(byte[] errors) throws Exception {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(errors));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("错误原因");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			for (Row row : sheet) {
				String name = row.getCell(0).getStringCellValue();
				if (name.equals("司马导入三")) {
					row.getCell(2).setCellValue("16630009003");
				}
				if (name.equals("司马导入五")) {
					row.getCell(5).setCellValue("1975-03-02");
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
