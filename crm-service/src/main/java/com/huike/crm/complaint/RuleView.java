package com.huike.crm.complaint;

/** A routing rule as the administrator's page shows it. */
public record RuleView(Long id, int position, Long categoryId, String category, String categoryEn, String product,
		String region, Long departmentId, String department, String departmentEn, long version) {

}
