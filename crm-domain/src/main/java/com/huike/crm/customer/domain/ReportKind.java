package com.huike.crm.customer.domain;

/**
 * What a report in part 1 of the archive is: 拜访报告 (a visit) or 调查报告 (a survey).
 */
public enum ReportKind {

	VISIT, SURVEY

}
