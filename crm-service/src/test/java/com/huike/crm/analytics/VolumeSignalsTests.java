package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.huike.crm.analytics.VolumeSignals.Anomaly;
import com.huike.crm.analytics.VolumeSignals.Direction;
import com.huike.crm.analytics.VolumeSignals.FalseBigSigns;
import com.huike.crm.analytics.VolumeSignals.Result;
import com.huike.crm.analytics.VolumeSignals.Rules;
import com.huike.crm.analytics.VolumeSignals.SignKind;
import com.huike.crm.customer.CustomerFigures.NamedCustomer;
import com.huike.crm.customer.CustomerFigures.WindowVolume;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volume-anomaly and false-big-customer rules on small hand-made books, windows of 30
 * days, six of history, a factor of 3, orders 1.5 times as often.
 */
class VolumeSignalsTests {

	private static final Rules RULES = new Rules(30, 6, 3, new BigDecimal("3"), new BigDecimal("1.5"));

	/** A customer's windows, latest first: amounts and order days. */
	private static void customer(List<WindowVolume> rows, long id, String grade, int[] amounts, int[] orders) {
		for (int w = 0; w < amounts.length; w++) {
			if (amounts[w] > 0) {
				rows.add(new WindowVolume(id, "KH" + id, "客户" + id, 1L, grade, w, BigDecimal.valueOf(amounts[w]),
						orders[w]));
			}
		}
	}

	private static void steady(List<WindowVolume> rows, long id, String grade, int amount) {
		customer(rows, id, grade, new int[] { amount, amount, amount, amount, amount, amount, amount },
				new int[] { 4, 4, 4, 4, 4, 4, 4 });
	}

	private static Result judge(List<WindowVolume> rows) {
		return VolumeSignals.of(rows, Map.of(), 90, Map.of(), RULES);
	}

	@Test
	void aSteadyBookHasNoAnomalyAndNoSign() {
		List<WindowVolume> rows = new ArrayList<>();
		for (long id = 1; id <= 8; id++) {
			steady(rows, id, "B", 1000 * (int) id);
		}
		Result result = judge(rows);
		assertThat(result.anomalies()).isEmpty();
		assertThat(result.falseBig()).isEmpty();
	}

	@Test
	void aJumpAgainstAQuietSeasonIsTooLargeWithItsFiguresAndAFallTooSmall() {
		List<WindowVolume> rows = new ArrayList<>();
		for (long id = 1; id <= 6; id++) {
			steady(rows, id, "B", 1000);
		}
		// usual 1,000 (median of 1,000 ×6), now 4,000 on 8 days instead of 4
		customer(rows, 7, "B", new int[] { 4000, 1000, 1000, 900, 1100, 1000, 1000 },
				new int[] { 8, 4, 4, 4, 4, 4, 4 });
		// usual 1,000, now 300: 0.3 of it, peers at 1
		customer(rows, 8, "B", new int[] { 300, 1000, 1000, 1000, 1000, 1000, 1000 },
				new int[] { 1, 4, 4, 4, 4, 4, 4 });
		Result result = judge(rows);
		assertThat(result.anomalies()).extracting(Anomaly::customerId, Anomaly::direction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(7L, Direction.HIGH),
					org.assertj.core.groups.Tuple.tuple(8L, Direction.LOW));
		Anomaly high = result.anomalies().get(0);
		assertThat(high.latest()).isEqualByComparingTo("4000");
		assertThat(high.usual()).isEqualByComparingTo("1000");
		assertThat(high.change()).isEqualByComparingTo("4.0");
		assertThat(high.peersChange()).isEqualByComparingTo("1.0");
		// ordering on 8 days instead of 4: a sign, with the jump noted beside it
		assertThat(result.falseBig()).singleElement().satisfies(f -> {
			assertThat(f.customerId()).isEqualTo(7L);
			assertThat(f.signs()).extracting(VolumeSignals.Sign::kind)
				.containsExactly(SignKind.FREQUENCY, SignKind.VOLUME);
			assertThat(f.signs().get(0).value()).isEqualByComparingTo("8");
			assertThat(f.signs().get(0).usual()).isEqualByComparingTo("4");
		});
	}

	@Test
	void whenTheWholeGradeRoseTheSameRiseIsNoAnomaly() {
		// 节前备货: every B customer bought three times their usual; so did customer 7
		List<WindowVolume> rows = new ArrayList<>();
		for (long id = 1; id <= 7; id++) {
			customer(rows, id, "B", new int[] { 3000, 1000, 1000, 1000, 1000, 1000, 1000 },
					new int[] { 4, 4, 4, 4, 4, 4, 4 });
		}
		// a C customer's rise of three is judged against the whole book (fewer than five
		// Cs), which rose as much
		customer(rows, 8, "C", new int[] { 3000, 1000, 1000, 1000, 1000, 1000, 1000 },
				new int[] { 4, 4, 4, 4, 4, 4, 4 });
		Result result = judge(rows);
		assertThat(result.anomalies()).isEmpty();
	}

