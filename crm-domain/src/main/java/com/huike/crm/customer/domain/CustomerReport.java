package com.huike.crm.customer.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.shared.domain.CustomerEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Part 1 of the archive (客户基础资料): a visit or survey report written by a salesperson about
 * the customer. The author is whoever wrote it first, its creator (column
 * {@code author_id}, required); later edits keep the author.
 */
@Entity
@Table(name = "customer_report")
@AttributeOverride(name = "createdBy", column = @Column(name = "author_id", nullable = false, updatable = false))
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustomerReport extends CustomerEntry {

	@Column(name = "report_date", nullable = false)
	private LocalDate reportDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String content;

	public CustomerReport(Long customerId, LocalDate reportDate, ReportKind kind, String title, String content) {
		super(customerId);
		revise(reportDate, kind, title, content);
	}

	/** Who wrote the report: the user who created it. */
	public Long getAuthorId() {
		return getCreatedBy();
	}

	public void revise(LocalDate reportDate, ReportKind kind, String title, String content) {
		this.reportDate = PartValues.required(reportDate, "report date");
		this.kind = PartValues.required(kind, "report kind");
		this.title = PartValues.required(title, "title");
		this.content = PartValues.required(content, "content");
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", PartValues.text(reportDate));
		fields.put("kind", PartValues.text(kind));
		fields.put("title", title);
		fields.put("content", content);
		return fields;
	}

}
