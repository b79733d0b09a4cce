package com.huike.crm.shared.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded randomness of the demo generators: a generator of its own for every key
 * (customer, manager…), so that a part of the demo is the same whatever else was
 * generated before it.
 */
public final class DemoRandom {

	private DemoRandom() {
	}

	/** The random source of one key of a generator. */
	public static SplittableRandom of(long seed, long key) {
		return new SplittableRandom(mix(seed ^ mix(key + 0x9E3779B97F4A7C15L)));
	}

	public static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	public static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	public static boolean chance(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	public static int between(SplittableRandom random, int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	/** Stafford's mix13: spreads consecutive keys over unrelated seeds. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
