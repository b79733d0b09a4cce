package com.huike.crm.importexport.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One uploaded spreadsheet: the file (kept, so that preview, import and error file read
 * the same bytes), what its preview found, the user's decisions on duplicates, and how
 * the import went.
 */
@Entity
@Table(name = "import_batch")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ImportBatch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ImportKind kind;

	@Column(name = "file_name", nullable = false, updatable = false)
	private String fileName;

	@Column(name = "file_hash", nullable = false, updatable = false)
	private String fileHash;

	@Column(name = "file_format", nullable = false, updatable = false)
	private String fileFormat;

	private String charset;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "registration_sheet", nullable = false)
	private boolean registrationSheet;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportStatus status = ImportStatus.PREVIEWED;

	@Column(name = "total_rows", nullable = false)
	private int totalRows;

	@Column(name = "bad_rows", nullable = false)
	private int badRows;

	@Column(name = "duplicate_rows", nullable = false)
	private int duplicateRows;

	@Column(name = "processed_rows", nullable = false)
	private int processedRows;

	@Column(name = "created_count", nullable = false)
	private int createdCount;

	@Column(name = "updated_count", nullable = false)
	private int updatedCount;

	@Column(name = "skipped_count", nullable = false)
	private int skippedCount;

	@Column(nullable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String problems = "[]";

	@Column(nullable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String duplicates = "[]";

	@Enumerated(EnumType.STRING)
	@Column(name = "default_decision", nullable = false)
	private ImportDecision defaultDecision = ImportDecision.SKIP;

	@Column(nullable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String decisions = "{}";

	@Column(name = "failure_key")
	private String failureKey;

	@Column(name = "created_by", nullable = false, updatable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Version
	private long version;

	public ImportBatch(ImportKind kind, String fileName, String fileHash, String fileFormat, String charset,
			byte[] content, boolean registrationSheet, Long createdBy, Instant now) {
		this.kind = kind;
		this.fileName = fileName;
		this.fileHash = fileHash;
		this.fileFormat = fileFormat;
		this.charset = charset;
		this.content = content.clone();
		this.registrationSheet = registrationSheet;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The preview's findings: rows, problems and duplicates (JSON). */
	public void previewed(int totalRows, int badRows, int duplicateRows, String problemsJson, String duplicatesJson,
			Instant now) {
		requireStatus(ImportStatus.PREVIEWED);
		this.totalRows = totalRows;
		this.badRows = badRows;
		this.duplicateRows = duplicateRows;
		this.problems = problemsJson;
		this.duplicates = duplicatesJson;
		this.updatedAt = now;
	}

	/** The user's choice for the duplicates: one for all, and per row (JSON). */
	public void decide(ImportDecision defaultDecision, String decisionsJson, Instant now) {
		requireStatus(ImportStatus.PREVIEWED);
		this.defaultDecision = defaultDecision;
		this.decisions = decisionsJson;
		this.updatedAt = now;
	}

	/** The user said go: the import runs in the background. */
	public void start(Instant now) {
		requireStatus(ImportStatus.PREVIEWED);
		this.status = ImportStatus.RUNNING;
		this.processedRows = 0;
		this.updatedAt = now;
	}

	/** Written, with what was created, updated and skipped. */
	public void finish(int created, int updated, int skipped, Instant now) {
		requireStatus(ImportStatus.RUNNING);
		this.status = ImportStatus.DONE;
		this.createdCount = created;
		this.updatedCount = updated;
		this.skippedCount = skipped;
		this.processedRows = totalRows;
		this.finishedAt = now;
		this.updatedAt = now;
	}

	/** Stopped; nothing of it was written. The message key says why. */
	public void fail(String failureKey, Instant now) {
		requireStatus(ImportStatus.RUNNING);
		this.status = ImportStatus.FAILED;
		this.failureKey = failureKey;
		this.finishedAt = now;
		this.updatedAt = now;
	}

	public byte[] getContent() {
		return content.clone();
	}

	private void requireStatus(ImportStatus expected) {
		if (status != expected) {
			throw new ImportNotPossibleException(id, status);
		}
	}

}
