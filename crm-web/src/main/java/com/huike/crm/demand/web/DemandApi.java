package com.huike.crm.demand.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.demand.DemandService;
import com.huike.crm.demand.DemandView;
import com.huike.crm.demand.NewDemand;
import com.huike.crm.demand.ToldChannel;
import com.huike.crm.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@RequestMapping(path = "/api/v1/demands", produces = "application/json")
@Tag(name = "Demand registrations", description = "缺货登记: customers waiting for goods out of stock")
class DemandApi {

	private final DemandService demands;

	DemandApi(DemandService demands) {
		this.demands = demands;
	}

	@GetMapping
	@Operation(operationId = "listDemands", summary = "Demand registrations of my customers",
			description = "Open ones (waiting, arrived) unless `open=false`, by product, then the oldest request first; "
					+ "at most 1000. A manager's customers, a supervisor's team's, the administrator's all.")
	@ApiResponse(responseCode = "200", description = "The registrations")
	List<DemandView> list(Viewer viewer,
			@Parameter(description = "Open registrations only") @RequestParam(defaultValue = "true") boolean open) {
		return demands.list(viewer, open);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getDemand", summary = "One demand registration",
			description = "The customer, the product and quantity, when it was asked for, its state and its history.")
	@ApiResponse(responseCode = "200", description = "The registration")
	DemandView get(@Parameter(description = "Registration id") @PathVariable Long id, Viewer viewer) {
		return demands.get(id, viewer);
	}

	@PostMapping(consumes = "application/json")
	@Operation(operationId = "registerDemand", summary = "Register goods a customer waits for",
			description = "A customer (by id) wants a product that is out of stock (缺货登记): when it arrives, the "
					+ "customer's manager gets a 告知到货 task. The requested day cannot be after today.")
	@ApiResponse(responseCode = "201", description = "Registered; Location names the registration")
	ResponseEntity<DemandView> register(@Valid @RequestBody RegisterRequest request, Viewer viewer) {
		Long id = demands.register(new NewDemand(request.customerId(), null, request.product(), request.quantity(),
				request.requestedOn(), request.note()), viewer);
		return ResponseEntity.created(URI.create("/api/v1/demands/" + id)).body(demands.get(id, viewer));
	}

	@PostMapping(path = "/arrivals", consumes = "application/json")
	@Operation(operationId = "recordArrival", summary = "A product arrived",
			description = "Every waiting registration of the product (in the caller's scope) becomes arrived, and each "
					+ "customer's manager gets a 告知到货 task due today.")
	@ApiResponse(responseCode = "200", description = "How many registrations arrived")
	ArrivalResult arrived(@Valid @RequestBody ArrivalRequest request, Viewer viewer) {
		return new ArrivalResult(request.product(), demands.markArrived(request.product(), viewer));
	}

	@PostMapping(path = "/{id}/told", consumes = "application/json")
	@Operation(operationId = "recordDemandTold", summary = "The customer was told the goods arrived",
			description = "How (channel) and a note; closes the registration and its 告知到货 task. Before the goods "
					+ "arrived, or once closed, it answers 409.")
	@ApiResponse(responseCode = "200", description = "The registration, now closed")
	DemandView told(@Parameter(description = "Registration id") @PathVariable Long id,
			@Valid @RequestBody ToldRequest request, Viewer viewer) {
		return demands.told(id, request.channel(), request.note(), viewer);
	}

	@PostMapping(path = "/{id}/cancel", consumes = "application/json")
	@Operation(operationId = "cancelDemand", summary = "The customer no longer wants the goods",
			description = "With an optional note (the body may be left out); an open 告知到货 task is skipped. A closed "
					+ "registration answers 409.")
	@ApiResponse(responseCode = "200", description = "The registration, now cancelled")
	DemandView cancel(@Parameter(description = "Registration id") @PathVariable Long id,
			@Valid @RequestBody(required = false) CancelRequest request, Viewer viewer) {
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

	record ToldRequest(@NotNull(message = "{demand.told.channel.required}") ToldChannel channel,
			@Size(max = 500, message = "{demand.note.tooLong}") String note) {
	}

	record CancelRequest(@Size(max = 500, message = "{demand.note.tooLong}") String note) {
	}

}
