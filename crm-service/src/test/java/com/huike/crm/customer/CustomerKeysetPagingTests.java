package com.huike.crm.customer;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.testsupport.JpaTestConfiguration;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The list without words, paged by keyset beyond {@link CustomerSearch#COUNT_LIMIT}, and
 * the search terms' table (V88) that one-word searches read: kept in step with the
 * customers, and scoped as the list is.
 */
@DataJpaTest
@ContextConfiguration(classes = JpaTestConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CustomerSearch.class, IdentityService.class, CustomerSearchTests.Config.class })
class CustomerKeysetPagingTests {

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

	int codes;

	@BeforeEach
	void people() {
		manager = users.save(new UserAccount("k-manager", "x", "王经理", Set.of(Role.MANAGER)));
		teammate = users.save(new UserAccount("k-teammate", "x", "李经理", Set.of(Role.MANAGER)));
		stranger = users.save(new UserAccount("k-stranger", "x", "赵经理", Set.of(Role.MANAGER)));
		UserAccount supervisor = users.save(new UserAccount("k-supervisor", "x", "周市场", Set.of(Role.SUPERVISOR)));
		UserAccount admin = users.save(new UserAccount("k-admin", "x", "管理员", Set.of(Role.ADMIN)));
		managerView = viewer(manager, Role.MANAGER, Set.of());
		supervisorView = viewer(supervisor, Role.SUPERVISOR, Set.of(manager.getId(), teammate.getId()));
		adminView = viewer(admin, Role.ADMIN, Set.of());
	}

	@Test
	void nextCursorsReachEveryCustomerBeyondTheCountLimitInOrderWithoutDuplicatesOrGaps() {
		int count = CustomerSearch.COUNT_LIMIT + 130;
		for (int i = 0; i < count; i++) {
			customer("客户" + i, manager, c -> c.regrade(Grade.values()[codes % 5]));
		}
		customers.flush();
		for (Sort sort : List.of(Sort.by("name"), Sort.by(Sort.Direction.DESC, "name"), Sort.by("code"),
				Sort.by("grade"), Sort.by(Sort.Direction.DESC, "updatedAt"), Sort.by("completeness"))) {
			List<Long> walked = walk(managerView, PageRequest.of(0, 100, sort), CustomerSearchResult::getNextCursor);
			assertThat(walked).as("every customer once, sorted by %s", sort).hasSize(count).doesNotHaveDuplicates();
			assertThat(walked).as("in the order of %s", sort).isEqualTo(expectedOrder(sort));
		}
		CustomerSearchResult first = search.search(CustomerQuery.empty(), managerView, PageRequest.of(0, 100));
		assertThat(first.isKeyset()).isTrue();
		assertThat(first.isCapped()).isTrue();
		assertThat(first.getTotalElements()).isEqualTo(CustomerSearch.COUNT_LIMIT);
		assertThat(first.getPreviousCursor()).isNull();
		assertThat(first.getLastCursor()).isNotNull();
	}

	@Test
	void previousAndLastWalkTheListBackwardsToTheFirstPage() {
		for (int i = 0; i < 95; i++) {
			customer("倒序" + i, manager);
		}
		customers.flush();
		Pageable pageable = PageRequest.of(0, 10, Sort.by("name"));
		List<Long> forward = walk(managerView, pageable, CustomerSearchResult::getNextCursor);
		CustomerSearchResult first = search.search(CustomerQuery.empty(), managerView, pageable);
		CustomerSearchResult last = search.search(CustomerQuery.empty(), managerView, pageable, first.getLastCursor());
		assertThat(ids(last)).isEqualTo(forward.subList(85, 95));
		assertThat(last.getNextCursor()).isNull();
		assertThat(last.getLastCursor()).isNull();
		// back from the last page, one page at a time: full pages, and the first page at
		// the end
		List<Long> backward = new ArrayList<>(ids(last));
		CustomerSearchResult page = last;
		int pages = 1;
		while (page.getPreviousCursor() != null) {
			page = search.search(CustomerQuery.empty(), managerView, pageable, page.getPreviousCursor());
			assertThat(page.getContent()).hasSize(10);
			backward.addAll(0, ids(page));
			pages++;
			assertThat(pages).isLessThan(20);
		}
		assertThat(ids(page)).isEqualTo(forward.subList(0, 10));
		assertThat(page.isAfterFirst()).isFalse();
		// the pages before the last do not line up with the first's: the first page holds
		// the first ten all the same, and nothing is shown twice from there on
		assertThat(new HashSet<>(backward)).containsExactlyInAnyOrderElementsOf(forward);
		// next then previous comes back to the same page
		CustomerSearchResult second = search.search(CustomerQuery.empty(), managerView, pageable,
				first.getNextCursor());
		CustomerSearchResult third = search.search(CustomerQuery.empty(), managerView, pageable,
				second.getNextCursor());
		assertThat(ids(search.search(CustomerQuery.empty(), managerView, pageable, third.getPreviousCursor())))
			.isEqualTo(ids(second));
	}

