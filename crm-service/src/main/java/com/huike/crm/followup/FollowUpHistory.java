package com.huike.crm.followup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.domain.Channel;
import com.huike.crm.shared.demo.DemoRandom;

/**
 * Invents the follow-up log of a manager's book for the demo: two years of follow-ups
 * (channels, what was discussed, outcome, next step, in Chinese) and grade changes with
 * their reasons, leading to each customer's grade of today, so that the manager's agenda
 * holds a working day: a few customers due today, some overdue by days or weeks (never
 * months; an A customer, followed up daily, by a few days at most), the week ahead
 * filled, the rest later.
 * <p>
 * The next due date is the day of the last follow-up plus the cadence of the grade, so
 * the generator first chooses when each customer is next due and works back from there:
 * the last follow-up lies that cadence before it, and the earlier ones a cadence apart (a
 * manager is never exact), back to the day the customer was created. Nothing lies later
 * than yesterday, so the agenda is a morning's. Customers created in the last ten days
 * may not have been followed up yet.
 * <p>
 * Deterministic: the same book, day and cadences give the same history.
 */
final class FollowUpHistory {

	static final long SEED = 20261124L;

	/**
	 * Customers created this many days ago or fewer may still wait for a first follow-up.
	 */
	static final int NEW_CUSTOMER_DAYS = 10;

	/** Overdue by at most this many days, per grade. */
	private static final Map<Grade, Integer> MAX_OVERDUE = new EnumMap<>(
			Map.of(Grade.A, 3, Grade.B, 10, Grade.C, 20, Grade.D, 30, Grade.E, 30));

	private final LocalDate today;

	private final ZoneId zone;

	private final CadenceTable cadences;

	FollowUpHistory(LocalDate today, ZoneId zone, CadenceTable cadences) {
		this.today = today;
		this.zone = zone;
		this.cadences = cadences;
	}

	/** A customer as the generator needs it; {@code key} makes its own randomness. */
	record Subject(long key, Grade grade, DealStatus dealStatus, Instant createdAt) {
	}

	/**
	 * One customer's history: the follow-ups oldest first, the grade changes (each at a
	 * follow-up, by its index, or on its own), the decision of the last follow-up (its
	 * views and grade) and the day the next one is due. Empty follow-ups: never followed
	 * up; the customer is due on its creation day plus the cadence.
	 */
	record Life(Subject subject, List<Entry> followUps, List<Change> gradeChanges, GradeDecision lastDecision,
			LocalDate nextFollowUpOn) {

		boolean followedUp() {
			return !followUps.isEmpty();
		}

		Entry last() {
			return followUps.get(followUps.size() - 1);
		}

	}

	record Entry(Instant occurredAt, Instant loggedAt, Channel channel, String content, String outcome, String nextStep,
			Grade gradeBefore, Grade gradeAfter) {
	}

	/**
	 * A grade change: at the follow-up of index {@code followUp} (of {@link Life}), or
	 * decided on the grade page when {@code followUp} is negative.
	 */
	record Change(Instant at, int followUp, Grade oldGrade, Grade newGrade, Grade proposedGrade, String reason) {
	}

	/** The histories of one manager's customers, in the order given. */
	List<Life> book(long bookKey, List<Subject> customers) {
		SplittableRandom random = DemoRandom.of(SEED, bookKey);
		int todayLeft = DemoRandom.between(random, 3, 5);
		int overdueLeft = DemoRandom.between(random, 6, 12);
		Map<Subject, Integer> due = new HashMap<>();
		Set<Subject> waiting = new LinkedHashSet<>();
		List<Subject> others = new ArrayList<>();
		List<Subject> daily = new ArrayList<>();
		for (Subject s : customers) {
			long age = age(s);
			if (age == 0 || (age <= NEW_CUSTOMER_DAYS && s.grade() != Grade.A
					&& DemoRandom.of(SEED, s.key()).nextInt(2) == 0)) {
				waiting.add(s);
			}
			else if (cadence(s.grade()) == 1) {
				daily.add(s);
			}
			else {
				others.add(s);
			}
		}
		for (Subject s : waiting) {
			int offset = cadence(s.grade()) - (int) age(s);
			due.put(s, offset);
			todayLeft -= (offset == 0) ? 1 : 0;
			overdueLeft -= (offset < 0) ? 1 : 0;
		}
		// followed up daily (A, by default): followed up yesterday a customer is due
		// today,
		// earlier it is overdue by a day or a few
		Collections.shuffle(daily, new Random(random.nextLong()));
		int dueToday = Math.max(1, Math.min(daily.size(), todayLeft - 1));
		for (int i = 0; i < daily.size(); i++) {
			Subject s = daily.get(i);
			int latest = (int) Math.min(MAX_OVERDUE.get(Grade.A), age(s) - 1);
			int offset = (i < dueToday || latest < 1) ? 0 : -DemoRandom.between(random, 1, latest);
			due.put(s, offset);
			todayLeft -= (offset == 0) ? 1 : 0;
			overdueLeft -= (offset < 0) ? 1 : 0;
		}
		Collections.shuffle(others, new Random(random.nextLong()));
		for (Subject s : others) {
			int cadence = cadence(s.grade());
			long age = age(s);
			int offset;
			if (todayLeft > 0 && age >= cadence) {
				offset = 0;
				todayLeft--;
			}
			else if (overdueLeft > 0 && age > cadence) {
				offset = -DemoRandom.between(random, 1, (int) Math.min(MAX_OVERDUE.get(s.grade()), age - cadence));
				overdueLeft--;
			}
			else {
				offset = DemoRandom.between(random, (int) Math.max(1, cadence - age), cadence - 1);
			}
			due.put(s, offset);
		}
		return customers.stream()
			.map(s -> waiting.contains(s) ? waiting(s) : life(s, today.plusDays(due.get(s) - cadence(s.grade()))))
			.toList();
	}

