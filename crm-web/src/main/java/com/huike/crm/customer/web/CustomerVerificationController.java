package com.huike.crm.customer.web;

import java.util.List;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerImport;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.Viewer;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 待核实: the archives imported from stores' registration sheets that wait for the owning
 * manager or the market manager to confirm their data are real — listed, and confirmed
 * one by one (also on the archive) or several at once.
 */
@Controller
class CustomerVerificationController {

	private final CustomerImport imports;

	CustomerVerificationController(CustomerImport imports) {
		this.imports = imports;
	}

	@GetMapping("/customers/pending-verification")
	String list(@PageableDefault(size = 50) Pageable pageable, Viewer viewer, Model model) {
		checkRole(viewer);
		model.addAttribute("page", imports.pendingVerification(viewer, pageable));
		return "customers/pending-verification";
	}

	@PostMapping("/customers/{id}/verify")
	String confirm(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		int confirmed = imports.confirmVerified(id, viewer) ? 1 : 0;
		redirect.addFlashAttribute("flash", "import.pending.confirmed");
		redirect.addFlashAttribute("flashArgs", new Object[] { confirmed });
		return "redirect:/customers/" + id;
	}

	@PostMapping("/customers/pending-verification")
	String confirmSelected(@RequestParam(name = "customerIds", required = false) List<Long> ids, Viewer viewer,
			RedirectAttributes redirect) {
		checkRole(viewer);
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("flashWarning", "import.pending.noneSelected");
			return "redirect:/customers/pending-verification";
		}
		int confirmed = imports.confirmAllVerified(ids, viewer);
		redirect.addFlashAttribute("flash", "import.pending.confirmed");
		redirect.addFlashAttribute("flashArgs", new Object[] { confirmed });
		return "redirect:/customers/pending-verification";
	}

	/** The call center does not verify archives. */
	private static void checkRole(Viewer viewer) {
		if (!CustomerService.mayRegister(viewer)) {
			throw new CustomerAccessDeniedException();
		}
	}

}
