package com.huike.crm.followup;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.Activity;
import com.huike.crm.followup.domain.Cadence;
import com.huike.crm.followup.domain.CadenceRepository;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadences per grade and activity, which the administrator sets. Changing a follow-up
 * cadence moves the next due date of every customer of that grade at once.
 */
@Service
@Transactional(readOnly = true)
public class CadenceService {

	private final CadenceRepository cadences;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	public CadenceService(CadenceRepository cadences, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.cadences = cadences;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The cadences in force. */
	public CadenceTable table() {
		Map<Grade, Integer> followUps = new EnumMap<>(Grade.class);
		Map<Grade, Integer> visits = new EnumMap<>(Grade.class);
		for (Cadence cadence : cadences.findAll()) {
			if (cadence.getDays() == null) {
				continue;
			}
			(cadence.getActivity() == Activity.FOLLOW_UP ? followUps : visits).put(cadence.getGrade(),
					cadence.getDays());
		}
		return new CadenceTable(followUps, visits);
	}

	/**
	 * Sets the cadences (days per activity and grade; a missing visit cadence means no
	 * regular visits). Only the administrator may.
	 */
	@Transactional
	public void update(Map<Activity, Map<Grade, Integer>> days, Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new CustomerAccessDeniedException();
		}
		for (Activity activity : Activity.values()) {
			for (Grade grade : Grade.values()) {
				Integer value = days.getOrDefault(activity, Map.of()).get(grade);
				if (value == null && activity == Activity.FOLLOW_UP) {
					throw new RuleViolationException(activity.name() + "_" + grade.name(), "cadence.required");
				}
				if (value != null && value < 1) {
					throw new RuleViolationException(activity.name() + "_" + grade.name(), "cadence.positive");
				}
			}
		}
		List<Cadence> all = cadences.findAll();
		for (Cadence cadence : all) {
			Integer value = days.getOrDefault(cadence.getActivity(), Map.of()).get(cadence.getGrade());
			boolean moved = cadence.getActivity() == Activity.FOLLOW_UP && !value.equals(cadence.getDays());
			cadence.change(value);
			if (moved) {
				reschedule(cadence.getGrade(), value);
			}
		}
	}

	private void reschedule(Grade grade, int days) {
		jdbc.update(
				"update customer set next_follow_up_on = (coalesce(last_follow_up_at, created_at) at time zone"
						+ " :zone)::date + :days where grade = :grade",
				new MapSqlParameterSource("zone", clock.getZone().getId()).addValue("days", days)
					.addValue("grade", grade.name()));
	}

}
