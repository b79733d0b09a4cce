package com.huike.crm.customer.web;

import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The essentials asked when a customer is registered.
 */
record NewCustomerForm(@NotBlank(message = "{customer.name.required}") @Size(max = 100) String name,
		@Size(max = 200) String companyName,
		@Pattern(regexp = "^$|^1[3-9]\\d{9}$", message = "{customer.mobile.invalid}") String mobilePhone,
		@Pattern(regexp = "^$|^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$",
				message = "{customer.landline.invalid}") String officePhone,
		@NotNull(message = "{customer.grade.required}") Grade grade,
		@NotNull(message = "{customer.dealStatus.required}") DealStatus dealStatus,
		@Size(max = 50) String classification, Long ownerId) {

	static NewCustomerForm empty() {
		return new NewCustomerForm("", "", "", "", Grade.D, DealStatus.POTENTIAL, "", null);
	}

	NewCustomer toCommand() {
		return new NewCustomer(name, companyName, mobilePhone, officePhone, grade, dealStatus, classification, ownerId);
	}

}
