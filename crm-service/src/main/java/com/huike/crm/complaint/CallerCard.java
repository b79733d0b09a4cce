package com.huike.crm.complaint;

import java.util.List;

/**
 * The caller the desk found, with the call fields only: name and the title to address
 * them by, code, phones, owning manager, their open requests and the latest ones.
 */
public record CallerCard(Long customerId, String code, String name, String surname, String mobilePhone,
		String officePhone, String ownerName, List<RequestRow> openRequests, List<RequestRow> recentRequests) {

}
