package com.huike.crm.followup.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CadenceRepository extends JpaRepository<Cadence, Long> {

	List<Cadence> findAllByOrderByActivityAscGradeAsc();

}
