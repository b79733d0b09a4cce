package com.huike.crm.customer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

import org.springframework.validation.Errors;

/**
 * The search box and filters of the list, as the query string carries them. Every value
 * is kept as typed, so that a bad one ({@code grade=Z}, a date that does not exist) is
 * shown back with a message, and the rest of the search still runs. {@code cursor} is
 * where the page starts (the pagination's links carry it, the form does not: a new search
 * starts on the first page).
 */
record CustomerSearchForm(String q, String grade, String ownerId, String dealStatus, String classification,
		String createdFrom, String createdTo, String updatedFrom, String updatedTo, String birthMonth, String cursor) {

	static final int MAX_QUERY_LENGTH = 100;

	/** The query of the valid parts; each invalid part becomes an error on its field. */
	CustomerQuery toQuery(Errors errors) {
		String text = q;
		if (text != null && text.length() > MAX_QUERY_LENGTH) {
			errors.rejectValue("q", "search.q.tooLong", new Object[] { MAX_QUERY_LENGTH }, null);
			text = text.substring(0, MAX_QUERY_LENGTH);
		}
		Grade g = parse("grade", grade, v -> Grade.valueOf(v.toUpperCase(Locale.ROOT)), errors);
		Long owner = parse("ownerId", ownerId, Long::valueOf, errors);
		DealStatus status = parse("dealStatus", dealStatus, v -> DealStatus.valueOf(v.toUpperCase(Locale.ROOT)),
				errors);
		LocalDate cFrom = parse("createdFrom", createdFrom, LocalDate::parse, errors);
		LocalDate cTo = parse("createdTo", createdTo, LocalDate::parse, errors);
		LocalDate uFrom = parse("updatedFrom", updatedFrom, LocalDate::parse, errors);
		LocalDate uTo = parse("updatedTo", updatedTo, LocalDate::parse, errors);
		Integer month = parse("birthMonth", birthMonth, CustomerSearchForm::month, errors);
		if (cFrom != null && cTo != null && cFrom.isAfter(cTo)) {
			errors.rejectValue("createdTo", "search.range.reversed");
			cTo = null;
		}
		if (uFrom != null && uTo != null && uFrom.isAfter(uTo)) {
			errors.rejectValue("updatedTo", "search.range.reversed");
			uTo = null;
		}
		return new CustomerQuery(text, g, owner, status, blankToNull(classification), cFrom, cTo, uFrom, uTo, month);
	}

	private static <T> T parse(String field, String value, Function<String, T> parser, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			errors.rejectValue(field, "search." + field + ".invalid");
			return null;
		}
	}

	private static Integer month(String value) {
		int month = Integer.parseInt(value);
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("not a month: " + value);
		}
		return month;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
