package com.huike.crm.demand.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemandRegistrationRepository extends JpaRepository<DemandRegistration, Long> {

	List<DemandRegistration> findByProductKeyAndStatusOrderById(String productKey, DemandStatus status);

	List<DemandRegistration> findByIdIn(Collection<Long> ids);

}
