package com.huike.crm.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.huike.crm.calendar.WorkingDays;
import com.huike.crm.care.domain.CareSettings;
import com.huike.crm.care.domain.CareSettingsRepository;
import com.huike.crm.customer.domain.Grade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder run: creates the care tasks of the occasions from the last covered day (or
 * today) up to today + the window — birthdays (solar or lunar), wedding anniversaries and
 * children's birthdays of every customer, and holiday greetings for the customers of the
 * chosen grades.
 * <p>
 * Set-based: one INSERT … SELECT for the personal occasions and one for the holidays,
 * whatever the number of customers; lunar dates come from the {@code lunar_day} table.
 * Idempotent: the unique key (customer, kind, occasion, ref) with {@code on conflict do
 * nothing}. Two runs at once (two application instances, should the ShedLock lock be
 * missing or expired) are serialised by a transaction-level advisory lock, so the second
 * simply finds everything there. After downtime the run starts from the day after the
 * last covered day, at most {@code huike.care.reminders.max-catch-up-days} back.
 */
@Service
public class CareReminders {

	static final String RUN_NAME = "care-reminders";

	/** Serialises concurrent runs across instances (pg_advisory_xact_lock key). */
	private static final long ADVISORY_LOCK = 0x6361726552756EL;

	private static final Logger log = LoggerFactory.getLogger(CareReminders.class);

	private static final String PERSONAL = """
			with occ as (
			  select * from unnest(cast(:keys as text[]), cast(:days as date[]), cast(:dues as date[]))
			    as o(key, occasion, due)
			), src as (
			  select c.customer_id, c.owner_id, 'BIRTHDAY' as kind, 0::bigint as ref,
			         null::varchar as detail, b.solar_date as born,
			         case when c.birth_lunar then b.lunar_key else b.solar_key end as key
			    from customer_occasion c join lunar_day b on b.solar_date = c.birth_date
			  union all
			  select c.customer_id, c.owner_id, 'WEDDING_ANNIVERSARY', 0, null, w.solar_date,
			         case when c.wedding_anniversary_lunar then w.lunar_key else w.solar_key end
			    from customer_occasion c join lunar_day w on w.iso = c.wedding_anniversary
			  union all
			  select c.customer_id, c.owner_id, 'CHILD_BIRTHDAY', ch.idx - 1, left(ch.child->>'name', 200), k.solar_date,
			         case when ch.child->>'birthDateLunar' = 'true' then k.lunar_key else k.solar_key end
			    from customer_occasion c
			    cross join lateral jsonb_array_elements(c.children) with ordinality as ch(child, idx)
			    join lunar_day k on k.iso = ch.child->>'birthDate'
			)
			insert into care_task (customer_id, owner_id, kind, occasion_date, ref, detail, due_date)
			select s.customer_id, s.owner_id, s.kind, o.occasion, s.ref, s.detail, o.due
			  from src s join occ o on o.key = s.key
			 where o.occasion > s.born
			on conflict (customer_id, kind, occasion_date, ref) do nothing
			""";

