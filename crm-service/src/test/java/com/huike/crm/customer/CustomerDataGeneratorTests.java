package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.huike.crm.customer.CustomerDataGenerator.GeneratedCustomer;
import com.huike.crm.customer.domain.Grade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerDataGeneratorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final CustomerDataGenerator generator = new CustomerDataGenerator(CustomerDataGenerator.DEMO_SEED, TODAY, SHANGHAI);

	final List<GeneratedCustomer> customers = IntStream.range(0, 300).mapToObj(i -> generator.customer(i, 3)).toList();

	@Test
	void sameSeedGivesTheSameCustomersInAnyOrder() {
		CustomerDataGenerator again = new CustomerDataGenerator(CustomerDataGenerator.DEMO_SEED, TODAY, SHANGHAI);
		assertThat(again.customer(299, 3)).isEqualTo(customers.get(299));
		assertThat(again.customer(0, 3)).isEqualTo(customers.get(0));
		assertThat(new CustomerDataGenerator(1L, TODAY, SHANGHAI).customer(5, 3).name())
			.isNotEqualTo(customers.get(5).name());
	}

	@Test
	void namesAreChineseWithPolyphonicAndCompoundSurnames() {
		assertThat(customers).allSatisfy(c -> assertThat(c.name()).matches("\\p{IsHan}{2,4}"));
		assertThat(customers).extracting(GeneratedCustomer::name)
			.anyMatch(n -> n.startsWith("单"))
			.anyMatch(n -> n.startsWith("曾"))
			.anyMatch(n -> n.startsWith("解"))
			.anyMatch(n -> n.startsWith("尉迟"));
		Set<String> distinct = new HashSet<>(customers.stream().map(GeneratedCustomer::name).toList());
		assertThat(distinct.size()).isGreaterThan(250);
	}

	@Test
	void phonesAreValidChineseNumbers() {
		assertThat(customers).allSatisfy(c -> {
			if (c.mobilePhone() != null) {
				assertThat(c.mobilePhone()).matches("1[3-9]\\d{9}");
			}
			if (c.officePhone() != null) {
				assertThat(c.officePhone()).matches("0\\d{2,3}-[2-9]\\d{6,7}");
			}
		});
	}

	@Test
	void datesLieInThePastAndChangesFollowCreation() {
		Instant now = TODAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
		Instant twoYearsAgo = TODAY.minusDays(731).atStartOfDay(SHANGHAI).toInstant();
		assertThat(customers).allSatisfy(c -> {
			assertThat(c.createdAt()).isBetween(twoYearsAgo, now);
			assertThat(c.updatedAt()).isBetween(c.createdAt(), now);
			if (c.birthDate() != null) {
				assertThat(c.birthDate()).isBefore(TODAY);
			}
		});
		assertThat(customers).anyMatch(GeneratedCustomer::birthLunar);
	}

	@Test
	void gradesStatusesClassificationsAndOwnersVary() {
		assertThat(customers).extracting(GeneratedCustomer::grade).contains(Grade.values());
		assertThat(customers).extracting(GeneratedCustomer::classification).contains("商超", "便利店", "批发", "餐饮");
		assertThat(customers).extracting(GeneratedCustomer::ownerSlot).containsOnly(0, 1, 2);
	}

	final SensitiveFieldCipher cipher = new SensitiveFieldCipher(SensitiveFieldCipherTests.KEY);

	final ProfileCodec codec = new ProfileCodec(cipher);

	@Test
	void profilesAreValidAndFilledToVaryingDegrees() {
		// encode validates every answer as the edit forms do: a generated archive could
		// have been typed in
		List<Integer> completeness = customers.stream()
			.map(c -> codec.encode(CustomerLoader.answers(c)).completeness())
			.toList();
		assertThat(completeness).allSatisfy(p -> assertThat(p).isBetween(0, 100));
		assertThat(completeness.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(35);
		// a question counts once all its blanks are filled in: the fullest generated
		// archives reach just over 70 %
		assertThat(completeness.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(70);
	}

	@Test
	void sensitiveAnswersAndCustodyAreEncryptedNotInTheProfileJson() {
		assertThat(customers).allSatisfy(c -> {
			EncodedProfile encoded = codec.encode(CustomerLoader.answers(c));
			assertThat(encoded.profileJson()).doesNotContain("medicalHistory", "religion", "heightCm", "custody");
			if (c.answers().containsKey("medicalHistory")) {
				assertThat(encoded.sensitiveCipher()).doesNotContain("medicalHistory");
				assertThat(cipher.decrypt(encoded.sensitiveCipher())).contains("medicalHistory");
			}
		});
		assertThat(customers).anyMatch(c -> {
			EncodedProfile encoded = codec.encode(CustomerLoader.answers(c));
			return encoded.sensitiveCipher() != null
					&& cipher.decrypt(encoded.sensitiveCipher()).contains("childrenCustody");
		});
	}

}
