package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.identity.Viewer.CustomerAccess;

/**
 * A customer as other features see it ({@link CustomerDirectory}): who it is, who owns
 * it, how it is classified and tracked, and what the viewer may do with it. Never the
 * profile.
 *
 * @param nextFollowUpOn the day the next follow-up is due
 * @param lastFollowUpAt the last follow-up, or null when never followed up
 * @param version the archive's version (optimistic locking), for decisions based on this
 * card
 */
public record CustomerCard(Long id, String code, String name, String companyName, String mobilePhone, Long ownerId,
		Grade grade, DealStatus dealStatus, String classification, Importance importance, Urgency urgency, Need need,
		LocalDate nextFollowUpOn, Instant lastFollowUpAt, Instant createdAt, long version, CustomerAccess access) {

}
