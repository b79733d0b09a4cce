package com.huike.crm.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileCatalogTests {

	/** The keys of every question, as the spec's table lists them. */
	private static final Map<Integer, List<String>> SPEC = new LinkedHashMap<>();

	static {
		spec(1, "name", "nickname");
		spec(2, "jobTitle");
		spec(3, "companyName", "companyAddress");
		spec(4, "officePhone", "homePhone", "mobilePhone");
		spec(5, "birthDate", "birthplace", "nativePlace");
		spec(6, "heightCm", "weightKg", "physicalFeatures");
		spec(7, "college", "graduationDate", "degree");
		spec(8, "collegeHonours", "graduateSchool");
		spec(9, "collegeSociety", "sportsExcelledAt");
		spec(10, "extracurriculars");
		spec(11, "mindsNoDegree", "otherEducation");
		spec(12, "militaryBranch", "dischargeRank", "militaryAttitude");
		spec(13, "maritalStatus", "spouseName");
		spec(14, "spouseEducation");
		spec(15, "spouseInterests");
		spec(16, "weddingAnniversary");
		spec(17, "children.name", "children.birthDate", "children.custody");
		spec(18, "children.education");
		spec(19, "children.interests");
		spec(20, "prevEmployer", "prevEmployerAddress", "prevEmploymentFrom", "prevEmploymentTo", "prevTitle");
		spec(21, "prevTitleHere", "prevTitleHereDate");
		spec(22, "officeStatusSymbols");
		spec(23, "associations", "associationOffices");
		spec(24, "usesConsultants");
		spec(25, "relationsWithOurStaff");
		spec(26, "relationsGood", "relationsGoodReason");
		spec(27, "ourStaffKnowledge");
		spec(28, "contactKind", "relationshipNature");
		spec(29, "attitudeToOwnCompany");
		spec(30, "longTermBusinessGoals");
		spec(31, "shortTermBusinessGoals");
		spec(32, "chiefConcern");
		spec(33, "timeOrientation", "timeOrientationWhy");
		spec(34, "privateClubs");
		spec(35, "politicalActivities", "politicalParty", "politicsImportance");
		spec(36, "communityActive", "communityHow");
		spec(37, "religion", "religionDevout");
		spec(38, "confidentialMatters");
		spec(39, "strongOpinions");
		spec(40, "medicalHistory");
		spec(41, "drinks", "drinkPreferences");
		spec(42, "objectsToDrinking");
		spec(43, "smokes", "objectsToSmoking");
		spec(44, "favouriteLunchPlace", "favouriteDinnerPlace");
		spec(45, "favouriteDishes");
		spec(46, "mindsBeingTreated");
		spec(47, "hobbies", "favouriteReading");
		spec(48, "vacationStyle");
		spec(49, "spectatorSports");
		spec(50, "carMake");
		spec(51, "favouriteTopics");
		spec(52, "seeksAttentionOf");
		spec(53, "wantsToBeRegardedAs");
		spec(54, "yourDescription");
		spec(55, "proudestAchievement");
		spec(56, "longTermPersonalGoals");
		spec(57, "immediatePersonalGoals");
		spec(58, "ethicalConcerns");
		spec(59, "feelsObligation", "obligationWhat");
		spec(60, "mustChangeHabits");
		spec(61, "caresAboutOpinions");
		spec(62, "selfCentred", "strongEthics");
		spec(63, "keyProblems");
		spec(64, "managementPriorities", "conflictWithSuperior");
		spec(65, "canHelpResolve", "howToResolve");
		spec(66, "competitorsBetterAnswers");
	}

	private static void spec(int question, String... keys) {
		SPEC.put(question, List.of(keys));
	}

	@Test
	void everyOneOfTheSixtySixQuestionsIsInTheCatalog() {
		assertThat(ProfileCatalog.questionNumbers())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 66).boxed().toList());
		assertThat(ProfileCatalog.QUESTION_COUNT).isEqualTo(66);
	}

	@Test
	void eachQuestionHasExactlyTheSubFieldsOfTheSpec() {
		Map<Integer, List<String>> actual = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields()) {
			if (field.isChildren()) {
				for (ProfileField column : field.columns()) {
					if (column.question() != null) {
						actual.computeIfAbsent(column.question(), q -> new java.util.ArrayList<>())
							.add("children." + column.key());
					}
				}
			}
			else if (field.question() != null) {
				actual.computeIfAbsent(field.question(), q -> new java.util.ArrayList<>()).add(field.key());
			}
		}
		assertThat(actual).isEqualTo(SPEC);
	}

	@Test
	void sensitiveFlagsAreExactlyColumnSOfTheSpec() {
		Set<String> sensitive = ProfileCatalog.fields()
			.stream()
			.flatMap(f -> f.isChildren() ? f.columns().stream().map(c -> Map.entry("children." + c.key(), c))
					: java.util.stream.Stream.of(Map.entry(f.key(), f)))
			.filter(e -> e.getValue().sensitive())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(sensitive).containsExactlyInAnyOrder("heightCm", "weightKg", "physicalFeatures",
				"politicalActivities", "politicalParty", "politicsImportance", "religion", "religionDevout",
				"confidentialMatters", "medicalHistory", "children.custody");
		assertThat(ProfileCatalog.fields().stream().filter(ProfileField::sensitive))
			.allMatch(f -> f.storage() == ProfileField.Storage.SENSITIVE);
	}

	@Test
	void businessFactsOtherNotesAndTheHeadAreOutsideTheSixtySix() {
		assertThat(ProfileCatalog.fields(ProfileSection.FACTS)).extracting(ProfileField::key)
			.containsExactly("businessSpeciality", "industryStanding", "distributionCapacity", "financialStrength",
					"commercialCredit", "cooperationWillingness", "customerTraits", "competitors", "tradingStatus");
		assertThat(ProfileCatalog.field("otherNotes").question()).isNull();
		assertThat(ProfileCatalog.field("otherNotes").type()).isEqualTo(FieldType.NOTE);
		assertThat(ProfileCatalog.fields(ProfileSection.HEAD)).extracting(ProfileField::key)
			.containsExactly("dealStatus", "classification");
		assertThat(ProfileCatalog.fields(ProfileSection.FACTS)).allMatch(f -> f.question() == null);
	}

	@Test
	void columnKeptAnswersAreTheContractsColumns() {
		assertThat(ProfileCatalog.fields().stream().filter(ProfileField::isColumn).map(ProfileField::key))
			.containsExactlyInAnyOrder("name", "companyName", "officePhone", "homePhone", "mobilePhone", "birthDate",
					"birthDateLunar", "dealStatus", "classification");
	}

	@Test
	void typesOptionsAndLimitsFollowTheSpec() {
		assertThat(ProfileCatalog.field("chiefConcern").options()).containsExactly("COMPANY", "PERSONAL", "UNKNOWN");
		assertThat(ProfileCatalog.field("mindsNoDegree").type()).isEqualTo(FieldType.YESNO);
		assertThat(ProfileCatalog.field("mindsNoDegree").options()).containsExactly("YES", "NO", "UNKNOWN");
		assertThat(ProfileCatalog.field("heightCm").min()).isEqualByComparingTo("50");
		assertThat(ProfileCatalog.field("heightCm").max()).isEqualByComparingTo("250");
		assertThat(ProfileCatalog.field("weightKg").min()).isEqualByComparingTo("2");
		assertThat(ProfileCatalog.field("weightKg").max()).isEqualByComparingTo("300");
		assertThat(ProfileCatalog.field("nickname").maxLength()).isEqualTo(200);
		assertThat(ProfileCatalog.field("birthDate").lunarFlag()).isEqualTo("birthDateLunar");
		assertThat(ProfileCatalog.field("weddingAnniversary").lunarFlag()).isEqualTo("weddingAnniversaryLunar");
		assertThat(ProfileCatalog.field("mobilePhone").format()).isEqualTo(ProfileField.Format.MOBILE);
		assertThat(ProfileCatalog.field("officePhone").format()).isEqualTo(ProfileField.Format.LANDLINE);
	}

	@Test
	void sectionsGroupTheQuestionsInTheSpecsOrder() {
		assertThat(ProfileCatalog.questionNumbers(ProfileSection.PERSONAL)).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(ProfileCatalog.questionNumbers(ProfileSection.FAMILY)).containsExactly(13, 14, 15, 16, 17, 18, 19);
		assertThat(ProfileCatalog.questionNumbers(ProfileSection.RELATIONSHIP).first()).isEqualTo(58);
		assertThat(ProfileCatalog.questions(ProfileSection.PERSONAL)).extracting(ProfileQuestion::number)
			.containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(ProfileCatalog.questions(ProfileSection.FAMILY)).filteredOn(ProfileQuestion::isChildren).hasSize(1);
	}

	@Test
	void historyPathsResolveToFieldsAndChildrenCells() {
		assertThat(ProfileCatalog.resolve("nickname")).get()
			.extracting(p -> p.field().key(), ProfileCatalog.FieldPath::childRow)
			.containsExactly("nickname", null);
		ProfileCatalog.FieldPath custody = ProfileCatalog.resolve("children[2].custody").orElseThrow();
		assertThat(custody.childRow()).isEqualTo(2);
		assertThat(custody.sensitive()).isTrue();
		assertThat(ProfileCatalog.resolve("grade")).isEmpty();
	}

}
