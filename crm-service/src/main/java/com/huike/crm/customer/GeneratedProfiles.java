package com.huike.crm.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.CustomerDataGenerator.GeneratedCustomer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits generated answers into the stored shapes of the profile contract: the
 * non-sensitive JSON (children without their custody answer), the sensitive JSON, and the
 * completeness (share of the 66 questions answered, the columns of question 1, 3, 4 and 5
 * counting too).
 * <p>
 * Interim: the archive's {@code ProfileCodec} owns these rules; once it is on main the
 * loader uses it and this class goes.
 */
final class GeneratedProfiles {

	static final Set<String> SENSITIVE = Set.of("heightCm", "weightKg", "physicalFeatures", "politicalActivities",
			"politicalParty", "politicsImportance", "religion", "religionDevout", "confidentialMatters",
			"medicalHistory");

	/**
	 * The keys of each of the 66 questions, in order; a question counts when any is
	 * answered.
	 */
	private static final String[][] QUESTIONS = { { "name", "nickname" }, { "jobTitle" },
			{ "companyName", "companyAddress" }, { "officePhone", "homePhone" },
			{ "birthDate", "birthplace", "nativePlace" }, { "heightCm", "weightKg", "physicalFeatures" },
			{ "college", "graduationDate", "degree" }, { "collegeHonours", "graduateSchool" },
			{ "collegeSociety", "sportsExcelledAt" }, { "extracurriculars" }, { "mindsNoDegree", "otherEducation" },
			{ "militaryBranch", "dischargeRank", "militaryAttitude" }, { "maritalStatus", "spouseName" },
			{ "spouseEducation" }, { "spouseInterests" }, { "weddingAnniversary" }, { "children.name" },
			{ "children.education" }, { "children.interests" },
			{ "prevEmployer", "prevEmployerAddress", "prevEmploymentFrom", "prevEmploymentTo", "prevTitle" },
			{ "prevTitleHere", "prevTitleHereDate" }, { "officeStatusSymbols" },
			{ "associations", "associationOffices" }, { "usesConsultants" }, { "relationsWithOurStaff" },
			{ "relationsGood", "relationsGoodReason" }, { "ourStaffKnowledge" },
			{ "contactKind", "relationshipNature" }, { "attitudeToOwnCompany" }, { "longTermBusinessGoals" },
			{ "shortTermBusinessGoals" }, { "chiefConcern" }, { "timeOrientation", "timeOrientationWhy" },
			{ "privateClubs" }, { "politicalActivities", "politicalParty", "politicsImportance" },
			{ "communityActive", "communityHow" }, { "religion", "religionDevout" }, { "confidentialMatters" },
			{ "strongOpinions" }, { "medicalHistory" }, { "drinks", "drinkPreferences" }, { "objectsToDrinking" },
			{ "smokes", "objectsToSmoking" }, { "favouriteLunchPlace", "favouriteDinnerPlace" }, { "favouriteDishes" },
			{ "mindsBeingTreated" }, { "hobbies", "favouriteReading" }, { "vacationStyle" }, { "spectatorSports" },
			{ "carMake" }, { "favouriteTopics" }, { "seeksAttentionOf" }, { "wantsToBeRegardedAs" },
			{ "yourDescription" }, { "proudestAchievement" }, { "longTermPersonalGoals" }, { "immediatePersonalGoals" },
			{ "ethicalConcerns" }, { "feelsObligation", "obligationWhat" }, { "mustChangeHabits" },
			{ "caresAboutOpinions" }, { "selfCentred", "strongEthics" }, { "keyProblems" },
			{ "managementPriorities", "conflictWithSuperior" }, { "canHelpResolve", "howToResolve" },
			{ "competitorsBetterAnswers" } };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeneratedProfiles() {
	}

	@SuppressWarnings("unchecked")
	static Encoded encode(GeneratedCustomer customer) {
		Map<String, Object> profile = new LinkedHashMap<>();
		Map<String, Object> sensitive = new LinkedHashMap<>();
		List<Object> custody = new ArrayList<>();
		boolean anyCustody = false;
		for (Map.Entry<String, Object> answer : customer.answers().entrySet()) {
			if (SENSITIVE.contains(answer.getKey())) {
				sensitive.put(answer.getKey(), answer.getValue());
			}
			else if ("children".equals(answer.getKey())) {
				List<Map<String, Object>> children = new ArrayList<>();
				for (Object c : (List<?>) answer.getValue()) {
					Map<String, Object> child = new LinkedHashMap<>((Map<String, Object>) c);
					Object value = child.remove("custody");
					custody.add(value);
					anyCustody |= value != null;
					children.add(child);
				}
				profile.put("children", children);
			}
			else {
				profile.put(answer.getKey(), answer.getValue());
			}
		}
		if (anyCustody) {
			sensitive.put("childrenCustody", custody);
		}
		int answered = 0;
		for (String[] keys : QUESTIONS) {
			for (String key : keys) {
				if (answered(key, customer)) {
					answered++;
					break;
				}
			}
		}
		return new Encoded(JSON.writeValueAsString(profile),
				sensitive.isEmpty() ? null : JSON.writeValueAsString(sensitive), answered * 100 / QUESTIONS.length);
	}

	private static boolean answered(String key, GeneratedCustomer c) {
		return switch (key) {
			case "name" -> true;
			case "companyName" -> c.companyName() != null;
			case "officePhone" -> c.officePhone() != null;
			case "homePhone" -> c.homePhone() != null;
			case "birthDate" -> c.birthDate() != null;
			default -> {
				if (key.startsWith("children.")) {
					String field = key.substring("children.".length());
					Object children = c.answers().get("children");
					yield children instanceof List<?> list
							&& list.stream().anyMatch(child -> ((Map<?, ?>) child).get(field) != null);
				}
				yield c.answers().containsKey(key);
			}
		};
	}

	/**
	 * The stored shapes: non-sensitive JSON, sensitive JSON (to be encrypted),
	 * completeness.
	 */
	record Encoded(String profileJson, String sensitiveJson, int completeness) {
	}

}
