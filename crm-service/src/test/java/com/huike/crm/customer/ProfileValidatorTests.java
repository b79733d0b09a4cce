package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileValidatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static ProfileValidator.Result validate(Map<String, ?> input) {
		return ProfileValidator.validate(input, Map.of(), TODAY);
	}

	private static List<String> codes(ProfileValidator.Result result) {
		return result.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
	}

	@Test
	void mobileNumbersHaveElevenDigitsStartingWithThirteenToNineteen() {
		assertThat(validate(Map.of("mobilePhone", "13912345678")).valid()).isTrue();
		assertThat(codes(validate(Map.of("mobilePhone", "12912345678"))))
			.containsExactly("mobilePhone:profile.error.mobile");
		assertThat(codes(validate(Map.of("mobilePhone", "1391234567"))))
			.containsExactly("mobilePhone:profile.error.mobile");
	}

	@Test
	void landlinesNeedTheirAreaCode() {
		assertThat(validate(Map.of("officePhone", "021-12345678", "homePhone", "057188886666")).valid()).isTrue();
		assertThat(validate(Map.of("officePhone", "0571-8888666-123")).valid()).isTrue();
		assertThat(codes(validate(Map.of("homePhone", "88886666"))))
			.containsExactly("homePhone:profile.error.landline");
	}

	@Test
	void datesMustBeValidAndNotInTheFuture() {
		assertThat(codes(validate(Map.of("birthDate", "1980-02-30")))).containsExactly("birthDate:profile.error.date");
		assertThat(codes(validate(Map.of("birthDate", "2026-11-21"))))
			.containsExactly("birthDate:profile.error.future");
		assertThat(codes(validate(Map.of("birthDate", "1899-12-31"))))
			.containsExactly("birthDate:profile.error.dateTooEarly");
		assertThat(validate(Map.of("birthDate", "2026-11-20")).values()).containsEntry("birthDate", "2026-11-20");
	}

	@Test
	void graduationAndChildrenComeAfterBirthAndEmploymentRunsForward() {
		Map<String, Object> current = Map.of("birthDate", "1980-05-05");
		assertThat(ProfileValidator.validate(Map.of("graduationDate", "1979-07-01"), current, TODAY).errors())
			.extracting(ProfileError::field, ProfileError::code, ProfileError::args)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("graduationDate", "profile.error.afterBirth",
					List.of("1980-05-05")));
		assertThat(ProfileValidator
			.validate(Map.of("children", List.of(Map.of("name", "甲"), Map.of("name", "乙", "birthDate", "1970-01-01"))),
					current, TODAY)
			.errors()).extracting(ProfileError::field).containsExactly("children[1].birthDate");
		assertThat(codes(validate(Map.of("prevEmploymentFrom", "2010-01-01", "prevEmploymentTo", "2009-12-31"))))
			.containsExactly("prevEmploymentTo:profile.error.fromAfterTo");
		assertThat(validate(Map.of("prevEmploymentFrom", "2010-01-01", "prevEmploymentTo", "2010-01-01")).valid())
			.isTrue();
	}

	@Test
	void numbersMustBeNumbersWithinRange() {
		assertThat(codes(validate(Map.of("heightCm", "abc")))).containsExactly("heightCm:profile.error.number");
		assertThat(codes(validate(Map.of("heightCm", "251")))).containsExactly("heightCm:profile.error.range");
		assertThat(codes(validate(Map.of("weightKg", "1.9")))).containsExactly("weightKg:profile.error.range");
		assertThat(validate(Map.of("heightCm", "50", "weightKg", "300")).valid()).isTrue();
		assertThat(validate(Map.of("weightKg", "72.50")).values().get("weightKg")).isEqualTo(new BigDecimal("72.5"));
		assertThat(validate(Map.of("heightCm", 175)).values().get("heightCm")).isEqualTo(new BigDecimal("175"));
	}

	@Test
	void textsHaveMaximumLengths() {
		assertThat(codes(validate(Map.of("nickname", "长".repeat(201)))))
			.containsExactly("nickname:profile.error.tooLong");
		assertThat(validate(Map.of("nickname", "长".repeat(200))).valid()).isTrue();
		assertThat(codes(validate(Map.of("hobbies", "长".repeat(2001)))))
			.containsExactly("hobbies:profile.error.tooLong");
	}

	@Test
	void yesNoIsTriStateAndBlankMeansUnanswered() {
		assertThat(validate(Map.of("smokes", "unknown")).values()).containsEntry("smokes", "UNKNOWN");
		Map<String, Object> blank = new HashMap<>();
		blank.put("smokes", "");
		blank.put("nickname", null);
		assertThat(validate(blank).values()).containsEntry("smokes", null).containsEntry("nickname", null);
		assertThat(codes(validate(Map.of("smokes", "MAYBE")))).containsExactly("smokes:profile.error.option");
		assertThat(codes(validate(Map.of("maritalStatus", "COMPLICATED"))))
			.containsExactly("maritalStatus:profile.error.option");
	}

	@Test
	void nameAndDealStatusCannotBeCleared() {
		assertThat(codes(validate(Map.of("name", "  ", "dealStatus", ""))))
			.containsExactlyInAnyOrder("name:profile.error.required", "dealStatus:profile.error.required");
	}

	@Test
	void blankChildrenRowsAreDroppedAndNamedRowsNeedAName() {
		ProfileValidator.Result result = validate(Map.of("children", List
			.of(Map.of("name", "小红", "birthDateLunar", "true"), Map.of("name", " "), Map.of("education", "小学"))));
		assertThat(codes(result)).containsExactly("children[2].name:profile.error.childName");
		ProfileValidator.Result ok = validate(
				Map.of("children", List.of(Map.of("name", "小红", "birthDateLunar", "true"))));
		assertThat(ok.values().get("children")).isEqualTo(List.of(Map.of("name", "小红")));
	}

	@Test
	void unknownKeysAreRejected() {
		assertThat(codes(validate(Map.of("shoeSize", "42")))).containsExactly("shoeSize:profile.error.unknownField");
	}

	@Test
	void aLunarFlagWithoutItsDateIsDropped() {
		assertThat(validate(Map.of("weddingAnniversaryLunar", true)).values()).containsEntry("weddingAnniversaryLunar",
				null);
		assertThat(validate(Map.of("weddingAnniversary", "2000-01-01", "weddingAnniversaryLunar", "true")).values())
			.containsEntry("weddingAnniversaryLunar", true);
	}

}
