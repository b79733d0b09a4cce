package com.huike.crm.followup.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.CadenceService;
import com.huike.crm.followup.CadenceTable;
import com.huike.crm.followup.domain.Activity;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's cadences: days between follow-ups and between visits, per grade.
 * Fields are named {@code FOLLOW_UP_A} … {@code VISIT_E}.
 */
@Controller
@RequestMapping("/admin/cadences")
class CadenceController {

	private final CadenceService cadences;

	CadenceController(CadenceService cadences) {
		this.cadences = cadences;
	}

	@GetMapping
	String form(Model model) {
		CadenceTable table = cadences.table();
		Map<String, String> values = new LinkedHashMap<>();
		for (Activity activity : Activity.values()) {
			for (Grade grade : Grade.values()) {
				values.put(activity.name() + "_" + grade.name(),
						table.days(activity, grade).map(String::valueOf).orElse(""));
			}
		}
		return show(values, Map.of(), model);
	}

	@PostMapping
	String update(@RequestParam Map<String, String> params, Viewer viewer, Model model, RedirectAttributes redirect) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Activity, Map<Grade, Integer>> days = new EnumMap<>(Activity.class);
		for (Activity activity : Activity.values()) {
			Map<Grade, Integer> row = new EnumMap<>(Grade.class);
			days.put(activity, row);
			for (Grade grade : Grade.values()) {
				String field = activity.name() + "_" + grade.name();
				String value = params.getOrDefault(field, "").strip();
				values.put(field, value);
				if (value.isEmpty()) {
					if (activity == Activity.FOLLOW_UP) {
						errors.put(field, "cadence.required");
					}
					continue;
				}
				try {
					int parsed = Integer.parseInt(value);
					if (parsed < 1) {
						errors.put(field, "cadence.positive");
					}
					row.put(grade, parsed);
				}
				catch (NumberFormatException ex) {
					errors.put(field, "cadence.number");
				}
			}
		}
		if (errors.isEmpty()) {
			try {
				cadences.update(days, viewer);
				redirect.addFlashAttribute("flash", "cadence.saved");
				return "redirect:/admin/cadences";
			}
			catch (RuleViolationException ex) {
				ex.getViolations().forEach(v -> errors.put(v.field(), v.messageKey()));
			}
		}
		return show(values, errors, model);
	}

	private String show(Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("grades", Grade.values());
		model.addAttribute("activities", Activity.values());
		model.addAttribute("defaults", CadenceTable.DEFAULTS);
		return "admin/cadences";
	}

}
