package com.huike.crm.importexport.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.importexport.domain.ImportDecision;
import com.huike.crm.shared.RuleViolationException;

/**
 * The choices of the duplicates form: {@code all} (one for every duplicate) and
 * {@code row.<n>} per row (empty: as for all). A value that is no choice is refused,
 * never taken for "skip".
 */
record ImportDecisions(ImportDecision all, Map<Integer, ImportDecision> rows) {

	static ImportDecisions of(Map<String, String> form) {
		ImportDecision all = decision(form.get("all"), "all");
		Map<Integer, ImportDecision> rows = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : form.entrySet()) {
			if (!entry.getKey().startsWith("row.")) {
				continue;
			}
			int row;
			try {
				row = Integer.parseInt(entry.getKey().substring(4));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException(entry.getKey(), "import.decision.notDuplicate",
						entry.getKey().substring(4));
			}
			ImportDecision decision = decision(entry.getValue(), entry.getKey());
			if (decision != null) {
				rows.put(row, decision);
			}
		}
		return new ImportDecisions(all, rows);
	}

	private static ImportDecision decision(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return ImportDecision.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException(field, "import.decision.invalid");
		}
	}

}
