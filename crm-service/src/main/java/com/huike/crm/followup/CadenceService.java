package com.huike.crm.followup;

import java.util.EnumMap;
import java.util.Map;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.Activity;
import com.huike.crm.followup.domain.Cadence;
import com.huike.crm.followup.domain.CadenceRepository;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	public CadenceService(CadenceRepository cadences, ApplicationEventPublisher events) {
		this.cadences = cadences;
		this.events = events;
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
		Map<Grade, Integer> moved = new EnumMap<>(Grade.class);
		for (Cadence cadence : cadences.findAll()) {
			Integer value = days.getOrDefault(cadence.getActivity(), Map.of()).get(cadence.getGrade());
			if (cadence.getActivity() == Activity.FOLLOW_UP && !value.equals(cadence.getDays())) {
				moved.put(cadence.getGrade(), value);
			}
			cadence.change(value);
		}
		if (!moved.isEmpty()) {
			// the archive moves the due dates of the customers of these grades
			events.publishEvent(new CadenceChanged(moved));
		}
	}

}
