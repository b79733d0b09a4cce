package com.huike.crm.customer;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

/**
 * The essentials asked when a customer is first registered; the rest of the archive is
 * filled section by section afterwards. {@code ownerId} may be null: the creator then
 * owns the customer.
 */
public record NewCustomer(String name, String companyName, String mobilePhone, String officePhone, Grade grade,
		DealStatus dealStatus, String classification, Long ownerId) {

}
