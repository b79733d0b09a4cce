package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.huike.crm.customer.ProfileField.Storage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns profile answers (keyed by the keys of {@code mackay66.md}) into what the
 * {@code customer} row stores, and back. No database: usable in bulk loaders.
 * <p>
 * Answers use the shapes of the profile JSON contract: text, note, enum and yesno
 * ({@code YES}/{@code NO}/{@code UNKNOWN}) as strings, dates as {@code yyyy-MM-dd}
 * strings (a {@link LocalDate} is accepted too), numbers as numbers, lunar flags as
 * {@code true}, {@code children} as a list of maps with {@code name}, {@code birthDate},
 * {@code birthDateLunar}, {@code education}, {@code interests} and the sensitive
 * {@code custody}. Keys kept in real columns ({@code name}, {@code companyName},
 * {@code mobilePhone}, {@code officePhone}, {@code homePhone}, {@code birthDate},
 * {@code birthDateLunar}, {@code dealStatus}, {@code classification}) count towards
 * completeness but are not written to the JSON.
 */
@Component
public class ProfileCodec {

	static final String CHILDREN_CUSTODY = "childrenCustody";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final SensitiveFieldCipher cipher;

	public ProfileCodec(SensitiveFieldCipher cipher) {
		this.cipher = cipher;
	}

	/**
	 * Encodes answers for the {@code customer} row.
	 * @throws InvalidProfileException when an answer is not valid (unknown key, bad
	 * date…)
	 */
	public EncodedProfile encode(Map<String, ?> answers) {
		ProfileValidator.Result result = ProfileValidator.validate(answers, Map.of(), LocalDate.now().plusDays(1));
		if (!result.valid()) {
			throw new InvalidProfileException(result.errors());
		}
		Map<String, Object> canonical = new LinkedHashMap<>();
		result.values().forEach((k, v) -> {
			if (v != null) {
				canonical.put(k, v);
			}
		});
		return encodeCanonical(canonical);
	}