	private Life waiting(Subject s) {
		return new Life(s, List.of(), List.of(), null, created(s).plusDays(cadence(s.grade())));
	}

	/** The history whose last follow-up falls on {@code lastDay}. */
	Life life(Subject s, LocalDate lastDay) {
		SplittableRandom random = DemoRandom.of(SEED ^ 0x5F3759DFL, s.key());
		List<Grade> story = story(s.grade(), random);
		List<Integer> lengths = new ArrayList<>();
		for (Grade grade : story) {
			lengths.add(phaseLength(grade, random));
		}
		// walk back from the last follow-up: the days, and the grade after each
		List<LocalDate> days = new ArrayList<>();
		List<Grade> after = new ArrayList<>();
		int phase = 0;
		int inPhase = 0;
		LocalDate day = lastDay;
		LocalDate created = created(s);
		Grade before;
		while (true) {
			days.add(day);
			after.add(story.get(phase));
			inPhase++;
			if (inPhase >= lengths.get(phase) && phase < story.size() - 1) {
				phase++;
				inPhase = 0;
			}
			before = story.get(phase);
			LocalDate previous = day.minusDays(interval(before, random));
			if (previous.getDayOfWeek() == DayOfWeek.SUNDAY && DemoRandom.chance(random, 0.7)) {
				previous = previous.minusDays(1);
			}
			if (previous.isBefore(created)) {
				break;
			}
			day = previous;
		}
		Collections.reverse(days);
		Collections.reverse(after);
		Grade initial = before;
		List<Entry> entries = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		Instant previousAt = s.createdAt();
		for (int i = 0; i < days.size(); i++) {
			Grade from = (i == 0) ? initial : after.get(i - 1);
			Grade to = after.get(i);
			FollowUpNotes.Note note = FollowUpNotes.note(to, channel(to, random),
					i == 0 && days.get(i).isBefore(created.plusDays(8)), days.get(i), random);
			Instant at = time(days.get(i), note.channel(), previousAt, random);
			boolean alone = from != to && DemoRandom.chance(random, 0.15);
			if (from != to) {
				Instant changedAt = alone
						? previousAt.plus(ChronoUnit.MINUTES.between(previousAt, at) / 2, ChronoUnit.MINUTES) : null;
				changes.add(change(from, to, alone ? changedAt : null, alone ? -1 : i, random));
			}
			Instant loggedAt = at.plus(DemoRandom.between(random, 3, 90), ChronoUnit.MINUTES);
			Instant endOfDay = days.get(i).atTime(23, 59).atZone(zone).toInstant();
			if (loggedAt.isAfter(endOfDay)) {
				loggedAt = endOfDay;
			}
			entries.add(new Entry(at, loggedAt, note.channel(), note.content(), note.outcome(), note.nextStep(),
					alone ? to : from, to));
			previousAt = at;
		}
		// a change at a follow-up happens when it is logged
		List<Change> timed = changes.stream()
			.map(c -> (c.followUp() < 0) ? c
					: new Change(entries.get(c.followUp()).loggedAt(), c.followUp(), c.oldGrade(), c.newGrade(),
							c.proposedGrade(), c.reason()))
			.toList();
		GradeDecision decision = decision(s.grade(), s.dealStatus(), random);
		return new Life(s, entries, timed, decision, cadences.nextFollowUp(lastDay, s.grade()));
	}

	/** The grades a customer went through, today's first. */
	private static List<Grade> story(Grade now, SplittableRandom random) {
		List<Grade> story = new ArrayList<>(List.of(now));
		int r = random.nextInt(100);
		switch (now) {
			case A -> story.addAll((r < 50) ? List.of(Grade.B, Grade.C)
					: (r < 80) ? List.of(Grade.B, Grade.D) : List.of(Grade.C, Grade.D));
			case B -> story.addAll((r < 35) ? List.of() : (r < 60) ? List.of(Grade.C, Grade.D)
					: (r < 80) ? List.of(Grade.A, Grade.B, Grade.C) : List.of(Grade.D));
			case C -> story.addAll((r < 40) ? List.of() : (r < 75) ? List.of(Grade.D) : List.of(Grade.B, Grade.C));
			case D -> story.addAll((r < 45) ? List.of()
					: (r < 75) ? List.of(Grade.C) : (r < 88) ? List.of(Grade.E, Grade.D) : List.of(Grade.B, Grade.C));
			case E ->
				story.addAll((r < 55) ? List.of(Grade.D) : (r < 85) ? List.of(Grade.C, Grade.D) : List.of(Grade.B));
		}
		return story;
	}

