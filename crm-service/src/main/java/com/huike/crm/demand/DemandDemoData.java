package com.huike.crm.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.shared.demo.DemoRandom;
import com.huike.crm.shared.demo.TradeProduct;
import com.huike.crm.shared.demo.TradeProducts;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's demand registrations (缺货登记), made through {@link DemandService} as the
 * managers would: each manager's regular customers have asked for scarce cigarettes in
 * the last weeks. Two of those products arrived today (every customer waiting for them is
 * on the manager's agenda, to be told: 告知到货), others are still awaited; one product
 * arrived and its customers were told, and one customer no longer wants what was
 * registered.
 * <p>
 * Each step runs in the service's own transaction, as the pages run them: an arrival's
 * 告知到货 task is created once the arrival is committed.
 */
@Component
@Profile("demo")
@Order(40)
class DemandDemoData implements DemoContribution {

	static final long SEED = 20261127L;

	private static final String[] NOTES = { "客户要求到货后电话通知", "节前备货用", "老顾客预订", "客户想要整条", null, null };

	private final DemandService demands;

	private final CustomerDirectory customers;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	DemandDemoData(DemandService demands, CustomerDirectory customers, IdentityService identity, JdbcTemplate jdbc) {
		this.demands = demands;
		this.customers = customers;
		this.identity = identity;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE
			.equals(jdbc.queryForObject("select exists (select 1 from demand_registration)", Boolean.class))) {
			return Optional.empty();
		}
		List<TradeProduct> scarce = TradeProducts.scarce();
		// awaited: the dearest; arrived today: the next two; arrived and told: the last
		List<TradeProduct> arriving = scarce.subList(1, 3);
		TradeProduct told = scarce.get(3);
		TradeProduct outOfStock = TradeProducts.ALL.stream().filter(p -> !p.scarce()).findFirst().orElseThrow();
		List<Registered> toTell = new ArrayList<>();
		List<Registered> toCancel = new ArrayList<>();
		int registered = 0;
		for (String username : MANAGERS) {
			Viewer manager = identity.viewer(username).orElseThrow();
			SplittableRandom random = DemoRandom.of(SEED, manager.userId());
			List<CustomerCard> regulars = new ArrayList<>(customers.book(manager, PageRequest.of(0, BOOK_LIMIT))
				.stream()
				.filter(c -> c.dealStatus() == DealStatus.CLOSED && c.grade() != Grade.E)
				.sorted(Comparator.comparingLong(c -> DemoRandom.of(SEED, c.id()).nextLong()))
				.toList());
			if (regulars.size() < 8) {
				continue;
			}
			register(manager, regulars.remove(0), scarce.get(0), today, 1, 30, random);
			register(manager, regulars.remove(0), scarce.get(0), today, 1, 30, random);
			register(manager, regulars.remove(0), outOfStock, today, 1, 10, random);
			for (TradeProduct product : arriving) {
				register(manager, regulars.remove(0), product, today, 5, 25, random);
			}
			toTell.add(register(manager, regulars.remove(0), told, today, 20, 40, random));
			toCancel.add(register(manager, regulars.remove(0), outOfStock, today, 15, 45, random));
			registered += 7;
		}
		if (registered == 0) {
			return Optional.empty();
		}
		Viewer first = toTell.get(0).manager();
		for (TradeProduct product : arriving) {
			demands.markArrived(product.name(), first);
		}
		demands.markArrived(told.name(), first);
		toTell.forEach(r -> demands.told(r.id(), ToldChannel.PHONE, "已电话通知，客户当天来店取货", r.manager()));
		toCancel.forEach(r -> demands.cancel(r.id(), "客户改订其他品规，不再需要", r.manager()));
		return Optional.of(registered + " demand registrations (" + arriving.size() + " products arrived today)");
	}

	private Registered register(Viewer manager, CustomerCard customer, TradeProduct product, LocalDate today,
			int minDaysAgo, int maxDaysAgo, SplittableRandom random) {
		int quantity = product.scarce() ? DemoRandom.between(random, 1, 5) : DemoRandom.between(random, 2, 10);
		LocalDate requested = today.minusDays(DemoRandom.between(random, minDaysAgo, maxDaysAgo));
		Long id = demands.register(
				new NewDemand(customer.id(), null, product.name(), quantity, requested, DemoRandom.pick(random, NOTES)),
				manager);
		return new Registered(id, manager);
	}

	private record Registered(Long id, Viewer manager) {
	}

}
