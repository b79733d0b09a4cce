package com.huike.crm.customer.domain;

import com.huike.crm.shared.domain.CustomerEntryRepository;

import org.springframework.data.jpa.repository.Query;

public interface CustomerTransactionRepository extends CustomerEntryRepository<CustomerTransaction> {

	@Query("select new com.huike.crm.customer.domain.PartTotals(count(t), sum(t.quantity), sum(t.amount),"
			+ " max(t.transactionDate)) from CustomerTransaction t where t.customerId = :customerId")
	PartTotals totals(Long customerId);

}
