package com.huike.crm.revisit.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisitItemRepository extends JpaRepository<RevisitItem, Long> {

	List<RevisitItem> findByKindOrderByPositionAscIdAsc(RevisitKind kind);

	List<RevisitItem> findByKindAndActiveTrueOrderByPositionAscIdAsc(RevisitKind kind);

	List<RevisitItem> findAllByOrderByKindAscPositionAscIdAsc();

	Optional<RevisitItem> findByKindAndName(RevisitKind kind, String name);

}
