package com.huike.crm.audit.domain;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListExportRepository extends JpaRepository<ListExport, Long> {

	Page<ListExport> findAllByOrderByExportedAtDescIdDesc(Pageable pageable);

	Page<ListExport> findByUserIdInOrderByExportedAtDescIdDesc(Collection<Long> userIds, Pageable pageable);

}
