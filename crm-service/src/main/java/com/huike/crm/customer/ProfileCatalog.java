package com.huike.crm.customer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.customer.ProfileField.Format;
import com.huike.crm.customer.ProfileField.Storage;

/**
 * The one catalog of the customer archive: every field of {@code mackay66.md} (the 66
 * questions with their sub-fields, the children rows, other notes), the business facts
 * beyond them and the archive head. Forms, the detail page, the history, completeness,
 * the print view and the JSON API are all driven from here; labels live in the
 * {@code profile} message bundle under {@link ProfileField#labelKey()} and
 * {@code profile.q.<n>}.
 */
public final class ProfileCatalog {

	/** The number of questions of the profile; completeness is the share answered. */
	public static final int QUESTION_COUNT = 66;

	/** Key of the children rows (questions 17–19). */
	public static final String CHILDREN = "children";

	/** Key of the custody column of the children rows (sensitive). */
	public static final String CUSTODY = "custody";

	private static final int TEXT_MAX = 200;

	private static final int NOTE_MAX = 2000;

	private static final Pattern CHILD_PATH = Pattern.compile("children\\[(\\d+)]\\.(\\w+)");

	private static final List<ProfileField> FIELDS;

	private static final Map<String, ProfileField> BY_KEY;

	static {
		List<Builder> f = new ArrayList<>();
		ProfileSection s = ProfileSection.PERSONAL;
		f.add(column(s, 1, "name", FieldType.TEXT, 100, Format.NONE, true));
		f.add(text(s, 1, "nickname"));
		f.add(text(s, 2, "jobTitle"));
		f.add(column(s, 3, "companyName", FieldType.TEXT, 200, Format.NONE, false));
		f.add(text(s, 3, "companyAddress"));
		f.add(column(s, 4, "officePhone", FieldType.TEXT, 30, Format.LANDLINE, false));
		f.add(column(s, 4, "homePhone", FieldType.TEXT, 30, Format.LANDLINE, false));
		f.add(column(s, 4, "mobilePhone", FieldType.TEXT, 20, Format.MOBILE, false));
		f.add(withLunar(column(s, 5, "birthDate", FieldType.DATE, 0, Format.NONE, false), "birthDateLunar"));
		f.add(field("birthDateLunar", s, null, FieldType.FLAG, false, Storage.COLUMN, List.of(), 0, null, null));
		f.add(text(s, 5, "birthplace"));
		f.add(text(s, 5, "nativePlace"));
		f.add(sensitive(number(s, 6, "heightCm", 50, 250)));
		f.add(sensitive(number(s, 6, "weightKg", 2, 300)));
		f.add(sensitive(note(s, 6, "physicalFeatures")));

		s = ProfileSection.EDUCATION;
		f.add(text(s, 7, "college"));
		f.add(date(s, 7, "graduationDate"));
		f.add(text(s, 7, "degree"));
		f.add(note(s, 8, "collegeHonours"));
		f.add(text(s, 8, "graduateSchool"));
		f.add(text(s, 9, "collegeSociety"));
		f.add(text(s, 9, "sportsExcelledAt"));
		f.add(note(s, 10, "extracurriculars"));
		f.add(yesno(s, 11, "mindsNoDegree"));
		f.add(note(s, 11, "otherEducation"));
		f.add(text(s, 12, "militaryBranch"));
		f.add(text(s, 12, "dischargeRank"));
		f.add(note(s, 12, "militaryAttitude"));

		s = ProfileSection.FAMILY;
		f.add(choice(s, 13, "maritalStatus", "SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"));
		f.add(text(s, 13, "spouseName"));
		f.add(text(s, 14, "spouseEducation"));
		f.add(note(s, 15, "spouseInterests"));
		f.add(withLunar(date(s, 16, "weddingAnniversary"), "weddingAnniversaryLunar"));
		f.add(field("weddingAnniversaryLunar", s, null, FieldType.FLAG, false, Storage.PROFILE, List.of(), 0, null,
				null));
		f.add(children(s));

		s = ProfileSection.BACKGROUND;
		f.add(text(s, 20, "prevEmployer"));
		f.add(text(s, 20, "prevEmployerAddress"));
		f.add(date(s, 20, "prevEmploymentFrom"));
		f.add(date(s, 20, "prevEmploymentTo"));
		f.add(text(s, 20, "prevTitle"));
		f.add(text(s, 21, "prevTitleHere"));
		f.add(date(s, 21, "prevTitleHereDate"));
		f.add(note(s, 22, "officeStatusSymbols"));
		f.add(note(s, 23, "associations"));
		f.add(text(s, 23, "associationOffices"));
		f.add(yesno(s, 24, "usesConsultants"));
		f.add(note(s, 25, "relationsWithOurStaff"));
		f.add(yesno(s, 26, "relationsGood"));
		f.add(note(s, 26, "relationsGoodReason"));
		f.add(note(s, 27, "ourStaffKnowledge"));
		f.add(text(s, 28, "contactKind"));
		f.add(text(s, 28, "relationshipNature"));
		f.add(note(s, 29, "attitudeToOwnCompany"));
		f.add(note(s, 30, "longTermBusinessGoals"));
		f.add(note(s, 31, "shortTermBusinessGoals"));
		f.add(choice(s, 32, "chiefConcern", "COMPANY", "PERSONAL", "UNKNOWN"));
		f.add(choice(s, 33, "timeOrientation", "PRESENT", "FUTURE", "UNKNOWN"));
		f.add(note(s, 33, "timeOrientationWhy"));

		s = ProfileSection.INTERESTS;
		f.add(note(s, 34, "privateClubs"));
		f.add(sensitive(note(s, 35, "politicalActivities")));
		f.add(sensitive(text(s, 35, "politicalParty")));
		f.add(sensitive(text(s, 35, "politicsImportance")));
		f.add(yesno(s, 36, "communityActive"));
		f.add(note(s, 36, "communityHow"));
		f.add(sensitive(text(s, 37, "religion")));
		f.add(sensitive(yesno(s, 37, "religionDevout")));
		f.add(sensitive(note(s, 38, "confidentialMatters")));
		f.add(note(s, 39, "strongOpinions"));

		s = ProfileSection.LIFESTYLE;
		f.add(sensitive(note(s, 40, "medicalHistory")));
		f.add(yesno(s, 41, "drinks"));
		f.add(text(s, 41, "drinkPreferences"));
		f.add(yesno(s, 42, "objectsToDrinking"));
		f.add(yesno(s, 43, "smokes"));
		f.add(yesno(s, 43, "objectsToSmoking"));
		f.add(text(s, 44, "favouriteLunchPlace"));
		f.add(text(s, 44, "favouriteDinnerPlace"));
		f.add(text(s, 45, "favouriteDishes"));
		f.add(yesno(s, 46, "mindsBeingTreated"));
		f.add(note(s, 47, "hobbies"));
		f.add(text(s, 47, "favouriteReading"));
		f.add(text(s, 48, "vacationStyle"));
		f.add(text(s, 49, "spectatorSports"));
		f.add(text(s, 50, "carMake"));
		f.add(note(s, 51, "favouriteTopics"));
		f.add(text(s, 52, "seeksAttentionOf"));
		f.add(note(s, 53, "wantsToBeRegardedAs"));
		f.add(note(s, 54, "yourDescription"));
		f.add(note(s, 55, "proudestAchievement"));
		f.add(note(s, 56, "longTermPersonalGoals"));
		f.add(note(s, 57, "immediatePersonalGoals"));

		s = ProfileSection.RELATIONSHIP;
		f.add(note(s, 58, "ethicalConcerns"));
		f.add(yesno(s, 59, "feelsObligation"));
		f.add(note(s, 59, "obligationWhat"));
		f.add(note(s, 60, "mustChangeHabits"));
		f.add(yesno(s, 61, "caresAboutOpinions"));
		f.add(yesno(s, 62, "selfCentred"));
		f.add(yesno(s, 62, "strongEthics"));
		f.add(note(s, 63, "keyProblems"));
		f.add(note(s, 64, "managementPriorities"));
		f.add(yesno(s, 64, "conflictWithSuperior"));
		f.add(yesno(s, 65, "canHelpResolve"));
		f.add(note(s, 65, "howToResolve"));
		f.add(note(s, 66, "competitorsBetterAnswers"));
		f.add(note(s, null, "otherNotes"));

		s = ProfileSection.FACTS;
		for (String key : List.of("businessSpeciality", "industryStanding", "distributionCapacity", "financialStrength",
				"commercialCredit", "cooperationWillingness", "customerTraits", "competitors", "tradingStatus")) {
			f.add(note(s, null, key));
		}

		s = ProfileSection.HEAD;
		f.add(field("dealStatus", s, null, FieldType.ENUM, false, Storage.COLUMN,
				List.of("CLOSED", "NEGOTIATING", "POTENTIAL"), 0, null, null)
			.withRequired());
		f.add(column(s, null, "classification", FieldType.TEXT, 50, Format.NONE, false));

		FIELDS = List.copyOf(f.stream().map(Builder::build).toList());
		Map<String, ProfileField> byKey = new LinkedHashMap<>();
		for (ProfileField field : FIELDS) {
			if (byKey.put(field.key(), field) != null) {
				throw new IllegalStateException("duplicate profile key " + field.key());
			}
		}
		BY_KEY = Collections.unmodifiableMap(byKey);
	}

