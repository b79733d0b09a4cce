package com.huike.crm.customer.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerReportRepository extends JpaRepository<CustomerReport, Long> {

	Page<CustomerReport> findByCustomerId(Long customerId, Pageable pageable);

	Optional<CustomerReport> findByIdAndCustomerId(Long id, Long customerId);

}
