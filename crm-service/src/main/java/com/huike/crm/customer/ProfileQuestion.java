package com.huike.crm.customer;

import java.util.List;

/**
 * One question of a section as forms and pages show it: its number (null for fields
 * outside the 66), its label and its fields. The children rows stand for questions 17–19.
 */
public record ProfileQuestion(Integer number, ProfileSection section, List<ProfileField> fields) {

	public ProfileQuestion {
		fields = List.copyOf(fields);
	}

	static ProfileQuestion of(List<ProfileField> fields) {
		ProfileField first = fields.get(0);
		return new ProfileQuestion(first.question(), first.section(), fields);
	}

	/** {@code profile.q.<n>} (the spec's wording) or the single field's label. */
	public String labelKey() {
		return (number != null) ? "profile.q." + number : fields.get(0).labelKey();
	}

	public boolean isChildren() {
		return fields.size() == 1 && fields.get(0).isChildren();
	}

	/** Whether one of the question's fields is sensitive (S). */
	public boolean sensitive() {
		return fields.stream().anyMatch(f -> f.sensitive() || f.columns().stream().anyMatch(ProfileField::sensitive));
	}

	/** Whether the question has a single field, shown without its own label. */
	public boolean single() {
		return fields.size() == 1;
	}

}