	private ProfileCatalog() {
	}

	/** Every field, in the order of the form. */
	public static List<ProfileField> fields() {
		return FIELDS;
	}

	public static Optional<ProfileField> find(String key) {
		return Optional.ofNullable(BY_KEY.get(key));
	}

	public static ProfileField field(String key) {
		return find(key).orElseThrow(() -> new IllegalArgumentException("no profile field " + key));
	}

	public static List<ProfileField> fields(ProfileSection section) {
		return FIELDS.stream().filter(f -> f.section() == section).toList();
	}

	/** The sections a detail page shows, in order (the head is shown apart). */
	public static List<ProfileSection> archiveSections() {
		return List.of(ProfileSection.PERSONAL, ProfileSection.EDUCATION, ProfileSection.FAMILY,
				ProfileSection.BACKGROUND, ProfileSection.INTERESTS, ProfileSection.LIFESTYLE,
				ProfileSection.RELATIONSHIP, ProfileSection.FACTS);
	}

	/**
	 * The section's fields grouped by question, in order: one entry per numbered question
	 * (the children rows are one entry for 17–19), one per unnumbered field. Lunar flags
	 * go with their date and are not listed.
	 */
	public static List<ProfileQuestion> questions(ProfileSection section) {
		Map<String, List<ProfileField>> groups = new LinkedHashMap<>();
		for (ProfileField field : fields(section)) {
			if (field.type() == FieldType.FLAG) {
				continue;
			}
			String group = (field.question() != null) ? "q" + field.question() : field.key();
			groups.computeIfAbsent(group, k -> new ArrayList<>()).add(field);
		}
		return groups.values().stream().map(ProfileQuestion::of).toList();
	}

