package com.huike.crm.customer.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerReportRepository extends JpaRepository<CustomerReport, Long> {

	Page<CustomerReport> findByCustomerId(Long customerId, Pageable pageable);

	Optional<CustomerReport> findByIdAndCustomerId(Long id, Long customerId);

	long countByCustomerId(Long customerId);

	@Query("select max(r.reportDate) from CustomerReport r where r.customerId = :customerId")
	Optional<LocalDate> latestDate(Long customerId);

}
