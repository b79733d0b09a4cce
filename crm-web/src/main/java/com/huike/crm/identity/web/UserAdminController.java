package com.huike.crm.identity.web;

import java.util.Map;

import com.huike.crm.identity.UserOverview;
import com.huike.crm.identity.UserService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users: list and search, add, edit roles, team, department and sign-in, reset the
 * password. Only administrators reach {@code /admin/**}; the service checks again.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserService users;

	UserAdminController(UserService users) {
		this.users = users;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String q, @PageableDefault(size = 20) Pageable pageable,
			Viewer viewer, Model model) {
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("page", users.search(q, pageable, viewer));
		model.addAttribute("roles", Role.values());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newForm(Viewer viewer, Model model) {
		model.addAttribute("form", NewUserForm.empty());
		return prepareNew(viewer, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return prepareNew(viewer, model);
		}
		try {
			Long id = users.create(form.toCommand(), viewer);
			redirect.addFlashAttribute("flash", "admin.user.created");
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
		}
		return prepareNew(viewer, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Viewer viewer, Model model) {
		UserOverview user = users.get(id, viewer);
		model.addAttribute("form", UserEditForm.of(user));
		model.addAttribute("passwordForm", PasswordResetForm.empty());
		return prepareEdit(user, viewer, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserEditForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		UserOverview user = users.get(id, viewer);
		model.addAttribute("passwordForm", PasswordResetForm.empty());
		if (binding.hasErrors()) {
			return prepareEdit(user, viewer, model);
		}
		try {
			users.update(id, form.toChanges(), viewer);
			redirect.addFlashAttribute("flash", "admin.user.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (ConflictException ex) {
			// keep what was typed; the next save knowingly applies it to the newer
			// version (the new form object drops the binding result: it has no errors)
			model.addAttribute("form", form.withVersion(user.version()));
			model.addAttribute("conflict", "admin.user.changedMeanwhile");
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
		}
		return prepareEdit(user, viewer, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
		UserOverview user = users.get(id, viewer);
		if (!binding.hasFieldErrors("newPassword") && !form.confirmed()) {
			binding.rejectValue("confirmPassword", "admin.user.password.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				users.resetPassword(id, form.newPassword(), viewer);
				redirect.addFlashAttribute("flash", "admin.user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex, Map.of("password", "newPassword"));
			}
		}
		model.addAttribute("form", UserEditForm.of(user));
		return prepareEdit(user, viewer, model);
	}

	private String prepareNew(Viewer viewer, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
		model.addAttribute("teams", users.teamChoices(viewer));
		return "admin/users/new";
	}

	private String prepareEdit(UserOverview user, Viewer viewer, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
		model.addAttribute("teams", users.teamChoices(viewer));
		return "admin/users/edit";
	}

}
