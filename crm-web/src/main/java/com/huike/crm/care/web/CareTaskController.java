package com.huike.crm.care.web;

import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTaskAlreadyClosedException;
import com.huike.crm.identity.Viewer;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A manager's care tasks: the list (overdue, today, coming week), a task with its "done"
 * form, and the skip confirmation. Supervisors see their team's tasks without the
 * actions.
 */
@Controller
@RequestMapping("/care")
class CareTaskController {

	static final int LIST_UPCOMING_DAYS = 7;

	private final CareTaskService tasks;

	CareTaskController(CareTaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/tasks")
	String list(Viewer viewer, Model model) {
		model.addAttribute("tasks", tasks.open(viewer, LIST_UPCOMING_DAYS, CareTaskService.SECTION_LIMIT));
		model.addAttribute("channels", CareChannel.values());
		return "care/tasks";
	}

	/** The agenda panel alone, for htmx. */
	@GetMapping("/agenda-panel")
	String agendaPanel() {
		return "care/agenda :: panel";
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("task", tasks.get(id, viewer));
		model.addAttribute("form", CareTaskDoneForm.empty());
		model.addAttribute("channels", CareChannel.values());
		return "care/task";
	}

	@PostMapping("/tasks/{id}/done")
	String done(@PathVariable Long id, @Valid @ModelAttribute("form") CareTaskDoneForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect, HtmxRequest htmx) {
		if (binding.hasErrors()) {
			model.addAttribute("task", tasks.get(id, viewer));
			model.addAttribute("channels", CareChannel.values());
			return "care/task";
		}
		tasks.complete(id, form.channel(), form.note(), viewer);
		if (htmx.isHtmxRequest() && "agenda".equals(form.returnTo())) {
			return "care/agenda :: panel";
		}
		redirect.addFlashAttribute("flash", "care.task.doneFlash");
		return back(form.returnTo());
	}

	@GetMapping("/tasks/{id}/skip")
	String confirmSkip(@PathVariable Long id, @RequestParam(required = false) String returnTo, Viewer viewer,
			Model model) {
		model.addAttribute("task", tasks.get(id, viewer));
		model.addAttribute("form", new CareTaskSkipForm("", returnTo));
		return "care/skip";
	}

	@PostMapping("/tasks/{id}/skip")
	String skip(@PathVariable Long id, @Valid @ModelAttribute("form") CareTaskSkipForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("task", tasks.get(id, viewer));
			return "care/skip";
		}
		tasks.skip(id, form.note(), viewer);
		redirect.addFlashAttribute("flash", "care.task.skippedFlash");
		return back(form.returnTo());
	}

	@ExceptionHandler(CareTaskAlreadyClosedException.class)
	String alreadyClosed(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flash", "care.task.alreadyClosed");
		return "redirect:/care/tasks";
	}

	private static String back(String returnTo) {
		return "agenda".equals(returnTo) ? "redirect:/agenda" : "redirect:/care/tasks";
	}

}
