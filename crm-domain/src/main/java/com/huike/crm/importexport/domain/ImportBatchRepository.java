package com.huike.crm.importexport.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	/** The imports of these users (without the files), the newest first. */
	@Query("""
			select b.id as id, b.kind as kind, b.fileName as fileName, b.status as status, b.totalRows as totalRows,
			       b.badRows as badRows, b.duplicateRows as duplicateRows, b.createdCount as createdCount,
			       b.updatedCount as updatedCount, b.skippedCount as skippedCount, b.processedRows as processedRows,
			       b.createdBy as createdBy, b.createdAt as createdAt, b.finishedAt as finishedAt
			  from ImportBatch b where b.createdBy in :users order by b.createdAt desc, b.id desc""")
	Page<ImportBatchSummary> findSummariesByCreatedByIn(Collection<Long> users, Pageable pageable);

	/** Every import (without the files), the newest first. */
	@Query("""
			select b.id as id, b.kind as kind, b.fileName as fileName, b.status as status, b.totalRows as totalRows,
			       b.badRows as badRows, b.duplicateRows as duplicateRows, b.createdCount as createdCount,
			       b.updatedCount as updatedCount, b.skippedCount as skippedCount, b.processedRows as processedRows,
			       b.createdBy as createdBy, b.createdAt as createdAt, b.finishedAt as finishedAt
			  from ImportBatch b order by b.createdAt desc, b.id desc""")
	Page<ImportBatchSummary> findSummaries(Pageable pageable);

	/** The finished or running import of this file by this user, if any. */
	Optional<ImportBatch> findFirstByCreatedByAndKindAndFileHashAndStatusIn(Long createdBy, ImportKind kind,
			String fileHash, Collection<ImportStatus> statuses);

	/** Progress of a running import, written beside the import's own transaction. */
	@Modifying
	@Query("update ImportBatch b set b.processedRows = :processed, b.updatedAt = :now where b.id = :id and b.status = com.huike.crm.importexport.domain.ImportStatus.RUNNING")
	int recordProgress(Long id, int processed, Instant now);

	/** Imports that were running when the application stopped: they wrote nothing. */
	@Modifying
	@Query("update ImportBatch b set b.status = com.huike.crm.importexport.domain.ImportStatus.FAILED, b.failureKey = 'import.failure.interrupted', b.finishedAt = :now where b.status = com.huike.crm.importexport.domain.ImportStatus.RUNNING and b.updatedAt < :before")
	int failInterrupted(Instant before, Instant now);

	interface ImportBatchSummary {

		Long getId();

		ImportKind getKind();

		String getFileName();

		ImportStatus getStatus();

		int getTotalRows();

		int getBadRows();

		int getDuplicateRows();

		int getCreatedCount();

		int getUpdatedCount();

		int getSkippedCount();

		int getProcessedRows();

		Long getCreatedBy();

		Instant getCreatedAt();

		Instant getFinishedAt();

	}

}
