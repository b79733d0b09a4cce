package com.huike.crm.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.huike.crm.customer.CustomerFigures.CustomerSales;
import com.huike.crm.shared.demo.DemoContribution;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's key account (大户): in the last two months the largest customer of 一组
 * (supervisor1's region) placed four big group-purchase orders, enough for it to hold
 * about 23 % of the region's sales of the last three months — more than seed 002's 20 % —
 * so that the dashboard's concentration alert shows for 一组 (on supervisor1's home page
 * too) and not for all. The orders are sized from the demo's own sales, which move with
 * today.
 */
@Component
@Profile("demo")
@Order(25)
class KeyAccountDemoData implements DemoContribution {

	static final String NOTE = "团购大单";

	private static final BigDecimal SHARE = new BigDecimal("0.23");

	private static final BigDecimal PRICE = new BigDecimal("22500.00");

	private final JdbcTemplate jdbc;

	private final CustomerFigures figures;

	private final com.huike.crm.identity.IdentityService identity;

	KeyAccountDemoData(JdbcTemplate jdbc, CustomerFigures figures, com.huike.crm.identity.IdentityService identity) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.identity = identity;
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from customer_transaction where note = ?)",
				Boolean.class, NOTE))) {
			return Optional.empty();
		}
		List<Long> owners = identity.teamNames(new java.util.HashSet<>(identity.enabledManagerIds()))
			.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("一组"))
			.map(java.util.Map.Entry::getKey)
			.sorted()
			.toList();
		if (owners.isEmpty()) {
			return Optional.empty();
		}
		List<CustomerFigures.OwnerSales> sales = figures.salesByOwner(owners, today.minusMonths(3).plusDays(1), today);
		Optional<CustomerSales> largest = sales.stream()
			.flatMap(o -> o.top().stream())
			.min(java.util.Comparator.comparing(CustomerSales::amount, java.util.Comparator.reverseOrder())
				.thenComparing(CustomerSales::customerId));
		if (largest.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal total = sales.stream()
			.map(CustomerFigures.OwnerSales::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// (largest + x) / (total + x) = 23 %
		BigDecimal needed = SHARE.multiply(total)
			.subtract(largest.get().amount())
			.divide(BigDecimal.ONE.subtract(SHARE), 2, RoundingMode.UP);
		if (needed.signum() <= 0) {
			return Optional.empty();
		}
		int perOrder = needed.divide(PRICE.multiply(BigDecimal.valueOf(4)), 0, RoundingMode.UP).intValue();
		int[] daysAgo = { 52, 38, 21, 9 };
		for (int day : daysAgo) {
			jdbc.update(
					"""
							insert into customer_transaction (customer_id, transaction_date, product, model, quantity, unit_price,
							                                  amount, note)
							values (?, ?, '中华（硬）', '整件（50条）', ?, ?, ?, ?)""",
					largest.get().customerId(), today.minusDays(day), perOrder, PRICE,
					PRICE.multiply(BigDecimal.valueOf(perOrder)), NOTE);
		}
		return Optional.of("4 key-account orders");
	}

}
