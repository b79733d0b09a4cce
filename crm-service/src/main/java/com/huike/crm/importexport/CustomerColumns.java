package com.huike.crm.importexport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.FieldType;
import com.huike.crm.customer.ProfileCatalog;
import com.huike.crm.customer.ProfileField;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The columns of a customer import, by their headers: the customer code, the owning
 * manager and the grade, and every field of the archive by its Chinese (or English) label
 * — the same labels the archive's form shows — plus a few names that stores' sheets use
 * (客户姓名, 手机号码, 生日…). Option fields take their labels (已婚, 是) or their codes.
 */
@Component
class CustomerColumns {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	/** A column of the import: a special one, or a profile field. */
	record Column(Special special, ProfileField field) {

		String key() {
			return (special != null) ? special.key : field.key();
		}

	}

	/** The columns that are not answers of the archive. */
	enum Special {

		CODE("code"), OWNER("owner"), GRADE("grade"), IGNORED("error");

		final String key;

		Special(String key) {
			this.key = key;
		}

	}

	/** The columns of the template, in order. */
	static final List<String> TEMPLATE = List.of("code", "name", "companyName", "mobilePhone", "officePhone",
			"homePhone", "owner", "grade", "dealStatus", "classification", "birthDate", "birthDateLunar", "nickname",
			"jobTitle", "companyAddress");

	/** Other names stores' sheets give the columns. */
	private static final Map<String, List<String>> ALIASES = Map.of("name", List.of("客户姓名", "客户名称", "姓名"),
			"mobilePhone", List.of("手机号", "手机号码", "移动电话", "手机"), "companyName",
			List.of("公司", "单位", "店名", "店铺名称", "公司名称"), "officePhone", List.of("办公电话"), "homePhone", List.of("住宅电话"),
			"birthDate", List.of("生日", "出生日期"), "code", List.of("客户编码", "编号"), "owner", List.of("所属客户经理", "经理"),
			"grade", List.of("等级", "客户分级"));

	private final MessageSource messages;

	private final Map<String, Column> byHeader;

	CustomerColumns(MessageSource messages) {
		this.messages = messages;
		this.byHeader = headers();
	}

	private Map<String, Column> headers() {
		Map<String, Column> headers = new LinkedHashMap<>();
		for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
			for (Special special : Special.values()) {
				put(headers, messages.getMessage("import.column." + special.key, null, locale),
						new Column(special, null));
			}
			for (ProfileField field : ProfileCatalog.fields()) {
				if (field.isChildren()) {
					continue;
				}
				put(headers, header(field, locale), new Column(null, field));
			}
		}
		for (ProfileField field : ProfileCatalog.fields()) {
			put(headers, field.key(), new Column(null, field));
		}
		ALIASES.forEach((key, aliases) -> aliases.forEach(alias -> put(headers, alias, column(key))));
		return Map.copyOf(headers);
	}

	private static void put(Map<String, Column> headers, String header, Column column) {
		headers.putIfAbsent(normalize(header), column);
	}

	/** A profile field's header: the import's own name for it, else the form's label. */
	String header(ProfileField field, Locale locale) {
		return messages.getMessage("import.header." + field.key(), null,
				messages.getMessage(field.labelKey(), null, field.key(), locale), locale);
	}

	/** The header of a column by its key ({@code owner}, {@code mobilePhone}). */
	String header(String key, Locale locale) {
		for (Special special : Special.values()) {
			if (special.key.equals(key)) {
				return messages.getMessage("import.column." + key, null, locale);
			}
		}
		return header(ProfileCatalog.field(key), locale);
	}

	Column column(String key) {
		for (Special special : Special.values()) {
			if (special.key.equals(key)) {
				return new Column(special, null);
			}
		}
		return new Column(null, ProfileCatalog.field(key));
	}

	/**
	 * The columns of a header row, in its order.
	 * @throws ImportFileRefusedException when a header is unknown or repeated, or the
	 * name column is missing
	 */
	List<Column> resolve(List<String> headers) {
		List<Column> columns = new ArrayList<>(headers.size());
		List<String> unknown = new ArrayList<>();
		Map<String, String> seen = new LinkedHashMap<>();
		for (String header : headers) {
			if (header.isBlank()) {
				columns.add(new Column(Special.IGNORED, null));
				continue;
			}
			Column column = byHeader.get(normalize(header));
			if (column == null) {
				unknown.add(header);
				columns.add(null);
				continue;
			}
			String earlier = seen.putIfAbsent(column.key(), header);
			if (earlier != null && column.special() != Special.IGNORED) {
				throw new ImportFileRefusedException("import.file.repeatedHeader", earlier, header);
			}
			columns.add(column);
		}
		if (!unknown.isEmpty()) {
			throw new ImportFileRefusedException("import.file.unknownHeaders", String.join("、", unknown),
					header("name", ZH));
		}
		if (!seen.containsKey("name")) {
			throw new ImportFileRefusedException("import.file.noNameColumn", header("name", ZH));
		}
		return columns;
	}

	/**
	 * The option a cell names: its code ({@code MARRIED}), or its label in Chinese or
	 * English ({@code 已婚}); the text as typed when it names none (the check then says
	 * so).
	 */
	String option(ProfileField field, String text) {
		String t = text.strip();
		if (field.type() == FieldType.YESNO || field.type() == FieldType.FLAG) {
			if (Set.of("是", "Y", "y", "yes", "Yes", "YES", "true", "TRUE", "1", "农历", "√").contains(t)) {
				return field.type() == FieldType.FLAG ? "true" : "YES";
			}
			if (Set.of("否", "N", "n", "no", "No", "NO", "false", "FALSE", "0", "公历", "阳历").contains(t)) {
				return field.type() == FieldType.FLAG ? "false" : "NO";
			}
		}
		List<String> options = (field.type() == FieldType.YESNO) ? List.of("YES", "NO", "UNKNOWN") : field.options();
		for (String option : options) {
			if (option.equalsIgnoreCase(t)) {
				return option;
			}
			for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
				String label = messages.getMessage(field.optionLabelKey(option), null, null, locale);
				if (label != null && label.equalsIgnoreCase(t)) {
					return option;
				}
			}
		}
		return t;
	}

	static String normalize(String header) {
		return header.replace('\u3000', ' ')
			.replace('（', '(')
			.replace('）', ')')
			.replaceAll("\\s+", "")
			.toLowerCase(Locale.ROOT);
	}

}
