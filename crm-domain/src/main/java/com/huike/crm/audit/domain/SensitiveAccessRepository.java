package com.huike.crm.audit.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SensitiveAccessRepository extends JpaRepository<SensitiveAccess, Long> {

	List<SensitiveAccess> findByCustomerIdOrderByIdDesc(Long customerId);

}
