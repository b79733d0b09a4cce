package com.huike.crm.customer.web;

import java.util.Map;

import com.huike.crm.customer.ArchiveEntryConflictException;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * How the archive-part pages put a conflict (someone saved meanwhile) at the top with the
 * values now saved.
 */
final class PartForms {

	/** The value of the hidden field that tells the server a deletion was confirmed. */
	static final String CONFIRMED = "true";

	private PartForms() {
	}

	static void conflict(BindingResult binding, Model model, ArchiveEntryConflictException ex) {
		binding.reject("parts.conflict");
		model.addAttribute("conflictValues", (ex.getCurrentValues() != null) ? ex.getCurrentValues() : Map.of());
		model.addAttribute("currentVersion", ex.getCurrentVersion());
	}

}
