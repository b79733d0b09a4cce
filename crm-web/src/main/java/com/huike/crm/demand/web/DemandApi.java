package com.huike.crm.demand.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.demand.DemandService;
import com.huike.crm.demand.DemandView;
import com.huike.crm.demand.NewDemand;
import com.huike.crm.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demand registrations (缺货登记) as JSON, with the same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/demands")
@Tag(name = "Demand registrations", description = "缺货登记: customers waiting for goods out of stock")
class DemandApi {

	private final DemandService demands;

	DemandApi(DemandService demands) {
		this.demands = demands;
	}

	@GetMapping
	@Operation(summary = "Registrations of my customers (open ones only unless open=false), at most 1000")
	List<DemandView> list(Viewer viewer, @RequestParam(defaultValue = "true") boolean open) {
		return demands.list(viewer, open);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One registration")
	DemandView get(@PathVariable Long id, Viewer viewer) {
		return demands.get(id, viewer);
	}

	@PostMapping
	@Operation(summary = "Register that a customer wants goods that are out of stock")
	ResponseEntity<DemandView> register(@Valid @RequestBody RegisterRequest request, Viewer viewer) {
		Long id = demands.register(new NewDemand(request.customerId(), null, request.product(), request.quantity(),
				request.requestedOn(), request.note()), viewer);
		return ResponseEntity.created(URI.create("/api/v1/demands/" + id)).body(demands.get(id, viewer));
	}

	@PostMapping("/arrivals")
	@Operation(summary = "The product arrived: every waiting customer goes on their manager's agenda (告知到货)")
	ArrivalResult arrived(@Valid @RequestBody ArrivalRequest request, Viewer viewer) {
		return new ArrivalResult(request.product(), demands.markArrived(request.product(), viewer));
	}

	@PostMapping("/{id}/told")
	@Operation(summary = "The customer was told the goods arrived: closes the registration and its care task")
	DemandView told(@PathVariable Long id, @Valid @RequestBody ToldRequest request, Viewer viewer) {
		return demands.told(id, request.channel(), request.note(), viewer);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "The customer no longer wants the goods")
	DemandView cancel(@PathVariable Long id, @Valid @RequestBody(required = false) CancelRequest request,
			Viewer viewer) {
		return demands.cancel(id, (request != null) ? request.note() : null, viewer);
	}

	record RegisterRequest(@NotNull(message = "{demand.customer.required}") Long customerId,
			@NotBlank(message = "{demand.product.required}") @Size(max = 200,
					message = "{demand.product.tooLong}") String product,
			@NotNull(message = "{demand.quantity.required}") @Min(value = 1, message = "{demand.quantity.range}") @Max(
					value = DemandService.MAX_QUANTITY, message = "{demand.quantity.range}") Integer quantity,
			@NotNull(message = "{demand.requestedOn.required}") LocalDate requestedOn,
			@Size(max = 500, message = "{demand.note.tooLong}") String note) {
	}

	record ArrivalRequest(@NotBlank(message = "{demand.product.required}") String product) {
	}

	/** How many waiting registrations of the product became 告知到货 tasks. */
	record ArrivalResult(String product, int arrived) {
	}

	record ToldRequest(@NotNull(message = "{care.task.channel.required}") CareChannel channel,
			@Size(max = 500, message = "{demand.note.tooLong}") String note) {
	}

	record CancelRequest(@Size(max = 500, message = "{demand.note.tooLong}") String note) {
	}

}
