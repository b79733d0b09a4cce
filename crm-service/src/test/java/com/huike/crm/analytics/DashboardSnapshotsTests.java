package com.huike.crm.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.huike.crm.customer.CustomerFigures.Churn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large scopes' dashboards are computed once and kept, recomputed in the background once
 * older than the refresh interval (the old figures served meanwhile), forgotten after a
 * day unread; small scopes are computed on every request.
 */
class DashboardSnapshotsTests {

	private Instant now = Instant.parse("2026-12-03T02:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	private final DashboardSnapshots snapshots = new DashboardSnapshots(1_000, Duration.ofMinutes(10), clock);

	private final AtomicInteger computed = new AtomicInteger();

	@AfterEach
	void stop() {
		snapshots.stop();
	}

	private final Supplier<ScopeFigures> compute = () -> {
		computed.incrementAndGet();
		return new ScopeFigures(LocalDate.of(2026, 9, 4), LocalDate.of(2026, 12, 3), now, 5_000, List.of(), List.of(),
				List.of(), List.of(), null, List.of(), new Churn(0, 0, List.of()), List.of(),
				new VolumeSignals.Result(List.of(), List.of()), 0, 0, List.of(), List.of(), null);
	};

	private final DashboardSnapshots.Key all = DashboardSnapshots.Key.of(null, null, 3);

	@Test
	void aSmallScopeIsComputedOnEveryRequest() {
		assertThat(snapshots.precomputed(999)).isFalse();
		snapshots.figures(all, 999, compute);
		snapshots.figures(all, 999, compute);
		assertThat(computed).hasValue(2);
	}

	@Test
	void aLargeScopeIsKeptThenRecomputedInTheBackgroundOnceOld() throws Exception {
		assertThat(snapshots.precomputed(1_000)).isTrue();
		assertThat(snapshots.kept(all)).isEmpty();
		ScopeFigures first = snapshots.figures(all, 5_000, compute);
		now = now.plus(Duration.ofMinutes(9));
		assertThat(snapshots.kept(all)).as("for the home page's alerts").containsSame(first);
		assertThat(snapshots.figures(all, 5_000, compute)).as("kept").isSameAs(first);
		assertThat(computed).hasValue(1);
		// another scope or period is its own
		snapshots.figures(DashboardSnapshots.Key.of(List.of(3L, 1L), "一组", 3), 5_000, compute);
		snapshots.figures(DashboardSnapshots.Key.of(List.of(1L, 3L), "一组", 3), 5_000, compute);
		assertThat(computed).as("owners in any order are the same scope").hasValue(2);

		now = now.plus(Duration.ofMinutes(2));
		assertThat(snapshots.kept(all)).as("too old for the alerts").isEmpty();
		assertThat(snapshots.figures(all, 5_000, compute)).as("the old ones while recomputing").isSameAs(first);
		ScopeFigures next = first;
		for (int i = 0; i < 200 && next == first; i++) {
			Thread.sleep(10);
			next = snapshots.figures(all, 5_000, compute);
		}
		assertThat(next).as("recomputed in the background").isNotSameAs(first);
		assertThat(next.computedAt()).isEqualTo(now);
		assertThat(computed).hasValue(3);
	}

	@Test
	void aScopeUnreadForADayIsForgotten() {
		snapshots.figures(all, 5_000, compute);
		now = now.plus(Duration.ofHours(25));
		snapshots.figures(DashboardSnapshots.Key.of(List.of(1L), null, 3), 5_000, compute);
		assertThat(computed).hasValue(2);
		// read again: computed anew, not refreshed from the day-old figures
		assertThat(snapshots.figures(all, 5_000, compute).computedAt()).isEqualTo(now);
		assertThat(computed).hasValue(3);
	}

	@Test
	void aScopeComputedAheadInTheBackgroundIsThereForItsFirstReader() throws Exception {
		snapshots.inBackground(() -> snapshots.figures(all, 5_000, compute));
		for (int i = 0; i < 200 && snapshots.kept(all).isEmpty(); i++) {
			Thread.sleep(10);
		}
		ScopeFigures ahead = snapshots.kept(all).orElseThrow();
		assertThat(snapshots.figures(all, 5_000, compute)).isSameAs(ahead);
		assertThat(computed).hasValue(1);
	}

}
