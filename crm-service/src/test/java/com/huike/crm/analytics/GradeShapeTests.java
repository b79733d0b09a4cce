package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.analytics.GradeHistory.GradeMonth;
import com.huike.crm.analytics.GradeHistory.Shape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of a grade distribution on hand-made books: a pyramid has the most customers
 * in D or E, an olive in B or C with fewer at both ends; the middle's share is of the
 * graded customers.
 */
class GradeShapeTests {

	private static GradeMonth book(long a, long b, long c, long d, long e, long ungraded) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("A", a);
		counts.put("B", b);
		counts.put("C", c);
		counts.put("D", d);
		counts.put("E", e);
		counts.put("-", ungraded);
		return new GradeMonth(YearMonth.of(2026, 11), counts, false);
	}

	@Test
	void mostInTheLowGradesIsAPyramid() {
		assertThat(book(4, 8, 14, 34, 40, 0).shape()).isEqualTo(Shape.PYRAMID);
		assertThat(book(11, 10, 19, 37, 17, 5).shape()).isEqualTo(Shape.PYRAMID);
	}

	@Test
	void mostInTheMiddleWithSmallEndsIsAnOlive() {
		assertThat(book(10, 30, 35, 15, 10, 0).shape()).isEqualTo(Shape.OLIVE);
		// the middle as large as an end is not an olive yet
		assertThat(book(30, 30, 10, 10, 5, 0).shape()).isEqualTo(Shape.OTHER);
	}

	@Test
	void noGradedCustomerHasNoShapeAndTheMiddleShareLeavesTheUngradedOut() {
		GradeMonth none = book(0, 0, 0, 0, 0, 12);
		assertThat(none.shape()).isEqualTo(Shape.OTHER);
		assertThat(none.middleShare()).isEqualByComparingTo(BigDecimal.ZERO);
		GradeMonth some = book(1, 2, 1, 3, 1, 100);
		// B + C = 3 of 8 graded
		assertThat(some.middleShare()).isEqualByComparingTo("37.5");
		assertThat(some.total()).isEqualTo(108);
	}

}
