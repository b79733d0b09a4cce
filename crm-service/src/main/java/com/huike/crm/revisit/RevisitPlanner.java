package com.huike.crm.revisit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.calendar.WorkingDays;
import com.huike.crm.complaint.ComplaintHandled;
import com.huike.crm.customer.CustomerContact;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerTransactionService;
import com.huike.crm.revisit.domain.Revisit;
import com.huike.crm.revisit.domain.RevisitKind;
import com.huike.crm.revisit.domain.RevisitRepository;
import com.huike.crm.revisit.domain.RevisitSettings;
import com.huike.crm.revisit.domain.RevisitSettingsRepository;
import com.huike.crm.revisit.domain.TimeSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules the revisits: an after-complaint revisit when a complaint was handled (the
 * settings' days after the handling: 3–7 by default), and every night the satisfaction
 * revisits of the day's deliveries (transaction dates of the archives), due 7 to 15
 * working days after the delivery by default. Idempotent: one revisit per complaint and
 * per delivery of a customer (unique keys), and a customer who bought again shortly after
 * a revisited delivery is not called again for it (the settings' interval).
 */
@Service
@Transactional(readOnly = true)
public class RevisitPlanner {

	static final String RUN_NAME = "revisits";

	private static final int CHUNK = 1000;

	private static final Logger log = LoggerFactory.getLogger(RevisitPlanner.class);

	private final RevisitRepository revisits;

	private final RevisitSettingsRepository settings;

	private final CustomerTransactionService transactions;

	private final CustomerDirectory customers;

	private final WorkingDays workingDays;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RevisitPlanner(RevisitRepository revisits, RevisitSettingsRepository settings,
			CustomerTransactionService transactions, CustomerDirectory customers, WorkingDays workingDays,
			JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.revisits = revisits;
		this.settings = settings;
		this.transactions = transactions;
		this.customers = customers;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/**
	 * A complaint was handled: its revisit, the settings' minimum of days after the
	 * handling, at the latest their maximum. After the complaint's transaction commits,
	 * in a transaction of its own; the event publication registry keeps the event until
	 * this has run (and runs it again after a restart); a complaint revisited already is
	 * left alone.
	 */
	@ApplicationModuleListener
	public void on(ComplaintHandled handled) {
		schedule(handled);
	}

	/** The revisit of a handled complaint, once (see {@link #on}). */
	@Transactional
	public void schedule(ComplaintHandled handled) {
		if (handled.complaintId() == null || revisits.existsByComplaintId(handled.complaintId())) {
			return;
		}
		RevisitSettings s = current();
		LocalDate day = LocalDate.ofInstant(handled.handledAt(), clock.getZone());
		Long owner = null;
		String name = handled.callerName();
		String phone = handled.callerPhone();
		if (handled.customerId() != null) {
			CustomerContact contact = customers.contacts(List.of(handled.customerId())).get(handled.customerId());
			if (contact != null) {
				owner = contact.ownerId();
				name = (name == null || name.isBlank()) ? contact.name() : name;
				phone = (phone == null || phone.isBlank()) ? phoneOf(contact) : phone;
			}
		}
		RevisitWindows.Window window = RevisitWindows.afterComplaint(day, s.getComplaintMinDays(),
				s.getComplaintMaxDays());
		String department = (handled.department() == null || handled.department().isBlank()) ? s.getDeliveryDepartment()
				: handled.department();
		revisits
			.save(new Revisit(RevisitKind.AFTER_COMPLAINT,
					new Revisit.Party(handled.customerId(), owner, (name == null || name.isBlank()) ? "—" : name,
							phone),
					department, handled.complaintId(), null, window.dueOn(), window.latestOn(), TimeSlot.MORNING,
					clock.instant()));
	}

	/**
	 * The daily run: the satisfaction revisits of every delivery day up to yesterday not
	 * covered yet — after downtime the days missed too, as long as their window has not
	 * closed. Records the last day covered.
	 * @return the revisits scheduled
	 */
	@Transactional
	public int scheduleDeliveries(LocalDate today) {
		RevisitSettings s = current();
		RevisitWindows windows = windows();
		// every delivery up to yesterday (today's may still be entered): the agents see
		// the
		// revisits coming, in due order, before their window opens
		LocalDate last = today.minusDays(1);
		LocalDate earliest = windows.firstDeliveryOpen(today, s.getDeliveryMaxDays());
		// read with SQL: it is moved with SQL (see RevisitSettings)
		LocalDate covered = jdbc.queryForObject("select deliveries_covered_to from revisit_settings where id = ?",
				LocalDate.class, RevisitSettings.SINGLETON_ID);
		LocalDate from = (covered == null) ? earliest : later(covered.plusDays(1), earliest);
		int created = 0;
		for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
			created += scheduleDeliveriesOf(day, s, today);
		}
		jdbc.update("""
				update revisit_settings set deliveries_covered_to = greatest(coalesce(deliveries_covered_to, ?), ?)
				 where id = ?""", last, last, RevisitSettings.SINGLETON_ID);
		if (created > 0) {
			log.info("Satisfaction revisits scheduled for deliveries {} to {}: {}", from, last, created);
		}
		return created;
	}

	private RevisitWindows windows() {
		return new RevisitWindows(workingDays::addWorkingDays);
	}

	private int scheduleDeliveriesOf(LocalDate delivered, RevisitSettings s, LocalDate today) {
		List<Long> delivery = transactions.customersDeliveredOn(delivered);
		int created = 0;
		for (int i = 0; i < delivery.size(); i += CHUNK) {
			List<Long> chunk = delivery.subList(i, Math.min(delivery.size(), i + CHUNK));
			Map<Long, LocalDate> revisited = new HashMap<>();
			for (Object[] row : revisits.lastDeliveryRevisited(chunk)) {
				revisited.put((Long) row[0], (LocalDate) row[1]);
			}
			Map<Long, CustomerContact> contacts = customers.contacts(chunk);
			List<Revisit> batch = new ArrayList<>();
			for (Long customer : chunk) {
				LocalDate before = revisited.get(customer);
				if (before != null && !before.plusDays(s.getDeliveryIntervalDays()).isBefore(delivered)) {
					continue;
				}
				CustomerContact contact = contacts.get(customer);
				if (contact == null) {
					continue;
				}
				RevisitWindows.Window window = windows().afterDelivery(delivered, s.getDeliveryMinDays(),
						s.getDeliveryMaxDays());
				batch.add(new Revisit(RevisitKind.SATISFACTION,
						new Revisit.Party(customer, contact.ownerId(), contact.name(), phoneOf(contact)),
						s.getDeliveryDepartment(), null, delivered, window.dueOn(), window.latestOn(),
						slotFor(customer), clock.instant()));
			}
			revisits.saveAll(batch);
			created += batch.size();
		}
		return created;
	}

	/** Spreads the first calls over the slots of the day. */
	static TimeSlot slotFor(long customerId) {
		return (customerId % 3 == 2) ? TimeSlot.AFTERNOON : TimeSlot.MORNING;
	}

	private RevisitSettings current() {
		return settings.findById(RevisitSettings.SINGLETON_ID).orElseThrow();
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	static String phoneOf(CustomerContact contact) {
		if (contact.mobilePhone() != null && !contact.mobilePhone().isBlank()) {
			return contact.mobilePhone();
		}
		return (contact.officePhone() != null && !contact.officePhone().isBlank()) ? contact.officePhone()
				: contact.homePhone();
	}

}
