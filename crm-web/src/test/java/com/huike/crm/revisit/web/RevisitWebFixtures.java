package com.huike.crm.revisit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.complaint.ComplaintHandled;
import com.huike.crm.revisit.RevisitPlanner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Revisits of new customers for the web tests, scheduled as a handled complaint schedules
 * them. Complaint numbers far above any the demo makes. A bean of the tests' context.
 */
@Component
public record RevisitWebFixtures(RevisitPlanner planner, CareWebFixtures customers, JdbcTemplate jdbc, Clock clock) {

	private static final AtomicLong COMPLAINTS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000));

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A revisit of a complaint about a new customer of manager1, handled days ago. */
	public Revisit handledDaysAgo(int days) {
		CareWebFixtures.Customer customer = customers.customer("manager1");
		long complaint = COMPLAINTS.incrementAndGet();
		planner.schedule(new ComplaintHandled(complaint, customer.id(), customer.name(), "13911112222", "售后服务部",
				Instant.now(clock).minus(days, ChronoUnit.DAYS)));
		Long id = jdbc.queryForObject("select id from revisit where complaint_id = ?", Long.class, complaint);
		return new Revisit(id, complaint, customer);
	}

	public long version(Long revisit) {
		return jdbc.queryForObject("select version from revisit where id = ?", Long.class, revisit);
	}

	public String status(Long revisit) {
		return jdbc.queryForObject("select status from revisit where id = ?", String.class, revisit);
	}

	public String slot(Long revisit) {
		return jdbc.queryForObject("select slot from revisit where id = ?", String.class, revisit);
	}

	public long itemOf(String kind, int position) {
		return jdbc.queryForObject(
				"select id from revisit_item where kind = ? and active order by position, id offset ? limit 1",
				Long.class, kind, position);
	}

	public record Revisit(Long id, long complaintId, CareWebFixtures.Customer customer) {
	}

}
