package com.huike.crm.customer;

/**
 * How a profile answer is typed, entered and stored (see {@code mackay66.md}, "Types").
 */
public enum FieldType {

	/** Short text (≤ 200 characters unless the field says otherwise); a JSON string. */
	TEXT,
	/** Long text; a JSON string. */
	NOTE,
	/** A day, {@code yyyy-MM-dd}; a JSON string. */
	DATE,
	/** Tri-state YES / NO / UNKNOWN; unanswered is not "no". A JSON string. */
	YESNO,
	/** One of the field's options; a JSON string. */
	ENUM,
	/** A decimal number within the field's range; a JSON number. */
	NUMBER,
	/** A yes/no flag that qualifies another answer (the lunar calendar); JSON true. */
	FLAG,
	/** The repeatable children rows (questions 17–19); a JSON array of objects. */
	CHILDREN

}
