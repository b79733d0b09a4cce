package com.huike.crm.followup;

import java.io.Serializable;
import java.time.LocalDate;

import com.huike.crm.customer.domain.Grade;

/**
 * What logging a follow-up did: the entry's id, the grade now, and the new due date.
 * Serializable because the pages show it after the redirect as a flash attribute, which
 * travels in the HTTP session, and sessions are stored in the database (Spring Session
 * JDBC serializes their attributes).
 */
public record FollowUpLogged(Long followUpId, Long customerId, Grade grade,
		LocalDate nextFollowUpOn) implements Serializable {

}
