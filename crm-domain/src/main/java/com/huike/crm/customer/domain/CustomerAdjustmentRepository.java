package com.huike.crm.customer.domain;

import java.util.List;

import com.huike.crm.shared.domain.CustomerEntryRepository;

import org.springframework.data.jpa.repository.Query;

public interface CustomerAdjustmentRepository extends CustomerEntryRepository<CustomerAdjustment> {

	@Query("select new com.huike.crm.customer.domain.PartTotals(count(a), sum(a.quantity), sum(a.amount),"
			+ " max(a.adjustmentDate)) from CustomerAdjustment a where a.customerId = :customerId")
	PartTotals totals(Long customerId);

	@Query("select new com.huike.crm.customer.domain.AdjustmentTotals(a.kind, count(a), sum(a.amount))"
			+ " from CustomerAdjustment a where a.customerId = :customerId group by a.kind")
	List<AdjustmentTotals> totalsByKind(Long customerId);

}
