package com.huike.crm.shared;

import java.util.List;
import java.util.Objects;

/**
 * Input that breaks a rule of the feature, with the field at fault: a follow-up dated
 * tomorrow, a grade override without a reason, a team name taken. A form shows each
 * message next to its field; the API answers 400 with {@code errors: [{field, message}]}.
 * One type for every feature's rules: a feature adds message keys, not exception classes.
 */
public class RuleViolationException extends RefusedException {

	private final List<Violation> violations;

	/** One rule broken by one field ({@code field} may be null for the whole input). */
	public RuleViolationException(String field, String messageKey, Object... arguments) {
		this(List.of(new Violation(field, messageKey, arguments)));
	}

	public RuleViolationException(List<Violation> violations) {
		super(describe(violations), violations.isEmpty() ? "form.errors" : violations.get(0).messageKey(),
				violations.isEmpty() ? new Object[0] : violations.get(0).arguments());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> getViolations() {
		return violations;
	}

	/** The field of the first violation (null for the whole input). */
	public String getField() {
		return violations.isEmpty() ? null : violations.get(0).field();
	}

	private static String describe(List<Violation> violations) {
		return violations.stream().map(v -> v.field() + ": " + v.messageKey()).toList().toString();
	}

	/**
	 * A broken rule: the field (a dotted path for nested input, null for the whole
	 * input), the message key and its arguments.
	 */
	public record Violation(String field, String messageKey, Object... arguments) {

		public Violation {
			Objects.requireNonNull(messageKey, "messageKey");
			arguments = (arguments != null) ? arguments.clone() : new Object[0];
		}

		@Override
		public Object[] arguments() {
			return arguments.clone();
		}

	}

}
