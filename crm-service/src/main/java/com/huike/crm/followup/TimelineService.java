package com.huike.crm.followup;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's timeline: follow-ups, grade changes, archive changes and care reminders
 * done or skipped together, newest first. A grade changed during a follow-up shows on
 * that follow-up, with its reason. Values of sensitive archive fields are never shown
 * here.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private static final String EVENTS = "select 'FOLLOW_UP' as kind, f.id, f.occurred_at as at, f.logged_by as actor,"
			+ " f.channel, f.content as text, f.outcome, f.next_step, f.grade_before::text as old_value,"
			+ " f.grade_after::text as new_value, null as section, null as field,"
			+ " (select g.reason from grade_change g where g.follow_up_id = f.id limit 1) as reason,"
			+ " false as sensitive from follow_up f where f.customer_id = :customer"
			+ " union all select 'GRADE', g.id, g.changed_at, g.changed_by, null, null, null, null,"
			+ " g.old_grade::text, g.new_grade::text, null, null, g.reason, false"
			+ " from grade_change g where g.customer_id = :customer and g.follow_up_id is null"
			+ " union all select 'ARCHIVE', c.id, c.changed_at, c.changed_by, null, null, null, null,"
			+ " case when c.sensitive then null else c.old_value end, case when c.sensitive then null else c.new_value end,"
			+ " c.section, c.field, null, c.sensitive from customer_change c where c.customer_id = :customer"
			// care reminders done or skipped (客户关怀): the care kind travels in text, the
			// status in
			// outcome, the channel in next_step, the occasion date in old_value, the
			// detail in new_value
			+ " union all select 'CARE', t.id, t.closed_at, t.closed_by, null, t.kind, t.status, t.channel,"
			+ " t.occasion_date::text, t.detail, null, null, t.note, false"
			+ " from care_task t where t.customer_id = :customer and t.status <> 'OPEN'";

	private final ScopedCustomers customers;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	public TimelineService(ScopedCustomers customers, IdentityService identity, NamedParameterJdbcTemplate jdbc) {
		this.customers = customers;
		this.identity = identity;
		this.jdbc = jdbc;
	}

	public Page<TimelineEntry> timeline(Long customerId, Viewer viewer, Pageable pageable) {
		customers.tracked(customerId, viewer);
		MapSqlParameterSource params = new MapSqlParameterSource("customer", customerId)
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		Long total = jdbc.queryForObject("select (select count(*) from follow_up where customer_id = :customer)"
				+ " + (select count(*) from grade_change where customer_id = :customer and follow_up_id is null)"
				+ " + (select count(*) from customer_change where customer_id = :customer)"
				+ " + (select count(*) from care_task where customer_id = :customer and status <> 'OPEN')", params,
				Long.class);
		if (total == null || total == 0) {
			return Page.empty(pageable);
		}
		record Raw(TimelineEntry.Kind kind, Long id, Timestamp at, Long actor, String channel, String text,
				String outcome, String nextStep, String oldValue, String newValue, String section, String field,
				String reason, boolean sensitive) {
		}
		List<Raw> raws = jdbc.query(
				"select * from (" + EVENTS + ") e order by e.at desc, e.kind, e.id desc"
						+ " limit :limit offset :offset",
				params,
				(rs, i) -> new Raw(TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
						rs.getTimestamp("at"), (Long) rs.getObject("actor", Long.class), rs.getString("channel"),
						rs.getString("text"), rs.getString("outcome"), rs.getString("next_step"),
						trim(rs.getString("old_value")), trim(rs.getString("new_value")), rs.getString("section"),
						rs.getString("field"), rs.getString("reason"), rs.getBoolean("sensitive")));
		Set<Long> actors = new HashSet<>();
		raws.forEach(r -> {
			if (r.actor() != null) {
				actors.add(r.actor());
			}
		});
		Map<Long, String> names = new HashMap<>(identity.displayNames(actors));
		List<TimelineEntry> entries = raws.stream()
			.map(r -> new TimelineEntry(r.kind(), r.id(), r.at().toInstant(), names.get(r.actor()), r.channel(),
					r.text(), r.outcome(), r.nextStep(), r.oldValue(), r.newValue(), r.section(), r.field(), r.reason(),
					r.sensitive()))
			.toList();
		return new PageImpl<>(entries, pageable, total);
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : null;
	}

}
