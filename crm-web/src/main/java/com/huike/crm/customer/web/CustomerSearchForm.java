package com.huike.crm.customer.web;

import java.time.LocalDate;

import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search box and filters of the list, as the query string carries them.
 */
record CustomerSearchForm(String q, Grade grade, Long ownerId, DealStatus dealStatus, String classification,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedTo, Integer birthMonth) {

	CustomerQuery toQuery() {
		Integer month = (birthMonth != null && birthMonth >= 1 && birthMonth <= 12) ? birthMonth : null;
		return new CustomerQuery(q, grade, ownerId, dealStatus, classification, createdFrom, createdTo, updatedFrom,
				updatedTo, month);
	}

}
