package com.huike.crm.customer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of the archive that are edited one at a time: the seven sections of the
 * 66-question profile, the business facts beyond it, and the archive head (deal status
 * and classification). The key is used in URLs and in the history.
 */
public enum ProfileSection {

	PERSONAL("personal", 1), EDUCATION("education", 2), FAMILY("family", 3), BACKGROUND("background", 4),
	INTERESTS("interests", 5), LIFESTYLE("lifestyle", 6), RELATIONSHIP("relationship", 7), FACTS("facts", 0),
	HEAD("head", 0);

	private final String key;

	private final int number;

	ProfileSection(String key, int number) {
		this.key = key;
		this.number = number;
	}

	public String key() {
		return key;
	}

	/** 1–7 for the sections of the profile form, 0 for the other parts. */
	public int number() {
		return number;
	}

	/** True for the seven sections whose questions count towards completeness. */
	public boolean isQuestionnaire() {
		return number > 0;
	}

	public String labelKey() {
		return "profile.section." + key;
	}

	public static Optional<ProfileSection> fromKey(String key) {
		return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
	}

}
