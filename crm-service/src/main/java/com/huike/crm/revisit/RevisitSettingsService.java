package com.huike.crm.revisit;

import java.util.List;
import java.util.Map;

import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.domain.RevisitItem;
import com.huike.crm.revisit.domain.RevisitItemRepository;
import com.huike.crm.revisit.domain.RevisitKind;
import com.huike.crm.revisit.domain.RevisitScript;
import com.huike.crm.revisit.domain.RevisitScriptRepository;
import com.huike.crm.revisit.domain.RevisitSettings;
import com.huike.crm.revisit.domain.RevisitSettingsRepository;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the customer-service manager keeps for the revisits: the script (回访话术) and the
 * service items to score of each kind, the windows and the attempts allowed. The
 * administrator may too; nobody else (403).
 */
@Service
@Transactional(readOnly = true)
public class RevisitSettingsService {

	private final RevisitScriptRepository scripts;

	private final RevisitItemRepository items;

	private final RevisitSettingsRepository settings;

	RevisitSettingsService(RevisitScriptRepository scripts, RevisitItemRepository items,
			RevisitSettingsRepository settings) {
		this.scripts = scripts;
		this.items = items;
		this.settings = settings;
	}

	/** The script and the items of a kind. */
	public KindSetup setup(RevisitKind kind, Viewer viewer) {
		RevisitAccess.checkConfigure(viewer);
		RevisitScript script = scripts.findById(kind).orElseThrow();
		return new KindSetup(kind, script.getScript(), script.getVersion(),
				items.findByKindOrderByPositionAscIdAsc(kind)
					.stream()
					.map(i -> new ItemView(i.getId(), i.getName(), i.getNameEn(), i.isActive(), i.getVersion()))
					.toList());
	}

	public SettingsView settings(Viewer viewer) {
		RevisitAccess.checkConfigure(viewer);
		RevisitSettings s = current();
		return new SettingsView(s.getComplaintMinDays(), s.getComplaintMaxDays(), s.getDeliveryMinDays(),
				s.getDeliveryMaxDays(), s.getDeliveryIntervalDays(), s.getMaxAttempts(), s.getDeliveryDepartment(),
				s.getDeliveriesCoveredTo(), s.getVersion());
	}

	@Transactional
	public void rewriteScript(RevisitKind kind, long version, String script, Viewer viewer) {
		RevisitAccess.checkConfigure(viewer);
		RevisitScript current = scripts.findById(kind).orElseThrow();
		checkVersion(current.getVersion(), version, "revisit script " + kind);
		if (script == null || script.isBlank()) {
			throw new RuleViolationException("script", "revisit.script.required");
		}
		if (script.strip().length() > RevisitScript.MAX) {
			throw new RuleViolationException("script", "revisit.text.tooLong", RevisitScript.MAX);
		}
		if (Text.hasControlCharacters(script)) {
			throw new RuleViolationException("script", "revisit.text.control");
		}
		current.rewrite(script.replace("\r\n", "\n"));
	}

	@Transactional
	public Long addItem(RevisitKind kind, String name, String nameEn, Viewer viewer) {
		RevisitAccess.checkConfigure(viewer);
		String clean = validName(name, "name");
		validName(nameEn, null);
		if (items.findByKindAndName(kind, clean).isPresent()) {
			throw new RuleViolationException("name", "revisit.item.taken");
		}
		int position = items.findByKindOrderByPositionAscIdAsc(kind)
			.stream()
			.mapToInt(RevisitItem::getPosition)
			.max()
			.orElse(0) + 1;
		return items.save(new RevisitItem(kind, clean, nameEn, position)).getId();
	}

