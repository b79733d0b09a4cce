package com.huike.crm.customer.web;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the history lines of the four archive parts in the user's language: section
 * {@code transactions} is 交易状况, field {@code transaction#12.amount} is "交易 #12 · 金额（元）",
 * value {@code LOGISTICS} of a responsibility is 物流. Used by {@link ProfileText} for
 * every history view.
 */
@Component
class ArchivePartText {

	private static final Pattern ENTRY = Pattern.compile("(report|transaction|adjustment)#(\\d+)\\.(\\w+)");

	private static final Pattern CREDIT = Pattern.compile("credit\\.(\\w+)");

	private static final Set<String> SECTIONS = Set.of("reports", "credit", "transactions", "adjustments", "basics");

	private static final Set<String> ENUMS = Set.of("kind", "responsibility", "creditRating", "paymentMethod");

	private final MessageSource messages;

	ArchivePartText(MessageSource messages) {
		this.messages = messages;
	}

	Optional<String> sectionLabel(String key) {
		return (key != null && SECTIONS.contains(key)) ? Optional.of(message("parts." + key)) : Optional.empty();
	}

	Optional<String> fieldLabel(String path) {
		if (path == null) {
			return Optional.empty();
		}
		Matcher entry = ENTRY.matcher(path);
		if (entry.matches()) {
			return Optional.of(message("parts.history." + entry.group(1), entry.group(2)) + " · "
					+ label(entry.group(1), entry.group(3)));
		}
		Matcher credit = CREDIT.matcher(path);
		if (credit.matches()) {
			return Optional.of(message("parts.credit") + " · " + label("credit", credit.group(1)));
		}
		return Optional.empty();
	}

	Optional<String> value(String path, String value) {
		if (path == null || value == null) {
			return Optional.empty();
		}
		Matcher entry = ENTRY.matcher(path);
		if (entry.matches() && ENUMS.contains(entry.group(3))) {
			return Optional.of(optionLabel(entry.group(1), entry.group(3), value));
		}
		Matcher credit = CREDIT.matcher(path);
		if (credit.matches() && ENUMS.contains(credit.group(1))) {
			return Optional.of(optionLabel("credit", credit.group(1), value));
		}
		return Optional.empty();
	}

	private String label(String part, String field) {
		if ("date".equals(field)) {
			return message("parts.date");
		}
		return messages.getMessage("parts." + part + "." + field, null, field, LocaleContextHolder.getLocale());
	}

	private String optionLabel(String part, String field, String value) {
		return messages.getMessage("parts." + part + "." + field + "." + value, null, value,
				LocaleContextHolder.getLocale());
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
