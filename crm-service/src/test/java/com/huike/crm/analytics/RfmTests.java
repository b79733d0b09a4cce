package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.huike.crm.analytics.Rfm.Scored;
import com.huike.crm.analytics.Rfm.Segment;
import com.huike.crm.customer.CustomerFigures.Buyer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFM and loyalty on hand-made buyers with known answers.
 */
class RfmTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	private static Buyer buyer(long id, int daysAgo, int purchaseDays, int net) {
		return new Buyer(id, "KH" + id, "客户" + id, TODAY.minusDays(daysAgo), purchaseDays, BigDecimal.valueOf(net),
				TODAY.minusDays(100));
	}

	@Test
	void fiveBuyersOfDistinctValuesScoreOneToFive() {
		// buyer 1 is the latest, the most frequent and the largest; buyer 5 the opposite
		List<Buyer> buyers = List.of(buyer(1, 1, 10, 5000), buyer(2, 10, 8, 4000), buyer(3, 20, 6, 3000),
				buyer(4, 40, 4, 2000), buyer(5, 80, 2, 1000));
		Map<Long, Scored> scored = Rfm.score(buyers)
			.stream()
			.collect(Collectors.toMap(s -> s.buyer().customerId(), s -> s));
		for (long id = 1; id <= 5; id++) {
			int expected = 6 - (int) id;
			assertThat(scored.get(id).recency()).as("R of " + id).isEqualTo(expected);
			assertThat(scored.get(id).frequency()).as("F of " + id).isEqualTo(expected);
			assertThat(scored.get(id).value()).as("M of " + id).isEqualTo(expected);
		}
		assertThat(scored.get(1L).segment()).isEqualTo(Segment.CHAMPIONS);
		assertThat(scored.get(2L).segment()).isEqualTo(Segment.CHAMPIONS);
		assertThat(scored.get(3L).segment()).isEqualTo(Segment.OTHERS);
		assertThat(scored.get(4L).segment()).isEqualTo(Segment.HIBERNATING);
		assertThat(scored.get(5L).segment()).isEqualTo(Segment.HIBERNATING);
	}

	@Test
	void equalValuesShareAScore() {
		// four buyers on one day each: all take the first one's frequency score
		List<Buyer> buyers = List.of(buyer(1, 1, 1, 100), buyer(2, 2, 1, 200), buyer(3, 3, 1, 300), buyer(4, 4, 1, 400),
				buyer(5, 5, 9, 500));
		Map<Long, Integer> f = Rfm.score(buyers)
			.stream()
			.collect(Collectors.toMap(s -> s.buyer().customerId(), Scored::frequency));
		assertThat(f).containsEntry(1L, 1)
			.containsEntry(2L, 1)
			.containsEntry(3L, 1)
			.containsEntry(4L, 1)
			.containsEntry(5L, 5);
	}

	@Test
	void theSegmentsFollowTheScores() {
		assertThat(Rfm.segment(5, 5, 4)).isEqualTo(Segment.CHAMPIONS);
		assertThat(Rfm.segment(3, 5, 1)).isEqualTo(Segment.LOYAL);
		assertThat(Rfm.segment(5, 1, 1)).isEqualTo(Segment.NEW);
		assertThat(Rfm.segment(1, 4, 1)).isEqualTo(Segment.AT_RISK);
		assertThat(Rfm.segment(2, 1, 5)).isEqualTo(Segment.AT_RISK);
		assertThat(Rfm.segment(1, 1, 2)).isEqualTo(Segment.HIBERNATING);
		assertThat(Rfm.segment(3, 3, 3)).isEqualTo(Segment.OTHERS);
	}

	@Test
	void loyaltyIsTheShareOfRepeatBuyersAndTheirTenure() {
		List<Buyer> buyers = List.of(buyer(1, 1, 3, 100), buyer(2, 2, 1, 200), buyer(3, 3, 2, 300),
				new Buyer(4L, "KH4", "客户4", TODAY, 1, BigDecimal.TEN, TODAY.minusDays(300)));
		Rfm.Result r = Rfm.of(buyers, TODAY);
		assertThat(r.buyers()).isEqualTo(4);
		assertThat(r.repeatBuyers()).isEqualTo(2);
		assertThat(r.repeatRate()).isEqualByComparingTo("50.0");
		// (100 + 100 + 100 + 300) / 4
		assertThat(r.averageTenureDays()).isEqualTo(150);
		assertThat(r.segments()).hasSize(Segment.values().length);
		assertThat(r.segments().stream().mapToLong(Rfm.SegmentLine::customers).sum()).isEqualTo(4);
		assertThat(Rfm.of(List.of(), TODAY).repeatRate()).isEqualByComparingTo(BigDecimal.ZERO);
	}

}
