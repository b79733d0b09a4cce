package com.huike.crm.followup;

import java.util.Map;

import com.huike.crm.customer.FollowUpCadenceChanged;
import com.huike.crm.customer.domain.Grade;

/**
 * The administrator changed the cadences; {@code changedFollowUpDays} holds the grades
 * whose days between follow-ups changed (the archive moves their customers' due dates).
 */
public record CadenceChanged(Map<Grade, Integer> changedFollowUpDays) implements FollowUpCadenceChanged {

	public CadenceChanged {
		changedFollowUpDays = Map.copyOf(changedFollowUpDays);
	}

}
