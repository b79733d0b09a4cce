package com.huike.crm.importexport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.customer.CustomerImport;
import com.huike.crm.customer.CustomerImport.ExistingCustomer;
import com.huike.crm.customer.CustomerImport.ImportedCustomer;
import com.huike.crm.customer.FieldType;
import com.huike.crm.customer.ProfileError;
import com.huike.crm.customer.ProfileField;
import com.huike.crm.customer.ProfileValidator;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.importexport.CustomerColumns.Column;
import com.huike.crm.importexport.CustomerColumns.Special;
import com.huike.crm.importexport.SpreadsheetReader.SheetRow;
import com.huike.crm.importexport.SpreadsheetReader.Spreadsheet;
import com.huike.crm.importexport.domain.ImportKind;
import com.huike.crm.shared.Text;

import org.springframework.stereotype.Component;

/**
 * Checks every row of a customer file: each cell against the archive's own rules (the
 * same {@link ProfileValidator} as the form: 11-digit mobile numbers, dates not in the
 * future, lengths, options), the owning manager against those the importer may register
 * customers for, the grade, formulas where values belong; then finds the rows that match
 * an archive the importer can see (same code, same mobile, or same name at the same
 * company) or an earlier row of the file.
 */
@Component
class CustomerRows implements ImportRows<ImportedCustomer> {

	/** Rows whose matches are looked up in one query. */
	static final int LOOKUP_BATCH = 1_000;

	private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
			+ "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

	private final CustomerColumns columns;

	private final CustomerImport customers;

	private final IdentityService identity;

	CustomerRows(CustomerColumns columns, CustomerImport customers, IdentityService identity) {
		this.columns = columns;
		this.customers = customers;
		this.identity = identity;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.CUSTOMERS;
	}

	@Override
	public Checked<ImportedCustomer> check(Spreadsheet sheet, Viewer viewer, LocalDate today) {
		List<Column> cols = columns.resolve(sheet.headers());
		Owners owners = new Owners(viewer);
		List<Checked1> firstPass = new ArrayList<>(sheet.rows().size());
		for (SheetRow row : sheet.rows()) {
			firstPass.add(checkCells(row, sheet.headers(), cols, owners, viewer, today));
		}
		return new Checked<>(sheet.headers(), sheet.rawHeaders(), matchAll(firstPass, sheet.headers(), cols, viewer));
	}

	/** A row after its cells were checked, before matching. */
	private record Checked1(SheetRow row, ImportedCustomer customer, String code, List<Problem> problems) {

	}

	private Checked1 checkCells(SheetRow row, List<String> headers, List<Column> cols, Owners owners, Viewer viewer,
			LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Object> input = new LinkedHashMap<>();
		Map<String, Integer> columnOf = new HashMap<>();
		String code = null;
		String owner = null;
		String grade = null;
		for (int i = 0; i < cols.size(); i++) {
			Column col = cols.get(i);
			if (col == null || col.special() == Special.IGNORED) {
				continue;
			}
			columnOf.put(col.key(), i);
			String value = row.cell(i);
			if (row.formulas().get(i)) {
				problems.add(new Problem(row.number(), headers.get(i), "import.error.formula", List.of()));
				continue;
			}
			if (col.special() == Special.CODE) {
				code = value.isBlank() ? null : value;
			}
			else if (col.special() == Special.OWNER) {
				owner = value;
			}
			else if (col.special() == Special.GRADE) {
				grade = value;
			}
			else if (!value.isBlank() || "name".equals(col.key())) {
				input.put(col.key(), value.isBlank() ? null : cellValue(col.field(), value));
			}
		}
		ProfileValidator.Result result = ProfileValidator.validate(input, Map.of(), today);
		for (ProfileError error : result.errors()) {
			Integer i = columnOf.get(error.field());
			problems.add(new Problem(row.number(), (i != null) ? headers.get(i) : null, error.code(), error.args()));
		}
		if (code != null && (code.length() > 40 || Text.hasControlCharacters(code))) {
			problems.add(new Problem(row.number(), header(headers, columnOf, "code"), "import.error.code", List.of()));
			code = null;
		}
		Long ownerId = owners.resolve(owner, viewer, row.number(), header(headers, columnOf, "owner"), problems);
		Grade g = grade(grade, row.number(), header(headers, columnOf, "grade"), problems);
		if (!problems.isEmpty()) {
			return new Checked1(row, null, code, problems);
		}
		Map<String, Object> values = new LinkedHashMap<>(result.values());
		values.values().removeIf(v -> v == null);
		String dealStatus = (String) values.remove("dealStatus");
		String birthDate = (String) values.remove("birthDate");
		Object lunar = values.remove("birthDateLunar");
		ImportedCustomer customer = new ImportedCustomer((String) values.remove("name"),
				(String) values.remove("companyName"), (String) values.remove("mobilePhone"),
				(String) values.remove("officePhone"), (String) values.remove("homePhone"), ownerId, g,
				(dealStatus != null) ? DealStatus.valueOf(dealStatus) : null, (String) values.remove("classification"),
				(birthDate != null) ? LocalDate.parse(birthDate) : null, Boolean.TRUE.equals(lunar), values);
		return new Checked1(row, customer, code, problems);
	}

