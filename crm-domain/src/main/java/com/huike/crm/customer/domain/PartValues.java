package com.huike.crm.customer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Shared guards and value formats of the archive parts: how an entry's fields read in the
 * history (动态记录).
 */
final class PartValues {

	private PartValues() {
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String required(String value, String what) {
		String v = blankToNull(value);
		if (v == null) {
			throw new IllegalArgumentException(what + " is required");
		}
		return v;
	}

	static <T> T required(T value, String what) {
		if (value == null) {
			throw new IllegalArgumentException(what + " is required");
		}
		return value;
	}

	static BigDecimal money(BigDecimal value, String what, boolean zeroAllowed) {
		if (value == null) {
			throw new IllegalArgumentException(what + " is required");
		}
		int sign = value.signum();
		if (sign < 0 || (sign == 0 && !zeroAllowed)) {
			throw new IllegalArgumentException(what + " is out of range: " + value);
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(what + " has more than two decimals: " + value);
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	static BigDecimal positiveQuantity(BigDecimal value, String what) {
		if (value == null || value.signum() <= 0) {
			throw new IllegalArgumentException(what + " must be greater than zero");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(what + " has more than two decimals: " + value);
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

}
