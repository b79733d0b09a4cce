package com.huike.crm.customer;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A customer's whole archive as one viewer may see it: the head, the answers keyed by the
 * catalog (sensitive ones only when {@code sensitiveVisible}), the completeness per
 * section and overall (a question counts when every blank of it is filled in; the
 * questions begun but not answered are listed apart), who opened and last revised it, and
 * the latest changes. For a viewer with contact access only, the answers, scores and
 * changes are empty.
 */
public record CustomerArchive(CustomerDetails customer, Map<String, Object> answers, boolean sensitiveVisible,
		Map<ProfileSection, Integer> sectionCompleteness, int completeness, SortedSet<Integer> answeredQuestions,
		SortedSet<Integer> partlyAnsweredQuestions, String createdByName, String updatedByName,
		List<ProfileChange> recentChanges, long changeCount) {

	public CustomerArchive {
		answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
		sectionCompleteness = Map.copyOf(sectionCompleteness);
		answeredQuestions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(answeredQuestions));
		partlyAnsweredQuestions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(partlyAnsweredQuestions));
		recentChanges = List.copyOf(recentChanges);
	}

	/** How many of the section's questions are answered (every blank filled in). */
	public int answeredCount(ProfileSection section) {
		SortedSet<Integer> numbers = ProfileCatalog.questionNumbers(section);
		return (int) numbers.stream().filter(answeredQuestions::contains).count();
	}

	/** How many questions the section has. */
	public int questionCount(ProfileSection section) {
		return ProfileCatalog.questionNumbers(section).size();
	}

	/** Whether the question was begun but some of its blanks are still empty. */
	public boolean partlyAnswered(Integer question) {
		return question != null && partlyAnsweredQuestions.contains(question);
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
