package com.huike.crm.analytics.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.huike.crm.analytics.SpotCheckService;
import com.huike.crm.analytics.domain.SpotCheckResult;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 抽查: the market manager's spot checks of the month — draw a sample of a manager's
 * archives, record each check, see the month's ranking (printable); the manager marks a
 * finding fixed from the archive.
 */
@Controller
@RequestMapping("/spot-checks")
class SpotCheckController {

	private final SpotCheckService checks;

	private final java.time.Clock clock;

	SpotCheckController(SpotCheckService checks, java.time.Clock clock) {
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping
	String month(@RequestParam(required = false) String month, Viewer viewer, Model model) {
		YearMonth shown = month(month);
		LocalDate first = shown.atDay(1);
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("current", shown.equals(YearMonth.now(clock)));
		model.addAttribute("managers", checks.managers(viewer));
		model.addAttribute("round", checks.round(first, null, viewer));
		model.addAttribute("ranking", checks.ranking(first, viewer));
		model.addAttribute("results", SpotCheckResult.values());
		model.addAttribute("maxSample", SpotCheckService.MAX_SAMPLE);
		return "spotchecks/month";
	}

	private YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return YearMonth.now(clock);
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return YearMonth.now(clock);
		}
	}

	@PostMapping("/draw")
	String draw(@RequestParam(required = false) String managerId, @RequestParam(required = false) String size,
			Viewer viewer, RedirectAttributes redirect) {
		try {
			int drawn = checks.draw(number(managerId, "managerId", "spotcheck.manager.required"),
					(int) (long) number(size, "size", "spotcheck.size.range"), viewer);
			redirect.addFlashAttribute("flash", "spotcheck.flash.drawn");
			redirect.addFlashAttribute("flashArgs", new Object[] { drawn });
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
			redirect.addFlashAttribute("flashWarningArgs", ex.getArguments());
		}
		return "redirect:/spot-checks";
	}

	private static Long number(String text, String field, String key) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (RuntimeException ex) {
			throw new RuleViolationException(field, key, SpotCheckService.MAX_SAMPLE);
		}
	}

	@PostMapping("/{id}")
	String record(@PathVariable Long id, @RequestParam(required = false) String result,
			@RequestParam(required = false) String findings, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String month, Viewer viewer, RedirectAttributes redirect) {
		try {
			SpotCheckResult value;
			try {
				value = (result != null) ? SpotCheckResult.valueOf(result.strip().toUpperCase(Locale.ROOT)) : null;
			}
			catch (IllegalArgumentException ex) {
				value = null;
			}
			checks.record(id, version, value, findings, viewer);
			redirect.addFlashAttribute("flash", "spotcheck.flash.recorded");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
			redirect.addFlashAttribute("flashWarningArgs", ex.getArguments());
			redirect.addFlashAttribute("findings" + id, findings);
		}
		return (month != null && month.matches("\\d{4}-\\d{2}")) ? "redirect:/spot-checks?month=" + month
				: "redirect:/spot-checks";
	}

	@PostMapping("/{id}/fixed")
	String fixed(@PathVariable Long id, @RequestParam(required = false) Long customerId, Viewer viewer,
			RedirectAttributes redirect) {
		try {
			checks.fixed(id, viewer);
			redirect.addFlashAttribute("flash", "spotcheck.flash.fixed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
		}
		return (customerId != null) ? "redirect:/customers/" + customerId : "redirect:/";
	}

}
