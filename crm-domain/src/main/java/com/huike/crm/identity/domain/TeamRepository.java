package com.huike.crm.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByName(String name);

	List<Team> findBySupervisorId(Long supervisorId);

	List<Team> findAllByOrderByName();

}
