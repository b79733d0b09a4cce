package com.huike.crm.complaint.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findAllByOrderByPositionAscIdAsc();

	Optional<Category> findByName(String name);

	boolean existsByName(String name);

}
