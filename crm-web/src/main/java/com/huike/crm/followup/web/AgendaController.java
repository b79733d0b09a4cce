package com.huike.crm.followup.web;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.AgendaPages;
import com.huike.crm.followup.AgendaService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's agenda (今日待办), the start page of managers, and the supervisor's team
 * view. A supervisor opens a team manager's agenda with {@code ?managerId=}.
 */
@Controller
class AgendaController {

	private final AgendaService agendas;

	AgendaController(AgendaService agendas) {
		this.agendas = agendas;
	}

	/**
	 * Rows per list unless the request asks for another size (at most {@link #MAX_SIZE}).
	 */
	static final int SIZE = 50;

	static final int MAX_SIZE = 200;

	/**
	 * The agenda; {@code show} and {@code page} turn one list (today, overdue, upcoming)
	 * to another page, the others stay on their first.
	 */
	@GetMapping("/agenda")
	String agenda(@RequestParam(required = false) Long managerId, @RequestParam(required = false) String show,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + SIZE) int size, Viewer viewer,
			Model model) {
		AgendaPages pages = AgendaPages.of(section(show), page, Math.min(Math.max(size, 1), MAX_SIZE));
		if (managerId != null) {
			model.addAttribute("agenda", agendas.agendaOf(managerId, viewer, pages));
		}
		else if (viewer.has(Role.MANAGER)) {
			model.addAttribute("agenda", agendas.agenda(viewer, pages));
		}
		else if (viewer.isAdmin() || viewer.has(Role.SUPERVISOR)) {
			return "redirect:/agenda/team";
		}
		else {
			throw new AccessDeniedException("no book of customers");
		}
		model.addAttribute("own", managerId == null || managerId.equals(viewer.userId()));
		model.addAttribute("agendaManagerId", managerId);
		return "agenda/index";
	}

	private static AgendaPages.Section section(String show) {
		for (AgendaPages.Section section : AgendaPages.Section.values()) {
			if (section.name().equalsIgnoreCase(show)) {
				return section;
			}
		}
		return AgendaPages.Section.OVERDUE;
	}

	@GetMapping("/agenda/team")
	String team(Viewer viewer, Model model) {
		model.addAttribute("team", agendas.team(viewer));
		model.addAttribute("grades", Grade.values());
		return "agenda/team";
	}

}
