package com.huike.crm.followup.web;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.GradeProposal;
import com.huike.crm.followup.GradeService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
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
		GradeForm form = GradeForm.of(grades.tracked(id, viewer));
		model.addAttribute("form", form);
		model.addAttribute("gradeProposal",
				GradeProposal.from(form.dealStatus(), form.importance(), form.urgency(), form.need()).orElse(null));
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
		addProposal(binding, model);
		return prepare(id, viewer, model, Pageable.ofSize(20));
	}

	private String prepare(Long id, Viewer viewer, Model model, Pageable pageable) {
		model.addAttribute("customer", grades.tracked(id, viewer));
		model.addAttribute("history", grades.history(id, viewer, pageable));
		addChoices(model);
		return "followup/grade";
	}

	/**
	 * The proposal of the views as they are being chosen, for htmx: the grade and
	 * follow-up forms swap it in on every change of a view. Without JavaScript the form
	 * shows the proposal of the views it was rendered with (again after an error).
	 */
	@GetMapping("/grades/proposal")
	String proposal(@RequestParam(required = false) DealStatus dealStatus,
			@RequestParam(required = false) Importance importance, @RequestParam(required = false) Urgency urgency,
			@RequestParam(required = false) Need need, Model model, HtmxRequest htmx) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:/grades";
		}
		model.addAttribute("gradeProposal", GradeProposal.from(dealStatus, importance, urgency, need).orElse(null));
		return "followup/head :: proposal";
	}

	@GetMapping("/grades")
	String distribution(Viewer viewer, Model model) {
		model.addAttribute("distribution", grades.distribution(viewer));
		model.addAttribute("grades", Grade.values());
		return "followup/distribution";
	}

	/**
	 * The proposal of the views of a form as submitted or shown (from the binding, so a
	 * form that failed to bind proposes from what was chosen too), for
	 * {@code followup/head :: proposal}.
	 */
	static void addProposal(BindingResult binding, Model model) {
		model.addAttribute("gradeProposal",
				GradeProposal
					.from(view(binding, "dealStatus", DealStatus.class), view(binding, "importance", Importance.class),
							view(binding, "urgency", Urgency.class), view(binding, "need", Need.class))
					.orElse(null));
	}

	private static <E extends Enum<E>> E view(BindingResult binding, String field, Class<E> type) {
		Object value = binding.getFieldValue(field);
		if (type.isInstance(value)) {
			return type.cast(value);
		}
		try {
			return (value != null && !value.toString().isBlank()) ? Enum.valueOf(type, value.toString()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static void addChoices(Model model) {
		model.addAttribute("grades", Grade.values());
		model.addAttribute("dealStatuses", DealStatus.values());
		model.addAttribute("importances", Importance.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("needs", Need.values());
	}

}
