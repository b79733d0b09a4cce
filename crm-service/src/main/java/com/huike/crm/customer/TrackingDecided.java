package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;

/**
 * A fact the archive reacts to: how a customer is now tracked — its four views and grade,
 * the follow-up that decided them (if any), and when the next follow-up is due. The
 * follow-up feature's events ({@code FollowUpLogged}, {@code GradeDecided}) are such
 * facts; {@link CustomerSchedule} applies them to the customer in the same transaction.
 * <p>
 * Why an interface of this module rather than the events' own types: the follow-up
 * feature reads customers through this module, so this module must not depend on it
 * (Spring Modulith refuses cycles). The archive declares the facts it reacts to; a
 * feature whose event is such a fact implements this — the publisher still knows no
 * listener.
 */
public interface TrackingDecided {

	Long customerId();

	/**
	 * The archive's version the decision was based on: a decision about an archive
	 * changed meanwhile is refused (409), as a form would be.
	 */
	long customerVersion();

	DealStatus dealStatus();

	Importance importance();

	Urgency urgency();

	Need need();

	Grade grade();

	/**
	 * When the customer was followed up; null for a grade decided without a follow-up.
	 */
	Instant followedUpAt();

	LocalDate nextFollowUpOn();

	/** The user who decided. */
	Long decidedBy();

}
