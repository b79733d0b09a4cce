package com.huike.crm.testsupport;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * Downloads a list's export (streamed, so asynchronous in MockMvc) and reads the file
 * back.
 */
public final class ExportFiles {

	private ExportFiles() {
	}

	/** The whole response of an export that succeeded. */
	public static MockHttpServletResponse download(MockMvc mvc, MockHttpServletRequestBuilder export) throws Exception {
		MvcResult started = mvc.perform(export).andExpect(request().asyncStarted()).andReturn();
		started.getAsyncResult();
		MockHttpServletResponse response = started.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	/** The records of a CSV export, header first (after its byte order mark). */
	public static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
		String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
	}

	/**
	 * The cells of an Excel export's first sheet as the spreadsheet shows them, header
	 * first.
	 */
	public static List<List<String>> xlsx(MockHttpServletResponse response) throws Exception {
		DataFormatter format = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					Cell cell = row.getCell(i);
					cells.add((cell != null) ? format.formatCellValue(cell) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
