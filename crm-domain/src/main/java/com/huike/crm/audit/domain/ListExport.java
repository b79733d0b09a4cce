package com.huike.crm.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One list taken out as a file (导出): who, when, which list with which filters, the format
 * and how many rows left. Written once, never changed.
 */
@Entity
@Table(name = "list_export")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ListExport {

	/** The longest filter description kept. */
	public static final int MAX_FILTERS = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "exported_at", nullable = false, updatable = false)
	private Instant exportedAt;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(nullable = false, updatable = false)
	private String list;

	@Column(nullable = false, updatable = false)
	private String filters;

	@Column(nullable = false, updatable = false)
	private String format;

	@Column(name = "row_count", nullable = false, updatable = false)
	private int rowCount;

	public ListExport(Long userId, String list, String filters, String format, long rowCount, Instant exportedAt) {
		if (userId == null || list == null || format == null || exportedAt == null) {
			throw new IllegalArgumentException("who, which list, which format and when are required");
		}
		String described = (filters != null) ? filters : "";
		this.userId = userId;
		this.list = list;
		this.filters = (described.length() > MAX_FILTERS) ? described.substring(0, MAX_FILTERS) : described;
		this.format = format;
		this.rowCount = (int) Math.min(rowCount, Integer.MAX_VALUE);
		this.exportedAt = exportedAt;
	}

}
