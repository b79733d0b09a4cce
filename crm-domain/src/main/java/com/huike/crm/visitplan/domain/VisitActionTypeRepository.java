package com.huike.crm.visitplan.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitActionTypeRepository extends JpaRepository<VisitActionType, Long> {

	List<VisitActionType> findAllByOrderByPositionAscIdAsc();

	Optional<VisitActionType> findByName(String name);

}
