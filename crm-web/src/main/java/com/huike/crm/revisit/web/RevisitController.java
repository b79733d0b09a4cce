package com.huike.crm.revisit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.Reached;
import com.huike.crm.revisit.RevisitService;
import com.huike.crm.revisit.RevisitView;
import com.huike.crm.revisit.domain.CallOutcome;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * 回访: the agents' queue in due order and the call page (script, the service items to
 * score, feedback; or a call that did not reach the customer).
 */
@Controller
@RequestMapping("/revisits")
class RevisitController {

	static final int PAGE_SIZE = 20;

	private final RevisitService revisits;

	RevisitController(RevisitService revisits) {
		this.revisits = revisits;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String cursor, Viewer viewer, Model model) {
		model.addAttribute("queue", revisits.queue(viewer, cursor, PAGE_SIZE));
		model.addAttribute("today", revisits.today());
		return "revisits/queue";
	}

	@GetMapping("/{id}")
	String call(@PathVariable Long id, Viewer viewer, Model model) {
		RevisitView revisit = revisits.revisit(id, viewer);
		model.addAttribute("form", new NotReachedForm(null, "", revisit.version()));
		return callPage(revisit, Map.of(), Map.of(), model);
	}

	@PostMapping("/{id}/not-reached")
	String notReached(@PathVariable Long id, @Valid @ModelAttribute("form") NotReachedForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				boolean closed = revisits.notReached(id, form.version(), form.toCommand(), viewer);
				if (closed) {
					redirect.addFlashAttribute("flashWarning", "revisit.unreachable.flash");
					return "redirect:/revisits";
				}
				RevisitView after = revisits.revisit(id, viewer);
				redirect.addFlashAttribute("flash", "revisit.rescheduled.flash");
				redirect.addFlashAttribute("flashArgs", new Object[] { after.dueOn().toString() });
				return "redirect:/revisits/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return callPage(revisits.revisit(id, viewer), Map.of(), Map.of(), model);
	}

	@PostMapping("/{id}/reached")
	String reached(@PathVariable Long id, @RequestParam long version, @RequestParam Map<String, String> params,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Map<Long, Integer> scores = new HashMap<>();
		Map<String, String> typed = new HashMap<>();
		Map<String, String> errors = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("score") && name.length() > 5 && name.length() < 25
					&& name.substring(5).chars().allMatch(Character::isDigit)) {
				typed.put(name, value);
				try {
					scores.put(Long.valueOf(name.substring(5)), Integer.valueOf(value.strip()));
				}
				catch (NumberFormatException ex) {
					errors.put(name, "revisit.score.range");
				}
			}
		});
		typed.put("feedback", params.get("feedback"));
		typed.put("problem", params.get("problem"));
		if (errors.isEmpty()) {
			try {
				revisits.reached(id, version, new Reached(scores, params.get("feedback"), params.get("problem")),
						viewer);
				redirect.addFlashAttribute("flash", "revisit.done.flash");
				return "redirect:/revisits/" + id;
			}
			catch (RuleViolationException ex) {
				ex.getViolations().forEach(v -> errors.put(v.field(), v.messageKey()));
			}
		}
		RevisitView revisit = revisits.revisit(id, viewer);
		model.addAttribute("form", new NotReachedForm(null, "", revisit.version()));
		return callPage(revisit, typed, errors, model);
	}

	/** The problem raised becomes a routed complaint in one step. */
	@PostMapping("/{id}/complaint")
	String raiseComplaint(@PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) Long categoryId, Viewer viewer, RedirectAttributes redirect) {
		Long complaint;
		try {
			complaint = revisits.raiseComplaint(id, version, categoryId, viewer);
		}
		catch (RuleViolationException ex) {
			// no category chosen (or one no longer in use): nothing was raised
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
			return "redirect:/revisits/" + id;
		}
		redirect.addFlashAttribute("flash", "revisit.complaint.flash");
		redirect.addFlashAttribute("flashArgs", new Object[] { complaint.toString() });
		return "redirect:/revisits/" + id;
	}

	/**
	 * A revisit closed meanwhile (another tab, another agent) or changed: back to it,
	 * unchanged, with the reason.
	 */
	@ExceptionHandler(ConflictException.class)
	String refused(ConflictException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashWarning", ex.getMessageKey());
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = (variables instanceof Map<?, ?> map) ? map.get("id") : null;
		return (id != null) ? "redirect:/revisits/" + id : "redirect:/revisits";
	}

	private String callPage(RevisitView revisit, Map<String, String> typed, Map<String, String> errors, Model model) {
		model.addAttribute("revisit", revisit);
		model.addAttribute("categories", revisit.problemOpen() ? revisits.complaintCategories() : List.of());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("scoreValues", List.of("1", "2", "3", "4", "5"));
		model.addAttribute("outcomes",
				List.of(CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.WRONG_NUMBER, CallOutcome.REFUSED));
		return "revisits/call";
	}

}
