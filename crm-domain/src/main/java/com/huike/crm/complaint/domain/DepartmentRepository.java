package com.huike.crm.complaint.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findAllByOrderByPositionAscIdAsc();

	Optional<Department> findByName(String name);

	boolean existsByName(String name);

}
