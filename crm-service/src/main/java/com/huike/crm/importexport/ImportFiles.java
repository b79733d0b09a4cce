package com.huike.crm.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.customer.FieldType;
import com.huike.crm.customer.ProfileCatalog;
import com.huike.crm.customer.ProfileField;
import com.huike.crm.audit.AccessLogService;
import com.huike.crm.customer.CustomerImport;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.importexport.ImportRows.Checked;
import com.huike.crm.importexport.ImportRows.CheckedRow;
import com.huike.crm.importexport.ImportRows.Problem;
import com.huike.crm.importexport.domain.ImportBatch;
import com.huike.crm.importexport.domain.ImportKind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of an import, as .xlsx: the template (the headers with an example row, and a
 * sheet of every column it takes), the demo's sample file (a store's sheet with a few
 * deliberately bad rows), and an import's error file (the bad rows with their original
 * columns and 错误原因, to fix and upload again). Every cell is written as text, so that a
 * mobile number stays a number of 11 digits and nothing typed is taken for a formula.
 */
@Component
public class ImportFiles {

	private final CustomerImportService imports;

	private final TransactionRows transactionRows;

	private final CustomerColumns columns;

	private final MessageSource messages;

	private final IdentityService identity;

	private final CustomerImport customers;

	private final AccessLogService accessLog;

	private final Clock clock;

	ImportFiles(CustomerImportService imports, TransactionRows transactionRows, CustomerColumns columns,
			MessageSource messages, IdentityService identity, CustomerImport customers, AccessLogService accessLog,
			Clock clock) {
		this.accessLog = accessLog;
		this.imports = imports;
		this.transactionRows = transactionRows;
		this.customers = customers;
		this.columns = columns;
		this.messages = messages;
		this.identity = identity;
		this.clock = clock;
	}

	/** The template of a kind of import. */
	public void writeTemplate(ImportKind kind, Viewer viewer, Locale locale, OutputStream out) {
		switch (kind) {
			case CUSTOMERS -> writeTemplate(viewer, locale, out);
			case TRANSACTIONS -> writeTransactionsTemplate(viewer, locale, out);
		}
	}

	/** The template: the usual columns, an example row, and every column it takes. */
	public void writeTemplate(Viewer viewer, Locale locale, OutputStream out) {
		List<String> headers = templateHeaders(locale);
		List<List<String>> body = List.of(exampleRow(owner(viewer), "张伟", "13800138000", "伟业烟酒店", "1982-06-15"));
		write(out, messages.getMessage("import.template.sheet", null, locale), headers, body, locale,
				customerColumns(locale));
	}

	/**
	 * The template of a transactions file: its columns with a purchase and a return of
	 * one of the viewer's customers (when they have one), and every column it takes.
	 */
	void writeTransactionsTemplate(Viewer viewer, Locale locale, OutputStream out) {
		List<String> headers = new ArrayList<>();
		for (String key : TransactionRows.COLUMNS) {
			headers.add(transactionRows.header(key, locale)
					+ (List.of("date", "product", "quantity").contains(key) ? "*" : ""));
		}
		String code = customers.someEditableCode(viewer).orElse("");
		LocalDate today = LocalDate.now(clock);
		List<List<String>> body = List.of(
				List.of(code, "", "", today.minusDays(7).toString(), "购买", "中华（软）", "条", "5", "450.00", "2250.00", ""),
				List.of(code, "", "", today.minusDays(2).toString(), "退货", "中华（软）", "条", "1", "", "450.00", "包装破损"));
		write(out, messages.getMessage("import.tx.template.sheet", null, locale), headers, body, locale,
				transactionColumns(locale));
	}

	/**
	 * The demo's sample: eight customers of a store's registration sheet, two of them
	 * with a mistake (a mobile number of ten digits, a birthday that does not exist), for
	 * the owning manager the viewer imports for.
	 */
	public void writeSample(Viewer viewer, Locale locale, OutputStream out) {
		String owner = owner(viewer);
		List<List<String>> body = new ArrayList<>();
		body.add(exampleRow(owner, "陈国强", "13912345601", "国强便利店", "1975-03-08"));
		body.add(exampleRow(owner, "刘晓燕", "13912345602", "晓燕烟酒商行", "1988-11-21"));
		body.add(exampleRow(owner, "黄志明", "1391234560", "志明副食店", "1979-07-02"));
		body.add(exampleRow(owner, "周丽华", "13912345604", "丽华超市", "1990-01-30"));
		body.add(exampleRow(owner, "吴建军", "13912345605", "建军名烟名酒", "1985-02-30"));
		body.add(exampleRow(owner, "郑秀英", "13912345606", "秀英小卖部", "1969-09-09"));
		body.add(exampleRow(owner, "孙文博", "13912345607", "文博烟行", "1993-05-17"));
		body.add(exampleRow(owner, "马海燕", "13912345608", "海燕便民店", "1981-12-12"));
		write(out, messages.getMessage("import.template.sheet", null, locale), templateHeaders(locale), body, locale,
				null);
	}

	/** The user name of the manager the template's rows are for. */
	private String owner(Viewer viewer) {
		if (viewer.has(Role.MANAGER) && !viewer.has(Role.SUPERVISOR) && !viewer.isAdmin()) {
			return viewer.username();
		}
		List<UserSummary> managers = identity.activeManagersFor(viewer);
		return managers.isEmpty() ? "" : managers.get(0).username();
	}

