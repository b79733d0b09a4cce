package com.huike.crm.customer;

import java.time.LocalDate;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

/**
 * The core fields of a customer as a whole, with the version they were read at. Fields
 * left null are cleared, except grade and deal status, which keep their value.
 */
public record CustomerUpdate(long version, String name, String companyName, String mobilePhone, String officePhone,
		String homePhone, Grade grade, DealStatus dealStatus, String classification, LocalDate birthDate,
		boolean birthLunar) {

}
