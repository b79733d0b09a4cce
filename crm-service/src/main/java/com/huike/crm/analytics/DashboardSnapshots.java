package com.huike.crm.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboards of large scopes, computed ahead (issue 12, "Measure"). A scope of at
 * least {@code huike.analytics.precompute-from} customers (5,000 by default: at 1,000,000
 * customers and 20,000,000 transactions a team of 100,000 customers took 7 s to compute,
 * all of them a minute) is not computed on every request: the first request computes its
 * figures and keeps them; a request that finds them older than
 * {@code huike.analytics.refresh-after} (10 minutes) gets them as they are and has them
 * computed again in the background. One scope is computed at a time (the others wait), so
 * that the heap holds one scope's customers at most; a scope nobody has read for a day is
 * forgotten. The dashboard says when its figures were computed. Smaller scopes (the
 * demo's books) are computed on every request. Per instance: each application instance
 * keeps its own.
 */
@Component
class DashboardSnapshots {

	private static final Logger log = LoggerFactory.getLogger(DashboardSnapshots.class);

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	/**
	 * A scope and period: the owners (sorted; null for all), the scope's name, the
	 * months.
	 */
	record Key(List<Long> owners, String scopeName, int months) {

		static Key of(Collection<Long> owners, String scopeName, int months) {
			return new Key((owners != null) ? owners.stream().sorted().toList() : null, scopeName, months);
		}

	}

	private static final class Entry {

		final Supplier<ScopeFigures> compute;

		volatile ScopeFigures figures;

		volatile Instant lastRead;

		volatile boolean refreshing;

		Entry(Supplier<ScopeFigures> compute) {
			this.compute = compute;
		}

	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	/**
	 * Held while a large scope is computed: one at a time, so that the heap holds one
	 * scope's customers at most (a million of them: ~200 MB).
	 */
	private final Object computing = new Object();

	private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "dashboard-refresh");
		thread.setDaemon(true);
		return thread;
	});

	private final long precomputeFrom;

	private final Duration refreshAfter;

	private final Clock clock;

	DashboardSnapshots(@Value("${huike.analytics.precompute-from:5000}") long precomputeFrom,
			@Value("${huike.analytics.refresh-after:PT10M}") Duration refreshAfter, Clock clock) {
		this.precomputeFrom = precomputeFrom;
		this.refreshAfter = refreshAfter;
		this.clock = clock;
	}

	/** Whether a scope of so many customers is computed ahead. */
	boolean precomputed(long customers) {
		return customers >= precomputeFrom;
	}

	/**
	 * The figures of a scope: computed now when it is small, else as kept (computed now
	 * the first time; again in the background once older than the refresh interval).
	 */
	ScopeFigures figures(Key key, long customers, Supplier<ScopeFigures> compute) {
		if (!precomputed(customers)) {
			return compute.get();
		}
		Instant now = clock.instant();
		forgetUnread(now);
		Entry entry = entries.computeIfAbsent(key, k -> new Entry(compute));
		entry.lastRead = now;
		ScopeFigures figures = entry.figures;
		if (figures == null) {
			synchronized (computing) {
				if (entry.figures == null) {
					entry.figures = compute(key, entry);
				}
				return entry.figures;
			}
		}
		if (figures.computedAt().plus(refreshAfter).isBefore(now) && !entry.refreshing) {
			entry.refreshing = true;
			refresher.execute(() -> {
				try {
					synchronized (computing) {
						entry.figures = compute(key, entry);
					}
				}
				catch (RuntimeException ex) {
					log.warn("Dashboard of {} not refreshed: {}", key, ex.toString());
				}
				finally {
					entry.refreshing = false;
				}
			});
		}
		return figures;
	}

	/** Runs a computation on the background thread (computing ahead). */
	void inBackground(Runnable computation) {
		refresher.execute(() -> {
			try {
				computation.run();
			}
			catch (RuntimeException ex) {
				log.warn("Dashboard not computed ahead: {}", ex.toString());
			}
		});
	}

	/**
	 * The figures kept of a scope if they are younger than the refresh interval, without
	 * computing any.
	 */
	java.util.Optional<ScopeFigures> kept(Key key) {
		Entry entry = entries.get(key);
		ScopeFigures figures = (entry != null) ? entry.figures : null;
		return java.util.Optional.ofNullable(figures)
			.filter(f -> !f.computedAt().plus(refreshAfter).isBefore(clock.instant()));
	}

	private ScopeFigures compute(Key key, Entry entry) {
		long started = System.nanoTime();
		ScopeFigures figures = entry.compute.get();
		log.info("Dashboard of {} customers ({} months, {}) computed in {} ms", figures.customers(), key.months(),
				(key.owners() != null) ? key.owners().size() + " managers" : "all",
				(System.nanoTime() - started) / 1_000_000);
		return figures;
	}

	private void forgetUnread(Instant now) {
		List<Key> unread = new ArrayList<>();
		entries.forEach((k, e) -> {
			if (e.lastRead != null && e.lastRead.plus(FORGET_AFTER).isBefore(now)) {
				unread.add(k);
			}
		});
		unread.forEach(entries::remove);
	}

	/** Forgets every scope's figures (tests). */
	void clear() {
		entries.clear();
	}

	@PreDestroy
	void stop() {
		refresher.shutdownNow();
	}

}