	/** How many follow-ups a customer spends in a grade before it changes. */
	private static int phaseLength(Grade grade, SplittableRandom random) {
		return switch (grade) {
			case A -> DemoRandom.between(random, 4, 16);
			case B -> DemoRandom.between(random, 4, 12);
			case C -> DemoRandom.between(random, 3, 10);
			case D -> DemoRandom.between(random, 3, 9);
			case E -> DemoRandom.between(random, 1, 2);
		};
	}

	/** Days from one follow-up to the next under a grade: its cadence, give or take. */
	private int interval(Grade grade, SplittableRandom random) {
		int cadence = cadence(grade);
		if (cadence == 1) {
			int r = random.nextInt(10);
			return (r < 6) ? 1 : (r < 9) ? 2 : 3;
		}
		return (int) Math.max(1, Math.round(cadence * (0.75 + random.nextDouble() * 0.5)));
	}

	/** How a customer of the grade is contacted: visits and calls mostly. */
	private static Channel channel(Grade grade, SplittableRandom random) {
		int[] weights = switch (grade) {
			case A, B, C -> new int[] { 48, 30, 14, 5, 3 };
			case D -> new int[] { 38, 36, 18, 5, 3 };
			case E -> new int[] { 35, 50, 12, 0, 3 };
		};
		int r = random.nextInt(100);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return Channel.values()[i];
			}
		}
		return Channel.OTHER;
	}

	/**
	 * A time of day that suits the channel, after the previous follow-up (or the
	 * customer's creation) on the same day.
	 */
	private Instant time(LocalDate day, Channel channel, Instant notBefore, SplittableRandom random) {
		int[] hours = switch (channel) {
			case VISIT -> new int[] { 9, 17 };
			case PHONE -> new int[] { 8, 19 };
			case MESSAGE -> new int[] { 8, 21 };
			case EVENT -> new int[] { 14, 16 };
			case OTHER -> new int[] { 9, 18 };
		};
		LocalTime time = LocalTime.of(DemoRandom.between(random, hours[0], hours[1] - 1), random.nextInt(60));
		Instant at = day.atTime(time).atZone(zone).toInstant();
		if (!at.isAfter(notBefore)) {
			at = notBefore.plus(DemoRandom.between(random, 10, 90), ChronoUnit.MINUTES);
		}
		return at;
	}

	private static Change change(Grade from, Grade to, Instant at, int followUp, SplittableRandom random) {
		Grade proposed = to;
		if (DemoRandom.chance(random, 0.15)) {
			// the manager overrode the proposal: it pointed one grade back toward the old
			proposed = Grade.values()[to.ordinal() + Integer.signum(from.ordinal() - to.ordinal())];
		}
		return new Change(at, followUp, from, to, proposed, FollowUpNotes.reason(from, to, random));
	}

	/** Views that propose the grade (the manager confirmed the system's proposal). */
	static GradeDecision decision(Grade grade, DealStatus dealStatus, SplittableRandom random) {
		Importance importance = DemoRandom.chance(random, 0.6) ? Importance.IMPORTANT : Importance.ORDINARY;
		return switch (grade) {
			case A -> new GradeDecision(dealStatus, importance,
					DemoRandom.chance(random, 0.5) ? Urgency.URGENT : Urgency.PRESSING, Need.TARGET, grade, null);
			case B -> new GradeDecision(dealStatus, importance, Urgency.NOT_URGENT, Need.TARGET, grade, null);
			case C -> new GradeDecision(dealStatus,
					(dealStatus == DealStatus.NEGOTIATING) ? importance : Importance.IMPORTANT, Urgency.LATENT,
					Need.TARGET, grade, null);
			case D -> (dealStatus != DealStatus.NEGOTIATING && DemoRandom.chance(random, 0.5))
					? new GradeDecision(dealStatus, Importance.ORDINARY, Urgency.LATENT, Need.TARGET, grade, null)
					: new GradeDecision(dealStatus, Importance.ORDINARY, Urgency.LATENT, Need.POTENTIAL, grade, null);
			case E -> new GradeDecision(dealStatus, Importance.ORDINARY, null, Need.DEAD, grade, null);
		};
	}

	private int cadence(Grade grade) {
		return cadences.followUpDays(grade);
	}

	private LocalDate created(Subject s) {
		return s.createdAt().atZone(zone).toLocalDate();
	}

	private long age(Subject s) {
		return Math.max(0, ChronoUnit.DAYS.between(created(s), today));
	}

}
