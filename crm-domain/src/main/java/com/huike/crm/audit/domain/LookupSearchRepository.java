package com.huike.crm.audit.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LookupSearchRepository extends JpaRepository<LookupSearch, Long> {

	Page<LookupSearch> findAllByOrderBySearchedAtDescIdDesc(Pageable pageable);

	Page<LookupSearch> findByUserIdInOrderBySearchedAtDescIdDesc(java.util.Collection<Long> userIds, Pageable pageable);

}
