package com.huike.crm.importexport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.CustomerImport;
import com.huike.crm.customer.CustomerImport.ExistingCustomer;
import com.huike.crm.identity.Viewer;
import com.huike.crm.importexport.SpreadsheetReader.SheetRow;
import com.huike.crm.importexport.SpreadsheetReader.Spreadsheet;
import com.huike.crm.importexport.domain.ImportKind;
import com.huike.crm.shared.Text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a transactions file (交易记录: purchases and returns, part 3 and 4 of
 * the archive): the customer by code or mobile number among the archives the importer may
 * edit (and against the name, when the file gives one), the date (not in the future), the
 * kind (购买 or 退货; a negative quantity without a kind is a return), the product, and
 * quantity, unit price and amount as the archive keeps them (the amount is the quantity
 * times the unit price, to the fen).
 */
@Component
class TransactionRows implements ImportRows<TransactionRows.ImportedTransaction> {

	/** The columns of a transactions file, by key, in the template's order. */
	static final List<String> COLUMNS = List.of("code", "mobile", "name", "date", "type", "product", "model",
			"quantity", "unitPrice", "amount", "note");

	/** What the amount and unit price columns hold (numeric(14, 2), numeric(12, 2)). */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999999.99");

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** Other names ledgers give the columns. */
	private static final Map<String, List<String>> ALIASES = Map.ofEntries(
			Map.entry("code", List.of("客户编码", "编号", "客户代码")), Map.entry("mobile", List.of("手机", "手机号", "手机号码", "移动电话")),
			Map.entry("name", List.of("客户名称", "姓名", "客户")),
			Map.entry("date", List.of("交易日期", "购买日期", "退货日期", "单据日期", "日期")),
			Map.entry("type", List.of("交易类型", "业务类型", "单据类型", "类型")),
			Map.entry("product", List.of("产品", "产品名称", "品名", "商品", "商品名称")),
			Map.entry("model", List.of("型号", "规格", "规格型号", "型号/规格", "型号规格")),
			Map.entry("quantity", List.of("数量", "件数")), Map.entry("unitPrice", List.of("单价", "单价(元)")),
			Map.entry("amount", List.of("金额", "金额(元)", "总金额", "合计")), Map.entry("note", List.of("备注", "说明", "退货原因")),
			Map.entry("error", List.of()));

	private static final Set<String> PURCHASE = Set.of("购买", "购", "采购", "进货", "销售", "购货", "买入", "purchase", "p");

	private static final Set<String> RETURN = Set.of("退货", "退", "退回", "退换", "return", "r");

	private final CustomerImport customers;

	private final MessageSource messages;

	private final Map<String, String> byHeader;

	TransactionRows(CustomerImport customers, MessageSource messages) {
		this.customers = customers;
		this.messages = messages;
		Map<String, String> headers = new LinkedHashMap<>();
		for (Locale locale : List.of(CustomerColumns.ZH, Locale.ENGLISH)) {
			for (String key : ALIASES.keySet()) {
				headers.putIfAbsent(CustomerColumns.normalize(header(key, locale)), key);
			}
		}
		ALIASES.forEach(
				(key, aliases) -> aliases.forEach(alias -> headers.putIfAbsent(CustomerColumns.normalize(alias), key)));
		this.byHeader = Map.copyOf(headers);
	}

	/** A purchase (part 3) or a return (part 4) of a customer, as checked. */
	record ImportedTransaction(Long customerId, boolean isReturn, LocalDate date, String product, String model,
			BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String note) {

	}

	@Override
	public ImportKind kind() {
		return ImportKind.TRANSACTIONS;
	}

	/** The header of a column, by its key. */
	String header(String key, Locale locale) {
		return messages.getMessage("import.tx.column." + key, null, locale);
	}

