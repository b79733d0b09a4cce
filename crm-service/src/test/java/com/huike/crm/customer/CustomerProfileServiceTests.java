package com.huike.crm.customer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.audit.AccessLogService;
import com.huike.crm.audit.domain.AccessPurpose;
import com.huike.crm.audit.domain.SensitiveAccessRepository;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.testsupport.JpaTestConfiguration;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@ContextConfiguration(classes = { JpaTestConfiguration.class, CustomerProfileServiceTests.Services.class })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CustomerProfileServiceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("huike.crypto.key", () -> SensitiveFieldCipherTests.KEY);
	}

	@Autowired
	CustomerProfileService profiles;

	@Autowired
	CustomerRepository customers;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SensitiveAccessRepository accesses;

	@Autowired
	ProfileCodec codec;

	@Autowired
	JdbcTemplate jdbc;

	Viewer owner;

	Viewer supervisor;

	Viewer admin;

	Viewer otherManager;

	Viewer agent;

	@BeforeEach
	void people() {
		String suffix = String.valueOf(System.nanoTime());
		UserAccount o = users.save(new UserAccount("svc-owner-" + suffix, "x", "欧经理", Set.of(Role.MANAGER)));
		UserAccount s = users.save(new UserAccount("svc-sup-" + suffix, "x", "司主管", Set.of(Role.SUPERVISOR)));
		UserAccount a = users.save(new UserAccount("svc-admin-" + suffix, "x", "管理员", Set.of(Role.ADMIN)));
		UserAccount m = users.save(new UserAccount("svc-other-" + suffix, "x", "别经理", Set.of(Role.MANAGER)));
		UserAccount g = users.save(new UserAccount("svc-agent-" + suffix, "x", "客服", Set.of(Role.AGENT)));
		owner = new Viewer(o.getId(), o.getUsername(), "欧经理", Set.of(Role.MANAGER), Set.of());
		supervisor = new Viewer(s.getId(), s.getUsername(), "司主管", Set.of(Role.SUPERVISOR), Set.of(o.getId()));
		admin = new Viewer(a.getId(), a.getUsername(), "管理员", Set.of(Role.ADMIN), Set.of());
		otherManager = new Viewer(m.getId(), m.getUsername(), "别经理", Set.of(Role.MANAGER), Set.of());
		agent = new Viewer(g.getId(), g.getUsername(), "客服", Set.of(Role.AGENT), Set.of());
	}

	private Long customer(String name) {
		Customer customer = new Customer("SVC-" + System.nanoTime(), name, owner.userId(), owner.userId());
		return customers.saveAndFlush(customer).getId();
	}

	private long version(Long id) {
		return customers.findById(id).orElseThrow().getVersion();
	}

	@Test
	void updateSavesAnswersWritesHistoryAndEncryptsSensitiveValues() {
		Long id = customer("祝枝山");
		long v = profiles.update(id, version(id), ProfileSection.LIFESTYLE,
				Map.of("hobbies", "书法", "medicalHistory", "痛风"), owner);

		assertThat(v).isEqualTo(version(id));
		Map<String, Object> answers = profiles.answers(id, owner);
		assertThat(answers).containsEntry("hobbies", "书法").containsEntry("medicalHistory", "痛风");
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select field, old_value, new_value, sensitive, section, customer_version from customer_change"
						+ " where customer_id = ? order by id",
				id);
		assertThat(rows).extracting(r -> r.get("field")).containsExactly("medicalHistory", "hobbies");
		assertThat(rows.get(0).get("sensitive")).isEqualTo(true);
		assertThat((String) rows.get(0).get("new_value")).startsWith("v1:").doesNotContain("痛风");
		assertThat(rows.get(1).get("new_value")).isEqualTo("书法");
		assertThat(rows.get(1).get("section")).isEqualTo("lifestyle");
		assertThat(rows.get(1).get("customer_version")).isEqualTo(v);
		assertThat(profiles.history(id, owner, PageRequest.of(0, 10)).getContent()).extracting(ProfileChange::newValue)
			.containsExactlyInAnyOrder("痛风", "书法");
	}

	@Test
	void sectionOneUpdatesTheColumnsAndTheSearchKeys() {
		Long id = customer("唐寅");
		profiles.update(
				id, version(id), ProfileSection.PERSONAL, Map.of("name", "唐伯虎", "nickname", "六如", "companyName",
						"桃花坞画社", "mobilePhone", "13600001111", "birthDate", "1970-03-06", "birthDateLunar", true),
				owner);
		Customer customer = customers.findById(id).orElseThrow();
		assertThat(customer.getName()).isEqualTo("唐伯虎");
		assertThat(customer.getCompanyName()).isEqualTo("桃花坞画社");
		assertThat(customer.getBirthDate()).hasToString("1970-03-06");
		assertThat(customer.isBirthLunar()).isTrue();
		assertThat(customer.getNamePinyin()).isEqualTo("tang bo hu");
		assertThat(customer.getPhoneDigits()).contains("13600001111");
		assertThat(customer.getSearchTerms()).contains("伯虎", "tbh");
		// question 1 is answered; 3, 4 and 5 keep a blank each (address, phones,
		// birthplace)
		assertThat(customer.getCompleteness()).isEqualTo(Math.round(100f * 1 / 66));
	}

	@Test
	void archivesMarkedForItHaveTheirCompletenessCountedAnewWithoutAChange() {
		Long id = customer("仇英");
		profiles.update(id, version(id), ProfileSection.PERSONAL, Map.of("name", "仇英", "nickname", "十洲"), owner);
		long before = version(id);
		jdbc.update("update customer set completeness = -1 where id = ?", id);
		while (profiles.recountCompleteness(100) > 0) {
			// every marked row, the demo's too
		}
		assertThat(jdbc.queryForObject("select completeness from customer where id = ?", Integer.class, id))
			.isEqualTo(Math.round(100f / 66));
		assertThat(version(id)).isEqualTo(before);
	}

	@Test
	void staleVersionIsRefusedWithTheChangesMadeSince() {
		Long id = customer("文徵明");
		long opened = version(id);
		profiles.update(id, opened, ProfileSection.EDUCATION, Map.of("college", "苏州府学"), supervisor);

		assertThatThrownBy(() -> profiles.update(id, opened, ProfileSection.EDUCATION, Map.of("college", "国子监"), owner))
			.isInstanceOfSatisfying(StaleProfileException.class, ex -> {
				assertThat(ex.currentVersion()).isGreaterThan(opened);
				assertThat(ex.changes()).singleElement().satisfies(c -> {
					assertThat(c.changedByName()).isEqualTo("司主管");
					assertThat(c.field()).isEqualTo("college");
					assertThat(c.newValue()).isEqualTo("苏州府学");
				});
			});
		assertThat(profiles.answers(id, owner)).containsEntry("college", "苏州府学");
	}

	@Test
	void savingTheSameAnswersChangesNothing() {
		Long id = customer("徐祯卿");
		long v = profiles.update(id, version(id), null, Map.of("carMake", "吉利"), owner);
		long again = profiles.update(id, v, null, Map.of("carMake", "吉利"), owner);
		assertThat(again).isEqualTo(v);
		assertThat(jdbc.queryForObject("select count(*) from customer_change where customer_id = ?", Long.class, id))
			.isOne();
	}

	@Test
	void sensitiveAnswersAreShownToOwnerAndSupervisorAndRecorded() {
		Long id = customer("祝允明");
		profiles.update(id, version(id), null, Map.of("religion", "道教", "hobbies", "草书"), owner);

		CustomerArchive forSupervisor = profiles.archive(id, supervisor, AccessPurpose.DETAIL);
		assertThat(forSupervisor.sensitiveVisible()).isTrue();
		assertThat(forSupervisor.answers()).containsEntry("religion", "道教");
		CustomerArchive forAdmin = profiles.archive(id, admin, AccessPurpose.DETAIL);
		assertThat(forAdmin.sensitiveVisible()).isFalse();
		assertThat(forAdmin.answers()).doesNotContainKey("religion").containsEntry("hobbies", "草书");
		assertThat(profiles.answers(id, admin)).doesNotContainKey("religion");
		assertThat(profiles.history(id, admin, PageRequest.of(0, 10)).getContent()).filteredOn(ProfileChange::sensitive)
			.allSatisfy(c -> {
				assertThat(c.masked()).isTrue();
				assertThat(c.newValue()).isNull();
			});
		CustomerArchive forAgent = profiles.archive(id, agent, AccessPurpose.DETAIL);
		assertThat(forAgent.answers()).isEmpty();
		assertThat(forAgent.customer().companyName()).isNull();
		assertThatThrownBy(() -> profiles.archive(id, otherManager, AccessPurpose.DETAIL))
			.isInstanceOf(CustomerNotFoundException.class);
		assertThatThrownBy(() -> profiles.answers(id, agent)).isInstanceOf(CustomerNotFoundException.class);

		assertThat(accesses.findByCustomerIdOrderByIdDesc(id)).extracting(a -> a.getUserId(), a -> a.getPurpose())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(supervisor.userId(), AccessPurpose.DETAIL));
	}

	@Test
	void viewersWithoutSensitiveAccessCannotWriteSensitiveAnswersButKeepThemWhenEditing() {
		Long id = customer("沈周");
		long v = profiles.update(id, version(id), ProfileSection.FAMILY,
				Map.of("children", List.of(Map.of("name", "沈云鸿", "custody", "YES"), Map.of("name", "沈云鹏"))), owner);
		profiles.update(id, v, ProfileSection.INTERESTS, Map.of("confidentialMatters", "已离异"), owner);

		assertThatThrownBy(() -> profiles.update(id, version(id), null, Map.of("confidentialMatters", ""), admin))
			.isInstanceOf(CustomerAccessDeniedException.class);
		assertThatThrownBy(() -> profiles.update(id, version(id), null,
				Map.of("children", List.of(Map.of("name", "沈云鸿", "custody", "NO"))), admin))
			.isInstanceOf(CustomerAccessDeniedException.class);
		// the admin reorders the children and adds a school: custody follows the name
		profiles.update(id, version(id), ProfileSection.FAMILY,
				Map.of("children", List.of(Map.of("name", "沈云鹏"), Map.of("name", "沈云鸿", "education", "吴县县学"))), admin);
		profiles.update(id, version(id), ProfileSection.INTERESTS, Map.of("strongOpinions", "山水画"), admin);

		Map<String, Object> answers = profiles.answers(id, owner);
		assertThat(answers).containsEntry("confidentialMatters", "已离异");
		assertThat(answers.get("children"))
			.isEqualTo(List.of(Map.of("name", "沈云鹏"), Map.of("name", "沈云鸿", "education", "吴县县学", "custody", "YES")));
	}

	@Test
	void sectionEditsAcceptOnlyTheirOwnFields() {
		Long id = customer("仇英");
		assertThatThrownBy(
				() -> profiles.update(id, version(id), ProfileSection.EDUCATION, Map.of("carMake", "宝马"), owner))
			.isInstanceOfSatisfying(InvalidProfileException.class,
					ex -> assertThat(ex.errors()).extracting(ProfileError::code)
						.containsExactly("profile.error.section"));
		assertThatThrownBy(() -> profiles.update(id, version(id), null, Map.of("heightCm", "10"), owner))
			.isInstanceOf(InvalidProfileException.class);
		assertThatThrownBy(() -> profiles.update(id, version(id), null, Map.of("carMake", "宝马"), otherManager))
			.isInstanceOf(CustomerNotFoundException.class);
	}

	@Test
	void sectionFormAnswersAreAuditedOnlyForSectionsWithSensitiveFields() {
		Long id = customer("周臣");
		SectionAnswers education = profiles.section(id, ProfileSection.EDUCATION, owner);
		assertThat(education.version()).isEqualTo(version(id));
		assertThat(accesses.findByCustomerIdOrderByIdDesc(id)).isEmpty();
		SectionAnswers lifestyle = profiles.section(id, ProfileSection.LIFESTYLE, owner);
		assertThat(lifestyle.sensitiveVisible()).isTrue();
		assertThat(accesses.findByCustomerIdOrderByIdDesc(id)).extracting(a -> a.getPurpose())
			.containsExactly(AccessPurpose.EDIT);
		assertThat(profiles.section(id, ProfileSection.LIFESTYLE, admin).sensitiveVisible()).isFalse();
		assertThat(accesses.findByCustomerIdOrderByIdDesc(id)).hasSize(1);
	}

	@Test
	void bulkEncodedProfilesReadBackThroughTheService() {
		Customer customer = new Customer("SVC-BULK-" + System.nanoTime(), "陈淳", owner.userId(), owner.userId());
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("name", "陈淳");
		answers.put("nickname", "白阳");
		answers.put("politicalParty", "无党派");
		answers.put("children", List.of(Map.of("name", "陈栝", "custody", "UNKNOWN")));
		EncodedProfile encoded = codec.encode(answers);
		customer.replaceProfile(encoded.profileJson(), encoded.sensitiveCipher(), encoded.completeness());
		Long id = customers.saveAndFlush(customer).getId();

		assertThat(profiles.answers(id, owner)).containsEntry("nickname", "白阳")
			.containsEntry("politicalParty", "无党派")
			.containsEntry("children", List.of(Map.of("name", "陈栝", "custody", "UNKNOWN")));
		assertThat(profiles.archive(id, owner, AccessPurpose.DETAIL).completeness()).isEqualTo(encoded.completeness());
	}

	@Test
	void catalogIsExposedForOtherFeatures() {
		assertThat(profiles.catalog()).extracting(ProfileField::key).contains("nickname", "medicalHistory", "children");
	}

	@org.springframework.boot.test.context.TestConfiguration
	@Import({ CustomerProfileService.class, ProfileCodec.class, SensitiveFieldCipher.class, CustomerSearchKeys.class,
			AccessLogService.class, IdentityService.class })
	static class Services {

		@Bean
		PasswordEncoder passwordEncoder() {
			return new BCryptPasswordEncoder(4);
		}

		@Bean
		Clock clock() {
			return Clock.systemDefaultZone();
		}

		@Bean
		NamedParameterJdbcTemplate namedParameterJdbcTemplate(JdbcTemplate jdbc) {
			return new NamedParameterJdbcTemplate(jdbc);
		}

	}

}
