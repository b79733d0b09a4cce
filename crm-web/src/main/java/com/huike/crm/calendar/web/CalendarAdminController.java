package com.huike.crm.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import com.huike.crm.calendar.CalendarService;
import com.huike.crm.calendar.LunarCalendar;
import com.huike.crm.calendar.domain.CalendarDayKind;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar for the administrator: a year at a glance, and its edits.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

	private final CalendarService calendar;

	private final Clock clock;

	CalendarAdminController(CalendarService calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String year(@RequestParam(required = false) String year, Model model) {
		int shown = LocalDate.now(clock).getYear();
		if (year != null && !year.isBlank()) {
			Integer asked = parseYear(year);
			if (asked == null) {
				model.addAttribute("yearError", "calendar.error.yearOutOfRange");
			}
			else {
				shown = asked;
			}
		}
		model.addAttribute("form", CalendarDayForm.empty());
		return prepare(shown, model);
	}

	@PostMapping("/days")
	String put(@Valid @ModelAttribute("form") CalendarDayForm form, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		int year = (form.day() != null) ? form.day().getYear() : LocalDate.now(clock).getYear();
		if (binding.hasErrors()) {
			return prepare(year, model);
		}
		try {
			calendar.put(form.day(), form.kind(), form.name(), viewer);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
			return prepare(year, model);
		}
		redirect.addFlashAttribute("flash", "calendar.saved");
		redirect.addAttribute("year", year);
		return "redirect:/admin/calendar";
	}

	@PostMapping("/days/{day}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Viewer viewer,
			RedirectAttributes redirect) {
		calendar.remove(day, viewer);
		redirect.addFlashAttribute("flash", "calendar.removed");
		redirect.addAttribute("year", day.getYear());
		return "redirect:/admin/calendar";
	}

	@PostMapping("/reset")
	String reset(@RequestParam int year, Viewer viewer, RedirectAttributes redirect) {
		calendar.reset(clampYear(year), viewer);
		redirect.addFlashAttribute("flash", "calendar.resetDone");
		redirect.addAttribute("year", clampYear(year));
		return "redirect:/admin/calendar";
	}

	private String prepare(int year, Model model) {
		model.addAttribute("calendar", calendar.year(clampYear(year)));
		model.addAttribute("kinds", CalendarDayKind.values());
		return "admin/calendar";
	}

	private static Integer parseYear(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			return (year >= LunarCalendar.FIRST_YEAR && year <= LunarCalendar.LAST_YEAR) ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static int clampYear(int year) {
		return Math.max(LunarCalendar.FIRST_YEAR, Math.min(LunarCalendar.LAST_YEAR, year));
	}

}
