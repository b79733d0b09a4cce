package com.huike.crm.customer.domain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerChangeRepository extends JpaRepository<CustomerChange, Long> {

	Page<CustomerChange> findByCustomerIdOrderByChangedAtDescIdDesc(Long customerId, Pageable pageable);

	/** The changes made after the given archive version, oldest first. */
	List<CustomerChange> findByCustomerIdAndCustomerVersionGreaterThanOrderByIdAsc(Long customerId, Long version);

}
