package com.huike.crm.complaint.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.audit.web.ListExports.Column;
import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.complaint.ComplaintSettingsService;
import com.huike.crm.complaint.RequestRow;
import com.huike.crm.complaint.RequestView;
import com.huike.crm.complaint.domain.Opinion;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import com.huike.crm.shared.web.PdfRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
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
 * 诉求: the list of the requests the viewer may see, one request with the complaint form
 * (《客户投诉处理表》), its timeline and the step the viewer may take now, and its A4 print view.
 * A step the state does not allow, or a request changed in another tab, comes back to the
 * request, unchanged, with the reason.
 */
@Controller
@RequestMapping("/requests")
class RequestController {

	private final ComplaintService complaints;

	private final ComplaintSettingsService settings;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final ListExports exports;

	private final int exportPage;

	RequestController(ComplaintService complaints, ComplaintSettingsService settings, PdfRenderer pdf,
			MessageSource messages, ListExports exports,
			@org.springframework.beans.factory.annotation.Value("${huike.export.page-size:2000}") int exportPage) {
		this.exports = exports;
		this.exportPage = Math.max(1, exportPage);
		this.complaints = complaints;
		this.settings = settings;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) RequestType type, @RequestParam(defaultValue = "0") int page,
			Viewer viewer, Model model) {
		model.addAttribute("type", type);
		model.addAttribute("mayExport", mayExport(viewer));
		model.addAttribute("types", RequestType.values());
		model.addAttribute("requests", complaints.list(type, viewer, PageRequest.of(Math.max(0, page), 20)));
		return "requests/list";
	}

	/** Everybody who sees the list but the agents (the customer-service manager does). */
	static boolean mayExport(Viewer viewer) {
		return viewer.isAdmin() || viewer.has(com.huike.crm.identity.domain.Role.CS_MANAGER)
				|| !viewer.has(com.huike.crm.identity.domain.Role.AGENT);
	}

	/**
	 * The list as a file: every request the viewer sees, of the type chosen, newest
	 * first.
	 */
	@GetMapping("/export")
	ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
			@RequestParam(required = false) RequestType type, @RequestParam(required = false) String format,
			Viewer viewer, Locale locale) {
		if (!mayExport(viewer)) {
			// an agent answers callers one at a time: no file of every caller
			throw new org.springframework.security.access.AccessDeniedException("agents export nothing");
		}
		boolean en = "en".equals(locale.getLanguage());
		List<Column<RequestRow>> columns = List.of(new Column<>("request.receivedAt", RequestRow::receivedAt),
				new Column<>("request.type", r -> new DefaultMessageSourceResolvable("request.type." + r.type())),
				new Column<>("request.callerName", RequestRow::callerName),
				new Column<>("request.customer", RequestRow::customerCode),
				new Column<>("request.category", r -> en ? r.categoryEn() : r.category()),
				new Column<>("request.description", RequestRow::description),
				new Column<>("complaint.department", r -> en ? r.departmentEn() : r.department()),
				new Column<>("request.status", r -> new DefaultMessageSourceResolvable("request.status." + r.status())),
				new Column<>("complaint.overdue",
						r -> r.overdue() ? new DefaultMessageSourceResolvable("complaint.overdue") : ""));
		return exports.export("requests", "request.list.title", (type != null) ? "type=" + type : "",
				ListExports.Format.of(format), columns, sink -> complaints.forEachRow(type, viewer, exportPage, sink),
				viewer, locale);
	}

	@GetMapping("/{id}")
	String request(@PathVariable Long id, Viewer viewer, Model model) {
		RequestView request = complaints.request(id, viewer);
		model.addAttribute("form",
				StepForm.of(request.departmentId() != null ? request.departmentId() : request.proposedDepartmentId(),
						request.version()));
		return page(request, null, model);
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("request", complaints.request(id, viewer));
		return "requests/print";
	}

	/** 《客户投诉处理表》 as an A4 PDF, from the print view's own template. */
	@GetMapping("/{id}/print.pdf")
	ResponseEntity<byte[]> printPdf(@PathVariable Long id, Viewer viewer, Locale locale) {
		RequestView request = complaints.request(id, viewer);
		String name = messages.getMessage("complaint.form.pdfName", new Object[] { request.id().toString() }, locale);
		return pdf.download("requests/print", Map.of("request", request), locale, name);
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable Long id, @Valid @ModelAttribute("form") StepForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		return step(id, "confirm", binding, viewer, model, redirect,
				() -> complaints.confirm(id, form.version(), form.departmentId(), viewer));
	}

	@PostMapping("/{id}/route")
	String route(@PathVariable Long id, @Valid @ModelAttribute("form") StepForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		return step(id, "route", binding, viewer, model, redirect,
				() -> complaints.route(id, form.version(), form.departmentId(), form.text(), viewer));
	}

	@PostMapping("/{id}/take")
	String take(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		complaints.take(id, version, viewer);
		redirect.addFlashAttribute("flash", "complaint.step.done.take");
		return "redirect:/requests/" + id;
	}

	@PostMapping("/{id}/result")
	String result(@PathVariable Long id, @Valid @ModelAttribute("form") StepForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		return step(id, "result", binding, viewer, model, redirect,
				() -> complaints.recordResult(id, form.version(), form.text(), viewer));
	}

	@PostMapping("/{id}/feedback")
	String feedback(@PathVariable Long id, @Valid @ModelAttribute("form") StepForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		return step(id, "feedback", binding, viewer, model, redirect,
				() -> complaints.recordFeedback(id, form.version(), form.text(), form.opinion(), viewer));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable Long id, @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
		complaints.close(id, version, viewer);
		redirect.addFlashAttribute("flash", "complaint.step.done.close");
		return "redirect:/requests/" + id;
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable Long id, @Valid @ModelAttribute("form") StepForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		return step(id, "reopen", binding, viewer, model, redirect,
				() -> complaints.reopen(id, form.version(), form.text(), viewer));
	}

	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable Long id, @Valid @ModelAttribute("form") StepForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		return step(id, "acknowledge", binding, viewer, model, redirect,
				() -> complaints.acknowledge(id, form.version(), form.text(), viewer));
	}

	/**
	 * A transition the state does not allow, or a request changed in another tab: back to
	 * the request, which is unchanged, with the reason.
	 */
	@ExceptionHandler(ConflictException.class)
	String refused(ConflictException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashWarning", ex.getMessageKey());
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = (variables instanceof Map<?, ?> map) ? map.get("id") : null;
		return (id != null) ? "redirect:/requests/" + id : "redirect:/requests";
	}

	private String step(Long id, String step, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect, Runnable action) {
		if (!binding.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("flash", "complaint.step.done." + step);
				return "redirect:/requests/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex, Map.of("result", "text", "feedback", "text", "reason", "text", "note",
						"text", "answer", "text"));
			}
		}
		return page(complaints.request(id, viewer), step, model);
	}

	private String page(RequestView request, String failedStep, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("failedStep", failedStep);
		model.addAttribute("departments", settings.departments(true));
		model.addAttribute("opinions", Opinion.values());
		return "requests/detail";
	}

}