	@Test
	void aCustomerAddedBetweenTwoPagesShiftsNothing() {
		for (int i = 0; i < 30; i++) {
			customer(String.format("并发%02d", i), manager);
		}
		customers.flush();
		Pageable pageable = PageRequest.of(0, 10, Sort.by("code"));
		CustomerSearchResult first = search.search(CustomerQuery.empty(), managerView, pageable);
		List<Long> seen = new ArrayList<>(ids(first));
		// one that sorts before the page just read (an older code), one after it
		Customer before = customer("早到", manager);
		jdbc.update("update customer set code = 'TA000000' where id = ?", before.getId());
		Customer after = customer("晚到", manager);
		customers.flush();
		CustomerSearchResult page = first;
		while (page.getNextCursor() != null) {
			page = search.search(CustomerQuery.empty(), managerView, pageable, page.getNextCursor());
			seen.addAll(ids(page));
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize(31).contains(after.getId()).doesNotContain(before.getId());
	}

	@Test
	void aCursorThatWasAlteredOrMadeForAnotherSortOrASearchIsRefused() {
		for (int i = 0; i < 30; i++) {
			customer("游标" + i, manager);
		}
		customers.flush();
		String next = search.search(CustomerQuery.empty(), managerView, PageRequest.of(0, 10)).getNextCursor();
		String payload = next.substring(0, next.indexOf('.'));
		String decoded = new String(Base64.getUrlDecoder().decode(payload));
		String altered = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(decoded.replace("name", "code").getBytes()) + next.substring(next.indexOf('.'));
		for (String bad : List.of("x", "abc.def", altered, next.substring(0, next.length() - 2) + "AA", next + "x")) {
			assertThatThrownBy(() -> search.search(CustomerQuery.empty(), managerView, PageRequest.of(0, 10), bad))
				.as(bad)
				.isInstanceOfSatisfying(RuleViolationException.class,
						ex -> assertThat(ex.getViolations().get(0).messageKey()).isEqualTo("search.cursor.invalid"));
		}
		assertThatThrownBy(
				() -> search.search(CustomerQuery.empty(), managerView, PageRequest.of(0, 10, Sort.by("code")), next))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> search.search(query("游标"), managerView, PageRequest.of(0, 10), next))
			.isInstanceOf(RuleViolationException.class);
		// the cursor of the right sort works
		assertThat(search.search(CustomerQuery.empty(), managerView, PageRequest.of(0, 10), next).getContent())
			.hasSize(10);
	}

	@Test
	void cursorsKeepToTheViewersScope() {
		for (int i = 0; i < 25; i++) {
			customer("自己" + i, manager);
			customer("同组" + i, teammate);
			customer("别组" + i, stranger);
		}
		customers.flush();
		Pageable pageable = PageRequest.of(0, 10);
		assertThat(owners(walk(managerView, pageable, CustomerSearchResult::getNextCursor)))
			.containsOnly(manager.getId())
			.hasSize(25);
		assertThat(owners(walk(supervisorView, pageable, CustomerSearchResult::getNextCursor)))
			.containsOnly(manager.getId(), teammate.getId())
			.hasSize(50);
		assertThat(walk(adminView, pageable, CustomerSearchResult::getNextCursor)).hasSize(75);
		// a cursor of the admin's list, taken to a manager's, still shows only their own
		String deep = search.search(CustomerQuery.empty(), adminView, pageable).getNextCursor();
		assertThat(search.search(CustomerQuery.empty(), managerView, pageable, deep).getContent())
			.allSatisfy(c -> assertThat(c.ownerId()).isEqualTo(manager.getId()));
	}

