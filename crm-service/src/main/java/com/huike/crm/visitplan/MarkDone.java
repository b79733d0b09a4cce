package com.huike.crm.visitplan;

import com.huike.crm.customer.domain.Grade;

/**
 * 点选拜访情况: what the visit brought (the follow-up's content and outcome) and the grade
 * re-decided with it, as the follow-up form asks; a reason when the grade is not the one
 * the customer's views propose.
 */
public record MarkDone(String content, String outcome, Grade grade, String reason) {

}
