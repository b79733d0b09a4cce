package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.huike.crm.analytics.KeyAccountConcentration.Thresholds;
import com.huike.crm.customer.CustomerFigures.CustomerSales;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's rule on small hand-made books: the three largest customers above 40 % of
 * sales, or one above 20 %, is an alert; at exactly the threshold it is not.
 */
class KeyAccountConcentrationTests {

	private static List<CustomerSales> book(int... amounts) {
		List<CustomerSales> sales = new ArrayList<>();
		for (int i = 0; i < amounts.length; i++) {
			sales.add(new CustomerSales((long) i + 1, "KH" + i, "客户" + i, 1L, BigDecimal.valueOf(amounts[i])));
		}
		return sales;
	}

	@Test
	void anEvenBookRaisesNoAlert() {
		// ten customers of 10 each: the top three hold 30 %, the largest 10 %
		KeyAccountConcentration c = KeyAccountConcentration.of(null, book(10, 10, 10, 10, 10, 10, 10, 10, 10, 10),
				Thresholds.SEED);
		assertThat(c.total()).isEqualByComparingTo("100");
		assertThat(c.top3Share()).isEqualByComparingTo("30.0");
		assertThat(c.largestShare()).isEqualByComparingTo("10.0");
		assertThat(c.alert()).isFalse();
	}

	@Test
	void atExactlyTheThresholdsThereIsNoAlertAndAboveThemThereIs() {
		// 20 + 10 + 10 of 100: exactly 40 % and 20 %
		KeyAccountConcentration exact = KeyAccountConcentration.of(null, book(20, 10, 10, 10, 10, 10, 10, 10, 10),
				Thresholds.SEED);
		assertThat(exact.top3Share()).isEqualByComparingTo("40.0");
		assertThat(exact.largestShare()).isEqualByComparingTo("20.0");
		assertThat(exact.alert()).isFalse();
		// one fen more for the largest: both pass
		List<CustomerSales> above = book(20, 10, 10, 10, 10, 10, 10, 10, 10);
		above.set(0, new CustomerSales(1L, "KH0", "客户0", 1L, new BigDecimal("20.01")));
		KeyAccountConcentration more = KeyAccountConcentration.of(null, above, Thresholds.SEED);
		assertThat(more.top3Alert()).isTrue();
		assertThat(more.largestAlert()).isTrue();
	}

	@Test
	void theLargestThreeAreTakenInOrderWhateverTheOrderOfTheBook() {
		// 25 of 130 (19.2 %) would not be; 25 of 110 (22.7 %) is, with the top three at
		// 38.2 %
		KeyAccountConcentration c = KeyAccountConcentration.of("一组", book(25, 8, 9, 10, 10, 12, 12, 12, 12),
				Thresholds.SEED);
		assertThat(c.total()).isEqualByComparingTo("110");
		assertThat(c.top()).extracting(CustomerSales::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("25"), new BigDecimal("12"), new BigDecimal("12"));
		assertThat(c.top3Share()).isEqualByComparingTo("44.5");
		assertThat(c.largestAlert()).isTrue();
		assertThat(c.scope()).isEqualTo("一组");
	}

	@Test
	void customersWhoReturnedMoreThanTheyBoughtAndEmptyPeriodsDoNotCount() {
		KeyAccountConcentration c = KeyAccountConcentration.of(null, book(50, 50, -80), Thresholds.SEED);
		assertThat(c.total()).isEqualByComparingTo("100");
		assertThat(c.top()).hasSize(2);
		assertThat(c.top3Share()).isEqualByComparingTo("100.0");
		KeyAccountConcentration none = KeyAccountConcentration.of(null, List.of(), Thresholds.SEED);
		assertThat(none.alert()).isFalse();
		assertThat(none.top()).isEmpty();
	}

	@Test
	void theThresholdsAreConfigurable() {
		Thresholds strict = new Thresholds(new BigDecimal("25"), new BigDecimal("9"));
		assertThat(KeyAccountConcentration.of(null, book(10, 10, 10, 10, 10, 10, 10, 10, 10, 10), strict).alert())
			.isTrue();
	}

	@Test
	void fromEachManagersTotalAndThreeLargestItIsTheSameAsFromEveryCustomer() {
		// 12 customers of three managers, one with a negative net (returns), equal
		// amounts
		List<CustomerSales> all = new ArrayList<>();
		int[] amounts = { 50, 7, 30, 30, -5, 12, 44, 9, 30, 1, 18, 44 };
		for (int i = 0; i < amounts.length; i++) {
			all.add(new CustomerSales((long) i + 1, "KH" + i, "客户" + i, (long) (i % 3) + 1,
					BigDecimal.valueOf(amounts[i])));
		}
		List<com.huike.crm.customer.CustomerFigures.OwnerSales> owners = new ArrayList<>();
		for (long owner = 1; owner <= 3; owner++) {
			long o = owner;
			List<CustomerSales> positive = all.stream()
				.filter(s -> s.ownerId() == o && s.amount().signum() > 0)
				.sorted(java.util.Comparator.comparing(CustomerSales::amount)
					.reversed()
					.thenComparing(CustomerSales::customerId))
				.toList();
			owners.add(new com.huike.crm.customer.CustomerFigures.OwnerSales(owner,
					positive.stream().map(CustomerSales::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
					positive.subList(0, 3)));
		}
		KeyAccountConcentration fromCustomers = KeyAccountConcentration.of(null, all, Thresholds.SEED);
		KeyAccountConcentration fromOwners = KeyAccountConcentration.ofOwners(null, owners, Thresholds.SEED);
		assertThat(fromOwners).isEqualTo(fromCustomers);
		assertThat(fromOwners.total()).isEqualByComparingTo("275");
		assertThat(fromOwners.top()).extracting(CustomerSales::customerId).containsExactly(1L, 7L, 12L);
	}

}
