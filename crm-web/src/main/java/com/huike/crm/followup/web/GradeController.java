package com.huike.crm.followup.web;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.GradeService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grade review of one customer (views, proposal, decision, history) and the grade
 * distribution per manager.
 */
@Controller
class GradeController {

	private final GradeService grades;

	GradeController(GradeService grades) {
		this.grades = grades;
	}

	@GetMapping("/customers/{id}/grade")
	String review(@PathVariable Long id, Viewer viewer, Model model, @PageableDefault(size = 20) Pageable pageable) {
		model.addAttribute("form", GradeForm.of(grades.tracked(id, viewer)));
		return prepare(id, viewer, model, pageable);
	}

	@PostMapping("/customers/{id}/grade")
	String decide(@PathVariable Long id, @Valid @ModelAttribute("form") GradeForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				grades.decide(id, form.toDecision(), viewer);
				redirect.addFlashAttribute("flash", "grade.saved");
				return "redirect:/customers/" + id + "/grade";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return prepare(id, viewer, model, Pageable.ofSize(20));
	}

	private String prepare(Long id, Viewer viewer, Model model, Pageable pageable) {
		model.addAttribute("customer", grades.tracked(id, viewer));
		model.addAttribute("history", grades.history(id, viewer, pageable));
		addChoices(model);
		return "followup/grade";
	}

	@GetMapping("/grades")
	String distribution(Viewer viewer, Model model) {
		model.addAttribute("distribution", grades.distribution(viewer));
		model.addAttribute("grades", Grade.values());
		return "followup/distribution";
	}

	static void addChoices(Model model) {
		model.addAttribute("grades", Grade.values());
		model.addAttribute("dealStatuses", DealStatus.values());
		model.addAttribute("importances", Importance.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("needs", Need.values());
	}

}