	/** Encodes answers already in canonical shapes (as returned by the validator). */
	EncodedProfile encodeCanonical(Map<String, Object> answers) {
		Map<String, Object> plain = new LinkedHashMap<>();
		Map<String, Object> secret = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields()) {
			Object value = answers.get(field.key());
			if (value == null || field.storage() == Storage.COLUMN) {
				continue;
			}
			if (field.isChildren()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				List<Object> custody = new ArrayList<>();
				for (Object row : (List<?>) value) {
					Map<String, Object> child = new LinkedHashMap<>();
					((Map<?, ?>) row).forEach((k, v) -> {
						if (!ProfileCatalog.CUSTODY.equals(k) && v != null) {
							child.put((String) k, v);
						}
					});
					rows.add(child);
					custody.add(((Map<?, ?>) row).get(ProfileCatalog.CUSTODY));
				}
				plain.put(field.key(), rows);
				if (custody.stream().anyMatch(c -> c != null)) {
					secret.put(CHILDREN_CUSTODY, custody);
				}
			}
			else if (field.storage() == Storage.SENSITIVE) {
				secret.put(field.key(), value);
			}
			else {
				plain.put(field.key(), value);
			}
		}
		String sensitive = secret.isEmpty() ? null : cipher.encrypt(JSON.writeValueAsString(secret));
		return new EncodedProfile(JSON.writeValueAsString(plain), sensitive, completeness(answers));
	}

	/**
	 * The answers stored in the two columns, in canonical shapes (the custody answers
	 * merged back into the children rows). Column-kept answers are not included.
	 */
	public Map<String, Object> decode(String profileJson, String sensitiveCipher) {
		Map<String, Object> answers = new LinkedHashMap<>();
		Map<String, Object> plain = read(profileJson);
		Map<String, Object> secret = (sensitiveCipher != null) ? read(cipher.decrypt(sensitiveCipher)) : Map.of();
		for (ProfileField field : ProfileCatalog.fields()) {
			if (field.storage() == Storage.COLUMN) {
				continue;
			}
			Object value = (field.storage() == Storage.SENSITIVE) ? secret.get(field.key()) : plain.get(field.key());
			if (value == null) {
				continue;
			}
			if (field.isChildren()) {
				List<?> custody = (secret.get(CHILDREN_CUSTODY) instanceof List<?> c) ? c : List.of();
				List<Map<String, Object>> rows = new ArrayList<>();
				List<?> stored = (List<?>) value;
				for (int i = 0; i < stored.size(); i++) {
					Map<String, Object> child = new LinkedHashMap<>();
					((Map<?, ?>) stored.get(i)).forEach((k, v) -> {
						if (v != null) {
							child.put((String) k, canonical(v));
						}
					});
					if (i < custody.size() && custody.get(i) != null) {
						child.put(ProfileCatalog.CUSTODY, custody.get(i));
					}
					rows.add(child);
				}
				answers.put(field.key(), rows);
			}
			else {
				answers.put(field.key(), canonical(value));
			}
		}
		return answers;
	}

	private static Object canonical(Object value) {
		if (value instanceof Number n && !(value instanceof BigDecimal)) {
			return new BigDecimal(n.toString());
		}
		return value;
	}

	private static Map<String, Object> read(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> map = JSON.readValue(json, LinkedHashMap.class);
		return map;
	}

	// ------------------------------------------------------------ completeness

	/** Share (0–100) of the 66 questions answered (see {@link #answeredQuestions}). */
	public static int completeness(Map<String, ?> answers) {
		return percent(answeredQuestions(answers).size(), ProfileCatalog.QUESTION_COUNT);
	}

	/**
	 * Share (0–100) of the section's questions answered; 0 for a section without
	 * questions.
	 */
	public static int completeness(Map<String, ?> answers, ProfileSection section) {
		SortedSet<Integer> questions = ProfileCatalog.questionNumbers(section);
		if (questions.isEmpty()) {
			return 0;
		}
		SortedSet<Integer> answered = answeredQuestions(answers);
		answered.retainAll(questions);
		return percent(answered.size(), questions.size());
	}

	/**
	 * The numbers of the questions answered: every blank of the question filled in (a
	 * question of several blanks — 籍贯 beside 出生地, 电话(宅) beside 电话(公) — is not answered
	 * while one of them is empty; lunar flags are no blanks). A question of the children
	 * rows (17–19) is answered when there are rows and each has its columns of that
	 * question filled in.
	 */
	public static SortedSet<Integer> answeredQuestions(Map<String, ?> answers) {
		Map<Integer, Boolean> questions = new java.util.TreeMap<>();
		for (ProfileField field : ProfileCatalog.fields()) {
			Object value = answers.get(field.key());
			if (field.isChildren()) {
				List<?> rows = (value instanceof List<?> l) ? l : List.of();
				for (ProfileField column : field.columns()) {
					if (column.question() != null && column.type() != FieldType.FLAG) {
						boolean filled = !rows.isEmpty() && rows.stream()
							.allMatch(r -> r instanceof Map<?, ?> m && answered(m.get(column.key())));
						questions.merge(column.question(), filled, Boolean::logicalAnd);
					}
				}
			}
			else if (field.question() != null && field.type() != FieldType.FLAG) {
				questions.merge(field.question(), answered(value), Boolean::logicalAnd);
			}
		}
		SortedSet<Integer> answered = new TreeSet<>();
		questions.forEach((question, filled) -> {
			if (filled) {
				answered.add(question);
			}
		});
		return answered;
	}

	/**
	 * The numbers of the questions begun but not answered: some blanks filled in, others
	 * empty (the archive marks them, so that a score below 100 % can be traced).
	 */
	public static SortedSet<Integer> partlyAnsweredQuestions(Map<String, ?> answers) {
		SortedSet<Integer> begun = new TreeSet<>();
		for (ProfileField field : ProfileCatalog.fields()) {
			Object value = answers.get(field.key());
			if (field.isChildren()) {
				if (value instanceof List<?> rows) {
					for (ProfileField column : field.columns()) {
						if (column.question() != null && column.type() != FieldType.FLAG && rows.stream()
							.anyMatch(r -> r instanceof Map<?, ?> m && answered(m.get(column.key())))) {
							begun.add(column.question());
						}
					}
				}
			}
			else if (field.question() != null && field.type() != FieldType.FLAG && answered(value)) {
				begun.add(field.question());
			}
		}
		begun.removeAll(answeredQuestions(answers));
		return begun;
	}

	/** Whether a value counts as an answer (not null, not blank, not an empty list). */
	public static boolean answered(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof String s) {
			return !s.isBlank();
		}
		if (value instanceof List<?> l) {
			return !l.isEmpty();
		}
		return true;
	}

	private static int percent(int part, int whole) {
		return (int) Math.round(100.0 * part / whole);
	}

	// ------------------------------------------------------------ history

	/**
	 * The answers as one string per history path, in catalog order: scalar answers by
	 * key, children cells as {@code children[n].column} (rows from 1). Used to compare
	 * two versions field by field.
	 */
	public static Map<String, String> flatten(Map<String, ?> answers) {
		Map<String, String> flat = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields()) {
			Object value = answers.get(field.key());
			if (value == null) {
				continue;
			}
			if (field.isChildren()) {
				List<?> rows = (List<?>) value;
				for (int i = 0; i < rows.size(); i++) {
					Map<?, ?> row = (Map<?, ?>) rows.get(i);
					for (ProfileField column : field.columns()) {
						put(flat, ProfileCatalog.childPath(i + 1, column.key()), row.get(column.key()));
					}
				}
			}
			else {
				put(flat, field.key(), value);
			}
		}
		return flat;
	}

	private static void put(Map<String, String> flat, String path, Object value) {
		if (value == null || Boolean.FALSE.equals(value)) {
			return;
		}
		String text = (value instanceof BigDecimal b) ? b.toPlainString() : value.toString();
		if (!text.isBlank()) {
			flat.put(path, text);
		}
	}

	/** Keys of the answers that are sensitive (S), for masking. */
	static java.util.Set<String> sensitiveKeys() {
		return ProfileCatalog.fields()
			.stream()
			.filter(ProfileField::sensitive)
			.map(ProfileField::key)
			.collect(Collectors.toSet());
	}

}
