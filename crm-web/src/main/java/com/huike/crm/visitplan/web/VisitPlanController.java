package com.huike.crm.visitplan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.audit.web.ListExports.Column;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import com.huike.crm.visitplan.DailyList;
import com.huike.crm.visitplan.VisitPlanService;
import com.huike.crm.visitplan.VisitPlanSummary;
import com.huike.crm.visitplan.VisitPlanView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * 拜访计划: the manager's plans and the plan page (month calendar, list, month grid,
 * transitions), its edits and the cycle of submission and approval, the day's list with
 * its print view, marking a visit done, month-end results; the market manager's team page
 * with the plans waiting for a decision.
 */
@Controller
@RequestMapping("/visit-plans")
class VisitPlanController {

	private final VisitPlanService plans;

	private final DailyListPdf pdf;

	private final ListExports exports;

	VisitPlanController(VisitPlanService plans, DailyListPdf pdf, ListExports exports) {
		this.plans = plans;
		this.pdf = pdf;
		this.exports = exports;
	}

	@GetMapping
	String index(Viewer viewer, Model model) {
		if (!viewer.has(Role.MANAGER)) {
			return "redirect:/visit-plans/team";
		}
		YearMonth month = plans.thisMonth();
		model.addAttribute("month", month);
		model.addAttribute("current", plans.ownPlanId(viewer, month).orElse(null));
		model.addAttribute("plans", plans.plansOf(viewer.userId(), viewer));
		return "visitplans/index";
	}

	@PostMapping("/generate")
	String generate(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Long managerId, Viewer viewer, RedirectAttributes redirect) {
		YearMonth m = (month != null) ? month : plans.thisMonth();
		Long id = plans.generate((managerId != null) ? managerId : viewer.userId(), m, viewer);
		redirect.addFlashAttribute("flash", "visitplan.generated");
		return "redirect:/visit-plans/" + id;
	}

	@PostMapping("/generate-all")
	String generateAll(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			Viewer viewer, RedirectAttributes redirect) {
		YearMonth m = (month != null) ? month : plans.thisMonth();
		int created = plans.generateMissing(m, viewer);
		redirect.addFlashAttribute("generatedCount", created);
		return "redirect:/visit-plans/team?month=" + m;
	}

	@GetMapping("/team")
	String team(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Viewer viewer,
			Model model) {
		YearMonth m = (month != null) ? month : plans.thisMonth();
		model.addAttribute("month", m);
		model.addAttribute("previousMonth", m.minusMonths(1));
		model.addAttribute("nextMonth", m.plusMonths(1));
		model.addAttribute("plans", plans.teamMonth(m, viewer));
		model.addAttribute("waiting", plans.waiting(viewer));
		return "visitplans/team";
	}

	/** A team's month (the market manager's list) as a file. */
	@GetMapping("/team/export")
	ResponseEntity<StreamingResponseBody> exportTeam(
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String format, Viewer viewer, Locale locale) {
		YearMonth m = (month != null) ? month : plans.thisMonth();
		List<Column<VisitPlanSummary>> columns = List.of(
				new Column<>("visitplan.manager", VisitPlanSummary::managerName),
				new Column<>("visitplan.month", p -> p.month().toString()),
				new Column<>("visitplan.status",
						p -> new DefaultMessageSourceResolvable("visitplan.status." + p.status())),
				new Column<>("visitplan.results.label",
						p -> new DefaultMessageSourceResolvable("visitplan.results.status." + p.resultsStatus())),
				new Column<>("visitplan.export.actions", VisitPlanSummary::actions),
				new Column<>("visitplan.export.done", VisitPlanSummary::done),
				new Column<>("visitplan.completion", VisitPlanSummary::completionPercent),
				new Column<>("visitplan.team.late",
						p -> new DefaultMessageSourceResolvable(p.late() ? "common.yes" : "common.no")));
		List<VisitPlanSummary> team = plans.teamMonth(m, viewer);
		return exports.export("visit-plans", "visitplan.team.title", "month=" + m, ListExports.Format.of(format),
				columns, sink -> team.forEach(sink), viewer, locale);
	}

	/** A plan's actions (营销动作清单), in the list's order, as a file. */
	@GetMapping("/{id}/export")
	ResponseEntity<StreamingResponseBody> exportPlan(@PathVariable Long id,
			@RequestParam(required = false) String format, Viewer viewer, Locale locale) {
		VisitPlanView plan = plans.plan(id, viewer);
		boolean en = "en".equals(locale.getLanguage());
		List<Column<VisitPlanView.Action>> columns = List.of(new Column<>("visitplan.mark", VisitPlanView.Action::mark),
				new Column<>("visitplan.day", VisitPlanView.Action::day),
				new Column<>("visitplan.customerCode", VisitPlanView.Action::customerCode),
				new Column<>("visitplan.customer", VisitPlanView.Action::customerName),
				new Column<>("visitplan.actionType", a -> en ? a.actionTypeEn() : a.actionType()),
				new Column<>("visitplan.export.origin",
						a -> a.carriedOver() ? new DefaultMessageSourceResolvable("visitplan.carriedOver")
								: a.temporary() ? new DefaultMessageSourceResolvable("visitplan.temporary") : ""),
				new Column<>("visitplan.note", VisitPlanView.Action::note),
				new Column<>("visitplan.export.doneAt", VisitPlanView.Action::doneAt),
				new Column<>("visitplan.done.outcome", VisitPlanView.Action::result),
				new Column<>("visitplan.export.notDoneReason", VisitPlanView.Action::notDoneReason));
		return exports.export("visit-plan", "visitplan.list.title",
				"plan=" + id + " manager=" + plan.managerId() + " month=" + plan.month(), ListExports.Format.of(format),
				columns, sink -> plan.actions().forEach(sink), viewer, locale);
	}

