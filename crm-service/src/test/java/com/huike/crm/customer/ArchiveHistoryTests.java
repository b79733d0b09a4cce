package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.huike.crm.customer.ArchiveHistory.Archive;
import com.huike.crm.customer.ArchiveHistory.Edit;
import com.huike.crm.customer.ArchiveHistory.Subject;
import com.huike.crm.customer.ArchiveHistory.Transaction;
import com.huike.crm.customer.ArchiveHistory.Trend;
import com.huike.crm.customer.CustomerDataGenerator.GeneratedCustomer;
import com.huike.crm.customer.domain.CustomerTransaction;
import com.huike.crm.customer.domain.PaymentMethod;
import com.huike.crm.shared.demo.TradeSeason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveHistoryTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant NOW = TODAY.atStartOfDay(SHANGHAI).toInstant();

	final List<Subject> subjects = subjects();

	final List<Archive> archives = new ArchiveHistory(TODAY, SHANGHAI).archives(subjects);

	/** The demo customers, with the answers the loader writes. */
	static List<Subject> subjects() {
		CustomerDataGenerator generator = new CustomerDataGenerator(CustomerDataGenerator.DEMO_SEED, TODAY, SHANGHAI);
		return IntStream.range(0, 300).mapToObj(i -> subject(generator.customer(i, 3))).toList();
	}

	static Subject subject(GeneratedCustomer c) {
		Map<String, Object> all = CustomerLoader.answers(c);
		Map<String, String> answers = new HashMap<>();
		ArchiveHistory.editableKeys().forEach(k -> answers.put(k, (all.get(k) != null) ? all.get(k).toString() : null));
		return new Subject(c.index() + 1, c.ownerSlot() + 1, c.grade(), c.dealStatus(), c.classification(),
				c.createdAt(), answers);
	}

	@Test
	void theSameCustomersAndDayGiveTheSameArchives() {
		assertThat(new ArchiveHistory(TODAY, SHANGHAI).archives(subjects)).isEqualTo(archives);
	}

	@Test
	void aGoodShareOfTheArchivesHasEveryPart() {
		assertThat(share(a -> !a.transactions().isEmpty())).isGreaterThan(0.4);
		assertThat(share(a -> !a.adjustments().isEmpty())).isGreaterThan(0.15);
		assertThat(share(a -> !a.reports().isEmpty())).isGreaterThan(0.5);
		assertThat(share(a -> a.credit().isPresent())).isGreaterThan(0.4);
		assertThat(share(a -> a.edits().stream().anyMatch(e -> !e.section().equals("credit")))).isGreaterThan(0.5);
	}

	@Test
	void entriesLieBetweenTheArchivesOpeningAndTodayAndAmountsAreQuantityTimesPrice() {
		archives.forEach(a -> {
			Instant opened = a.subject().createdAt();
			a.transactions().forEach(t -> {
				assertThat(t.createdAt()).isAfter(opened).isBefore(NOW);
				assertThat(t.amount()).isEqualTo(
						CustomerTransaction.amountOf(BigDecimal.valueOf(t.quantity()), t.product().wholesalePrice()));
			});
			a.adjustments().forEach(x -> {
				assertThat(x.date()).isBefore(TODAY);
				assertThat(x.amount()).isPositive();
				assertThat(x.reason()).isNotBlank();
			});
			a.reports().forEach(r -> assertThat(r.createdAt()).isAfter(opened).isBefore(NOW));
			a.edits().forEach(e -> assertThat(e.at()).isAfter(opened).isBefore(NOW));
			a.credit().ifPresent(c -> {
				assertThat(c.termDays() == null || (c.termDays() >= 0 && c.termDays() <= 365)).isTrue();
				if (c.method() == PaymentMethod.ON_ACCOUNT) {
					assertThat(c.termDays()).isNotNull();
				}
			});
		});
	}

	@Test
	void theHistoryEndsInTodaysAnswersAndCreditRecord() {
		archives.forEach(a -> {
			Map<String, String> latest = new HashMap<>();
			a.edits().forEach(e -> latest.put(e.field(), e.newValue()));
			a.edits()
				.stream()
				.filter(e -> !e.section().equals("credit") && !e.field().equals("dealStatus"))
				.forEach(e -> {
					assertThat(latest.get(e.field())).isEqualTo(a.subject().answers().get(e.field()));
					assertThat(ProfileCatalog.resolve(e.field())).isPresent();
					assertThat(ProfileCatalog.field(e.field()).sensitive()).isFalse();
				});
			if (latest.containsKey("dealStatus")) {
				assertThat(latest.get("dealStatus")).isEqualTo(a.subject().dealStatus().name());
			}
			a.credit().ifPresent(c -> {
				assertThat(latest.get("credit.creditRating")).isEqualTo(c.rating().name());
				assertThat(latest.get("credit.paymentMethod")).isEqualTo(c.method().name());
				assertThat(latest.get("credit.financialRecords")).isEqualTo(c.financialRecords());
			});
			assertThat(a.edits()).isSortedAccordingTo(java.util.Comparator.comparing(Edit::at));
		});
	}

	@Test
	void retailersBuyMoreBeforeSpringFestivalThanInSummer() {
		LocalDate festival = TradeSeason.springFestival(2026);
		long before = cartons(festival.minusDays(28), festival);
		long summer = cartons(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 29));
		assertThat(before).isGreaterThan(summer * 3 / 2);
	}

	@Test
	void everyManagerHasACustomerWhoseVolumeJumpsAndOneWhoseVolumeCollapses() {
		for (long owner = 1; owner <= 3; owner++) {
			long manager = owner;
			List<Archive> book = archives.stream().filter(a -> a.subject().ownerId() == manager).toList();
			Archive jump = book.stream().filter(a -> a.trend() == Trend.JUMP).findFirst().orElseThrow();
			Archive collapse = book.stream().filter(a -> a.trend() == Trend.COLLAPSE).findFirst().orElseThrow();
			assertThat(recentAgainstUsual(jump)).isGreaterThan(2.0);
			assertThat(recentAgainstUsual(collapse)).isLessThan(0.3);
		}
		assertThat(archives.stream().filter(a -> a.trend() == Trend.LOST))
			.as("lost customers stopped buying months ago")
			.allMatch(a -> a.transactions().stream().allMatch(t -> t.date().isBefore(TODAY.minusDays(90))));
	}

	/**
	 * Cartons of the recent weeks against the same span's average over the year before.
	 */
	static double recentAgainstUsual(Archive a) {
		LocalDate recent = TODAY.minusDays(ArchiveHistory.RECENT_DAYS);
		LocalDate yearBefore = recent.minusDays(300);
		long lately = a.transactions()
			.stream()
			.filter(t -> !t.date().isBefore(recent))
			.mapToLong(Transaction::quantity)
			.sum();
		long usual = a.transactions()
			.stream()
			.filter(t -> t.date().isBefore(recent) && !t.date().isBefore(yearBefore))
			.mapToLong(Transaction::quantity)
			.sum();
		return lately / (usual * (double) ArchiveHistory.RECENT_DAYS / 300);
	}

	private long cartons(LocalDate from, LocalDate to) {
		return archives.stream()
			.flatMap(a -> a.transactions().stream())
			.filter(t -> !t.date().isBefore(from) && t.date().isBefore(to))
			.mapToLong(Transaction::quantity)
			.sum();
	}

	private double share(Predicate<Archive> has) {
		return archives.stream().filter(has).count() / (double) archives.size();
	}

}
