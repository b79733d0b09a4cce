package com.huike.crm.revisit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.huike.crm.calendar.WorkingDays;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerContact;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.domain.CallOutcome;
import com.huike.crm.revisit.domain.Revisit;
import com.huike.crm.revisit.domain.RevisitItem;
import com.huike.crm.revisit.domain.RevisitItemRepository;
import com.huike.crm.revisit.domain.RevisitKind;
import com.huike.crm.revisit.domain.RevisitRepository;
import com.huike.crm.revisit.domain.RevisitSettings;
import com.huike.crm.revisit.domain.RevisitSettingsRepository;
import com.huike.crm.revisit.domain.TimeSlot;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.shared.demo.DemoRandom;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three months of revisits, as the nightly job and {@code agent1} would have left them:
 * the satisfaction revisits of the archives' deliveries (the nightly run replayed for
 * every day of the three months), and a couple of after-complaint revisits a week (of
 * complaints the demo does not hold: they name no complaint). Those whose window has
 * passed were worked: most reached and scored (some after a call or two in other slots; a
 * few with a problem still open), some closed as unreachable after the attempts allowed;
 * of those due now, some untouched, some rescheduled after a missed call, some done. The
 * queue and the reports show a working day.
 */
@Component
@Profile("demo")
@Order(70)
class RevisitDemoData implements DemoContribution {

	private static final long SEED = 1010;

	private static final int DAYS = 92;

	private static final String[] FEEDBACK = { "送货及时，很满意", "客户经理服务热情", "希望新品能早点到", "整体满意", "送货员态度好", "希望订货系统更方便",
			"没什么意见", "包装有轻微破损，但不影响" };

	private static final String[] PROBLEMS = { "最近两次送货都晚了半天", "少送了一条，已经和送货员说过", "附近有人低价卖同款烟，怀疑窜货", "客户经理很久没来拜访了",
			"发票还没收到" };

	private static final String[] DEPARTMENTS = { "售后服务部", "物流配送部", "市场部" };

	private final RevisitPlanner planner;

	private final RevisitRepository revisits;

	private final RevisitItemRepository items;

	private final RevisitSettingsRepository settings;

	private final CustomerDirectory customers;

	private final IdentityService identity;

	private final WorkingDays workingDays;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	private final Clock clock;

