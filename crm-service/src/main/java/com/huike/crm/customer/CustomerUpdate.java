package com.huike.crm.customer;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

/**
 * The core fields of a customer as a whole, with the version they were read at, and
 * optionally profile answers to change by the keys of {@code mackay66.md}. Core fields
 * left null are cleared, except deal status, which keeps its value. The grade is not
 * changed here (it is decided with the four views): when given it must be the current
 * one. Profile keys not given stay as they are; a key mapped to null clears its answer.
 */
public record CustomerUpdate(long version, String name, String companyName, String mobilePhone, String officePhone,
		String homePhone, Grade grade, DealStatus dealStatus, String classification, LocalDate birthDate,
		boolean birthLunar, Map<String, Object> profile) {

	public CustomerUpdate {
		profile = (profile != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(profile)) : Map.of();
	}

}
