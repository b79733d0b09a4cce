package com.huike.crm.revisit.domain;

import java.time.LocalTime;

/**
 * The time slots of a revisit call (上午 / 下午 / 晚上): a customer not reached is called again
 * in another slot (更换时间段进行二次回访), never in the same one twice in a row.
 */
public enum TimeSlot {

	/** 上午, until noon. */
	MORNING(LocalTime.of(12, 0)),
	/** 下午, until six in the evening. */
	AFTERNOON(LocalTime.of(18, 0)),
	/** 晚上, the rest of the day. */
	EVENING(LocalTime.MAX);

	private final LocalTime endsAt;

	TimeSlot(LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	/** The slot a call at this time of day falls into. */
	public static TimeSlot at(LocalTime time) {
		for (TimeSlot slot : values()) {
			if (time.isBefore(slot.endsAt)) {
				return slot;
			}
		}
		return EVENING;
	}

	/** The slot after this one: 上午 → 下午 → 晚上 → 上午 (of the next day). */
	public TimeSlot next() {
		return values()[(ordinal() + 1) % values().length];
	}

	/** Whether the next slot is on the next day (after 晚上). */
	public boolean nextIsTomorrow() {
		return this == EVENING;
	}

}
