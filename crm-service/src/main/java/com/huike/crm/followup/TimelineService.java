package com.huike.crm.followup;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.CareTimelineEntry;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerProfileService;
import com.huike.crm.customer.ProfileChange;
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
 * here. The follow-ups and grade changes are this feature's; the archive changes come
 * from the customer feature and the care reminders from the care feature, through their
 * services: a page of {@code size} rows at {@code offset} merges the newest
 * {@code offset + size} of each.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private static final String EVENTS = "select 'FOLLOW_UP' as kind, f.id, f.occurred_at as at, f.logged_by as actor,"
			+ " f.channel, f.content as text, f.outcome, f.next_step, f.grade_before::text as old_value,"
			+ " f.grade_after::text as new_value,"
			+ " (select g.reason from grade_change g where g.follow_up_id = f.id limit 1) as reason"
			+ " from follow_up f where f.customer_id = :customer"
			+ " union all select 'GRADE', g.id, g.changed_at, g.changed_by, null, null, null, null,"
			+ " g.old_grade::text, g.new_grade::text, g.reason"
			+ " from grade_change g where g.customer_id = :customer and g.follow_up_id is null";

	/**
	 * The order of the timeline: newest first, then by kind and id (as one list would
	 * sort).
	 */
	private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
		.reversed()
		.thenComparing(e -> e.kind().name())
		.thenComparing(Comparator.comparing(TimelineEntry::id).reversed());

	private final CustomerDirectory customers;

	private final CustomerProfileService archives;

	private final CareTaskService care;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	public TimelineService(CustomerDirectory customers, CustomerProfileService archives, CareTaskService care,
			IdentityService identity, NamedParameterJdbcTemplate jdbc) {
		this.customers = customers;
		this.archives = archives;
		this.care = care;
		this.identity = identity;
		this.jdbc = jdbc;
	}

	public Page<TimelineEntry> timeline(Long customerId, Viewer viewer, Pageable pageable) {
		customers.editable(customerId, viewer);
		int needed = (int) Math.min(Integer.MAX_VALUE, pageable.getOffset() + pageable.getPageSize());
		MapSqlParameterSource params = new MapSqlParameterSource("customer", customerId).addValue("limit", needed);
		Long own = jdbc.queryForObject("select (select count(*) from follow_up where customer_id = :customer)"
				+ " + (select count(*) from grade_change where customer_id = :customer and follow_up_id is null)",
				params, Long.class);
		Page<ProfileChange> changes = archives.recentChanges(customerId, viewer, needed);
		Page<CareTimelineEntry> closed = care.timelineOf(customerId, viewer, needed);
		long total = ((own != null) ? own : 0) + changes.getTotalElements() + closed.getTotalElements();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<TimelineEntry> merged = new ArrayList<>(followUpsAndGrades(params));
		changes.forEach(c -> merged
			.add(new TimelineEntry(TimelineEntry.Kind.ARCHIVE, c.id(), c.changedAt(), c.changedByName(), null, null,
					null, null, trim(c.oldValue()), trim(c.newValue()), c.section(), c.field(), null, c.sensitive())));
		// care reminders done or skipped (客户关怀): the care kind travels in text, the
		// status in outcome, the channel in next step, the occasion date in the old
		// value, the detail in the new value
		closed.forEach(t -> merged.add(new TimelineEntry(TimelineEntry.Kind.CARE, t.taskId(), t.at(), t.byName(), null,
				t.kind().name(), t.status().name(), (t.channel() != null) ? t.channel().name() : null,
				String.valueOf(t.occasionDate()), t.detail(), null, null, t.note(), false)));
		merged.sort(NEWEST_FIRST);
		int from = (int) Math.min(pageable.getOffset(), merged.size());
		int to = Math.min(from + pageable.getPageSize(), merged.size());
		return new PageImpl<>(List.copyOf(merged.subList(from, to)), pageable, total);
	}

	private List<TimelineEntry> followUpsAndGrades(MapSqlParameterSource params) {
		record Raw(TimelineEntry.Kind kind, Long id, Timestamp at, Long actor, String channel, String text,
				String outcome, String nextStep, String oldValue, String newValue, String reason) {
		}
		List<Raw> raws = jdbc.query(
				"select * from (" + EVENTS + ") e order by e.at desc, e.kind, e.id desc limit :limit", params,
				(rs, i) -> new Raw(TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
						rs.getTimestamp("at"), (Long) rs.getObject("actor", Long.class), rs.getString("channel"),
						rs.getString("text"), rs.getString("outcome"), rs.getString("next_step"),
						trim(rs.getString("old_value")), trim(rs.getString("new_value")), rs.getString("reason")));
		Set<Long> actors = new HashSet<>();
		raws.forEach(r -> {
			if (r.actor() != null) {
				actors.add(r.actor());
			}
		});
		Map<Long, String> names = new HashMap<>(identity.displayNames(actors));
		return raws.stream()
			.map(r -> new TimelineEntry(r.kind(), r.id(), r.at().toInstant(), names.get(r.actor()), r.channel(),
					r.text(), r.outcome(), r.nextStep(), r.oldValue(), r.newValue(), null, null, r.reason(), false))
			.toList();
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : null;
	}

}