	@Transactional
	public void changeItem(Long id, long version, String name, String nameEn, boolean active, Viewer viewer) {
		RevisitAccess.checkConfigure(viewer);
		RevisitItem item = items.findById(id).orElseThrow(() -> new NotFoundException("revisit item", id));
		checkVersion(item.getVersion(), version, "revisit item " + id);
		String clean = validName(name, "name");
		validName(nameEn, null);
		items.findByKindAndName(item.getKind(), clean).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new RuleViolationException("name", "revisit.item.taken");
		});
		if (!active && item.isActive()
				&& items.findByKindAndActiveTrueOrderByPositionAscIdAsc(item.getKind()).size() <= 1) {
			throw new RuleViolationException("active", "revisit.item.lastActive");
		}
		item.rename(clean, nameEn);
		item.activate(active);
	}

	@Transactional
	public void change(SettingsView changed, Viewer viewer) {
		RevisitAccess.checkConfigure(viewer);
		RevisitSettings s = current();
		checkVersion(s.getVersion(), changed.version(), "revisit settings");
		new Ranges().days("complaintMinDays", changed.complaintMinDays())
			.days("complaintMaxDays", changed.complaintMaxDays())
			.days("deliveryMinDays", changed.deliveryMinDays())
			.days("deliveryMaxDays", changed.deliveryMaxDays())
			.range("deliveryIntervalDays", changed.deliveryIntervalDays(), 0, RevisitSettings.INTERVAL_LIMIT)
			.range("maxAttempts", changed.maxAttempts(), 1, RevisitSettings.ATTEMPTS_LIMIT)
			.order("complaintMaxDays", changed.complaintMinDays(), changed.complaintMaxDays())
			.order("deliveryMaxDays", changed.deliveryMinDays(), changed.deliveryMaxDays())
			.check();
		String department = validName(changed.deliveryDepartment(), "deliveryDepartment");
		s.change(changed.complaintMinDays(), changed.complaintMaxDays(), changed.deliveryMinDays(),
				changed.deliveryMaxDays(), changed.deliveryIntervalDays(), changed.maxAttempts(), department);
	}

	private RevisitSettings current() {
		return settings.findById(RevisitSettings.SINGLETON_ID).orElseThrow();
	}

	private static void checkVersion(long current, long given, String what) {
		if (current != given) {
			throw new ConflictException(what + " changed", ConflictException.VERSION, Map.of("currentVersion", current),
					"revisit.version.conflict");
		}
	}

	private static String validName(String name, String field) {
		if (name == null || name.isBlank()) {
			if (field == null) {
				return null;
			}
			throw new RuleViolationException(field, "revisit.item.nameRequired");
		}
		if (name.strip().length() > RevisitItem.NAME_MAX) {
			throw new RuleViolationException((field != null) ? field : "nameEn", "revisit.item.nameTooLong",
					RevisitItem.NAME_MAX);
		}
		if (Text.hasControlCharacters(name)) {
			throw new RuleViolationException((field != null) ? field : "nameEn", "revisit.text.control");
		}
		return name.strip();
	}

	/** Collects every out-of-range value, so that the form shows them all at once. */
	private static final class Ranges {

		private final List<RuleViolationException.Violation> errors = new java.util.ArrayList<>();

		Ranges days(String field, Integer value) {
			return range(field, value, 0, RevisitSettings.WINDOW_LIMIT);
		}

		Ranges range(String field, Integer value, int min, int max) {
			if (value == null || value < min || value > max) {
				errors.add(new RuleViolationException.Violation(field, "revisit.settings.range", min, max));
			}
			return this;
		}

		Ranges order(String field, Integer min, Integer max) {
			if (min != null && max != null && min > max) {
				errors.add(new RuleViolationException.Violation(field, "revisit.settings.order"));
			}
			return this;
		}

		void check() {
			if (!errors.isEmpty()) {
				throw new RuleViolationException(errors);
			}
		}

	}

	/** The script and items of a kind of revisit. */
	public record KindSetup(RevisitKind kind, String script, long scriptVersion, List<ItemView> items) {
	}

	/** A service item as the settings page lists it. */
	public record ItemView(Long id, String name, String nameEn, boolean active, long version) {
	}

	/** The settings, and the last delivery day the daily run covered. */
	public record SettingsView(Integer complaintMinDays, Integer complaintMaxDays, Integer deliveryMinDays,
			Integer deliveryMaxDays, Integer deliveryIntervalDays, Integer maxAttempts, String deliveryDepartment,
			java.time.LocalDate deliveriesCoveredTo, long version) {
	}

}
