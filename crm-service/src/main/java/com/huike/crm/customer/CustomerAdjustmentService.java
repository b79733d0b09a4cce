package com.huike.crm.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.domain.AdjustmentKind;
import com.huike.crm.customer.domain.AdjustmentTotals;
import com.huike.crm.customer.domain.CustomerAdjustment;
import com.huike.crm.customer.domain.CustomerAdjustmentRepository;
import com.huike.crm.customer.domain.Responsibility;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 4 of the archive (退赔、折价情况): returns, compensations and discounts, each with its
 * reason and who was found responsible, totalled over all of them and per kind.
 */
@Service
@Transactional(readOnly = true)
public class CustomerAdjustmentService
		extends ArchiveEntryService<CustomerAdjustment, AdjustmentEntry, AdjustmentLine, AdjustmentSums> {

	static final String SECTION = "adjustments";

	private static final Map<String, String> SORTS = Map.of("date", "adjustmentDate", "kind", "kind", "product",
			"product", "amount", "amount", "responsibility", "responsibility");

	private final CustomerAdjustmentRepository adjustments;

	public CustomerAdjustmentService(CustomerAdjustmentRepository adjustments, ArchivePartAccess access) {
		super(access, adjustments, SECTION, "adjustment", SORTS, "adjustmentDate");
		this.adjustments = adjustments;
	}

	@Override
	CustomerAdjustment create(Long customerId, AdjustmentEntry entry) {
		return new CustomerAdjustment(customerId, entry.date(), entry.kind(), entry.product(), entry.quantity(),
				entry.amount(), entry.reason(), entry.responsibility(), entry.responsibilityNote());
	}

	@Override
	void change(CustomerAdjustment adjustment, AdjustmentEntry entry) {
		adjustment.revise(entry.date(), entry.kind(), entry.product(), entry.quantity(), entry.amount(), entry.reason(),
				entry.responsibility(), entry.responsibilityNote());
	}

	@Override
	void check(AdjustmentEntry entry) {
		access.notInFuture(entry.date(), "date");
		if (entry.kind() == AdjustmentKind.RETURN && entry.quantity() == null) {
			throw new RuleViolationException("quantity", "parts.adjustment.quantity.required");
		}
		if (entry.responsibility() == Responsibility.OTHER
				&& (entry.responsibilityNote() == null || entry.responsibilityNote().isBlank())) {
			throw new RuleViolationException("responsibilityNote", "parts.adjustment.responsibilityNote.required");
		}
	}

	@Override
	List<AdjustmentLine> lines(List<CustomerAdjustment> entries) {
		return entries.stream()
			.map(a -> new AdjustmentLine(a.getId(), a.getAdjustmentDate(), a.getKind(), a.getProduct(), a.getQuantity(),
					a.getAmount(), a.getReason(), a.getResponsibility(), a.getResponsibilityNote(), a.getVersion()))
			.toList();
	}

	@Override
	AdjustmentSums totals(Long customerId) {
		return new AdjustmentSums(adjustments.totals(customerId),
				adjustments.totalsByKind(customerId)
					.stream()
					.sorted(Comparator.comparing(AdjustmentTotals::kind))
					.toList());
	}

}
