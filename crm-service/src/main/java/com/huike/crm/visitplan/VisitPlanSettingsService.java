package com.huike.crm.visitplan;

import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.visitplan.domain.VisitActionType;
import com.huike.crm.visitplan.domain.VisitActionTypeRepository;
import com.huike.crm.visitplan.domain.VisitPlanSettings;
import com.huike.crm.visitplan.domain.VisitPlanSettingsRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrator keeps for the visit plans: the kinds of action (营销动作) and the
 * most actions a generated plan puts on one working day.
 */
@Service
@Transactional(readOnly = true)
public class VisitPlanSettingsService {

	private final VisitActionTypeRepository actionTypes;

	private final VisitPlanSettingsRepository settings;

	VisitPlanSettingsService(VisitActionTypeRepository actionTypes, VisitPlanSettingsRepository settings) {
		this.actionTypes = actionTypes;
		this.settings = settings;
	}

	@Transactional
	public Long addActionType(String name, String nameEn, Viewer viewer) {
		checkAdmin(viewer);
		String clean = validName(name);
		if (actionTypes.findByName(clean).isPresent()) {
			throw new RuleViolationException("name", "visitplan.actionType.taken");
		}
		int position = actionTypes.findAllByOrderByPositionAscIdAsc()
			.stream()
			.mapToInt(VisitActionType::getPosition)
			.max()
			.orElse(0) + 1;
		return actionTypes.save(new VisitActionType(clean, validNameEn(nameEn), position)).getId();
	}

	@Transactional
	public void changeActionType(Long id, String name, String nameEn, boolean active, Viewer viewer) {
		checkAdmin(viewer);
		VisitActionType type = actionTypes.findById(id).orElseThrow(() -> new NotFoundException("action type", id));
		String clean = validName(name);
		actionTypes.findByName(clean).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new RuleViolationException("name", "visitplan.actionType.taken");
		});
		if (!active && type.isActive()
				&& actionTypes.findAll().stream().filter(VisitActionType::isActive).count() <= 1) {
			throw new RuleViolationException("active", "visitplan.actionType.lastActive");
		}
		type.rename(clean, validNameEn(nameEn));
		type.activate(active);
	}

	@Transactional
	public void changeMaxPerDay(Integer maxPerDay, Viewer viewer) {
		checkAdmin(viewer);
		if (maxPerDay == null || maxPerDay < 1 || maxPerDay > VisitPlanSettings.MAX_PER_DAY_LIMIT) {
			throw new RuleViolationException("maxPerDay", "visitplan.maxPerDay.range",
					VisitPlanSettings.MAX_PER_DAY_LIMIT);
		}
		settings.findById(VisitPlanSettings.SINGLETON_ID).orElseThrow().changeMaxPerDay(maxPerDay);
	}

	private static String validName(String name) {
		if (name == null || name.isBlank()) {
			throw new RuleViolationException("name", "visitplan.actionType.nameRequired");
		}
		if (name.strip().length() > 50) {
			throw new RuleViolationException("name", "visitplan.actionType.nameTooLong");
		}
		return name.strip();
	}

	private static String validNameEn(String nameEn) {
		if (nameEn != null && nameEn.strip().length() > 50) {
			throw new RuleViolationException("nameEn", "visitplan.actionType.nameTooLong");
		}
		return nameEn;
	}

	private static void checkAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("administrators only");
		}
	}

}
