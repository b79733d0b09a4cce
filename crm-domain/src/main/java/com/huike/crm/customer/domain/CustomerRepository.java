package com.huike.crm.customer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	boolean existsByCode(String code);

	@Query(value = "select nextval('customer_code_seq')", nativeQuery = true)
	long nextCodeNumber();

}