	RevisitDemoData(RevisitPlanner planner, RevisitRepository revisits, RevisitItemRepository items,
			RevisitSettingsRepository settings, CustomerDirectory customers, IdentityService identity,
			WorkingDays workingDays, JdbcTemplate jdbc, Clock clock) {
		this.planner = planner;
		this.revisits = revisits;
		this.items = items;
		this.settings = settings;
		this.customers = customers;
		this.identity = identity;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.zone = clock.getZone();
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from revisit where kind = 'SATISFACTION')",
				Boolean.class))) {
			return Optional.empty();
		}
		Optional<Long> agent = identity.userIdOf("agent1");
		if (agent.isEmpty()) {
			return Optional.empty();
		}
		// the nightly run, day by day over the three months
		for (LocalDate day = today.minusDays(DAYS); !day.isAfter(today); day = day.plusDays(1)) {
			planner.scheduleDeliveries(day);
		}
		List<Revisit> made = new ArrayList<>(revisits.findAll());
		if (!jdbc.queryForObject("select exists (select 1 from revisit where kind = 'AFTER_COMPLAINT')",
				Boolean.class)) {
			made.addAll(afterComplaints(today));
		}
		RevisitSettings s = settings.findById(RevisitSettings.SINGLETON_ID).orElseThrow();
		Map<RevisitKind, List<Long>> itemIds = new HashMap<>();
		for (RevisitKind kind : RevisitKind.values()) {
			itemIds.put(kind,
					items.findByKindAndActiveTrueOrderByPositionAscIdAsc(kind)
						.stream()
						.map(RevisitItem::getId)
						.toList());
		}
		int done = 0;
		int unreachable = 0;
		int rescheduled = 0;
		for (Revisit r : made) {
			SplittableRandom random = DemoRandom.of(SEED, r.getId());
			boolean passed = r.getLatestOn().isBefore(today);
			boolean dueNow = !r.getDueOn().isAfter(today);
			if (!dueNow) {
				continue;
			}
			if (passed) {
				double roll = random.nextDouble();
				if (roll < 0.14) {
					missAll(r, s.getMaxAttempts(), agent.get(), random);
					unreachable++;
				}
				else {
					int misses = (roll < 0.40) ? DemoRandom.between(random, 1, s.getMaxAttempts() - 1) : 0;
					if (miss(r, misses, agent.get(), random, today)) {
						reach(r, itemIds.get(r.getKind()), agent.get(), random, today);
						done++;
					}
				}
			}
			else if (r.getDueOn().isBefore(today)) {
				double roll = random.nextDouble();
				if (roll < 0.5) {
					if (miss(r, DemoRandom.between(random, 1, Math.max(1, s.getMaxAttempts() - 1)), agent.get(), random,
							today)) {
						rescheduled++;
					}
				}
				else if (roll < 0.7) {
					reach(r, itemIds.get(r.getKind()), agent.get(), random, today);
					done++;
				}
			}
		}
		revisits.saveAll(made);
		return Optional.of("%,d revisits (%,d done, %,d unreachable, %,d rescheduled)".formatted(made.size(), done,
				unreachable, rescheduled));
	}

	/** Two or three revisits a week of complaints handled over the three months. */
	private List<Revisit> afterComplaints(LocalDate today) {
		List<CustomerCard> cards = new ArrayList<>();
		for (String manager : MANAGERS) {
			Optional<Viewer> viewer = identity.viewer(manager);
			viewer.ifPresent(v -> cards.addAll(customers.book(v, PageRequest.of(0, 40)).getContent()));
		}
		if (cards.isEmpty()) {
			return List.of();
		}
		Map<Long, CustomerContact> contacts = customers.contacts(cards.stream().map(CustomerCard::id).toList());
		RevisitSettings s = settings.findById(RevisitSettings.SINGLETON_ID).orElseThrow();
		List<Revisit> made = new ArrayList<>();
		int n = 0;
		for (LocalDate handled = today.minusDays(DAYS); handled.isBefore(today); handled = handled.plusDays(3)) {
			SplittableRandom random = DemoRandom.of(SEED + 1, handled.toEpochDay());
			CustomerCard card = cards.get((n++ * 7) % cards.size());
			CustomerContact contact = contacts.get(card.id());
			if (contact == null) {
				continue;
			}
			RevisitWindows.Window window = RevisitWindows.afterComplaint(handled, s.getComplaintMinDays(),
					s.getComplaintMaxDays());
			made.add(
					revisits.save(new Revisit(RevisitKind.AFTER_COMPLAINT,
							new Revisit.Party(contact.id(), contact.ownerId(), contact.name(),
									RevisitPlanner.phoneOf(contact)),
							DemoRandom.pick(random, DEPARTMENTS), null, null, window.dueOn(), window.latestOn(),
							TimeSlot.MORNING, clock.instant())));
		}
		return made;
	}

	/**
	 * Calls that do not reach the customer, each in the slot the revisit was moved to.
	 * @return false when the revisit got closed as unreachable meanwhile
	 */
	private boolean miss(Revisit r, int times, Long agent, SplittableRandom random, LocalDate today) {
		for (int i = 0; i < times; i++) {
			if (!r.getDueOn().isBefore(today)) {
				return r.isOpen();
			}
			LocalDate day = r.getDueOn();
			TimeSlot slot = r.getSlot();
			r.notReached(outcome(random), slot, agent, at(day, slot, random), null, Integer.MAX_VALUE, day,
					workingDays.addWorkingDays(day, 1));
		}
		return r.isOpen();
	}

	private void missAll(Revisit r, int maxAttempts, Long agent, SplittableRandom random) {
		while (r.isOpen()) {
			LocalDate day = r.getDueOn();
			TimeSlot slot = r.getSlot();
			r.notReached(outcome(random), slot, agent, at(day, slot, random), null, maxAttempts, day,
					workingDays.addWorkingDays(day, 1));
		}
	}

	private void reach(Revisit r, List<Long> itemIds, Long agent, SplittableRandom random, LocalDate today) {
		LocalDate day = r.getDueOn().isBefore(today) ? r.getDueOn() : today.minusDays(1);
		Map<Long, Integer> scores = new HashMap<>();
		boolean unhappy = DemoRandom.chance(random, 0.1);
		for (Long item : itemIds) {
			scores.put(item, unhappy ? DemoRandom.between(random, 1, 3) : DemoRandom.between(random, 3, 5));
		}
		String problem = (unhappy && DemoRandom.chance(random, 0.7)) ? DemoRandom.pick(random, PROBLEMS) : null;
		r.reached(scores, itemIds, DemoRandom.pick(random, FEEDBACK), problem, r.getSlot(), agent,
				at(day, r.getSlot(), random));
	}

	private static CallOutcome outcome(SplittableRandom random) {
		double roll = random.nextDouble();
		return (roll < 0.6) ? CallOutcome.NO_ANSWER
				: (roll < 0.85) ? CallOutcome.BUSY : (roll < 0.95) ? CallOutcome.REFUSED : CallOutcome.WRONG_NUMBER;
	}

	private Instant at(LocalDate day, TimeSlot slot, SplittableRandom random) {
		LocalTime start = switch (slot) {
			case MORNING -> LocalTime.of(9, 0);
			case AFTERNOON -> LocalTime.of(14, 0);
			case EVENING -> LocalTime.of(18, 30);
		};
		return day.atTime(start.plusMinutes(random.nextInt(150))).atZone(zone).toInstant();
	}

}