	@Test
	void oneWordSearchesFromTheSearchTermsKeepToTheViewersScopeAndPinyinOrder() {
		Customer liang = customer("诸葛亮", manager);
		customer("诸葛瑾", teammate);
		customer("诸葛恪", stranger);
		customer("张诸葛", manager, c -> c.changeCompany("诸葛科技"));
		customer("王五", stranger, c -> c.changeCompany("诸葛贸易"));
		customers.flush();
		assertThat(names("诸葛", adminView)).containsExactly("王五", "张诸葛", "诸葛瑾", "诸葛恪", "诸葛亮");
		assertThat(names("诸葛", supervisorView)).containsExactly("张诸葛", "诸葛瑾", "诸葛亮");
		assertThat(names("诸葛", managerView)).containsExactly("张诸葛", "诸葛亮");
		assertThat(names("zhuge", supervisorView)).containsExactly("诸葛瑾", "诸葛亮");
		assertThat(names("zgl", managerView)).containsExactly("诸葛亮");
		CustomerSearchResult desc = search.search(query("诸葛"), adminView,
				PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "name")));
		assertThat(desc.map(CustomerSummary::name).getContent()).containsExactly("诸葛亮", "诸葛恪");
		assertThat(desc.getTotalElements()).isEqualTo(5);
		assertThat(search.search(query("诸葛"), adminView, PageRequest.of(2, 2)).map(CustomerSummary::name).getContent())
			.containsExactly("诸葛亮");
		// it is the search terms' table that answers
		jdbc.update("delete from customer_search_term where customer_id = ?", liang.getId());
		assertThat(names("诸葛", managerView)).containsExactly("张诸葛");
	}

	@Test
	void theSearchTermsFollowEveryChangeOfACustomer() {
		Customer liang = customer("诸葛亮", manager);
		customers.flush();
		assertThat(terms(liang)).containsExactlyInAnyOrderElementsOf(rowTerms(liang));
		assertThat(names("诸葛", managerView)).containsExactly("诸葛亮");
		// renamed
		liang.rename("司马懿");
		new CustomerSearchKeys().reindex(liang);
		customers.flush();
		assertThat(names("诸葛", managerView)).isEmpty();
		assertThat(names("司马", managerView)).containsExactly("司马懿");
		assertThat(names("smy", managerView)).containsExactly("司马懿");
		assertThat(terms(liang)).containsExactlyInAnyOrderElementsOf(rowTerms(liang));
		// a new company
		liang.changeCompany("魏国集团");
		new CustomerSearchKeys().reindex(liang);
		customers.flush();
		assertThat(names("魏国", managerView)).containsExactly("司马懿");
		// reassigned: found in the new owner's book only
		liang.reassignTo(teammate.getId());
		customers.flush();
		assertThat(names("司马", managerView)).isEmpty();
		assertThat(names("司马", viewer(teammate, Role.MANAGER, Set.of()))).containsExactly("司马懿");
		assertThat(jdbc.queryForList("select distinct owner_id from customer_search_term where customer_id = ?",
				Long.class, liang.getId()))
			.containsExactly(teammate.getId());
		// an edit that leaves the search columns alone leaves the terms alone
		liang.regrade(Grade.A);
		customers.flush();
		assertThat(terms(liang)).containsExactlyInAnyOrderElementsOf(rowTerms(liang));
		// deleted
		customers.delete(liang);
		customers.flush();
		assertThat(jdbc.queryForObject("select count(*) from customer_search_term where customer_id = ?", Long.class,
				liang.getId()))
			.isZero();
	}

	// --- fixtures

	private List<Long> walk(Viewer viewer, Pageable pageable, Function<CustomerSearchResult, String> step) {
		List<Long> seen = new ArrayList<>();
		CustomerSearchResult page = search.search(CustomerQuery.empty(), viewer, pageable);
		seen.addAll(ids(page));
		int pages = 1;
		while (step.apply(page) != null) {
			page = search.search(CustomerQuery.empty(), viewer, pageable, step.apply(page));
			assertThat(page.getContent()).isNotEmpty();
			seen.addAll(ids(page));
			assertThat(++pages).as("pages").isLessThan(200);
		}
		return seen;
	}

	private List<Long> expectedOrder(Sort sort) {
		Sort.Order order = sort.iterator().next();
		String dir = order.isDescending() ? " desc" : " asc";
		String keys = switch (order.getProperty()) {
			case "name" -> "name_pinyin" + dir;
			case "code" -> "code" + dir;
			case "grade" -> "grade" + dir + ", name_pinyin" + dir;
			case "updatedAt" -> "updated_at" + dir;
			default -> "completeness" + dir;
		};
		return jdbc.queryForList("select id from customer where owner_id = ? order by " + keys + ", id" + dir,
				Long.class, manager.getId());
	}

	private static List<Long> ids(CustomerSearchResult page) {
		return page.getContent().stream().map(CustomerSummary::id).toList();
	}

	private List<Long> owners(List<Long> ids) {
		return ids.stream()
			.map(id -> jdbc.queryForObject("select owner_id from customer where id = ?", Long.class, id))
			.toList();
	}

	private List<String> names(String q, Viewer viewer) {
		customers.flush();
		return search.search(query(q), viewer, PageRequest.of(0, 20)).map(CustomerSummary::name).getContent();
	}

	private List<String> terms(Customer customer) {
		return jdbc.queryForList(
				"select s.term from customer_search_term s join customer c on c.id = s.customer_id"
						+ " where s.customer_id = ? and s.owner_id = c.owner_id and s.name_pinyin = c.name_pinyin",
				String.class, customer.getId());
	}

	private List<String> rowTerms(Customer customer) {
		return jdbc.queryForList("select unnest(search_terms) from customer where id = ?", String.class,
				customer.getId());
	}

	private static CustomerQuery query(String q) {
		return new CustomerQuery(q, null, null, null, null, null, null, null, null, null);
	}

	private Viewer viewer(UserAccount user, Role role, Set<Long> team) {
		return new Viewer(user.getId(), user.getUsername(), user.getDisplayName(), Set.of(role), team);
	}

	private Customer customer(String name, UserAccount owner) {
		return customer(name, owner, c -> {
		});
	}

	private Customer customer(String name, UserAccount owner, java.util.function.Consumer<Customer> change) {
		Customer customer = new Customer(String.format("TB%06d", ++codes), name, owner.getId(), owner.getId());
		change.accept(customer);
		new CustomerSearchKeys().reindex(customer);
		return customers.save(customer);
	}

}
