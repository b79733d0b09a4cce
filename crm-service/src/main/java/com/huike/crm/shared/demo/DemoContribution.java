package com.huike.crm.shared.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One feature's part of the demo data (Spring profile {@code demo}): the feature writes
 * its own rows, into its own tables, and reaches other features through their services
 * and events, exactly as the application does. The application runs every contribution
 * once at start-up, in their {@code @Order}, each after the parts it builds on:
 * <ol>
 * <li>the demo accounts (1) and the demo customers (2), in {@code system};</li>
 * <li>follow-ups and grade history (10, {@code followup}): the customers' schedules move
 * with them;</li>
 * <li>the archive parts and the archive's history (20, {@code customer});</li>
 * <li>care reminders (30, {@code care});</li>
 * <li>demand registrations (40, {@code demand});</li>
 * <li>visit plans (50, {@code visitplan}): their done visits log follow-ups;</li>
 * <li>notifications (60, {@code notification}), from the visit plans' transitions.</li>
 * </ol>
 * A new feature adds one class implementing this, with the next free order.
 * <p>
 * A contribution is deterministic and relative to {@code today}: the same rows on every
 * fresh database on the same day, the same shape relative to a later day, so that the
 * demo always looks like a working day. It is idempotent: when its part is in the
 * database already (a restart; the embedded database keeps its data) it adds nothing.
 */
public interface DemoContribution {

	/** The demo's customer managers, who own the demo customers. */
	List<String> MANAGERS = List.of("manager1", "manager2", "manager3");

	/**
	 * The most customers of a manager a contribution works on: a demo book holds about a
	 * hundred (a database filled for a benchmark holds thousands more, which the demo
	 * leaves alone).
	 */
	int BOOK_LIMIT = 1000;

	/**
	 * Adds this part of the demo, unless it is there already.
	 * @param today the day the demo is made for, in the business's time zone
	 * @return what was added, for the log ("9,876 follow-ups, …"), or empty when the part
	 * was there already
	 */
	Optional<String> contribute(LocalDate today);

}
