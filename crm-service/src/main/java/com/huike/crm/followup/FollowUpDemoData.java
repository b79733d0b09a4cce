package com.huike.crm.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.followup.FollowUpHistory.Change;
import com.huike.crm.followup.FollowUpHistory.Entry;
import com.huike.crm.followup.FollowUpHistory.Life;
import com.huike.crm.followup.FollowUpHistory.Subject;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.shared.demo.DemoRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's follow-up log and grade history ({@link FollowUpHistory}): written in bulk,
 * then each followed-up customer's schedule moved as a logged follow-up moves it — one
 * {@link FollowUpLogged} per customer, for its last follow-up, which the archive applies
 * (grade, views, last follow-up, next due date). Customers never followed up keep the due
 * date of their creation.
 */
@Component
@Profile("demo")
@Order(10)
class FollowUpDemoData implements DemoContribution {

	private final IdentityService identity;

	private final CustomerDirectory customers;

	private final CadenceService cadences;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUpDemoData(IdentityService identity, CustomerDirectory customers, CadenceService cadences, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.identity = identity;
		this.customers = customers;
		this.cadences = cadences;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from follow_up)", Boolean.class))) {
			return Optional.empty();
		}
		FollowUpHistory history = new FollowUpHistory(today, clock.getZone(), cadences.table());
		List<Life> lives = new ArrayList<>();
		List<CustomerCard> cards = new ArrayList<>();
		for (String username : MANAGERS) {
			Viewer manager = identity.viewer(username).orElseThrow();
			List<CustomerCard> book = customers.book(manager, PageRequest.of(0, BOOK_LIMIT)).getContent();
			cards.addAll(book);
			lives.addAll(history.book(manager.userId(),
					book.stream().map(c -> new Subject(c.id(), c.grade(), c.dealStatus(), c.createdAt())).toList()));
		}
		int count = lives.stream().mapToInt(l -> l.followUps().size()).sum();
		List<Long> ids = jdbc.queryForList("select nextval('follow_up_id_seq') from generate_series(1, ?)", Long.class,
				count);
		List<Row> rows = new ArrayList<>(count);
		List<ChangeRow> changes = new ArrayList<>();
		List<FollowUpLogged> logged = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < lives.size(); i++) {
			Life life = lives.get(i);
			CustomerCard card = cards.get(i);
			int first = next;
			for (Entry entry : life.followUps()) {
				rows.add(new Row(ids.get(next++), card, entry));
			}
			for (Change change : life.gradeChanges()) {
				changes.add(new ChangeRow(card, change,
						(change.followUp() < 0) ? null : ids.get(first + change.followUp())));
			}
			if (life.followedUp()) {
				logged.add(logged(card, life, ids.get(next - 1)));
			}
		}
		DemoRows.insert(jdbc, "insert into follow_up (id, customer_id, occurred_at, channel, content, outcome,"
				+ " next_step, grade_before, grade_after, logged_by, logged_at) values", rows, r -> {
					Entry e = r.entry();
					return new Object[] { r.id(), r.card().id(), DemoRows.at(e.occurredAt()), e.channel().name(),
							e.content(), e.outcome(), e.nextStep(), e.gradeBefore().name(), e.gradeAfter().name(),
							r.card().ownerId(), DemoRows.at(e.loggedAt()) };
				});
		DemoRows.insert(jdbc, "insert into grade_change (customer_id, changed_at, changed_by, old_grade, new_grade,"
				+ " proposed_grade, reason, follow_up_id) values", changes, r -> {
					Change c = r.change();
					return new Object[] { r.card().id(), DemoRows.at(c.at()), r.card().ownerId(), c.oldGrade().name(),
							c.newGrade().name(), c.proposedGrade().name(), c.reason(), r.followUpId() };
				});
		// the archive moves each customer's schedule, as after its last follow-up
		logged.forEach(events::publishEvent);
		return Optional.of(count + " follow-ups and " + changes.size() + " grade changes of " + logged.size()
				+ " customers (" + (lives.size() - logged.size()) + " new ones not followed up yet)");
	}

	private static FollowUpLogged logged(CustomerCard card, Life life, Long lastId) {
		GradeDecision d = life.lastDecision();
		return new FollowUpLogged(lastId, card.id(), card.version(), d.dealStatus(), d.importance(), d.urgency(),
				d.need(), d.grade(), life.last().occurredAt(), life.nextFollowUpOn(), card.ownerId());
	}

	private record Row(Long id, CustomerCard card, Entry entry) {
	}

	private record ChangeRow(CustomerCard card, Change change, Long followUpId) {
	}

}
