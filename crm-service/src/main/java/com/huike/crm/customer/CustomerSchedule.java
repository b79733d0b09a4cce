package com.huike.crm.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.Grade;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up schedule kept on the customer ({@code next_follow_up_on}, indexed with
 * the owner): the lists and counts the agenda, the team view and the grade distribution
 * show, and the decisions of the follow-up feature applied to it
 * ({@link TrackingDecided}, {@link FollowUpCadenceChanged}). Every list is a range scan
 * of the index {@code (owner_id, next_follow_up_on, grade, id)}: a manager's agenda costs
 * the same with a thousand customers as with a million in the table.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSchedule {

	/**
	 * The rows of one list: the keys are chosen and ordered from the index alone, then
	 * only the rows shown are read from the table.
	 */
	private static final String ROWS = "select c.id, c.code, c.name, c.company_name, c.mobile_phone, c.grade,"
			+ " c.next_follow_up_on, c.last_follow_up_at from (select k.id, k.grade, k.next_follow_up_on"
			+ " from customer k where k.owner_id = :owner and %s order by %s limit :size offset :offset) picked"
			+ " join customer c on c.id = picked.id order by %s";

	private final NamedParameterJdbcTemplate jdbc;

	private final CustomerRepository customers;

	private final Clock clock;

	public CustomerSchedule(NamedParameterJdbcTemplate jdbc, CustomerRepository customers, Clock clock) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.clock = clock;
	}

	/** The parts of a manager's schedule, as the agenda lists them. */
	public enum Due {

		/** Due today, by grade. */
		TODAY("k.next_follow_up_on = :today", "k.grade, k.id"),
		/** Due before today: by grade, then the longest overdue first. */
		OVERDUE("k.next_follow_up_on < :today", "k.grade, k.next_follow_up_on, k.id"),
		/** Due after today up to the horizon, soonest first. */
		UPCOMING("k.next_follow_up_on > :today and k.next_follow_up_on <= :horizon",
				"k.next_follow_up_on, k.grade, k.id");

		private final String range;

		private final String order;

		Due(String range, String order) {
			this.range = range;
			this.order = order;
		}

	}

	/**
	 * How many of a manager's customers are due today, overdue, and due up to the
	 * horizon.
	 */
	public record DueCounts(long dueToday, long overdue, long upcoming) {
	}

	/** A manager's book: customers in all, and those never followed up. */
	public record BookCount(long customers, long neverFollowedUp) {
	}

	public DueCounts counts(Long ownerId, LocalDate today, LocalDate horizon) {
		long[] counts = new long[3];
		jdbc.query(
				"select count(*) filter (where next_follow_up_on = :today) as due_today,"
						+ " count(*) filter (where next_follow_up_on < :today) as overdue,"
						+ " count(*) filter (where next_follow_up_on > :today) as upcoming"
						+ " from customer where owner_id = :owner and next_follow_up_on <= :horizon",
				params(ownerId, today, horizon), rs -> {
					counts[0] = rs.getLong("due_today");
					counts[1] = rs.getLong("overdue");
					counts[2] = rs.getLong("upcoming");
				});
		return new DueCounts(counts[0], counts[1], counts[2]);
	}

	/** One page of one part of a manager's schedule. */
	public List<ScheduledCustomer> due(Long ownerId, Due due, LocalDate today, LocalDate horizon, long offset,
			int size) {
		String sql = ROWS.formatted(due.range, due.order, due.order.replace("k.", "picked."));
		return jdbc.query(sql, params(ownerId, today, horizon).addValue("size", size).addValue("offset", offset),
				(rs, i) -> {
					Timestamp last = rs.getTimestamp("last_follow_up_at");
					return new ScheduledCustomer(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
							rs.getString("company_name"), rs.getString("mobile_phone"),
							Grade.valueOf(rs.getString("grade").strip()),
							rs.getObject("next_follow_up_on", LocalDate.class),
							(last != null) ? last.toInstant() : null);
				});
	}

	/**
	 * Due today or overdue: the small figure on the navigation bar, one index-only count.
	 */
	public long dueOrOverdue(Long ownerId, LocalDate today) {
		Long count = jdbc.queryForObject(
				"select count(*) from customer where owner_id = :owner and next_follow_up_on <= :today",
				new MapSqlParameterSource("owner", ownerId).addValue("today", today), Long.class);
		return (count != null) ? count : 0;
	}

	/** Overdue customers per manager and grade. */
	public Map<Long, Map<Grade, Long>> overdueByGrade(Collection<Long> ownerIds, LocalDate today) {
		return byOwnerAndGrade("select owner_id, grade, count(*) as n from customer where owner_id in (:owners)"
				+ " and next_follow_up_on < :today group by owner_id, grade", ownerIds, today);
	}

	/** Customers per manager and grade. */
	public Map<Long, Map<Grade, Long>> gradeCounts(Collection<Long> ownerIds) {
		return byOwnerAndGrade("select owner_id, grade, count(*) as n from customer where owner_id in (:owners)"
				+ " group by owner_id, grade", ownerIds, null);
	}

	/** Each manager's book: customers, and those never followed up. */
	public Map<Long, BookCount> books(Collection<Long> ownerIds) {
		Map<Long, BookCount> books = new HashMap<>();
		if (ownerIds.isEmpty()) {
			return books;
		}
		jdbc.query(
				"select owner_id, count(*) as n, count(*) filter (where last_follow_up_at is null) as never"
						+ " from customer where owner_id in (:owners) group by owner_id",
				new MapSqlParameterSource("owners", ownerIds), rs -> {
					books.put(rs.getLong("owner_id"), new BookCount(rs.getLong("n"), rs.getLong("never")));
				});
		return books;
	}

	/**
	 * Applies a tracking decision to the customer, in the transaction that reached it: a
	 * decision based on an archive version saved over meanwhile is refused.
	 */
	@EventListener
	@Transactional
	public void on(TrackingDecided decision) {
		Customer customer = customers.findById(decision.customerId())
			.orElseThrow(() -> new CustomerNotFoundException(decision.customerId()));
		if (customer.getVersion() != decision.customerVersion()) {
			throw new CustomerVersionConflictException(customer.getId(), customer.getVersion());
		}
		customer.track(decision.dealStatus(), decision.importance(), decision.urgency(), decision.need(),
				decision.grade(), decision.followedUpAt(), decision.nextFollowUpOn(), decision.decidedBy());
	}

	/**
	 * Moves every customer of a grade whose cadence changed to the day of its last
	 * follow-up (or creation) plus the new days, in one statement per grade.
	 */
	@EventListener
	@Transactional
	public void on(FollowUpCadenceChanged change) {
		change.changedFollowUpDays()
			.forEach((grade, days) -> jdbc.update(
					"update customer set next_follow_up_on = (coalesce(last_follow_up_at, created_at) at time zone"
							+ " :zone)::date + :days where grade = :grade",
					new MapSqlParameterSource("zone", clock.getZone().getId()).addValue("days", days)
						.addValue("grade", grade.name())));
	}

	private Map<Long, Map<Grade, Long>> byOwnerAndGrade(String sql, Collection<Long> ownerIds, LocalDate today) {
		Map<Long, Map<Grade, Long>> counts = new HashMap<>();
		if (ownerIds.isEmpty()) {
			return counts;
		}
		jdbc.query(sql, new MapSqlParameterSource("owners", ownerIds).addValue("today", today), rs -> {
			counts.computeIfAbsent(rs.getLong("owner_id"), k -> new EnumMap<>(Grade.class))
				.put(Grade.valueOf(rs.getString("grade").strip()), rs.getLong("n"));
		});
		return counts;
	}

	private static MapSqlParameterSource params(Long ownerId, LocalDate today, LocalDate horizon) {
		return new MapSqlParameterSource("owner", ownerId).addValue("today", today).addValue("horizon", horizon);
	}

}
