package com.huike.crm.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@ContextConfiguration(classes = JpaTestConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CustomerSearch.class, IdentityService.class, CustomerSearchTests.Config.class })
class CustomerSearchTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	CustomerSearch search;

	@Autowired
	CustomerRepository customers;

	@Autowired
	UserAccountRepository users;

	@Autowired
	JdbcTemplate jdbc;

	UserAccount manager;

	UserAccount teammate;

	UserAccount stranger;

	Viewer managerView;

	Viewer supervisorView;

	Viewer adminView;

	Viewer agentView;

	int codes;

	@BeforeEach
	void people() {
		manager = users.save(new UserAccount("s-manager", "x", "王经理", Set.of(Role.MANAGER)));
		teammate = users.save(new UserAccount("s-teammate", "x", "李经理", Set.of(Role.MANAGER)));
		stranger = users.save(new UserAccount("s-stranger", "x", "赵经理", Set.of(Role.MANAGER)));
		UserAccount supervisor = users.save(new UserAccount("s-supervisor", "x", "周市场", Set.of(Role.SUPERVISOR)));
		UserAccount admin = users.save(new UserAccount("s-admin", "x", "管理员", Set.of(Role.ADMIN)));
		UserAccount agent = users.save(new UserAccount("s-agent", "x", "陈客服", Set.of(Role.AGENT)));
		managerView = viewer(manager, Role.MANAGER, Set.of());
		supervisorView = viewer(supervisor, Role.SUPERVISOR, Set.of(manager.getId(), teammate.getId()));
		adminView = viewer(admin, Role.ADMIN, Set.of());
		agentView = viewer(agent, Role.AGENT, Set.of());
	}

	@Test
	void twoChineseCharactersFindTheNameWhereverTheyStand() {
		Customer zhang = customer("张三丰", manager);
		customer("张丰年", manager);
		assertThat(names("三丰", managerView)).containsExactly("张三丰");
		assertThat(names("张三", managerView)).containsExactly("张三丰");
		assertThat(names("丰张", managerView)).isEmpty();
		assertThat(names("张三丰", managerView)).containsExactly(zhang.getName());
		assertThat(names("丰", managerView)).containsExactlyInAnyOrder("张三丰", "张丰年");
	}

	@Test
	void pinyinFindsTheNameByInitialsFullSpellingAndWhatIsTypedSoFar() {
		customer("张三丰", manager);
		customer("李四", manager);
		assertThat(names("zs", managerView)).containsExactly("张三丰");
		assertThat(names("zsf", managerView)).containsExactly("张三丰");
		assertThat(names("zhang", managerView)).containsExactly("张三丰");
		assertThat(names("zhangsanf", managerView)).containsExactly("张三丰");
		assertThat(names("zhang san feng", managerView)).containsExactly("张三丰");
		assertThat(names("ZhangSF", managerView)).containsExactly("张三丰");
		assertThat(names("ＺＳ", managerView)).containsExactly("张三丰");
		assertThat(names("zsx", managerView)).isEmpty();
	}

	@Test
	void polyphonicSurnamesAreFoundByTheirSurnameReadingAndTheEverydayOne() {
		customer("单雄信", manager);
		customer("曾国藩", manager);
		customer("解缙", manager);
		assertThat(names("shan", managerView)).containsExactly("单雄信");
		assertThat(names("sxx", managerView)).containsExactly("单雄信");
		assertThat(names("danxiong", managerView)).containsExactly("单雄信");
		assertThat(names("zgf", managerView)).containsExactly("曾国藩");
		assertThat(names("xiejin", managerView)).containsExactly("解缙");
		assertThat(names("jiejin", managerView)).containsExactly("解缙");
	}

	@Test
	void chineseNamesSortByPinyinNotByCodePoint() {
		customer("张明", manager);
		customer("曾明", manager);
		customer("阿明", manager);
		customer("单明", manager);
		customer("孙明", manager);
		assertThat(names("明", managerView, PageRequest.of(0, 20, Sort.by("name")))).containsExactly("阿明", "单明", "孙明",
				"曾明", "张明");
		assertThat(names("明", managerView, PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "name"))))
			.containsExactly("张明", "曾明", "孙明", "单明", "阿明");
	}

	@Test
	void anyPartOfAnyPhoneNumberFindsTheCustomer() {
		customer("钱一", manager, c -> c.changePhones("13812345678", "0571-88886666", null));
		customer("钱二", manager, c -> c.changePhones("13900000000", null, "021-55554444"));
		assertThat(names("5678", managerView)).containsExactly("钱一");
		assertThat(names("138 1234 5678", managerView)).containsExactly("钱一");
		assertThat(names("0571-8888", managerView)).containsExactly("钱一");
		assertThat(names("88886666", managerView)).containsExactly("钱一");
		assertThat(names("5555444", managerView)).containsExactly("钱二");
		// fewer than three digits is no phone search
		assertThat(names("56", managerView)).isEmpty();
	}

	@Test
	void theStartOfTheCodeFindsTheCustomer() {
		Customer coded = customer("孔一", manager);
		customer("孔二", manager);
		String code = coded.getCode();
		assertThat(names(code, managerView)).containsExactly("孔一");
		assertThat(names(code.substring(0, code.length() - 1).toLowerCase(), managerView)).contains("孔一");
		assertThat(names("XX" + code, managerView)).isEmpty();
	}

	@Test
	void companyIsFoundByAnyTwoCharactersOrALatinWord() {
		customer("周一", manager, c -> c.changeCompany("杭州西湖ABC商贸有限公司"));
		customer("周二", manager, c -> c.changeCompany("宁波港口物流"));
		assertThat(names("西湖", managerView)).containsExactly("周一");
		assertThat(names("商贸", managerView)).containsExactly("周一");
		assertThat(names("abc", managerView)).containsExactly("周一");
		assertThat(names("港口物流", managerView)).containsExactly("周二");
		assertThat(names("杭州物流", managerView)).isEmpty();
	}

	@Test
	void wordsOfTheBoxMustAllMatch() {
		customer("吴一", manager, c -> c.changePhones("13811112222", null, null));
		customer("吴二", manager, c -> c.changePhones("13833334444", null, null));
		assertThat(names("吴 1111", managerView)).containsExactly("吴一");
		assertThat(names("wu 3333", managerView)).containsExactly("吴二");
	}

	@Test
	void filtersNarrowTheList() {
		Customer a = customer("郑甲", manager, c -> {
			c.regrade(Grade.A);
			c.classify(DealStatus.CLOSED, "商超");
			c.changeBirthDate(LocalDate.of(1980, 3, 15), false);
		});
		Customer b = customer("郑乙", teammate, c -> {
			c.regrade(Grade.C);
			c.classify(DealStatus.NEGOTIATING, "便利店");
			c.changeBirthDate(LocalDate.of(1975, 11, 2), true);
		});
		createdAndUpdated(a, "2025-01-10T09:00:00+08:00", "2026-02-01T09:00:00+08:00");
		createdAndUpdated(b, "2025-06-30T23:30:00+08:00", "2025-07-01T00:30:00+08:00");
		assertThat(names(filter().grade(Grade.A).build(), supervisorView)).containsExactly("郑甲");
		assertThat(names(filter().owner(teammate.getId()).build(), supervisorView)).containsExactly("郑乙");
		assertThat(names(filter().status(DealStatus.NEGOTIATING).build(), supervisorView)).containsExactly("郑乙");
		assertThat(names(filter().classification("商超").build(), supervisorView)).containsExactly("郑甲");
		assertThat(names(filter().birthMonth(11).build(), supervisorView)).containsExactly("郑乙");
		assertThat(names(filter().birthMonth(3).build(), supervisorView)).containsExactly("郑甲");
		// days are the business's days (Asia/Shanghai), both ends included
		assertThat(
				names(filter().created(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30)).build(), supervisorView))
			.containsExactly("郑乙");
		assertThat(names(filter().created(null, LocalDate.of(2025, 1, 10)).build(), supervisorView))
			.containsExactly("郑甲");
		assertThat(names(filter().updated(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)).build(), supervisorView))
			.containsExactly("郑乙");
		assertThat(names(filter().updated(LocalDate.of(2026, 1, 1), null).build(), supervisorView))
			.containsExactly("郑甲");
	}

	@Test
	void listSortsByCodeGradeUpdateAndCompleteness() {
		Customer first = customer("冯一", manager, c -> {
			c.regrade(Grade.B);
			c.replaceProfile("{}", null, 80);
		});
		Customer second = customer("冯二", manager, c -> {
			c.regrade(Grade.A);
			c.replaceProfile("{}", null, 10);
		});
		createdAndUpdated(first, "2025-01-01T00:00:00Z", "2025-05-01T00:00:00Z");
		createdAndUpdated(second, "2025-01-01T00:00:00Z", "2025-03-01T00:00:00Z");
		assertThat(names("冯", managerView, PageRequest.of(0, 20, Sort.by("code")))).containsExactly("冯一", "冯二");
		assertThat(names("冯", managerView, PageRequest.of(0, 20, Sort.by("grade")))).containsExactly("冯二", "冯一");
		assertThat(names("冯", managerView, PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "updatedAt"))))
			.containsExactly("冯一", "冯二");
		assertThat(names("冯", managerView, PageRequest.of(0, 20, Sort.by("completeness")))).containsExactly("冯二", "冯一");
	}

	@Test
	void eachRoleSeesItsOwnScope() {
		customer("陶自己", manager);
		customer("陶同组", teammate);
		customer("陶别组", stranger);
		assertThat(names("陶", managerView)).containsExactly("陶自己");
		assertThat(names("陶", supervisorView)).containsExactlyInAnyOrder("陶自己", "陶同组");
		assertThat(names("陶", adminView)).containsExactlyInAnyOrder("陶自己", "陶同组", "陶别组");
		assertThat(names(filter().owner(stranger.getId()).build(), managerView)).isEmpty();
	}

	@Test
	void callCenterLooksUpByNameCodeAndPhoneAndSeesContactFieldsOnly() {
		customer("蒋大", stranger, c -> {
			c.changeCompany("蒋氏建材");
			c.changePhones("13655556666", null, null);
			c.regrade(Grade.A);
		});
		assertThat(search.search(CustomerQuery.empty(), agentView, PageRequest.of(0, 20))).isEmpty();
		List<CustomerSummary> found = search.search(query("蒋大"), agentView, PageRequest.of(0, 20)).getContent();
		assertThat(found).singleElement().satisfies(c -> {
			assertThat(c.mobilePhone()).isEqualTo("13655556666");
			assertThat(c.ownerName()).isEqualTo("赵经理");
			assertThat(c.companyName()).isNull();
			assertThat(c.grade()).isNull();
			assertThat(c.dealStatus()).isNull();
			assertThat(c.updatedAt()).isNull();
		});
		assertThat(names("55556666", agentView)).containsExactly("蒋大");
		// the company is not something the call center may search by
		assertThat(names("建材", agentView)).isEmpty();
		// nor grades: a grade filter changes nothing for them
		assertThat(names(filter().q("蒋大").grade(Grade.E).build(), agentView)).containsExactly("蒋大");
	}

	@Test
	void moreMatchesThanTheLimitAreReportedAsMoreNotCounted() {
		for (int i = 0; i < CustomerSearch.COUNT_LIMIT + 5; i++) {
			customer("韩" + i, manager);
		}
		CustomerSearchResult first = search.search(query("韩"), managerView, PageRequest.of(0, 20));
		assertThat(first.isCapped()).isTrue();
		assertThat(first.getTotalElements()).isEqualTo(CustomerSearch.COUNT_LIMIT);
		assertThat(first.getContent()).hasSize(20);
		CustomerSearchResult beyond = search.search(query("韩"), managerView, PageRequest.of(60, 20));
		assertThat(beyond.getContent()).isEmpty();
		CustomerSearchResult exact = search.search(query("韩1"), managerView, PageRequest.of(0, 20));
		assertThat(exact.isCapped()).isFalse();
		// 韩1, 韩10–韩19, 韩100–韩199, 韩1000–韩1004
		assertThat(exact.getTotalElements()).isEqualTo(1 + 10 + 100 + 5);
	}

	@Test
	void wildcardsInTheBoxAreNoPatterns() {
		customer("百分之百", manager);
		assertThat(names("%", managerView)).isEmpty();
		assertThat(names("_", managerView)).isEmpty();
		assertThat(names("百_", managerView)).isEmpty();
		// punctuation is ignored
		assertThat(names("百%", managerView)).containsExactly("百分之百");
	}

	// --- fixtures

	private Viewer viewer(UserAccount user, Role role, Set<Long> team) {
		return new Viewer(user.getId(), user.getUsername(), user.getDisplayName(), Set.of(role), team);
	}

	private Customer customer(String name, UserAccount owner) {
		return customer(name, owner, c -> {
		});
	}

	private Customer customer(String name, UserAccount owner, java.util.function.Consumer<Customer> change) {
		Customer customer = new Customer(String.format("TS%06d", ++codes), name, owner.getId(), owner.getId());
		change.accept(customer);
		new CustomerSearchKeys().reindex(customer);
		return customers.save(customer);
	}

	private void createdAndUpdated(Customer customer, String created, String updated) {
		customers.flush();
		jdbc.update("update customer set created_at = ?::timestamptz, updated_at = ?::timestamptz where id = ?",
				created, updated, customer.getId());
	}

	private List<String> names(String q, Viewer viewer) {
		return names(query(q), viewer);
	}

	private List<String> names(String q, Viewer viewer, Pageable pageable) {
		customers.flush();
		return search.search(query(q), viewer, pageable).map(CustomerSummary::name).getContent();
	}

	private List<String> names(CustomerQuery query, Viewer viewer) {
		customers.flush();
		return search.search(query, viewer, PageRequest.of(0, 50)).map(CustomerSummary::name).getContent();
	}

	private static CustomerQuery query(String q) {
		return filter().q(q).build();
	}

	private static QueryBuilder filter() {
		return new QueryBuilder();
	}

	static final class QueryBuilder {

		private String q;

		private Grade grade;

		private Long owner;

		private DealStatus status;

		private String classification;

		private LocalDate createdFrom;

		private LocalDate createdTo;

		private LocalDate updatedFrom;

		private LocalDate updatedTo;

		private Integer birthMonth;

		QueryBuilder q(String q) {
			this.q = q;
			return this;
		}

		QueryBuilder grade(Grade grade) {
			this.grade = grade;
			return this;
		}

		QueryBuilder owner(Long owner) {
			this.owner = owner;
			return this;
		}

		QueryBuilder status(DealStatus status) {
			this.status = status;
			return this;
		}

		QueryBuilder classification(String classification) {
			this.classification = classification;
			return this;
		}

		QueryBuilder created(LocalDate from, LocalDate to) {
			this.createdFrom = from;
			this.createdTo = to;
			return this;
		}

		QueryBuilder updated(LocalDate from, LocalDate to) {
			this.updatedFrom = from;
			this.updatedTo = to;
			return this;
		}

		QueryBuilder birthMonth(int month) {
			this.birthMonth = month;
			return this;
		}

		CustomerQuery build() {
			return new CustomerQuery(q, grade, owner, status, classification, createdFrom, createdTo, updatedFrom,
					updatedTo, birthMonth);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Clock clock() {
			return Clock.system(SHANGHAI);
		}

		@Bean
		PasswordEncoder passwordEncoder() {
			return new BCryptPasswordEncoder(4);
		}

	}

}
