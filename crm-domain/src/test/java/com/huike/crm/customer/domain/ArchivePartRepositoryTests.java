package com.huike.crm.customer.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;

import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.testsupport.AuditingTestConfiguration;
import com.huike.crm.testsupport.AuditingTestConfiguration.TestAuditor;
import com.huike.crm.testsupport.AuditingTestConfiguration.TestClock;
import com.huike.crm.testsupport.JpaTestConfiguration;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@ContextConfiguration(classes = { JpaTestConfiguration.class, AuditingTestConfiguration.class })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ArchivePartRepositoryTests {

	static final Instant MORNING = Instant.parse("2026-03-02T01:30:00Z");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	CustomerRepository customers;

	@Autowired
	UserAccountRepository users;

	@Autowired
	CustomerReportRepository reports;

	@Autowired
	CustomerCreditRepository credits;

	@Autowired
	CustomerTransactionRepository transactions;

	@Autowired
	CustomerAdjustmentRepository adjustments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAuditor auditor;

	@Autowired
	TestClock clock;

	Long ownerId;

	Long customerId;

	@BeforeEach
	void customer() {
		long n = System.nanoTime();
		UserAccount owner = users.save(new UserAccount("parts-" + n, "x", "经理", Set.of(Role.MANAGER)));
		this.ownerId = owner.getId();
		auditor.signIn(ownerId);
		clock.set(MORNING);
		this.customerId = customers.saveAndFlush(new Customer("KH-P-" + n, "周五郎", ownerId, ownerId)).getId();
	}

	@Test
	void transactionsPageByDateAndSumOverAllEntries() {
		transactions.save(transaction(LocalDate.of(2026, 1, 5), "红塔山", "3", "10.50"));
		transactions.save(transaction(LocalDate.of(2026, 3, 1), "中华", "2", "45.00"));
		transactions.save(transaction(LocalDate.of(2026, 2, 1), "玉溪", "1.5", "20.00"));
		transactions.flush();

		Page<CustomerTransaction> first = transactions.findByCustomerId(customerId,
				PageRequest.of(0, 2, Sort.by(Sort.Order.desc("transactionDate"), Sort.Order.desc("id"))));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getContent()).extracting(CustomerTransaction::getProduct).containsExactly("中华", "玉溪");

		PartTotals totals = transactions.totals(customerId);
		assertThat(totals.count()).isEqualTo(3);
		assertThat(totals.quantity()).isEqualByComparingTo("6.5");
		assertThat(totals.amount()).isEqualByComparingTo("151.50");
		assertThat(totals.latest()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void totalsOfACustomerWithoutEntriesAreZero() {
		PartTotals totals = transactions.totals(customerId);
		assertThat(totals.count()).isZero();
		assertThat(totals.amount()).isEqualByComparingTo("0");
		assertThat(totals.latest()).isNull();
		assertThat(adjustments.totalsByKind(customerId)).isEmpty();
	}

	@Test
	void transactionAmountIsQuantityTimesUnitPrice() {
		CustomerTransaction t = transactions.saveAndFlush(transaction(LocalDate.of(2026, 1, 5), "中华", "3", "45.50"));
		assertThat(t.getAmount()).isEqualByComparingTo("136.50");
		assertThatThrownBy(() -> new CustomerTransaction(customerId, LocalDate.of(2026, 1, 5), "中华", null, null,
				new BigDecimal("3"), new BigDecimal("45.50"), new BigDecimal("100.00"), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> transaction(LocalDate.of(2026, 1, 5), "中华", "0", "45.50"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void entriesOfAnotherCustomerAreNotFoundThroughThisCustomer() {
		CustomerTransaction t = transactions.saveAndFlush(transaction(LocalDate.of(2026, 1, 5), "中华", "1", "1"));
		Long other = customers.saveAndFlush(new Customer("KH-P-O-" + System.nanoTime(), "别人", ownerId, ownerId))
			.getId();
		assertThat(transactions.findByIdAndCustomerId(t.getId(), customerId)).isPresent();
		assertThat(transactions.findByIdAndCustomerId(t.getId(), other)).isEmpty();
	}

	@Test
	void adjustmentsAreTotalledPerKind() {
		adjustments.save(new CustomerAdjustment(customerId, LocalDate.of(2026, 2, 1), AdjustmentKind.RETURN, "中华",
				new BigDecimal("2"), new BigDecimal("90.00"), "包装破损", Responsibility.LOGISTICS, null));
		adjustments.save(new CustomerAdjustment(customerId, LocalDate.of(2026, 2, 3), AdjustmentKind.RETURN, "玉溪",
				new BigDecimal("1"), new BigDecimal("20.00"), "过期", Responsibility.OURS, null));
		adjustments.save(new CustomerAdjustment(customerId, LocalDate.of(2026, 2, 5), AdjustmentKind.DISCOUNT, "中华",
				null, new BigDecimal("15.00"), "老客户", Responsibility.OTHER, "年终让利"));
		adjustments.flush();

		Map<AdjustmentKind, AdjustmentTotals> byKind = adjustments.totalsByKind(customerId)
			.stream()
			.collect(Collectors.toMap(AdjustmentTotals::kind, Function.identity()));
		assertThat(byKind).containsOnlyKeys(AdjustmentKind.RETURN, AdjustmentKind.DISCOUNT);
		assertThat(byKind.get(AdjustmentKind.RETURN).count()).isEqualTo(2);
		assertThat(byKind.get(AdjustmentKind.RETURN).amount()).isEqualByComparingTo("110.00");
		assertThat(adjustments.totals(customerId).amount()).isEqualByComparingTo("125.00");
	}

	@Test
	void aReturnNeedsAQuantityAndOtherResponsibilityNeedsANote() {
		assertThatThrownBy(() -> new CustomerAdjustment(customerId, LocalDate.of(2026, 2, 1), AdjustmentKind.RETURN,
				"中华", null, new BigDecimal("90.00"), "破损", Responsibility.OURS, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CustomerAdjustment(customerId, LocalDate.of(2026, 2, 1), AdjustmentKind.DISCOUNT,
				"中华", null, new BigDecimal("9.00"), "让利", Responsibility.OTHER, " "))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void reportsKeepTheirAuthorAndCount() {
		CustomerReport report = reports.saveAndFlush(
				new CustomerReport(customerId, LocalDate.of(2026, 4, 1), ReportKind.VISIT, "首次拜访", "店面约 80 平方米，客流稳定。"));
		Long supervisor = users.save(new UserAccount("sup-" + System.nanoTime(), "x", "主管", Set.of(Role.SUPERVISOR)))
			.getId();
		auditor.signIn(supervisor);
		report.revise(LocalDate.of(2026, 4, 2), ReportKind.SURVEY, "市场调查", "周边三家竞争店。");
		reports.saveAndFlush(report);
		assertThat(reports.findByCustomerId(customerId, PageRequest.of(0, 10)).getContent()).singleElement()
			.satisfies(r -> assertThat(r.getReportDate()).isEqualTo(LocalDate.of(2026, 4, 2)))
			.satisfies(r -> assertThat(r.getKind()).isEqualTo(ReportKind.SURVEY));
		assertThat(
				jdbc.queryForObject("select author_id from customer_report where id = ?", Long.class, report.getId()))
			.isEqualTo(ownerId);
	}

	@Test
	void aCustomerHasOneCreditRecordAndStaleWritesAreRefused() {
		CustomerCredit credit = new CustomerCredit(customerId);
		credit.revise(CreditRating.AA, new BigDecimal("50000"), PaymentMethod.ON_ACCOUNT, 30, "按时回款", "工行");
		credit = credits.saveAndFlush(credit);
		assertThat(credits.findByCustomerId(customerId)).map(CustomerCredit::getCreditLimit)
			.hasValueSatisfying(limit -> assertThat(limit).isEqualByComparingTo("50000.00"));

		assertThatThrownBy(() -> credits.saveAndFlush(new CustomerCredit(customerId)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void staleCreditVersionIsRefused() {
		CustomerCredit credit = credits.saveAndFlush(new CustomerCredit(customerId));
		jdbc.update("update customer_credit set version = version + 1 where id = ?", credit.getId());
		credit.revise(CreditRating.B, null, PaymentMethod.CASH_ON_DELIVERY, null, null, null);
		CustomerCredit stale = credit;
		assertThatThrownBy(() -> credits.saveAndFlush(stale))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void deletingTheCustomerRemovesItsParts() {
		transactions.saveAndFlush(transaction(LocalDate.of(2026, 1, 5), "中华", "1", "1"));
		jdbc.update("delete from customer where id = ?", customerId);
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where customer_id = ?", Long.class,
				customerId))
			.isZero();
	}

	@Test
	void entriesAreCreatedAtTheClocksTimeByTheSignedInUserAndChangedLikewise() {
		CustomerTransaction t = transactions.saveAndFlush(transaction(LocalDate.of(2026, 3, 1), "中华", "3", "45"));
		assertThat(row("customer_transaction", t.getId())).containsEntry("created_at", MORNING)
			.containsEntry("created_by", ownerId)
			.containsEntry("updated_at", MORNING)
			.containsEntry("updated_by", ownerId)
			.containsEntry("version", 0L);

		Long supervisor = users.save(new UserAccount("sup-" + System.nanoTime(), "x", "主管", Set.of(Role.SUPERVISOR)))
			.getId();
		clock.advance(Duration.ofHours(5));
		auditor.signIn(supervisor);
		t.revise(LocalDate.of(2026, 3, 1), "中华", null, null, new BigDecimal("4"), new BigDecimal("45"), null, null);
		transactions.saveAndFlush(t);
		assertThat(row("customer_transaction", t.getId())).containsEntry("created_at", MORNING)
			.containsEntry("created_by", ownerId)
			.containsEntry("updated_at", MORNING.plus(Duration.ofHours(5)))
			.containsEntry("updated_by", supervisor)
			.containsEntry("version", 1L);
	}

	@Test
	void aRevisionThatChangesNothingLeavesTheAuditColumnsAndTheVersion() {
		CustomerTransaction t = transactions.saveAndFlush(transaction(LocalDate.of(2026, 3, 1), "中华", "3", "45"));
		clock.advance(Duration.ofHours(1));
		auditor.signIn(null);
		t.revise(LocalDate.of(2026, 3, 1), "中华", "84mm", "硬盒", new BigDecimal("3"), new BigDecimal("45"), null, null);
		transactions.saveAndFlush(t);
		assertThat(row("customer_transaction", t.getId())).containsEntry("updated_at", MORNING)
			.containsEntry("updated_by", ownerId)
			.containsEntry("version", 0L);
	}

	@Test
	void theCreditRecordIsAuditedLikeTheOtherParts() {
		CustomerCredit credit = new CustomerCredit(customerId);
		credit.revise(CreditRating.A, null, PaymentMethod.PREPAYMENT, null, null, null);
		credit = credits.saveAndFlush(credit);
		assertThat(row("customer_credit", credit.getId())).containsEntry("created_at", MORNING)
			.containsEntry("created_by", ownerId)
			.containsEntry("updated_at", MORNING)
			.containsEntry("updated_by", ownerId);
	}

	@Test
	void withNobodySignedInTheByColumnsStayEmpty() {
		auditor.signIn(null);
		CustomerTransaction t = transactions.saveAndFlush(transaction(LocalDate.of(2026, 3, 1), "中华", "1", "45"));
		assertThat(row("customer_transaction", t.getId())).containsEntry("created_at", MORNING)
			.containsEntry("created_by", null)
			.containsEntry("updated_by", null);
	}

	/** The row as stored, times as instants. */
	private Map<String, Object> row(String table, Long id) {
		Map<String, Object> row = jdbc.queryForMap("select * from " + table + " where id = ?", id);
		row.replaceAll((column, value) -> (value instanceof Timestamp t) ? t.toInstant() : value);
		return row;
	}

	private CustomerTransaction transaction(LocalDate date, String product, String quantity, String unitPrice) {
		return new CustomerTransaction(customerId, date, product, "84mm", "硬盒", new BigDecimal(quantity),
				new BigDecimal(unitPrice), null, null);
	}

}
