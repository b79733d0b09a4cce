package com.huike.crm.customer.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerTransactionRepository extends JpaRepository<CustomerTransaction, Long> {

	Page<CustomerTransaction> findByCustomerId(Long customerId, Pageable pageable);

	Optional<CustomerTransaction> findByIdAndCustomerId(Long id, Long customerId);

	@Query("select new com.huike.crm.customer.domain.PartTotals(count(t), sum(t.quantity), sum(t.amount),"
			+ " max(t.transactionDate)) from CustomerTransaction t where t.customerId = :customerId")
	PartTotals totals(Long customerId);

}