	private static String header(List<String> headers, Map<String, Integer> columnOf, String key) {
		Integer i = columnOf.get(key);
		return (i != null) ? headers.get(i) : null;
	}

	private Object cellValue(ProfileField field, String value) {
		return switch (field.type()) {
			case DATE -> day(value);
			case ENUM, YESNO, FLAG -> columns.option(field, value);
			default -> value;
		};
	}

	/** A day as people type it (1985/3/12, 1985年3月12日, 19850312) in ISO form. */
	static String day(String value) {
		String v = value.strip();
		Matcher m = DAY.matcher(v);
		if (m.matches()) {
			try {
				return LocalDate
					.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
					.toString();
			}
			catch (java.time.DateTimeException ex) {
				return v;
			}
		}
		if (v.matches("\\d{8}")) {
			try {
				return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE).toString();
			}
			catch (DateTimeParseException ex) {
				return v;
			}
		}
		return v;
	}

	private static Grade grade(String text, int row, String column, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return Grade.D;
		}
		String g = text.strip().toUpperCase(Locale.ROOT).replace("级", "").replace("类", "");
		for (Grade grade : Grade.values()) {
			if (grade.name().equals(g)) {
				return grade;
			}
		}
		problems.add(new Problem(row, column, "import.error.grade", List.of(text)));
		return null;
	}

	/**
	 * The managers the importer may register customers for, by user name (first) and by
	 * name: a user name is unique, a name may not be (nor differ from another's user
	 * name).
	 */
	private final class Owners {

		private final Map<String, UserSummary> byUsername = new HashMap<>();

		private final Map<String, List<UserSummary>> byName = new HashMap<>();

		Owners(Viewer viewer) {
			List<UserSummary> managers = (viewer.isAdmin() || viewer.has(Role.SUPERVISOR))
					? identity.activeManagersFor(viewer)
					: viewer.has(Role.MANAGER) && identity.isActiveManager(viewer.userId())
							? List.of(new UserSummary(viewer.userId(), viewer.username(), viewer.displayName()))
							: List.of();
			for (UserSummary manager : managers) {
				byUsername.put(manager.username().toLowerCase(Locale.ROOT), manager);
				if (manager.displayName() != null) {
					byName
						.computeIfAbsent(manager.displayName().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
						.add(manager);
				}
			}
		}

		Long resolve(String text, Viewer viewer, int row, String column, List<Problem> problems) {
			if (text == null || text.isBlank()) {
				if (viewer.has(Role.MANAGER) && !viewer.has(Role.SUPERVISOR) && !viewer.isAdmin()) {
					return viewer.userId();
				}
				problems.add(new Problem(row, column, "import.error.ownerRequired", List.of()));
				return null;
			}
			String key = text.strip().toLowerCase(Locale.ROOT);
			UserSummary byUser = byUsername.get(key);
			if (byUser != null) {
				return byUser.id();
			}
			List<UserSummary> found = byName.getOrDefault(key, List.of());
			if (found.size() == 1) {
				return found.get(0).id();
			}
			problems.add(new Problem(row, column,
					found.isEmpty() ? "import.error.ownerUnknown" : "import.error.ownerAmbiguous", List.of(text)));
			return null;
		}

	}

	// --- duplicates ---

	private List<CheckedRow<ImportedCustomer>> matchAll(List<Checked1> rows, List<String> headers, List<Column> cols,
			Viewer viewer) {
		String codeHeader = null;
		for (int i = 0; i < cols.size(); i++) {
			if (cols.get(i) != null && cols.get(i).special() == Special.CODE) {
				codeHeader = headers.get(i);
			}
		}
		Map<String, Integer> mobiles = new HashMap<>();
		Map<String, Integer> codes = new HashMap<>();
		Map<String, Integer> names = new HashMap<>();
		List<CheckedRow<ImportedCustomer>> out = new ArrayList<>(rows.size());
		for (int from = 0; from < rows.size(); from += LOOKUP_BATCH) {
			List<Checked1> chunk = rows.subList(from, Math.min(rows.size(), from + LOOKUP_BATCH));
			Existing existing = existing(chunk, viewer);
			for (Checked1 row : chunk) {
				if (!row.problems().isEmpty()) {
					out.add(new CheckedRow<>(row.row(), null, row.problems(), null));
					continue;
				}
				ImportedCustomer c = row.customer();
				int number = row.row().number();
				String nameKey = (c.companyName() != null) ? CustomerImport.nameAtCompany(c.name(), c.companyName())
						: null;
				Duplicate duplicate = null;
				if (row.code() != null) {
					ExistingCustomer match = existing.byCode.get(row.code());
					if (match == null) {
						out.add(new CheckedRow<>(row.row(), null, List
							.of(new Problem(number, codeHeader, "import.error.codeUnknown", List.of(row.code()))),
								null));
						continue;
					}
					duplicate = duplicate(number, Match.CODE, match);
				}
				if (duplicate == null && c.mobilePhone() != null && existing.byMobile.containsKey(c.mobilePhone())) {
					duplicate = duplicate(number, Match.MOBILE, existing.byMobile.get(c.mobilePhone()));
				}
				if (duplicate == null && nameKey != null && existing.byName.containsKey(nameKey)) {
					duplicate = duplicate(number, Match.NAME_COMPANY, existing.byName.get(nameKey));
				}
				if (duplicate == null) {
					Integer earlier = (row.code() != null) ? codes.get(row.code()) : null;
					Match match = Match.CODE;
					if (earlier == null && c.mobilePhone() != null) {
						earlier = mobiles.get(c.mobilePhone());
						match = Match.MOBILE;
					}
					if (earlier == null && nameKey != null) {
						earlier = names.get(nameKey);
						match = Match.NAME_COMPANY;
					}
					if (earlier != null) {
						duplicate = new Duplicate(number, match, null, null, null, false, earlier);
					}
				}
				if (row.code() != null) {
					codes.putIfAbsent(row.code(), number);
				}
				if (c.mobilePhone() != null) {
					mobiles.putIfAbsent(c.mobilePhone(), number);
				}
				if (nameKey != null) {
					names.putIfAbsent(nameKey, number);
				}
				out.add(new CheckedRow<>(row.row(), c, List.of(), duplicate));
			}
		}
		return out;
	}

	private static Duplicate duplicate(int row, Match match, ExistingCustomer existing) {
		return new Duplicate(row, match, existing.id(), existing.code(), existing.name(), existing.editable(), null);
	}

	/**
	 * The existing archives the chunk's rows match, by code, mobile and name at company.
	 */
	private record Existing(Map<String, ExistingCustomer> byCode, Map<String, ExistingCustomer> byMobile,
			Map<String, ExistingCustomer> byName) {

	}

	private Existing existing(List<Checked1> chunk, Viewer viewer) {
		List<String> mobiles = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Checked1 row : chunk) {
			if (row.customer() == null) {
				continue;
			}
			if (row.code() != null) {
				codes.add(row.code());
			}
			if (row.customer().mobilePhone() != null) {
				mobiles.add(row.customer().mobilePhone());
			}
			if (row.customer().companyName() != null) {
				names.add(CustomerImport.nameAtCompany(row.customer().name(), row.customer().companyName()));
			}
		}
		Map<String, ExistingCustomer> byCode = new HashMap<>();
		Map<String, ExistingCustomer> byMobile = new HashMap<>();
		Map<String, ExistingCustomer> byName = new HashMap<>();
		for (ExistingCustomer e : customers.matches(mobiles, codes, names, viewer)) {
			byCode.putIfAbsent(e.code(), e);
			if (e.mobilePhone() != null) {
				byMobile.putIfAbsent(e.mobilePhone(), e);
			}
			if (e.companyName() != null) {
				byName.putIfAbsent(CustomerImport.nameAtCompany(e.name(), e.companyName()), e);
			}
		}
		return new Existing(byCode, byMobile, byName);
	}

}