	/** Every question number covered by a field or a column of the children rows. */
	public static SortedSet<Integer> questionNumbers() {
		SortedSet<Integer> numbers = new TreeSet<>();
		for (ProfileField field : FIELDS) {
			if (field.question() != null) {
				numbers.add(field.question());
			}
			field.columns()
				.stream()
				.map(ProfileField::question)
				.filter(java.util.Objects::nonNull)
				.forEach(numbers::add);
		}
		return numbers;
	}

	/** Question numbers of a section. */
	public static SortedSet<Integer> questionNumbers(ProfileSection section) {
		SortedSet<Integer> numbers = new TreeSet<>();
		for (ProfileField field : fields(section)) {
			if (field.question() != null) {
				numbers.add(field.question());
			}
			field.columns()
				.stream()
				.map(ProfileField::question)
				.filter(java.util.Objects::nonNull)
				.forEach(numbers::add);
		}
		return numbers;
	}

	/** The children column of that name. */
	public static ProfileField childColumn(String column) {
		return field(CHILDREN).columns()
			.stream()
			.filter(c -> c.key().equals(column))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no children column " + column));
	}

	/**
	 * Resolves a history field path: a plain key ({@code nickname}) or a children cell
	 * ({@code children[2].name}, rows counted from 1).
	 */
	public static Optional<FieldPath> resolve(String path) {
		if (path == null) {
			return Optional.empty();
		}
		Matcher m = CHILD_PATH.matcher(path);
		if (m.matches()) {
			return field(CHILDREN).columns()
				.stream()
				.filter(c -> c.key().equals(m.group(2)))
				.findFirst()
				.map(c -> new FieldPath(c, Integer.parseInt(m.group(1))));
		}
		return find(path).map(f -> new FieldPath(f, null));
	}

	/** The history path of a children cell, rows counted from 1. */
	public static String childPath(int row, String column) {
		return CHILDREN + "[" + row + "]." + column;
	}

	/**
	 * A resolved history path.
	 *
	 * @param field the field, or the children column
	 * @param childRow the children row counted from 1, or {@code null}
	 */
	public record FieldPath(ProfileField field, Integer childRow) {

