package com.huike.crm.customer.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.customer.FieldType;
import com.huike.crm.customer.ProfileCatalog;
import com.huike.crm.customer.ProfileField;
import com.huike.crm.customer.ProfileSection;

import org.springframework.util.MultiValueMap;

/**
 * What a section's edit form holds, as typed: a text per field key, the children rows
 * (column → text) and the archive version the form is based on. Inputs are named by the
 * catalog keys ({@code nickname}, {@code children[0].name}); a check box or a group of
 * rows announces itself with a {@code _key} marker so that "unticked" and "no rows" are
 * told apart from "not on the form" (sensitive fields are not on an admin's form, and so
 * stay as they are).
 *
 * @param values texts by field key
 * @param children the children rows as typed
 * @param version the archive version
 * @param submitted keys that were on the form
 */
record SectionForm(Map<String, String> values, List<Map<String, String>> children, long version,
		java.util.Set<String> submitted) {

	static final String REMOVE = "_remove";

	private static final Pattern CHILD = Pattern.compile("children\\[(\\d+)]\\.(\\w+)");

	/** The form filled with the stored answers. */
	static SectionForm of(ProfileSection section, Map<String, Object> answers, long version) {
		Map<String, String> values = new LinkedHashMap<>();
		List<Map<String, String>> children = new ArrayList<>();
		for (ProfileField field : ProfileCatalog.fields(section)) {
			Object value = answers.get(field.key());
			if (field.isChildren()) {
				if (value instanceof List<?> rows) {
					for (Object row : rows) {
						Map<String, String> child = new LinkedHashMap<>();
						((Map<?, ?>) row).forEach((k, v) -> child.put((String) k, text(v)));
						children.add(child);
					}
				}
			}
			else if (value != null) {
				values.put(field.key(), text(value));
			}
		}
		return new SectionForm(values, children, version, java.util.Set.of());
	}

	/** The form as submitted; rows ticked for removal are left out. */
	static SectionForm fromRequest(ProfileSection section, MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		java.util.Set<String> submitted = new java.util.LinkedHashSet<>();
		for (ProfileField field : ProfileCatalog.fields(section)) {
			String key = field.key();
			if (params.containsKey(key)) {
				values.put(key, params.getFirst(key));
				submitted.add(key);
			}
			else if (params.containsKey("_" + key)) {
				submitted.add(key);
			}
		}
		Map<Integer, Map<String, String>> rows = new TreeMap<>();
		params.forEach((name, list) -> {
			Matcher m = CHILD.matcher(name);
			if (m.matches() && !list.isEmpty()) {
				rows.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new LinkedHashMap<>())
					.put(m.group(2), list.get(0));
			}
		});
		List<Map<String, String>> children = new ArrayList<>();
		rows.values().stream().filter(r -> !"true".equals(r.get(REMOVE))).forEach(children::add);
		long version;
		try {
			version = Long.parseLong(params.getFirst("version"));
		}
		catch (NumberFormatException ex) {
			version = -1;
		}
		return new SectionForm(values, children, version, submitted);
	}

	/** The answers to save: every field that was on the form, as typed. */
	Map<String, Object> toAnswers(ProfileSection section) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields(section)) {
			if (!submitted.contains(field.key())) {
				continue;
			}
			if (field.isChildren()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (Map<String, String> row : children) {
					Map<String, Object> child = new LinkedHashMap<>();
					for (ProfileField column : field.columns()) {
						if (column.type() == FieldType.FLAG) {
							child.put(column.key(), "true".equals(row.get(column.key())));
						}
						else if (row.containsKey(column.key())) {
							child.put(column.key(), row.get(column.key()));
						}
					}
					rows.add(child);
				}
				answers.put(field.key(), rows);
			}
			else if (field.type() == FieldType.FLAG) {
				answers.put(field.key(), "true".equals(values.get(field.key())));
			}
			else {
				answers.put(field.key(), values.get(field.key()));
			}
		}
		return answers;
	}

	/**
	 * The same form with another version (after a refused save, to let the user decide).
	 */
	SectionForm withVersion(long newVersion) {
		return new SectionForm(values, children, newVersion, submitted);
	}

	/** The children rows to show: those typed plus one empty row for a new child. */
	public List<Map<String, String>> childRows(int extra) {
		List<Map<String, String>> rows = new ArrayList<>(children);
		boolean lastEmpty = !rows.isEmpty() && rows.get(rows.size() - 1)
			.values()
			.stream()
			.allMatch(v -> v == null || v.isBlank() || "false".equals(v));
		int blanks = (lastEmpty ? 0 : 1) + extra;
		for (int i = 0; i < blanks; i++) {
			rows.add(Map.of());
		}
		return rows;
	}

	public String value(String key) {
		return values.get(key);
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal b) {
			return b.toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

}
