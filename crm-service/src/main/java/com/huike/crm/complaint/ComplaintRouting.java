package com.huike.crm.complaint;

import java.util.List;
import java.util.Locale;

/**
 * Which department a complaint goes to: the first rule (in the administrator's order)
 * whose conditions all hold — the category is the complaint's, the product and the region
 * are part of the complaint's (ignoring case), an empty condition holds always — or the
 * default department when none does.
 */
public final class ComplaintRouting {

	private ComplaintRouting() {
	}

	/** A rule as routing sees it; null conditions hold for every complaint. */
	public record Rule(Long id, Long categoryId, String product, String region, Long departmentId) {
	}

	/**
	 * The department proposed for a complaint, and the rule that proposed it (null: the
	 * default).
	 */
	public record Proposal(Long departmentId, Long ruleId) {
	}

	public static Proposal propose(List<Rule> rules, Long categoryId, String product, String region,
			Long defaultDepartmentId) {
		for (Rule rule : rules) {
			if (rule.categoryId() != null && !rule.categoryId().equals(categoryId)) {
				continue;
			}
			if (!contains(product, rule.product()) || !contains(region, rule.region())) {
				continue;
			}
			return new Proposal(rule.departmentId(), rule.id());
		}
		return new Proposal(defaultDepartmentId, null);
	}

	private static boolean contains(String value, String condition) {
		if (condition == null || condition.isBlank()) {
			return true;
		}
		return value != null && value.toLowerCase(Locale.ROOT).contains(condition.strip().toLowerCase(Locale.ROOT));
	}

}
