package com.huike.crm.shared.web;

import java.util.Map;

import com.huike.crm.shared.RuleViolationException.Violation;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's rule violations on the form that was submitted, so that each message
 * shows next to its field (the form fragments render it) and the typed values stay. A
 * violation without a field, or of a field the form does not have, becomes an error of
 * the whole form (the summary above it).
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult binding, RuleViolationException ex) {
		reject(binding, ex, Map.of());
	}

	/**
	 * @param fieldNames the form's name for a field the service names differently (e.g.
	 * {@code password} → {@code newPassword})
	 */
	public static void reject(BindingResult binding, RuleViolationException ex, Map<String, String> fieldNames) {
		for (Violation violation : ex.getViolations()) {
			String field = (violation.field() != null) ? fieldNames.getOrDefault(violation.field(), violation.field())
					: null;
			if (field == null || !rejectField(binding, field, violation)) {
				binding.reject(violation.messageKey(), violation.arguments(), null);
			}
		}
	}

	private static boolean rejectField(BindingResult binding, String field, Violation violation) {
		try {
			binding.rejectValue(field, violation.messageKey(), violation.arguments(), null);
			return true;
		}
		catch (NotReadablePropertyException ex) {
			// a path the form object does not have (e.g. a nested profile key)
			return false;
		}
	}

}
