package com.huike.crm.followup;

import java.time.LocalDate;

import com.huike.crm.customer.domain.Grade;

/**
 * What logging a follow-up did: the entry's id, the grade now, and the new due date.
 */
public record FollowUpLogged(Long followUpId, Long customerId, Grade grade, LocalDate nextFollowUpOn) {

}
