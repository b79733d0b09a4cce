package com.huike.crm.care.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CareTaskRepository extends JpaRepository<CareTask, Long> {

	Optional<CareTask> findByKindAndRef(CareTaskKind kind, long ref);

}
