package com.huike.crm.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import com.huike.crm.customer.CustomerDataGenerator;
import com.huike.crm.customer.CustomerDataGenerator.GeneratedCustomer;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.FollowUpHistory.Change;
import com.huike.crm.followup.FollowUpHistory.Entry;
import com.huike.crm.followup.FollowUpHistory.Life;
import com.huike.crm.followup.FollowUpHistory.Subject;
import com.huike.crm.followup.domain.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpHistoryTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant NOW = TODAY.atStartOfDay(SHANGHAI).toInstant();

	final FollowUpHistory history = new FollowUpHistory(TODAY, SHANGHAI, CadenceTable.DEFAULTS);

	/** The demo's three books, as the demo customers fall to the managers. */
	final List<List<Subject>> books = IntStream.range(0, 3).mapToObj(this::book).toList();

	final List<List<Life>> lives = IntStream.range(0, 3).mapToObj(m -> history.book(m + 1, books.get(m))).toList();

	List<Subject> book(int manager) {
		CustomerDataGenerator customers = new CustomerDataGenerator(CustomerDataGenerator.DEMO_SEED, TODAY, SHANGHAI);
		return IntStream.range(0, 300)
			.mapToObj(i -> customers.customer(i, 3))
			.filter(c -> c.ownerSlot() == manager)
			.map(FollowUpHistoryTests::subject)
			.toList();
	}

	static Subject subject(GeneratedCustomer c) {
		return new Subject(c.index() + 1, c.grade(), c.dealStatus(), c.createdAt());
	}

	@Test
	void theSameBookAndDayGiveTheSameHistory() {
		FollowUpHistory again = new FollowUpHistory(TODAY, SHANGHAI, CadenceTable.DEFAULTS);
		assertThat(again.book(1, books.get(0))).isEqualTo(lives.get(0));
		assertThat(history.book(2, books.get(0))).isNotEqualTo(lives.get(0));
	}

	@Test
	void everyManagersAgendaIsAWorkingDay() {
		for (List<Life> book : lives) {
			List<Long> offsets = book.stream().map(l -> ChronoUnit.DAYS.between(TODAY, l.nextFollowUpOn())).toList();
			assertThat(offsets.stream().filter(d -> d == 0)).as("due today").hasSizeBetween(2, 6);
			assertThat(offsets.stream().filter(d -> d < 0)).as("overdue").hasSizeBetween(5, 15);
			assertThat(offsets).as("overdue by days or weeks, never months").allMatch(d -> d >= -30);
			assertThat(offsets.stream().filter(d -> d > 0 && d <= 7)).as("the week ahead").hasSizeGreaterThan(15);
			assertThat(book.stream().filter(l -> l.subject().grade() == Grade.A)).as("A customers, followed up daily")
				.allMatch(l -> !l.nextFollowUpOn().isBefore(TODAY.minusDays(3)));
		}
	}

	@Test
	void theHistoryLeadsToTodaysGradeAndDueDate() {
		lives.stream().flatMap(List::stream).filter(Life::followedUp).forEach(life -> {
			List<Entry> entries = life.followUps();
			Entry last = life.last();
			assertThat(last.gradeAfter()).isEqualTo(life.subject().grade());
			assertThat(life.lastDecision().grade()).isEqualTo(life.subject().grade());
			assertThat(life.lastDecision().proposal()).as("the manager confirmed the proposal")
				.hasValueSatisfying(p -> assertThat(p.grade()).isEqualTo(life.subject().grade()));
			assertThat(life.lastDecision().dealStatus()).isEqualTo(life.subject().dealStatus());
			assertThat(life.nextFollowUpOn()).isEqualTo(CadenceTable.DEFAULTS
				.nextFollowUp(last.occurredAt().atZone(SHANGHAI).toLocalDate(), life.subject().grade()));
			for (int i = 0; i < entries.size(); i++) {
				Entry e = entries.get(i);
				assertThat(e.occurredAt()).isAfter(life.subject().createdAt()).isBefore(NOW);
				assertThat(e.loggedAt()).isAfterOrEqualTo(e.occurredAt()).isBefore(NOW);
				assertThat(e.content()).isNotBlank().containsPattern("\\p{IsHan}");
				if (i > 0) {
					assertThat(e.occurredAt()).isAfter(entries.get(i - 1).occurredAt());
					int index = i;
					boolean changedAlone = life.gradeChanges()
						.stream()
						.anyMatch(c -> c.followUp() < 0 && c.at().isAfter(entries.get(index - 1).occurredAt())
								&& c.at().isBefore(e.occurredAt()));
					assertThat(e.gradeBefore() == entries.get(i - 1).gradeAfter() || changedAlone)
						.as("each follow-up starts from the grade the previous one left")
						.isTrue();
				}
			}
			for (Change c : life.gradeChanges()) {
				assertThat(c.newGrade()).isNotEqualTo(c.oldGrade());
				assertThat(c.reason()).isNotBlank();
				if (c.followUp() >= 0) {
					Entry at = entries.get(c.followUp());
					assertThat(at.gradeBefore()).isEqualTo(c.oldGrade());
					assertThat(at.gradeAfter()).isEqualTo(c.newGrade());
				}
			}
		});
	}

	@Test
	void twoYearsOfFollowUpsOverEveryChannelWithGradeChanges() {
		List<Life> all = lives.stream().flatMap(List::stream).toList();
		Instant first = all.stream()
			.flatMap(l -> l.followUps().stream())
			.map(Entry::occurredAt)
			.min(Instant::compareTo)
			.orElseThrow();
		assertThat(first).isBefore(TODAY.minusDays(680).atStartOfDay(SHANGHAI).toInstant());
		assertThat(all.stream().flatMap(l -> l.followUps().stream()).map(Entry::channel).distinct())
			.containsExactlyInAnyOrder(Channel.values());
		assertThat(all.stream().mapToLong(l -> l.gradeChanges().size()).sum()).isGreaterThan(100);
		assertThat(all.stream().flatMap(l -> l.gradeChanges().stream()).filter(c -> c.followUp() < 0))
			.as("some decided on the grade page")
			.isNotEmpty();
		assertThat(all.stream().filter(l -> !l.followedUp())).as("only new customers wait for their first follow-up")
			.allMatch(l -> l.subject().createdAt().isAfter(NOW.minus(11, ChronoUnit.DAYS)));
	}

}