		public boolean sensitive() {
			return field.sensitive();
		}

	}

	// ---------------------------------------------------------------- definitions

	private static Builder text(ProfileSection s, Integer q, String key) {
		return field(key, s, q, FieldType.TEXT, false, Storage.PROFILE, List.of(), TEXT_MAX, null, null);
	}

	private static Builder note(ProfileSection s, Integer q, String key) {
		return field(key, s, q, FieldType.NOTE, false, Storage.PROFILE, List.of(), NOTE_MAX, null, null);
	}

	private static Builder date(ProfileSection s, Integer q, String key) {
		return field(key, s, q, FieldType.DATE, false, Storage.PROFILE, List.of(), 0, null, null);
	}

	private static Builder yesno(ProfileSection s, Integer q, String key) {
		return field(key, s, q, FieldType.YESNO, false, Storage.PROFILE, List.of("YES", "NO", "UNKNOWN"), 0, null,
				null);
	}

	private static Builder choice(ProfileSection s, Integer q, String key, String... options) {
		return field(key, s, q, FieldType.ENUM, false, Storage.PROFILE, List.of(options), 0, null, null);
	}

	private static Builder number(ProfileSection s, Integer q, String key, int min, int max) {
		return field(key, s, q, FieldType.NUMBER, false, Storage.PROFILE, List.of(), 0, BigDecimal.valueOf(min),
				BigDecimal.valueOf(max));
	}

	private static Builder column(ProfileSection s, Integer q, String key, FieldType type, int maxLength, Format format,
			boolean required) {
		Builder b = field(key, s, q, type, false, Storage.COLUMN, List.of(), maxLength, null, null);
		b.format = format;
		b.required = required;
		return b;
	}

	private static Builder sensitive(Builder b) {
		b.sensitive = true;
		b.storage = Storage.SENSITIVE;
		return b;
	}

	private static Builder withLunar(Builder b, String flag) {
		b.lunarFlag = flag;
		return b;
	}

	private static Builder children(ProfileSection s) {
		Builder rows = field(CHILDREN, s, 17, FieldType.CHILDREN, false, Storage.PROFILE, List.of(), 0, null, null);
		rows.columns = List.of(childColumn("name", 17, FieldType.TEXT, false, TEXT_MAX, null),
				childColumn("birthDate", 17, FieldType.DATE, false, 0, "birthDateLunar"),
				childColumn("birthDateLunar", null, FieldType.FLAG, false, 0, null),
				childColumn(CUSTODY, 17, FieldType.YESNO, true, 0, null),
				childColumn("education", 18, FieldType.TEXT, false, TEXT_MAX, null),
				childColumn("interests", 19, FieldType.TEXT, false, TEXT_MAX, null));
		return rows;
	}

	private static ProfileField childColumn(String key, Integer q, FieldType type, boolean sensitive, int max,
			String lunarFlag) {
		return new ProfileField(key, ProfileSection.FAMILY, q, type, sensitive,
				sensitive ? Storage.SENSITIVE : Storage.PROFILE,
				(type == FieldType.YESNO) ? List.of("YES", "NO", "UNKNOWN") : List.of(), max, null, null, Format.NONE,
				lunarFlag, false, List.of(), "profile.field.children." + key);
	}

	private static Builder field(String key, ProfileSection s, Integer q, FieldType type, boolean sensitive,
			Storage storage, List<String> options, int maxLength, BigDecimal min, BigDecimal max) {
		Builder b = new Builder();
		b.key = key;
		b.section = s;
		b.question = q;
		b.type = type;
		b.sensitive = sensitive;
		b.storage = storage;
		b.options = options;
		b.maxLength = maxLength;
		b.min = min;
		b.max = max;
		return b;
	}

	private static final class Builder {

		private String key;

		private ProfileSection section;

		private Integer question;

		private FieldType type;

		private boolean sensitive;

		private Storage storage;

		private List<String> options;

		private int maxLength;

		private BigDecimal min;

		private BigDecimal max;

		private Format format = Format.NONE;

		private String lunarFlag;

		private boolean required;

		private List<ProfileField> columns = List.of();

		Builder withRequired() {
			this.required = true;
			return this;
		}

		ProfileField build() {
			return new ProfileField(key, section, question, type, sensitive, storage, options, maxLength, min, max,
					format, lunarFlag, required, columns, "profile.field." + key);
		}

	}

}
