package com.huike.crm.followup.web;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.AgendaService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

	@GetMapping("/agenda")
	String agenda(@RequestParam(required = false) Long managerId, @PageableDefault(size = 50) Pageable pageable,
			Viewer viewer, Model model) {
		if (managerId != null) {
			model.addAttribute("agenda", agendas.agendaOf(managerId, viewer, pageable));
		}
		else if (viewer.has(Role.MANAGER)) {
			model.addAttribute("agenda", agendas.agenda(viewer, pageable));
		}
		else if (viewer.isAdmin() || viewer.has(Role.SUPERVISOR)) {
			return "redirect:/agenda/team";
		}
		else {
			throw new AccessDeniedException("no book of customers");
		}
		model.addAttribute("own", managerId == null || managerId.equals(viewer.userId()));
		return "agenda/index";
	}

	@GetMapping("/agenda/team")
	String team(Viewer viewer, Model model) {
		model.addAttribute("team", agendas.team(viewer));
		model.addAttribute("grades", Grade.values());
		return "agenda/team";
	}

}
