package com.huike.crm.analytics.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpotCheckRepository extends JpaRepository<SpotCheck, Long> {

	List<SpotCheck> findByMonthAndManagerIdInOrderByManagerIdAscIdAsc(LocalDate month, Collection<Long> managerIds);

	List<SpotCheck> findByMonthOrderByManagerIdAscIdAsc(LocalDate month);

	List<SpotCheck> findByCustomerIdOrderByMonthDescIdDesc(Long customerId);

	List<SpotCheck> findByMonthAndManagerId(LocalDate month, Long managerId);

}
