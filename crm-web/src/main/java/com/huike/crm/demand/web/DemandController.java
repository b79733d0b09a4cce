package com.huike.crm.demand.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.huike.crm.audit.web.ListExports.Column;
import com.huike.crm.audit.web.ListExports;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.demand.DemandService;
import com.huike.crm.demand.DemandView;
import com.huike.crm.demand.ProductDemand;
import com.huike.crm.demand.ToldChannel;
import com.huike.crm.demand.domain.DemandNotOpenException;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * 缺货登记: the open registrations by product, registering one, recording the arrival of a
 * product, and closing a registration (told, or cancelled).
 */
@Controller
@RequestMapping("/demands")
class DemandController {

	private final DemandService demands;

	private final Clock clock;

	private final ListExports exports;

	DemandController(DemandService demands, Clock clock, ListExports exports) {
		this.demands = demands;
		this.clock = clock;
		this.exports = exports;
	}

	@GetMapping
	String list(Viewer viewer, Model model) {
		model.addAttribute("products", demands.openByProduct(viewer));
		model.addAttribute("limit", DemandService.LIST_LIMIT);
		return "demands/list";
	}

	/**
	 * The open registrations as the list shows them, by product, as an Excel or CSV file.
	 */
	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format, Viewer viewer,
			Locale locale) {
		List<ProductDemand> products = demands.openByProduct(viewer);
		return exports.export("demands", "demand.list.title", "", ListExports.Format.of(format), EXPORT_COLUMNS,
				sink -> products.forEach(p -> p.registrations().forEach(sink)), viewer, locale);
	}

	private static final List<Column<DemandView>> EXPORT_COLUMNS = List.of(
			new Column<>("demand.product", DemandView::product),
			new Column<>("customer.code", DemandView::customerCode),
			new Column<>("demand.customer", DemandView::customerName),
			new Column<>("demand.quantity", DemandView::quantity),
			new Column<>("demand.requestedOn", DemandView::requestedOn),
			new Column<>("demand.owner", DemandView::ownerName),
			new Column<>("demand.status",
					d -> new DefaultMessageSourceResolvable("demand.status." + d.status().name())),
			new Column<>("demand.note", DemandView::note));

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long customerId, Viewer viewer, Model model) {
		String code = demands.startRegistration(customerId, viewer);
		DemandForm form = new DemandForm(code, customerId, "", "1", LocalDate.now(clock), "");
		model.addAttribute("form", form);
		return prepare(form, viewer, model);
	}

	/**
	 * 查找: the form again with the customers the typed text finds, to choose from, and
	 * everything else as typed. An htmx request (typing in the search) gets only the
	 * {@code matches} fragment.
	 */
	@PostMapping(params = "find")
	String find(@ModelAttribute("form") DemandForm form, BindingResult binding, Viewer viewer, Model model,
			HtmxRequest htmx) {
		prepare(form, viewer, model);
		return htmx.isHtmxRequest() ? "demands/form :: matches" : "demands/form";
	}

	@PostMapping
	String register(@Valid @ModelAttribute("form") DemandForm form, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return prepare(form, viewer, model);
		}
		try {
			demands.register(form.toCommand(), viewer);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
			return prepare(form, viewer, model);
		}
		catch (CustomerNotFoundException ex) {
			binding.rejectValue("customerId", "demand.customer.notFound");
			return prepare(form, viewer, model);
		}
		redirect.addFlashAttribute("flash", "demand.created");
		return "redirect:/demands";
	}

	/** The customers to choose from and the products to suggest. */
	private String prepare(DemandForm form, Viewer viewer, Model model) {
		model.addAttribute("choices", demands.choices(form.customerQuery(), form.customerId(), viewer));
		return "demands/form";
	}

	@PostMapping("/arrivals")
	String arrived(@RequestParam String product, Viewer viewer, RedirectAttributes redirect) {
		int arrived = demands.markArrived(product, viewer);
		if (arrived > 0) {
			redirect.addFlashAttribute("arrivedCount", arrived);
			redirect.addFlashAttribute("arrivedProduct", product);
		}
		else {
			redirect.addFlashAttribute("flash", "demand.arrived.none");
		}
		return "redirect:/demands";
	}

	@GetMapping("/{id}/told")
	String toldForm(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("demand", demands.get(id, viewer));
		model.addAttribute("form", new DemandToldForm(null, ""));
		model.addAttribute("channels", ToldChannel.values());
		return "demands/told";
	}

	@PostMapping("/{id}/told")
	String told(@PathVariable Long id, @Valid @ModelAttribute("form") DemandToldForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("demand", demands.get(id, viewer));
			model.addAttribute("channels", ToldChannel.values());
			return "demands/told";
		}
		demands.told(id, form.channel(), form.note(), viewer);
		redirect.addFlashAttribute("flash", "demand.told.flash");
		return "redirect:/demands";
	}

	@GetMapping("/{id}/cancel")
	String cancelForm(@PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("demand", demands.get(id, viewer));
		model.addAttribute("form", new DemandCancelForm(""));
		return "demands/cancel";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute("form") DemandCancelForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("demand", demands.get(id, viewer));
			return "demands/cancel";
		}
		demands.cancel(id, form.note(), viewer);
		redirect.addFlashAttribute("flash", "demand.cancel.flash");
		return "redirect:/demands";
	}

	@ExceptionHandler(DemandNotOpenException.class)
	String notOpen(DemandNotOpenException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flash", ex.getMessageKey());
		return "redirect:/demands";
	}

}
