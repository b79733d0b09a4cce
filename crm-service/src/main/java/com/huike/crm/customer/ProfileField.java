package com.huike.crm.customer;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of the archive catalog.
 *
 * @param key the key of {@code mackay66.md} (JSON key, form name, history field); for a
 * column of the children rows the column name ({@code name}, {@code custody}…)
 * @param section the section it is edited in
 * @param question the question number 1–66, or {@code null} for fields that are not one
 * of the 66 questions (business facts, other notes, the archive head, lunar flags)
 * @param type how it is typed
 * @param sensitive column S of the spec: encrypted, audited, shown only to owner and
 * supervisor
 * @param storage where the answer is kept
 * @param options the allowed values of an {@link FieldType#ENUM} field
 * @param maxLength the longest text accepted (0 when not a text)
 * @param min the smallest number accepted ({@link FieldType#NUMBER} only)
 * @param max the largest number accepted ({@link FieldType#NUMBER} only)
 * @param format an extra check of the text (phone numbers)
 * @param lunarFlag the key of the {@link FieldType#FLAG} that marks this date as lunar,
 * or {@code null}
 * @param required whether an answer is mandatory
 * @param columns the columns of the {@link FieldType#CHILDREN} rows (empty otherwise)
 * @param labelKey the message key of the field's label (bundle {@code profile})
 */
public record ProfileField(String key, ProfileSection section, Integer question, FieldType type, boolean sensitive,
		Storage storage, List<String> options, int maxLength, BigDecimal min, BigDecimal max, Format format,
		String lunarFlag, boolean required, List<ProfileField> columns, String labelKey) {

	public ProfileField {
		options = List.copyOf(options);
		columns = List.copyOf(columns);
	}

	public boolean isColumn() {
		return storage == Storage.COLUMN;
	}

	public boolean isChildren() {
		return type == FieldType.CHILDREN;
	}

	/** Whether the field counts towards one of the 66 questions. */
	public boolean isQuestion() {
		return question != null;
	}

	/**
	 * The message key of an option's label, e.g.
	 * {@code profile.enum.maritalStatus.MARRIED}.
	 */
	public String optionLabelKey(String option) {
		if (type == FieldType.YESNO) {
			return "profile.yesno." + option;
		}
		return "profile.enum." + key + "." + option;
	}

	/** Where an answer is kept. */
	public enum Storage {

		/** In {@code customer.profile} (JSON). */
		PROFILE,
		/** Encrypted in {@code customer.sensitive_profile}. */
		SENSITIVE,
		/** In a real column of {@code customer} (name, phones, birth date…). */
		COLUMN

	}

	/** Extra checks on a text answer. */
	public enum Format {

		NONE,
		/** Mainland mobile number: 11 digits, {@code 1[3-9]…}. */
		MOBILE,
		/** Landline with area code, e.g. {@code 021-12345678}. */
		LANDLINE

	}

}
