package com.huike.crm.shared.web;

import java.text.ParseException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import com.huike.crm.shared.Text;

import org.springframework.format.Formatter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A date and time of a form or a parameter is {@code yyyy-MM-dd HH:mm} in every language
 * ({@code fragments/forms :: dateTimeField}), the way dates are {@code yyyy-MM-dd}: an
 * {@code <input type="datetime-local">} would show and send whatever the browser's locale
 * makes of it. Parsed strictly (no 2026-02-30, no 25:00, no control characters), so a bad
 * value is a type mismatch ({@code typeMismatch.java.time.LocalDateTime}) next to its
 * field, with what was typed kept. One binder for every feature's forms; the JSON API
 * keeps ISO-8601 through Jackson.
 */
@ControllerAdvice
class DateTimeInput {

	/** The one pattern, shown and accepted. */
	static final String PATTERN = "yyyy-MM-dd HH:mm";

	@InitBinder
	void minutes(WebDataBinder binder) {
		binder.addCustomFormatter(new Minutes(), LocalDateTime.class);
	}

	static final class Minutes implements Formatter<LocalDateTime> {

		// uuuu, not yyyy: STRICT resolution needs the proleptic year (yyyy is
		// year-of-era)
		private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);

		// exactly four digits of year: uuuu alone would also take "+12026"
		private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");

		@Override
		public LocalDateTime parse(String text, Locale locale) throws ParseException {
			// also tab and line breaks, which Text lets through in free text
			if (Text.hasControlCharacters(text) || text.chars().anyMatch(Character::isISOControl)) {
				throw new ParseException("control characters in a date and time", 0);
			}
			String value = text.strip();
			// the value an <input type="datetime-local"> sends (an old bookmark, a
			// script)
			if (value.length() == 16 && value.charAt(10) == 'T') {
				value = value.substring(0, 10) + ' ' + value.substring(11);
			}
			if (!SHAPE.matcher(value).matches()) {
				throw new ParseException("not a date and time as " + PATTERN, 0);
			}
			try {
				return LocalDateTime.parse(value, FORMAT);
			}
			catch (DateTimeParseException ex) {
				throw new ParseException("not a date and time as " + PATTERN, ex.getErrorIndex());
			}
		}

		@Override
		public String print(LocalDateTime value, Locale locale) {
			return FORMAT.format(value);
		}

	}

}
