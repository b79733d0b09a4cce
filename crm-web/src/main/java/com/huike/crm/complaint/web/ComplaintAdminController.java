package com.huike.crm.complaint.web;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import com.huike.crm.complaint.ComplaintSettingsService;
import com.huike.crm.complaint.domain.DeadlineUnit;
import com.huike.crm.complaint.domain.Severity;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's settings of the call center: departments, categories (and which are
 * risk categories), routing rules in their order, the default department, the risk
 * threshold, the working hours and the deadline of each severity. A refused change comes
 * back to the page with the reason (and the field named), nothing changed.
 */
@Controller
@RequestMapping("/admin/complaints")
class ComplaintAdminController {

	private final ComplaintSettingsService settings;

	ComplaintAdminController(ComplaintSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("departments", settings.departments(false));
		model.addAttribute("categories", settings.categories(false));
		model.addAttribute("rules", settings.rules());
		model.addAttribute("settings", settings.settings());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("units", DeadlineUnit.values());
		return "admin/complaints";
	}

	@PostMapping("/departments")
	String saveDepartment(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam String name, @RequestParam(required = false) String nameEn,
			@RequestParam(defaultValue = "0") int position, @RequestParam(defaultValue = "false") boolean active,
			Viewer viewer, RedirectAttributes redirect) {
		return act(redirect,
				() -> settings.saveDepartment(id, version, name, nameEn, position, id == null || active, viewer));
	}

	@PostMapping("/categories")
	String saveCategory(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam String name, @RequestParam(required = false) String nameEn,
			@RequestParam(defaultValue = "0") int position, @RequestParam(defaultValue = "false") boolean active,
			@RequestParam(defaultValue = "false") boolean risk, Viewer viewer, RedirectAttributes redirect) {
		return act(redirect,
				() -> settings.saveCategory(id, version, name, nameEn, position, id == null || active, risk, viewer));
	}

	@PostMapping("/rules")
	String saveRule(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(defaultValue = "0") int position, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) String product, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long departmentId, Viewer viewer, RedirectAttributes redirect) {
		return act(redirect,
				() -> settings.saveRule(id, version, position, categoryId, product, region, departmentId, viewer));
	}

	@PostMapping("/rules/{id}/remove")
	String removeRule(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		return act(redirect, () -> {
			settings.removeRule(id, viewer);
			return id;
		});
	}

	@PostMapping("/settings")
	String saveSettings(@RequestParam long version, @RequestParam(required = false) Long defaultDepartmentId,
			@RequestParam int riskThreshold, @RequestParam int riskDays,
			@RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime workStart,
			@RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime workEnd,
			@RequestParam Map<String, String> params, Viewer viewer, RedirectAttributes redirect) {
		Map<Severity, Integer> amounts = new EnumMap<>(Severity.class);
		Map<Severity, DeadlineUnit> units = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			try {
				amounts.put(severity, Integer.valueOf(params.getOrDefault("amount" + severity, "").strip()));
				units.put(severity, DeadlineUnit.valueOf(params.getOrDefault("unit" + severity, "").strip()));
			}
			catch (IllegalArgumentException ex) {
				// left out: the service names the field
			}
		}
		return act(redirect, () -> {
			settings.changeSettings(version, defaultDepartmentId, riskThreshold, riskDays, workStart, workEnd, amounts,
					units, viewer);
			return 0L;
		});
	}

	private static String act(RedirectAttributes redirect, java.util.function.Supplier<Long> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", "complaint.admin.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
			redirect.addFlashAttribute("flashWarningArgs", ex.getArguments());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
		}
		return "redirect:/admin/complaints";
	}

}