	@Override
	public Checked<ImportedTransaction> check(Spreadsheet sheet, Viewer viewer, LocalDate today) {
		Map<String, Integer> columns = resolve(sheet.headers());
		List<CheckedRow<ImportedTransaction>> out = new ArrayList<>(sheet.rows().size());
		for (int from = 0; from < sheet.rows().size(); from += CustomerRows.LOOKUP_BATCH) {
			List<SheetRow> chunk = sheet.rows()
				.subList(from, Math.min(sheet.rows().size(), from + CustomerRows.LOOKUP_BATCH));
			Archives archives = archives(chunk, columns, viewer);
			for (SheetRow row : chunk) {
				out.add(checkRow(row, sheet.headers(), columns, archives, today));
			}
		}
		return new Checked<>(sheet.headers(), sheet.rawHeaders(), out);
	}

	/**
	 * The columns of a header row, by key.
	 * @throws ImportFileRefusedException when a header is unknown or repeated, or a
	 * column the rows need is missing
	 */
	Map<String, Integer> resolve(List<String> headers) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		Map<String, String> seen = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i);
			if (header.isBlank()) {
				continue;
			}
			String key = byHeader.get(CustomerColumns.normalize(header));
			if (key == null) {
				unknown.add(header);
				continue;
			}
			String earlier = seen.putIfAbsent(key, header);
			if (earlier != null && !"error".equals(key)) {
				throw new ImportFileRefusedException("import.file.repeatedHeader", earlier, header);
			}
			columns.putIfAbsent(key, i);
		}
		if (!unknown.isEmpty()) {
			throw new ImportFileRefusedException("import.tx.file.unknownHeaders", String.join("、", unknown));
		}
		List<String> missing = new ArrayList<>();
		if (!columns.containsKey("code") && !columns.containsKey("mobile")) {
			missing.add(header("code", CustomerColumns.ZH) + " / " + header("mobile", CustomerColumns.ZH));
		}
		for (String key : List.of("date", "product", "quantity")) {
			if (!columns.containsKey(key)) {
				missing.add(header(key, CustomerColumns.ZH));
			}
		}
		if (!columns.containsKey("unitPrice") && !columns.containsKey("amount")) {
			missing.add(header("unitPrice", CustomerColumns.ZH) + " / " + header("amount", CustomerColumns.ZH));
		}
		if (!missing.isEmpty()) {
			throw new ImportFileRefusedException("import.tx.file.missingColumns", String.join("、", missing));
		}
		return columns;
	}

	/** The archives the chunk's rows name, by code and by mobile number. */
	private record Archives(Map<String, ExistingCustomer> byCode, Map<String, List<ExistingCustomer>> byMobile) {

	}

	private Archives archives(List<SheetRow> chunk, Map<String, Integer> columns, Viewer viewer) {
		List<String> codes = new ArrayList<>();
		List<String> mobiles = new ArrayList<>();
		for (SheetRow row : chunk) {
			String code = cell(row, columns, "code");
			if (!code.isEmpty()) {
				codes.add(code);
			}
			else if (!cell(row, columns, "mobile").isEmpty()) {
				mobiles.add(cell(row, columns, "mobile"));
			}
		}
		Map<String, ExistingCustomer> byCode = new HashMap<>();
		Map<String, List<ExistingCustomer>> byMobile = new HashMap<>();
		for (ExistingCustomer e : customers.matches(mobiles, codes, List.of(), viewer)) {
			byCode.putIfAbsent(e.code(), e);
			if (e.mobilePhone() != null) {
				byMobile.computeIfAbsent(e.mobilePhone(), k -> new ArrayList<>()).add(e);
			}
		}
		return new Archives(byCode, byMobile);
	}

	private static String cell(SheetRow row, Map<String, Integer> columns, String key) {
		Integer i = columns.get(key);
		return (i != null) ? row.cell(i).strip() : "";
	}

	private CheckedRow<ImportedTransaction> checkRow(SheetRow row, List<String> headers, Map<String, Integer> columns,
			Archives archives, LocalDate today) {
		Cells cells = new Cells(row, headers, columns);
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			if (!"error".equals(column.getKey()) && row.formulas().get(column.getValue())) {
				cells.problem(column.getKey(), "import.error.formula");
			}
		}
		if (!cells.problems.isEmpty()) {
			return new CheckedRow<>(row, null, cells.problems, null);
		}
		Long customerId = customer(cells, archives);
		LocalDate date = date(cells, today);
		Boolean isReturn = type(cells);
		String product = cells.text("product", 200, true);
		String model = cells.text("model", 100, false);
		String note = cells.text("note", 500, false);
		BigDecimal quantity = cells.number("quantity", MAX_QUANTITY, true);
		BigDecimal unitPrice = cells.number("unitPrice", MAX_QUANTITY, false);
		BigDecimal amount = cells.number("amount", MAX_AMOUNT, false);
		if (quantity != null && quantity.signum() < 0) {
			if (Boolean.FALSE.equals(isReturn)) {
				cells.problem("quantity", "import.tx.error.quantityNegative");
			}
			else {
				// a ledger's return: minus quantity (and minus amount)
				isReturn = true;
				quantity = quantity.negate();
				amount = (amount != null) ? amount.abs() : null;
			}
		}
		if (isReturn == null) {
			isReturn = false;
		}
		if (quantity != null && quantity.signum() == 0) {
			cells.problem("quantity", "import.tx.error.quantityZero");
		}
		if (unitPrice != null && unitPrice.signum() < 0) {
			cells.problem("unitPrice", "import.tx.error.negative");
		}
		if (amount != null && amount.signum() < 0) {
			cells.problem("amount", "import.tx.error.negative");
		}
		if (isReturn && product != null && model != null && product.length() + model.length() >= 200) {
			cells.problem("model", "import.tx.error.tooLong", 199 - product.length());
		}
		if (!cells.problems.isEmpty() || quantity == null) {
			return new CheckedRow<>(row, null, cells.problems, null);
		}
		if (unitPrice == null && amount == null) {
			cells.problem(columns.containsKey("amount") ? "amount" : "unitPrice", "import.tx.error.amountRequired");
		}
		else if (unitPrice != null) {
			BigDecimal expected = CustomerImport.amountOf(quantity, unitPrice);
			if (expected.compareTo(MAX_AMOUNT) > 0) {
				cells.problem("amount", "import.tx.error.tooLarge", MAX_AMOUNT.toPlainString());
			}
			else if (amount != null && amount.compareTo(expected) != 0) {
				cells.problem("amount", "import.tx.error.amountMismatch", expected.toPlainString());
			}
			amount = expected;
		}
		else if (!isReturn) {
			unitPrice = amount.divide(quantity, 2, RoundingMode.HALF_UP);
			if (CustomerImport.amountOf(quantity, unitPrice).compareTo(amount) != 0) {
				cells.problem("amount", "import.tx.error.amountIndivisible", quantity.toPlainString());
			}
		}
		if (isReturn && amount != null && amount.signum() == 0) {
			cells.problem("amount", "import.tx.error.returnAmountZero");
		}
		if (!cells.problems.isEmpty() || customerId == null || date == null || product == null) {
			return new CheckedRow<>(row, null, cells.problems, null);
		}
		return new CheckedRow<>(row,
				new ImportedTransaction(customerId, isReturn, date, product, model, quantity, unitPrice, amount, note),
				List.of(), null);
	}

	private Long customer(Cells cells, Archives archives) {
		String code = cells.value("code");
		String mobile = cells.value("mobile");
		ExistingCustomer customer;
		String column;
		if (!code.isEmpty()) {
			column = "code";
			customer = archives.byCode().get(code);
			if (customer == null) {
				cells.problem(column, "import.tx.error.codeUnknown", code);
				return null;
			}
		}
		else if (!mobile.isEmpty()) {
			column = "mobile";
			List<ExistingCustomer> found = archives.byMobile().getOrDefault(mobile, List.of());
			if (found.size() != 1) {
				cells.problem(column,
						found.isEmpty() ? "import.tx.error.mobileUnknown" : "import.tx.error.mobileAmbiguous", mobile);
				return null;
			}
			customer = found.get(0);
		}
		else {
			cells.problem(cells.columns.containsKey("code") ? "code" : "mobile", "import.tx.error.customerRequired");
			return null;
		}
		String name = cells.value("name");
		if (!name.isEmpty() && !name.equals(customer.name())) {
			cells.problem("name", "import.tx.error.nameMismatch", customer.code(), customer.name());
			return null;
		}
		if (!customer.editable()) {
			cells.problem(column, "import.tx.error.notEditable", customer.code());
			return null;
		}
		return customer.id();
	}

	private static LocalDate date(Cells cells, LocalDate today) {
		String text = cells.value("date");
		if (text.isEmpty()) {
			cells.problem("date", "import.tx.error.dateRequired");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(CustomerRows.day(text));
		}
		catch (DateTimeParseException ex) {
			cells.problem("date", "import.tx.error.date", text);
			return null;
		}
		if (date.isAfter(today)) {
			cells.problem("date", "import.tx.error.dateFuture", text);
			return null;
		}
		if (date.isBefore(EARLIEST)) {
			cells.problem("date", "import.tx.error.date", text);
			return null;
		}
		return date;
	}

	/** True for a return, false for a purchase, null (with a problem) for neither. */
	private static Boolean type(Cells cells) {
		String text = cells.value("type");
		if (text.isEmpty()) {
			// decided by the quantity's sign
			return null;
		}
		String t = text.toLowerCase(Locale.ROOT);
		if (PURCHASE.contains(t)) {
			return false;
		}
		if (RETURN.contains(t)) {
			return true;
		}
		cells.problem("type", "import.tx.error.type", text);
		return null;
	}

	/** The cells of one row, and the problems found in them. */
	private static final class Cells {

		final SheetRow row;

		final List<String> headers;

		final Map<String, Integer> columns;

		final List<Problem> problems = new ArrayList<>();

		Cells(SheetRow row, List<String> headers, Map<String, Integer> columns) {
			this.row = row;
			this.headers = headers;
			this.columns = columns;
		}

		String value(String key) {
			return cell(row, columns, key);
		}

		void problem(String key, String messageKey, Object... args) {
			Integer i = columns.get(key);
			problems.add(new Problem(row.number(), (i != null) ? headers.get(i) : null, messageKey, List.of(args)));
		}

		String text(String key, int max, boolean required) {
			String v = value(key);
			if (v.isEmpty()) {
				if (required) {
					problem(key, "import.tx.error.required");
				}
				return null;
			}
			if (Text.hasControlCharacters(v)) {
				problem(key, "import.tx.error.control");
				return null;
			}
			if (v.codePointCount(0, v.length()) > max) {
				problem(key, "import.tx.error.tooLong", max);
				return null;
			}
			return v;
		}

		BigDecimal number(String key, BigDecimal max, boolean required) {
			String v = value(key);
			if (v.isEmpty()) {
				if (required) {
					problem(key, "import.tx.error.required");
				}
				return null;
			}
			String plain = v.replaceAll("[\\s,，¥￥元]", "").replace('－', '-').replace('．', '.');
			BigDecimal number;
			try {
				number = new BigDecimal(plain);
			}
			catch (NumberFormatException ex) {
				problem(key, "import.tx.error.number", v);
				return null;
			}
			if (number.abs().compareTo(max) > 0) {
				problem(key, "import.tx.error.tooLarge", max.toPlainString());
				return null;
			}
			if (number.stripTrailingZeros().scale() > 2) {
				problem(key, "import.tx.error.scale", v);
				return null;
			}
			return number.setScale(2, RoundingMode.UNNECESSARY);
		}

	}

}
