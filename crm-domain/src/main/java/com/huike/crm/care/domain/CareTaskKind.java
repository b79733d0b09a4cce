package com.huike.crm.care.domain;

import org.springframework.modulith.NamedInterface;

/**
 * What a care task is about.
 */
@NamedInterface("values")
public enum CareTaskKind {

	/** The customer's birthday, solar or lunar (生日). */
	BIRTHDAY,
	/** A child's birthday from the profile (子女生日). */
	CHILD_BIRTHDAY,
	/** The wedding anniversary from the profile (结婚纪念日). */
	WEDDING_ANNIVERSARY,
	/** 元旦, 1 January. */
	NEW_YEAR,
	/** 情人节, 14 February. */
	VALENTINES_DAY,
	/** 春节, the first day of the lunar year. */
	SPRING_FESTIVAL,
	/** 元宵, the 15th of the 1st lunar month. */
	LANTERN_FESTIVAL,
	/** 五一 劳动节, 1 May. */
	LABOUR_DAY,
	/** 端午, the 5th of the 5th lunar month. */
	DRAGON_BOAT_FESTIVAL,
	/** 中秋, the 15th of the 8th lunar month. */
	MID_AUTUMN,
	/** 重阳, the 9th of the 9th lunar month. */
	DOUBLE_NINTH_FESTIVAL,
	/** 国庆, 1 October. */
	NATIONAL_DAY,
	/** 告知到货: goods the customer registered as wanted have arrived. */
	DEMAND_ARRIVED;

	/** True for the holiday greetings sent to the customers of the chosen grades. */
	public boolean isHolidayGreeting() {
		return switch (this) {
			case NEW_YEAR, VALENTINES_DAY, SPRING_FESTIVAL, LANTERN_FESTIVAL, LABOUR_DAY, DRAGON_BOAT_FESTIVAL,
					MID_AUTUMN, DOUBLE_NINTH_FESTIVAL, NATIONAL_DAY ->
				true;
			default -> false;
		};
	}

	/** True for the personal occasions kept in the archive (birthdays, anniversaries). */
	public boolean isPersonalOccasion() {
		return this == BIRTHDAY || this == CHILD_BIRTHDAY || this == WEDDING_ANNIVERSARY;
	}

}
