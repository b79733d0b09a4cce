package com.huike.crm.customer;

import java.util.Comparator;
import java.util.Map;

import com.huike.crm.customer.domain.AdjustmentKind;
import com.huike.crm.customer.domain.AdjustmentTotals;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerAdjustment;
import com.huike.crm.customer.domain.CustomerAdjustmentRepository;
import com.huike.crm.customer.domain.Responsibility;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 4 of the archive (退赔、折价情况): returns, compensations and discounts, each with its
 * reason and who was found responsible.
 */
@Service
@Transactional(readOnly = true)
public class CustomerAdjustmentService {

	static final String SECTION = "adjustments";

	private static final Map<String, String> SORTS = Map.of("date", "adjustmentDate", "kind", "kind", "product",
			"product", "amount", "amount", "responsibility", "responsibility");

	private final CustomerAdjustmentRepository adjustments;

	private final ArchivePartAccess access;

	public CustomerAdjustmentService(CustomerAdjustmentRepository adjustments, ArchivePartAccess access) {
		this.adjustments = adjustments;
		this.access = access;
	}

	public AdjustmentPage list(Long customerId, Viewer viewer, Pageable pageable) {
		access.readable(customerId, viewer);
		Page<AdjustmentLine> lines = adjustments
			.findByCustomerId(customerId, PartPaging.of(pageable, SORTS, "adjustmentDate"))
			.map(CustomerAdjustmentService::line);
		return new AdjustmentPage(lines, adjustments.totals(customerId),
				adjustments.totalsByKind(customerId)
					.stream()
					.sorted(Comparator.comparing(AdjustmentTotals::kind))
					.toList());
	}

	public AdjustmentLine get(Long customerId, Long adjustmentId, Viewer viewer) {
		access.readable(customerId, viewer);
		return line(find(customerId, adjustmentId));
	}

	@Transactional
	public Long add(Long customerId, AdjustmentEntry entry, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		check(entry);
		CustomerAdjustment adjustment = adjustments
			.save(new CustomerAdjustment(customerId, entry.date(), entry.kind(), entry.product(), entry.quantity(),
					entry.amount(), entry.reason(), entry.responsibility(), entry.responsibilityNote()));
		access.recordChanges(customer, viewer, SECTION, prefix(adjustment), Map.of(), adjustment.fields());
		access.flush();
		return adjustment.getId();
	}

	@Transactional
	public void revise(Long customerId, Long adjustmentId, long version, AdjustmentEntry entry, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		CustomerAdjustment adjustment = find(customerId, adjustmentId);
		ArchivePartAccess.sameVersion(version, adjustment.getVersion(), adjustment::fields);
		check(entry);
		Map<String, String> before = adjustment.fields();
		adjustment.revise(entry.date(), entry.kind(), entry.product(), entry.quantity(), entry.amount(), entry.reason(),
				entry.responsibility(), entry.responsibilityNote());
		access.recordChanges(customer, viewer, SECTION, prefix(adjustment), before, adjustment.fields());
		access.flush();
	}

	@Transactional
	public void delete(Long customerId, Long adjustmentId, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		CustomerAdjustment adjustment = find(customerId, adjustmentId);
		access.recordChanges(customer, viewer, SECTION, prefix(adjustment), adjustment.fields(), Map.of());
		adjustments.delete(adjustment);
		access.flush();
	}

	private void check(AdjustmentEntry entry) {
		access.notInFuture(entry.date(), "date");
		if (entry.kind() == AdjustmentKind.RETURN && entry.quantity() == null) {
			throw new RuleViolationException("quantity", "parts.adjustment.quantity.required");
		}
		if (entry.responsibility() == Responsibility.OTHER
				&& (entry.responsibilityNote() == null || entry.responsibilityNote().isBlank())) {
			throw new RuleViolationException("responsibilityNote", "parts.adjustment.responsibilityNote.required");
		}
	}

	private CustomerAdjustment find(Long customerId, Long adjustmentId) {
		return adjustments.findByIdAndCustomerId(adjustmentId, customerId)
			.orElseThrow(() -> new NotFoundException("adjustment", adjustmentId));
	}

	private static String prefix(CustomerAdjustment adjustment) {
		return "adjustment#" + adjustment.getId();
	}

	private static AdjustmentLine line(CustomerAdjustment a) {
		return new AdjustmentLine(a.getId(), a.getAdjustmentDate(), a.getKind(), a.getProduct(), a.getQuantity(),
				a.getAmount(), a.getReason(), a.getResponsibility(), a.getResponsibilityNote(), a.getVersion());
	}

}