	@Test
	void exactlyTheFactorCountsAndACustomerWithTooLittleHistoryIsNotJudged() {
		List<WindowVolume> rows = new ArrayList<>();
		for (long id = 1; id <= 6; id++) {
			steady(rows, id, "B", 1000);
		}
		// exactly 3 times the peers' change of 1
		customer(rows, 7, "B", new int[] { 3000, 1000, 1000, 1000, 1000, 1000, 1000 },
				new int[] { 4, 4, 4, 4, 4, 4, 4 });
		// bought in two earlier windows only: no usual
		customer(rows, 8, "B", new int[] { 50000, 1000, 1000, 0, 0, 0, 0 }, new int[] { 20, 1, 1, 0, 0, 0, 0 });
		Result result = judge(rows);
		assertThat(result.anomalies()).extracting(Anomaly::customerId).containsExactly(7L);
		assertThat(result.falseBig()).isEmpty();
	}

	@Test
	void nothingBoughtLatelyIsTooSmallAndAFewMoreOrderDaysAreNoSign() {
		List<WindowVolume> rows = new ArrayList<>();
		for (long id = 1; id <= 6; id++) {
			steady(rows, id, "D", 500);
		}
		customer(rows, 7, "D", new int[] { 0, 500, 500, 500, 500, 500, 500 }, new int[] { 0, 2, 2, 2, 2, 2, 2 });
		// 4 order days instead of 2: twice as often, but only 2 more
		customer(rows, 8, "D", new int[] { 500, 500, 500, 500, 500, 500, 500 }, new int[] { 4, 2, 2, 2, 2, 2, 2 });
		Result result = judge(rows);
		assertThat(result.anomalies()).singleElement().satisfies(a -> {
			assertThat(a.customerId()).isEqualTo(7L);
			assertThat(a.direction()).isEqualTo(Direction.LOW);
			assertThat(a.latest()).isEqualByComparingTo("0");
		});
		assertThat(result.falseBig()).isEmpty();
	}

	@Test
	void swingsUpDownUpAreASignAndOneRiseIsNot() {
		List<WindowVolume> rows = new ArrayList<>();
		for (long id = 1; id <= 6; id++) {
			steady(rows, id, "C", 1000);
		}
		// oldest to latest: 1000, 1000, 3000, 900, 2800, 900 (latest): up, down, up, down
		customer(rows, 7, "C", new int[] { 900, 2800, 900, 3000, 1000, 1000, 1000 }, new int[] { 4, 4, 4, 4, 4, 4, 4 });
		// one rise and it stays: no turn
		customer(rows, 8, "C", new int[] { 3000, 3000, 3000, 1000, 1000, 1000, 1000 },
				new int[] { 4, 4, 4, 4, 4, 4, 4 });
		Result result = judge(rows);
		assertThat(result.falseBig()).singleElement().satisfies(f -> {
			assertThat(f.customerId()).isEqualTo(7L);
			assertThat(f.signs()).singleElement().satisfies(s -> {
				assertThat(s.kind()).isEqualTo(SignKind.SWINGS);
				assertThat(s.value()).isEqualByComparingTo("3");
			});
		});
	}

	@Test
	void riskComplaintsAreASignOnlyForTheCustomersOfTheScopeAndComeFirst() {
		List<WindowVolume> rows = new ArrayList<>();
		for (long id = 1; id <= 6; id++) {
			steady(rows, id, "B", 1000);
		}
		customer(rows, 7, "B", new int[] { 4000, 1000, 1000, 1000, 1000, 1000, 1000 },
				new int[] { 8, 4, 4, 4, 4, 4, 4 });
		// complaints about 7 (in the scope), 20 (in the scope, never bought) and 30 (not)
		Map<Long, NamedCustomer> inScope = Map.of(7L, new NamedCustomer(7L, "KH7", "客户7", 1L, 80), 20L,
				new NamedCustomer(20L, "KH20", "客户20", 1L, 40));
		Result result = VolumeSignals.of(rows, Map.of(7L, 2L, 20L, 1L, 30L, 5L), 90, inScope, RULES);
		assertThat(result.falseBig()).extracting(FalseBigSigns::customerId).containsExactly(7L, 20L);
		assertThat(result.falseBig().get(0).signs()).extracting(VolumeSignals.Sign::kind)
			.containsExactly(SignKind.COMPLAINTS, SignKind.FREQUENCY, SignKind.VOLUME);
		assertThat(result.falseBig().get(1).signs()).singleElement().satisfies(s -> {
			assertThat(s.value()).isEqualByComparingTo("1");
			assertThat(s.usual()).isEqualByComparingTo("90");
		});
	}

}
