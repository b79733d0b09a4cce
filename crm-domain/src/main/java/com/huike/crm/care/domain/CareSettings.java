package com.huike.crm.care.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.huike.crm.customer.domain.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The administrator's settings of the care reminders (one row): how many days ahead a
 * birthday or anniversary reminder falls due (2–7, seed 001: "生日前2-7天"), how many days
 * ahead a holiday greeting falls due, and which holidays are greeted for the customers of
 * which grades.
 */
@Entity
@Table(name = "care_settings")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CareSettings {

	public static final short SINGLETON_ID = 1;

	public static final int MIN_BIRTHDAY_LEAD_DAYS = 2;

	public static final int MAX_BIRTHDAY_LEAD_DAYS = 7;

	public static final int MIN_HOLIDAY_LEAD_DAYS = 1;

	public static final int MAX_HOLIDAY_LEAD_DAYS = 7;

	@Id
	private Short id;

	@Column(name = "birthday_lead_days", nullable = false)
	private int birthdayLeadDays;

	@Column(name = "holiday_lead_days", nullable = false)
	private int holidayLeadDays;

	@Column(name = "holiday_grades", nullable = false)
	private String holidayGrades;

	@Column(nullable = false)
	private String holidays;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	public void change(int birthdayLeadDays, int holidayLeadDays, Set<Grade> grades, Set<CareTaskKind> holidays,
			Long by) {
		if (birthdayLeadDays < MIN_BIRTHDAY_LEAD_DAYS || birthdayLeadDays > MAX_BIRTHDAY_LEAD_DAYS) {
			throw new IllegalArgumentException("birthday reminders fall due 2 to 7 days ahead");
		}
		if (holidayLeadDays < MIN_HOLIDAY_LEAD_DAYS || holidayLeadDays > MAX_HOLIDAY_LEAD_DAYS) {
			throw new IllegalArgumentException("holiday greetings fall due 1 to 7 days ahead");
		}
		if (holidays.stream().anyMatch(h -> !h.isHolidayGreeting())) {
			throw new IllegalArgumentException("only holidays can be greeted by grade");
		}
		this.birthdayLeadDays = birthdayLeadDays;
		this.holidayLeadDays = holidayLeadDays;
		this.holidayGrades = grades.stream().sorted().map(Grade::name).collect(Collectors.joining());
		this.holidays = holidays.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	public Set<Grade> greetedGrades() {
		Set<Grade> grades = EnumSet.noneOf(Grade.class);
		holidayGrades.chars().forEach(c -> grades.add(Grade.valueOf(String.valueOf((char) c))));
		return grades;
	}

	public Set<CareTaskKind> greetedHolidays() {
		Set<CareTaskKind> kinds = EnumSet.noneOf(CareTaskKind.class);
		Arrays.stream(holidays.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.forEach(s -> kinds.add(CareTaskKind.valueOf(s)));
		return kinds;
	}

}
