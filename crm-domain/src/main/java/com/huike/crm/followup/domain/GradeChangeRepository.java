package com.huike.crm.followup.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeChangeRepository extends JpaRepository<GradeChange, Long> {

	Page<GradeChange> findByCustomerIdOrderByChangedAtDescIdDesc(Long customerId, Pageable pageable);

}
