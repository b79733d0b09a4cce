package com.huike.crm.identity.web;

import com.huike.crm.identity.TeamOverview;
import com.huike.crm.identity.TeamService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Teams: list, add, rename, choose the supervisor. Members are set on each user.
 */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private final TeamService teams;

	TeamAdminController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping
	String list(Viewer viewer, Model model) {
		model.addAttribute("form", TeamForm.empty());
		return prepareList(viewer, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				teams.create(form.name(), form.supervisorId(), viewer);
				redirect.addFlashAttribute("flash", "admin.team.created");
				return "redirect:/admin/teams";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return prepareList(viewer, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Viewer viewer, Model model) {
		TeamOverview team = teams.get(id, viewer);
		model.addAttribute("form", TeamForm.of(team));
		return prepareEdit(team, viewer, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		TeamOverview team = teams.get(id, viewer);
		if (!binding.hasErrors()) {
			try {
				teams.update(id, form.name(), form.supervisorId(), (form.version() != null) ? form.version() : -1,
						viewer);
				redirect.addFlashAttribute("flash", "admin.team.saved");
				return "redirect:/admin/teams";
			}
			catch (ConflictException ex) {
				// a new form object drops the old binding result, which holds no errors
				// here
				model.addAttribute("form", form.withVersion(team.version()));
				model.addAttribute("conflict", "admin.team.changedMeanwhile");
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return prepareEdit(team, viewer, model);
	}

	private String prepareList(Viewer viewer, Model model) {
		model.addAttribute("teams", teams.list(viewer));
		model.addAttribute("supervisors", teams.supervisorChoices(viewer));
		return "admin/teams/list";
	}

	private String prepareEdit(TeamOverview team, Viewer viewer, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("supervisors", teams.supervisorChoices(viewer));
		return "admin/teams/edit";
	}

}