	private List<String> templateHeaders(Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String key : CustomerColumns.TEMPLATE) {
			headers.add(columns.header(key, locale) + ("name".equals(key) ? "*" : ""));
		}
		return headers;
	}

	private List<String> exampleRow(String owner, String name, String mobile, String company, String birthday) {
		Map<String, String> row = new LinkedHashMap<>();
		CustomerColumns.TEMPLATE.forEach(key -> row.put(key, ""));
		row.put("name", name);
		row.put("companyName", company);
		row.put("mobilePhone", mobile);
		row.put("owner", owner);
		row.put("grade", "C");
		row.put("dealStatus", messages.getMessage("profile.enum.dealStatus.CLOSED", null, CustomerColumns.ZH));
		row.put("classification", "零售户");
		row.put("birthDate", birthday);
		row.put("companyAddress", "幸福路 " + (name.codePointAt(0) % 90 + 10) + " 号");
		return new ArrayList<>(row.values());
	}

	/**
	 * The error file of an import: the bad rows as uploaded (every column) and 错误原因, in
	 * the order of the file.
	 * @return how many rows it holds
	 */
	@Transactional(readOnly = true)
	public int writeErrors(Long id, Viewer viewer, Locale locale, OutputStream out) {
		ImportBatch batch = imports.load(id, viewer);
		Checked<?> checked = imports.check(batch, viewer);
		// the error column of an earlier error file (fixed and uploaded again) is
		// replaced
		int errorColumn = checked.headers()
			.indexOf(messages.getMessage("import.column.error", null, CustomerColumns.ZH));
		if (errorColumn < 0) {
			errorColumn = checked.headers().indexOf(messages.getMessage("import.column.error", null, Locale.ENGLISH));
		}
		List<String> headers = new ArrayList<>(checked.rawHeaders());
		if (errorColumn >= 0) {
			headers.remove(errorColumn);
		}
		List<List<String>> body = new ArrayList<>();
		for (CheckedRow<?> row : checked.rows()) {
			if (row.good()) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < checked.rawHeaders().size(); i++) {
				if (i != errorColumn) {
					cells.add(row.row().cell(i));
				}
			}
			cells.add(reasons(row.problems(), locale));
			body.add(cells);
		}
		headers.add(messages.getMessage("import.column.error", null, locale));
		write(out, messages.getMessage("import.errors.sheet", null, locale), headers, body, locale, null);
		// the bad rows hold customers' data as typed: taken away like any list
		accessLog.recordExport(viewer.userId(), "importErrors", "import=" + id, "xlsx", body.size());
		return body.size();
	}

	/** The problems of a row in words: 手机：手机号码应为 11 位数字；生日：… */
	String reasons(List<Problem> problems, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (Problem p : problems) {
			String text = messages.getMessage(p.key(), p.args().toArray(), p.key(), locale);
			parts.add((p.column() != null)
					? p.column() + messages.getMessage("import.errors.colon", null, locale) + text : text);
		}
		return String.join(messages.getMessage("import.errors.separator", null, locale), parts);
	}

	/**
	 * @param columnsSheet the rows of a second sheet listing the columns (header, what to
	 * fill in), or null for none
	 */
	private void write(OutputStream out, String sheetName, List<String> headers, List<List<String>> body, Locale locale,
			List<List<String>> columnsSheet) {
		// shared strings, as Excel writes them (an inline string edited by POI keeps its
		// old
		// text beside the new)
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true)) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle head = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setDataFormat(text.getDataFormat());
			Sheet sheet = workbook.createSheet(sheetName);
			Row first = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				cell(first, i, headers.get(i), head);
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, 16 * 256);
			}
			int r = 1;
			for (List<String> values : body) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					cell(row, i, values.get(i), text);
				}
			}
			if (columnsSheet != null) {
				writeColumns(workbook, head, text, locale, columnsSheet);
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null && !value.isEmpty()) {
			// a text cell: never evaluated, whatever it starts with
			cell.setCellValue(value);
		}
	}

	/** The second sheet of a template: every column it takes, with what to fill in. */
	private void writeColumns(Workbook workbook, CellStyle head, CellStyle text, Locale locale,
			List<List<String>> about) {
		Sheet sheet = workbook.createSheet(messages.getMessage("import.template.columnsSheet", null, locale));
		Row first = sheet.createRow(0);
		cell(first, 0, messages.getMessage("import.template.column", null, locale), head);
		cell(first, 1, messages.getMessage("import.template.values", null, locale), head);
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 60 * 256);
		int r = 1;
		for (List<String> line : about) {
			Row row = sheet.createRow(r++);
			cell(row, 0, line.get(0), text);
			cell(row, 1, line.get(1), text);
		}
	}

	/** The columns a customer file takes: code, owner, grade and every profile field. */
	private List<List<String>> customerColumns(Locale locale) {
		List<List<String>> about = new ArrayList<>();
		for (String key : List.of("code", "owner", "grade")) {
			about.add(List.of(columns.header(key, locale),
					messages.getMessage("import.template.about." + key, null, locale)));
		}
		for (ProfileField field : ProfileCatalog.fields()) {
			if (!field.isChildren()) {
				about.add(List.of(columns.header(field, locale), about(field, locale)));
			}
		}
		return about;
	}

	/** The columns a transactions file takes. */
	private List<List<String>> transactionColumns(Locale locale) {
		List<List<String>> about = new ArrayList<>();
		for (String key : TransactionRows.COLUMNS) {
			about.add(List.of(transactionRows.header(key, locale),
					messages.getMessage("import.tx.about." + key, null, locale)));
		}
		return about;
	}

	private String about(ProfileField field, Locale locale) {
		List<String> options = (field.type() == FieldType.YESNO) ? List.of("YES", "NO", "UNKNOWN") : field.options();
		if (field.type() == FieldType.ENUM || field.type() == FieldType.YESNO) {
			return String.join(" / ",
					options.stream().map(o -> messages.getMessage(field.optionLabelKey(o), null, o, locale)).toList());
		}
		return messages.getMessage("import.template.type." + field.type().name(), null, "", locale);
	}

}
