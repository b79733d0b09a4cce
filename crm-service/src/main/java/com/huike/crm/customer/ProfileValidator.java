package com.huike.crm.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.huike.crm.shared.Text;

/**
 * Checks and normalises answers given by key, as a form or the API sends them (strings,
 * or typed values: {@link LocalDate}, numbers, booleans, a list of maps for the
 * children). The result holds the answers in the shapes of the profile JSON contract
 * (dates {@code yyyy-MM-dd}, numbers {@link BigDecimal}, flags {@code true}, {@code null}
 * for a cleared answer) and the errors. Cross-field rules (graduation after birth, from ≤
 * to) look at the current answers for the fields not given.
 */
public final class ProfileValidator {

	public static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	public static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	public static final int MAX_CHILDREN = 20;

	/** The earliest date any answer (and the core birth date) may hold. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private ProfileValidator() {
	}

	/**
	 * @param input answers by key; a key with a {@code null} or blank value clears it
	 * @param current the answers as they are now (canonical shapes), for cross-field
	 * rules
	 * @param today the business's today, for "not in the future"
	 */
	public static Result validate(Map<String, ?> input, Map<String, Object> current, LocalDate today) {
		List<ProfileError> errors = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : input.entrySet()) {
			ProfileField field = ProfileCatalog.find(entry.getKey()).orElse(null);
			if (field == null) {
				errors.add(new ProfileError(entry.getKey(), "profile.error.unknownField"));
				continue;
			}
			Object value = field.isChildren() ? children(entry.getValue(), today, errors)
					: normalize(field, entry.getValue(), field.key(), today, errors);
			if (value == null && field.required()) {
				errors.add(new ProfileError(field.key(), "profile.error.required"));
			}
			values.put(field.key(), value);
		}
		for (ProfileField field : ProfileCatalog.fields()) {
			// a lunar flag without its date means nothing
			if (field.lunarFlag() != null && values.containsKey(field.lunarFlag())) {
				Object date = values.containsKey(field.key()) ? values.get(field.key()) : current.get(field.key());
				if (date == null) {
					values.put(field.lunarFlag(), null);
				}
			}
		}
		if (errors.isEmpty()) {
			crossChecks(input.keySet(), values, current, errors);
		}
		return new Result(values, errors);
	}

	private static void crossChecks(Collection<String> given, Map<String, Object> values, Map<String, Object> current,
			List<ProfileError> errors) {
		Map<String, Object> merged = new LinkedHashMap<>(current);
		values.forEach((k, v) -> {
			if (v == null) {
				merged.remove(k);
			}
			else {
				merged.put(k, v);
			}
		});
		LocalDate birth = date(merged.get("birthDate"));
		if (birth != null) {
			for (String later : List.of("graduationDate", "weddingAnniversary", "prevEmploymentFrom",
					"prevTitleHereDate")) {
				LocalDate d = date(merged.get(later));
				if (d != null && !d.isAfter(birth) && (given.contains(later) || given.contains("birthDate"))) {
					errors.add(new ProfileError(given.contains(later) ? later : "birthDate", "profile.error.afterBirth",
							List.of(birth.toString())));
				}
			}
			if (values.get(ProfileCatalog.CHILDREN) instanceof List<?> rows) {
				for (int i = 0; i < rows.size(); i++) {
					Map<?, ?> row = (Map<?, ?>) rows.get(i);
					LocalDate d = date(row.get("birthDate"));
					if (d != null && !d.isAfter(birth)) {
						errors.add(new ProfileError(ProfileCatalog.CHILDREN + "[" + row.get(ROW) + "].birthDate",
								"profile.error.afterBirth", List.of(birth.toString())));
					}
				}
			}
		}
		LocalDate from = date(merged.get("prevEmploymentFrom"));
		LocalDate to = date(merged.get("prevEmploymentTo"));
		if (from != null && to != null && from.isAfter(to)
				&& (given.contains("prevEmploymentFrom") || given.contains("prevEmploymentTo"))) {
			errors.add(new ProfileError(given.contains("prevEmploymentTo") ? "prevEmploymentTo" : "prevEmploymentFrom",
					"profile.error.fromAfterTo"));
		}
	}

	/**
	 * Internal marker of a kept child row's submitted index; removed by {@link Result}.
	 */
	private static final String ROW = "__row";

	private static List<Map<String, Object>> children(Object raw, LocalDate today, List<ProfileError> errors) {
		if (raw == null) {
			return null;
		}
		if (!(raw instanceof List<?> rows)) {
			errors.add(new ProfileError(ProfileCatalog.CHILDREN, "profile.error.option"));
			return null;
		}
		ProfileField rowsField = ProfileCatalog.field(ProfileCatalog.CHILDREN);
		List<Map<String, Object>> kept = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!(rows.get(i) instanceof Map<?, ?> row)) {
				continue;
			}
			Map<String, Object> child = new LinkedHashMap<>();
			for (ProfileField column : rowsField.columns()) {
				String path = ProfileCatalog.CHILDREN + "[" + i + "]." + column.key();
				Object value = normalize(column, row.get(column.key()), path, today, errors);
				if (value != null) {
					child.put(column.key(), value);
				}
			}
			if (!child.containsKey("birthDate")) {
				child.remove("birthDateLunar");
			}
			if (child.isEmpty()) {
				continue;
			}
			if (!child.containsKey("name")) {
				errors.add(new ProfileError(ProfileCatalog.CHILDREN + "[" + i + "].name", "profile.error.childName"));
			}
			child.put(ROW, i);
			kept.add(child);
		}
		if (kept.size() > MAX_CHILDREN) {
			errors
				.add(new ProfileError(ProfileCatalog.CHILDREN, "profile.error.tooManyChildren", List.of(MAX_CHILDREN)));
		}
		return kept.isEmpty() ? null : kept;
	}

	static Object normalize(ProfileField field, Object raw, String path, LocalDate today, List<ProfileError> errors) {
		if (field.type() == FieldType.FLAG) {
			return isTrue(raw) ? Boolean.TRUE : null;
		}
		if (raw == null) {
			return null;
		}
		if (field.type() == FieldType.NUMBER) {
			return number(field, raw, path, errors);
		}
		if (raw instanceof Map<?, ?> || raw instanceof Collection<?>) {
			// an object or a list where a single answer belongs: refused, never stored as
			// its toString()
			errors.add(new ProfileError(path, "profile.error.notText"));
			return null;
		}
		String text = (raw instanceof LocalDate d) ? d.toString() : raw.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		if (Text.hasControlCharacters(text)) {
			errors.add(new ProfileError(path, "profile.error.controlCharacters"));
			return null;
		}
		switch (field.type()) {
			case TEXT, NOTE -> {
				if (field.maxLength() > 0 && text.codePointCount(0, text.length()) > field.maxLength()) {
					errors.add(new ProfileError(path, "profile.error.tooLong", List.of(field.maxLength())));
				}
				else if (field.format() == ProfileField.Format.MOBILE && !MOBILE.matcher(text).matches()) {
					errors.add(new ProfileError(path, "profile.error.mobile"));
				}
				else if (field.format() == ProfileField.Format.LANDLINE && !LANDLINE.matcher(text).matches()) {
					errors.add(new ProfileError(path, "profile.error.landline"));
				}
				return text;
			}
			case YESNO, ENUM -> {
				String option = text.toUpperCase(Locale.ROOT);
				if (raw instanceof Boolean b && field.type() == FieldType.YESNO) {
					option = b ? "YES" : "NO";
				}
				if (!field.options().contains(option)) {
					errors.add(new ProfileError(path, "profile.error.option"));
					return text;
				}
				return option;
			}
			case DATE -> {
				LocalDate date;
				try {
					date = LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					errors.add(new ProfileError(path, "profile.error.date"));
					return text;
				}
				if (date.isBefore(EARLIEST)) {
					errors.add(new ProfileError(path, "profile.error.dateTooEarly"));
				}
				else if (date.isAfter(today)) {
					errors.add(new ProfileError(path, "profile.error.future"));
				}
				return date.toString();
			}
			default -> throw new IllegalArgumentException("not a scalar field: " + field.key());
		}
	}

	private static Object number(ProfileField field, Object raw, String path, List<ProfileError> errors) {
		BigDecimal value;
		try {
			value = (raw instanceof BigDecimal b) ? b : new BigDecimal(raw.toString().strip());
		}
		catch (NumberFormatException ex) {
			if (raw.toString().isBlank()) {
				return null;
			}
			errors.add(new ProfileError(path, "profile.error.number"));
			return raw.toString();
		}
		if ((field.min() != null && value.compareTo(field.min()) < 0)
				|| (field.max() != null && value.compareTo(field.max()) > 0)) {
			errors.add(new ProfileError(path, "profile.error.range",
					List.of(field.min().toPlainString(), field.max().toPlainString())));
		}
		if (value.scale() > 1) {
			value = value.setScale(1, RoundingMode.HALF_UP);
		}
		value = value.stripTrailingZeros();
		return (value.scale() < 0) ? value.setScale(0) : value;
	}

	private static boolean isTrue(Object raw) {
		if (raw instanceof Boolean b) {
			return b;
		}
		return raw != null
				&& List.of("true", "on", "1", "yes").contains(raw.toString().strip().toLowerCase(Locale.ROOT));
	}

	private static LocalDate date(Object value) {
		if (value instanceof String s) {
			try {
				return LocalDate.parse(s);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The outcome: normalised values by key ({@code null} = clear the answer) and the
	 * errors (empty when valid).
	 */
	public record Result(Map<String, Object> values, List<ProfileError> errors) {

		public Result {
			Map<String, Object> clean = new LinkedHashMap<>();
			values.forEach((k, v) -> clean.put(k, withoutRowMarkers(v)));
			values = java.util.Collections.unmodifiableMap(clean);
			errors = List.copyOf(errors);
		}

		public boolean valid() {
			return errors.isEmpty();
		}

		private static Object withoutRowMarkers(Object value) {
			if (value instanceof List<?> rows) {
				List<Map<String, Object>> out = new ArrayList<>();
				for (Object row : rows) {
					Map<String, Object> copy = new LinkedHashMap<>();
					((Map<?, ?>) row).forEach((k, v) -> {
						if (!ROW.equals(k)) {
							copy.put((String) k, v);
						}
					});
					out.add(copy);
				}
				return out;
			}
			return value;
		}

	}

}
