package com.huike.crm.care;

import java.time.LocalDate;

/**
 * What one reminder run did.
 *
 * @param from the first occasion date covered
 * @param to the last occasion date covered
 * @param personalCreated birthday and anniversary tasks created
 * @param holidayCreated holiday greeting tasks created
 * @param durationMillis how long the run took
 */
public record CareRunResult(LocalDate from, LocalDate to, int personalCreated, int holidayCreated,
		long durationMillis) {

	public int created() {
		return personalCreated + holidayCreated;
	}

}
