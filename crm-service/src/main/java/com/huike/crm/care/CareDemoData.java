package com.huike.crm.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.shared.demo.DemoRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's customer care: the nightly reminder run, run for the two years before today
 * (a run every catch-up span, each starting where the last one stopped) and for today,
 * creates the birthday, anniversary and holiday tasks as it would have; the tasks due
 * before a customer's archive was opened are dropped; the past ones are closed as the
 * manager would have closed them — mostly done (by phone, SMS, a gift), some skipped —
 * except a few of the last days, which stay open and overdue on the agenda.
 */
@Component
@Profile("demo")
@Order(30)
class CareDemoData implements DemoContribution {

	static final long SEED = 20261126L;

	private static final Map<CareTaskKind, String[]> DONE = Map.of(CareTaskKind.BIRTHDAY,
			new String[] { "SMS:发送生日祝福短信", "PHONE:电话祝福生日快乐，客户很高兴", "GIFT:上门送了生日蛋糕券", "OTHER:拜访时当面祝福" },
			CareTaskKind.CHILD_BIRTHDAY, new String[] { "GIFT:祝贺孩子生日，送了一套文具", "SMS:微信送上孩子的生日祝福" },
			CareTaskKind.WEDDING_ANNIVERSARY, new String[] { "SMS:发送结婚纪念日祝福", "PHONE:电话祝福，顺便约了下周拜访" },
			CareTaskKind.SPRING_FESTIVAL, new String[] { "GIFT:上门送春联和台历，给客户拜年", "SMS:发送新春祝福短信", "PHONE:电话拜年" },
			CareTaskKind.MID_AUTUMN, new String[] { "GIFT:送了月饼，感谢一年来的支持", "SMS:发送中秋祝福短信" }, CareTaskKind.NATIONAL_DAY,
			new String[] { "SMS:发送国庆祝福短信" }, CareTaskKind.NEW_YEAR, new String[] { "SMS:发送元旦祝福短信", "PHONE:电话问候新年好" },
			CareTaskKind.LABOUR_DAY, new String[] { "SMS:发送劳动节祝福短信" }, CareTaskKind.VALENTINES_DAY,
			new String[] { "SMS:发送情人节祝福短信" });

	private static final String[] SKIPPED = { "客户外出，未联系上", "已在拜访时当面问候", "客户电话停机，待更新号码", "与其他祝福合并发送" };

	private final CareReminders reminders;

	private final CustomerDirectory customers;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int catchUpDays;

	CareDemoData(CareReminders reminders, CustomerDirectory customers, IdentityService identity, JdbcTemplate jdbc,
			Clock clock, @Value("${huike.care.reminders.max-catch-up-days:60}") int catchUpDays) {
		this.reminders = reminders;
		this.customers = customers;
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
		this.catchUpDays = Math.max(1, catchUpDays);
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(
				jdbc.queryForObject("select exists (select 1 from care_task where status <> 'OPEN')", Boolean.class))) {
			return Optional.empty();
		}
		for (LocalDate day = today.minusYears(2); day.isBefore(today); day = day.plusDays(catchUpDays)) {
			reminders.run(day);
		}
		reminders.run(today);
		List<Object[]> opened = new ArrayList<>();
		for (String username : MANAGERS) {
			Viewer manager = identity.viewer(username).orElseThrow();
			for (CustomerCard card : customers.book(manager, PageRequest.of(0, BOOK_LIMIT))) {
				opened.add(new Object[] { card.id(), card.createdAt().atZone(clock.getZone()).toLocalDate() });
			}
		}
		jdbc.batchUpdate("delete from care_task where customer_id = ? and due_date < ?", opened);
		List<Object[]> closed = jdbc.query(
				"select id, kind, due_date, owner_id from care_task where status = 'OPEN' and due_date < ? order by id",
				(rs, i) -> close(rs.getLong("id"), CareTaskKind.valueOf(rs.getString("kind")),
						rs.getObject("due_date", LocalDate.class), rs.getLong("owner_id"), today),
				today)
			.stream()
			.flatMap(Optional::stream)
			.toList();
		jdbc.batchUpdate("update care_task set status = ?, channel = ?, note = ?, closed_by = ?, closed_at = ?,"
				+ " version = version + 1 where id = ?", closed);
		Long open = jdbc.queryForObject("select count(*) from care_task where status = 'OPEN'", Long.class);
		return Optional.of(closed.size() + " care tasks done or skipped, " + open + " open");
	}

	/**
	 * How the manager closed a task due before today: done, mostly, or skipped; a few of
	 * the last days are still open (empty).
	 */
	private Optional<Object[]> close(long id, CareTaskKind kind, LocalDate due, long owner, LocalDate today) {
		SplittableRandom random = DemoRandom.of(SEED, id);
		long late = ChronoUnit.DAYS.between(due, today);
		double stillOpen = kind.isHolidayGreeting() ? ((late <= 3) ? 0.3 : 0) : ((late <= 7) ? 0.5 : 0);
		if (DemoRandom.chance(random, stillOpen)) {
			return Optional.empty();
		}
		Instant at = due.plusDays(DemoRandom.between(random, 0, (int) Math.min(2, late - 1)))
			.atTime(DemoRandom.between(random, 9, 20), random.nextInt(60))
			.atZone(clock.getZone())
			.toInstant();
		OffsetDateTime closedAt = at.atOffset(ZoneOffset.UTC);
		if (DemoRandom.chance(random, 0.12)) {
			return Optional.of(new Object[] { "SKIPPED", null, DemoRandom.pick(random, SKIPPED), owner, closedAt, id });
		}
		String[] how = DemoRandom.pick(random, DONE.get(kind)).split(":", 2);
		String note = DemoRandom.chance(random, 0.8) ? how[1] : null;
		return Optional.of(new Object[] { "DONE", CareChannel.valueOf(how[0]).name(), note, owner, closedAt, id });
	}

}
