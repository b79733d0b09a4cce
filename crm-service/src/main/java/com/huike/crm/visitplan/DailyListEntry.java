package com.huike.crm.visitplan;

import java.time.LocalDate;

/**
 * A line of the day's list (the list a manager takes on the road): the customer, the
 * action, where and how to reach them, in the manager's order.
 */
public record DailyListEntry(Long actionId, int position, LocalDate day, Long customerId, String customerCode,
		String customerName, String actionType, String actionTypeEn, String note, String mark, boolean done,
		boolean temporary, boolean carriedOver, String address, String mobilePhone, String officePhone,
		String homePhone) {

}
