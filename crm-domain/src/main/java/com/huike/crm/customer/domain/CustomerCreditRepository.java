package com.huike.crm.customer.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerCreditRepository extends JpaRepository<CustomerCredit, Long> {

	Optional<CustomerCredit> findByCustomerId(Long customerId);

}