	@GetMapping("/{id}")
	String plan(@PathVariable Long id, Viewer viewer, Model model) {
		VisitPlanView plan = plans.plan(id, viewer);
		model.addAttribute("form", new ActionForm("", defaultDay(plan), null, "", plan.version()));
		model.addAttribute("decision", new DecisionForm("", plan.version()));
		return planPage(plan, model);
	}

	@PostMapping("/{id}/actions")
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				plans.addAction(id, form.version(), form.customerCode(), form.day(), form.actionTypeId(), form.note(),
						viewer);
				redirect.addFlashAttribute("flash", "visitplan.action.added");
				return "redirect:/visit-plans/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		VisitPlanView plan = plans.plan(id, viewer);
		model.addAttribute("decision", new DecisionForm("", plan.version()));
		return planPage(plan, model);
	}

	@GetMapping("/{id}/actions/{actionId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long actionId, Viewer viewer, Model model) {
		VisitPlanView plan = plans.plan(id, viewer);
		VisitPlanView.Action action = action(plan, actionId);
		model.addAttribute("form", new ActionForm(action.customerCode(), action.day(), action.actionTypeId(),
				action.note(), plan.version()));
		return editPage(plan, action, model);
	}

	@PostMapping("/{id}/actions/{actionId}")
	String edit(@PathVariable Long id, @PathVariable Long actionId, @Valid @ModelAttribute("form") ActionForm form,
			BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("day") && !binding.hasFieldErrors("actionTypeId")
				&& !binding.hasFieldErrors("note")) {
			try {
				plans.editAction(id, form.version(), actionId, form.day(), form.actionTypeId(), form.note(), viewer);
				redirect.addFlashAttribute("flash", "visitplan.action.saved");
				return "redirect:/visit-plans/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		VisitPlanView plan = plans.plan(id, viewer);
		return editPage(plan, action(plan, actionId), model);
	}

	@PostMapping("/{id}/actions/{actionId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long actionId, @RequestParam long version, Viewer viewer,
			RedirectAttributes redirect) {
		plans.removeAction(id, version, actionId, viewer);
		redirect.addFlashAttribute("flash", "visitplan.action.removed");
		return "redirect:/visit-plans/" + id;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		plans.submit(id, version, viewer);
		redirect.addFlashAttribute("flash", "visitplan.submitted");
		return "redirect:/visit-plans/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		plans.approve(id, version, viewer);
		redirect.addFlashAttribute("flash", "visitplan.approved");
		return "redirect:/visit-plans/" + id;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable Long id, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				plans.reject(id, form.version(), form.reason(), viewer);
				redirect.addFlashAttribute("flash", "visitplan.rejected");
				return "redirect:/visit-plans/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		VisitPlanView plan = plans.plan(id, viewer);
		model.addAttribute("form", new ActionForm("", defaultDay(plan), null, "", plan.version()));
		return planPage(plan, model);
	}

	@GetMapping("/{id}/days/{day}")
	String day(@PathVariable Long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String print, Viewer viewer, Model model) {
		DailyList list = plans.dailyList(id, day, viewer);
		model.addAttribute("list", list);
		model.addAttribute("today", plans.today());
		model.addAttribute("previousDay", day.minusDays(1));
		model.addAttribute("nextDay", day.plusDays(1));
		model.addAttribute("sameMonthPrevious", YearMonth.from(day.minusDays(1)).equals(YearMonth.from(day)));
		model.addAttribute("sameMonthNext", YearMonth.from(day.plusDays(1)).equals(YearMonth.from(day)));
		return (print != null) ? "visitplans/print" : "visitplans/day";
	}

	/**
	 * The day's list as a PDF, made from the print view: the same scoping as the page.
	 */
	@GetMapping("/{id}/days/{day}.pdf")
	ResponseEntity<byte[]> dayPdf(@PathVariable Long id,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Viewer viewer, Locale locale) {
		return this.pdf.download(plans.dailyList(id, day, viewer), locale);
	}

	@PostMapping("/{id}/actions/{actionId}/order")
	String order(@PathVariable Long id, @PathVariable Long actionId, @RequestParam long version,
			@RequestParam int direction, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Viewer viewer) {
		plans.moveInList(id, version, actionId, direction, viewer);
		return "redirect:/visit-plans/" + id + "/days/" + day;
	}

	@GetMapping("/{id}/actions/{actionId}/done")
	String doneForm(@PathVariable Long id, @PathVariable Long actionId, Viewer viewer, Model model) {
		VisitPlanView plan = plans.plan(id, viewer);
		model.addAttribute("form", new DoneForm("", "", null, "", plan.version()));
		return donePage(plan, actionId, viewer, model);
	}

	@PostMapping("/{id}/actions/{actionId}/done")
	String done(@PathVariable Long id, @PathVariable Long actionId, @Valid @ModelAttribute("form") DoneForm form,
			BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				plans.markDone(id, form.version(), actionId, form.toCommand(), viewer);
				redirect.addFlashAttribute("flash", "visitplan.done.flash");
				VisitPlanView plan = plans.plan(id, viewer);
				return "redirect:/visit-plans/" + id + "/days/" + action(plan, actionId).day();
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return donePage(plans.plan(id, viewer), actionId, viewer, model);
	}

	@GetMapping("/{id}/results")
	String resultsForm(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("plan", plans.plan(id, viewer));
		model.addAttribute("reasons", Map.of());
		model.addAttribute("errors", Map.of());
		return "visitplans/results";
	}

	@PostMapping("/{id}/results")
	String submitResults(@PathVariable Long id, @RequestParam long version, @RequestParam Map<String, String> params,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Map<Long, String> reasons = new HashMap<>();
		Map<String, String> typed = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("reason") && name.substring(6).chars().allMatch(Character::isDigit) && name.length() > 6
					&& name.length() < 26) {
				reasons.put(Long.valueOf(name.substring(6)), value);
				typed.put(name, value);
			}
		});
		try {
			plans.submitResults(id, version, reasons, viewer);
		}
		catch (RuleViolationException ex) {
			Map<String, String> errors = new HashMap<>();
			ex.getViolations().forEach(v -> errors.put(v.field(), v.messageKey()));
			model.addAttribute("plan", plans.plan(id, viewer));
			model.addAttribute("reasons", typed);
			model.addAttribute("errors", errors);
			return "visitplans/results";
		}
		redirect.addFlashAttribute("flash", "visitplan.results.submitted");
		return "redirect:/visit-plans/" + id;
	}

	@PostMapping("/{id}/results/approve")
	String approveResults(@PathVariable Long id, @RequestParam long version, Viewer viewer,
			RedirectAttributes redirect) {
		plans.approveResults(id, version, viewer);
		redirect.addFlashAttribute("flash", "visitplan.results.approved");
		return "redirect:/visit-plans/" + id;
	}

	@PostMapping("/{id}/results/reject")
	String rejectResults(@PathVariable Long id, @Valid @ModelAttribute("decision") DecisionForm form,
			BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				plans.rejectResults(id, form.version(), form.reason(), viewer);
				redirect.addFlashAttribute("flash", "visitplan.results.rejected");
				return "redirect:/visit-plans/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		VisitPlanView plan = plans.plan(id, viewer);
		model.addAttribute("form", new ActionForm("", defaultDay(plan), null, "", plan.version()));
		model.addAttribute("resultsDecision", true);
		return planPage(plan, model);
	}

	/**
	 * A transition the plan's state does not allow, or a plan changed in another tab:
	 * back to the plan, which is unchanged, with the reason.
	 */
	@ExceptionHandler(ConflictException.class)
	String refused(ConflictException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("refused", ex.getMessageKey());
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = (variables instanceof Map<?, ?> map) ? map.get("id") : null;
		return (id != null) ? "redirect:/visit-plans/" + id : "redirect:/visit-plans";
	}

	private String planPage(VisitPlanView plan, Model model) {
		LocalDate today = plans.today();
		model.addAttribute("plan", plan);
		model.addAttribute("rows", ActionRow.of(plan, today, LocaleContextHolder.getLocale()));
		model.addAttribute("actionTypes", plans.actionTypes(true));
		model.addAttribute("maxPerDay", plans.maxPerDay());
		model.addAttribute("today", today);
		return "visitplans/plan";
	}

	private String editPage(VisitPlanView plan, VisitPlanView.Action action, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("action", action);
		model.addAttribute("actionTypes", plans.actionTypes(true));
		return "visitplans/edit";
	}

	private String donePage(VisitPlanView plan, Long actionId, Viewer viewer, Model model) {
		CustomerCard customer = plans.customerOf(plan.id(), actionId, viewer);
		model.addAttribute("plan", plan);
		model.addAttribute("action", action(plan, actionId));
		model.addAttribute("customer", customer);
		model.addAttribute("grades", Grade.values());
		return "visitplans/done";
	}

	private LocalDate defaultDay(VisitPlanView plan) {
		LocalDate today = plans.today();
		return YearMonth.from(today).equals(plan.month()) ? today : plan.month().atDay(1);
	}

	private static VisitPlanView.Action action(VisitPlanView plan, Long actionId) {
		return plan.actions()
			.stream()
			.filter(a -> a.id().equals(actionId))
			.findFirst()
			.orElseThrow(() -> new com.huike.crm.shared.NotFoundException("visit action", actionId));
	}

}
