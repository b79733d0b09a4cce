package com.huike.crm.customer;

import java.util.List;
import java.util.Map;

/**
 * A customer's whole archive as one viewer may see it: the head, the answers keyed by the
 * catalog (sensitive ones only when {@code sensitiveVisible}), the completeness per
 * section and overall, who opened and last revised it, and the latest changes. For a
 * viewer with contact access only, the answers, scores and changes are empty.
 */
public record CustomerArchive(CustomerDetails customer, Map<String, Object> answers, boolean sensitiveVisible,
		Map<ProfileSection, Integer> sectionCompleteness, int completeness, String createdByName, String updatedByName,
		List<ProfileChange> recentChanges, long changeCount) {

	public CustomerArchive {
		answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
		sectionCompleteness = Map.copyOf(sectionCompleteness);
		recentChanges = List.copyOf(recentChanges);
	}

	public Object value(String key) {
		return answers.get(key);
	}

	public boolean answered(String key) {
		return ProfileCodec.answered(answers.get(key));
	}

	public int sectionScore(ProfileSection section) {
		return sectionCompleteness.getOrDefault(section, 0);
	}

}
