package com.huike.crm.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A day that differs from the weekly rule: a holiday or a make-up workday.
 */
@Entity
@Table(name = "work_calendar_day")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CalendarDay {

	@Id
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CalendarDayKind kind;

	@Column(nullable = false)
	private String name = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CalendarDaySource source;

	@Column(name = "changed_by")
	private Long changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Version
	private Long version;

	/** An entry the administrator adds. */
	public CalendarDay(LocalDate day, CalendarDayKind kind, String name, Long by) {
		if (day == null) {
			throw new IllegalArgumentException("a calendar entry needs a day");
		}
		this.day = day;
		this.source = CalendarDaySource.ADMIN;
		change(kind, name, by);
	}

	/** The administrator changes what the day is; it becomes theirs. */
	public void change(CalendarDayKind kind, String name, Long by) {
		if (kind == null) {
			throw new IllegalArgumentException("a calendar entry needs a kind");
		}
		this.kind = kind;
		this.name = (name == null) ? "" : name.strip();
		this.source = CalendarDaySource.ADMIN;
		this.changedBy = by;
		this.changedAt = Instant.now();
	}

	public boolean isHoliday() {
		return kind == CalendarDayKind.HOLIDAY;
	}

}