	private static final String HOLIDAYS = """
			insert into care_task (customer_id, owner_id, kind, occasion_date, ref, detail, due_date)
			select c.customer_id, c.owner_id, h.kind, h.occasion, 0, null, h.due
			  from customer_occasion c
			  cross join unnest(cast(:kinds as text[]), cast(:days as date[]), cast(:dues as date[]))
			    as h(kind, occasion, due)
			 where c.grade in (:grades)
			on conflict (customer_id, kind, occasion_date, ref) do nothing
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final CareSettingsRepository settings;

	private final WorkingDays workingDays;

	private final LunarDayTable lunarDays;

	private final Clock clock;

	private final int windowDays;

	private final int maxCatchUpDays;

	CareReminders(NamedParameterJdbcTemplate jdbc, CareSettingsRepository settings, WorkingDays workingDays,
			LunarDayTable lunarDays, Clock clock, @Value("${huike.care.reminders.window-days:14}") int windowDays,
			@Value("${huike.care.reminders.max-catch-up-days:60}") int maxCatchUpDays) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.workingDays = workingDays;
		this.lunarDays = lunarDays;
		this.clock = clock;
		this.windowDays = windowDays;
		this.maxCatchUpDays = maxCatchUpDays;
	}

	/** Runs for today in the business's time zone. */
	@Transactional
	public CareRunResult runNow() {
		return run(LocalDate.now(clock));
	}

	/**
	 * Creates the tasks of the occasions from the day after the last covered one (but not
	 * after today, and at most the catch-up limit back) to {@code today} + the window.
	 */
	@Transactional
	public CareRunResult run(LocalDate today) {
		long started = System.nanoTime();
		lunarDays.ensureFilled();
		jdbc.getJdbcTemplate().queryForList("select pg_advisory_xact_lock(?)", ADVISORY_LOCK);
		// two statements a night: compiling them (JIT) costs more than it saves
		jdbc.getJdbcTemplate().execute("set local jit = off");
		LocalDate to = today.plusDays(windowDays);
		LocalDate from = firstDayToCover(today);
		CareSettings current = settings.findById(CareSettings.SINGLETON_ID)
			.orElseThrow(() -> new IllegalStateException("care settings are missing"));
		int personal = createPersonal(from, to, current.getBirthdayLeadDays());
		int holidays = createHolidays(from, to, current);
		long millis = (System.nanoTime() - started) / 1_000_000;
		jdbc.update(
				"""
						insert into care_reminder_run (name, covered_to, last_run_at, last_created, last_duration_ms)
						values (:name, :to, :now, :created, :millis)
						on conflict (name) do update set covered_to = greatest(care_reminder_run.covered_to, excluded.covered_to),
						  last_run_at = excluded.last_run_at, last_created = excluded.last_created,
						  last_duration_ms = excluded.last_duration_ms
						""",
				new MapSqlParameterSource("name", RUN_NAME).addValue("to", to)
					.addValue("now", Timestamp.from(Instant.now(clock)))
					.addValue("created", personal + holidays)
					.addValue("millis", millis));
		CareRunResult result = new CareRunResult(from, to, personal, holidays, millis);
		log.info("Care reminders for {} to {}: {} birthday/anniversary and {} holiday tasks created in {} ms", from, to,
				personal, holidays, millis);
		return result;
	}

	/** The last occasion date covered by a run so far, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<LocalDate> coveredTo() {
		return jdbc
			.query("select covered_to from care_reminder_run where name = :name",
					new MapSqlParameterSource("name", RUN_NAME), (rs, i) -> rs.getObject(1, LocalDate.class))
			.stream()
			.findFirst();
	}

	private LocalDate firstDayToCover(LocalDate today) {
		LocalDate earliest = today.minusDays(maxCatchUpDays);
		return coveredTo().map(covered -> covered.plusDays(1))
			.map(next -> next.isAfter(today) ? today : next)
			.map(next -> next.isBefore(earliest) ? earliest : next)
			.orElse(today);
	}

	private int createPersonal(LocalDate from, LocalDate to, int leadDays) {
		List<CareOccasions.Occasion> occasions = CareOccasions.personalOccasions(from, to);
		String[] keys = occasions.stream().map(CareOccasions.Occasion::key).toArray(String[]::new);
		String[] days = occasions.stream().map(o -> o.day().toString()).toArray(String[]::new);
		String[] dues = occasions.stream()
			.map(o -> CareOccasions.dueDate(o.day(), leadDays, workingDays::isWorkingDay).toString())
			.toArray(String[]::new);
		return jdbc.update(PERSONAL,
				new MapSqlParameterSource("keys", keys).addValue("days", days).addValue("dues", dues));
	}

	private int createHolidays(LocalDate from, LocalDate to, CareSettings current) {
		Set<Grade> grades = current.greetedGrades();
		List<CareOccasions.Greeting> greetings = CareOccasions.holidays(from, to, current.greetedHolidays());
		if (grades.isEmpty() || greetings.isEmpty()) {
			return 0;
		}
		String[] kinds = greetings.stream().map(g -> g.kind().name()).toArray(String[]::new);
		String[] days = greetings.stream().map(g -> g.day().toString()).toArray(String[]::new);
		String[] dues = greetings.stream()
			.map(g -> CareOccasions.dueDate(g.day(), current.getHolidayLeadDays(), workingDays::isWorkingDay)
				.toString())
			.toArray(String[]::new);
		return jdbc.update(HOLIDAYS,
				new MapSqlParameterSource("kinds", kinds).addValue("days", days)
					.addValue("dues", dues)
					.addValue("grades", grades.stream().map(Grade::name).toList()));
	}

}
