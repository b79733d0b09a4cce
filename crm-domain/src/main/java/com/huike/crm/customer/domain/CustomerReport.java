package com.huike.crm.customer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * Part 1 of the archive (客户基础资料): a visit or survey report written by a salesperson about
 * the customer. The author is whoever wrote it first; later edits keep the author.
 */
@Entity
@Table(name = "customer_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustomerReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "report_date", nullable = false)
	private LocalDate reportDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportKind kind;

	@Column(name = "author_id", nullable = false, updatable = false)
	private Long authorId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String content;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Version
	private long version;

	public CustomerReport(Long customerId, Long authorId, LocalDate reportDate, ReportKind kind, String title,
			String content) {
		this.customerId = PartValues.required(customerId, "customer");
		this.authorId = PartValues.required(authorId, "author");
		this.createdAt = Instant.now();
		revise(reportDate, kind, title, content, authorId);
	}

	public void revise(LocalDate reportDate, ReportKind kind, String title, String content, Long by) {
		this.reportDate = PartValues.required(reportDate, "report date");
		this.kind = PartValues.required(kind, "report kind");
		this.title = PartValues.required(title, "title");
		this.content = PartValues.required(content, "content");
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	/** The fields as the history records them. */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", PartValues.text(reportDate));
		fields.put("kind", PartValues.text(kind));
		fields.put("title", title);
		fields.put("content", content);
		return fields;
	}

}
