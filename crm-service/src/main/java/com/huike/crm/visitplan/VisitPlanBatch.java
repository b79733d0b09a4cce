package com.huike.crm.visitplan;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerGrade;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.visitplan.domain.ActionOrigin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts the missing plans of many managers at once (the run on the 1st, the catch-up,
 * the administrator's "for everyone"): the same drafts as
 * {@link VisitPlanService#generateFor} gives a new plan, without loading entities. Per
 * chunk of managers, in one transaction each: the plans are inserted with
 * {@code on conflict (manager_id, month) do nothing} (a plan already there, or drafted
 * meanwhile by another instance, is left alone: only the plans this run created get
 * actions), last month's unfinished actions of those managers are read in one query and
 * carried over once, the customers' ids, owners and grades are read in one query through
 * the customer feature's {@link CustomerDirectory#gradesOf}, the visits are drafted in
 * memory by {@link VisitPlanGenerator}, and all the actions of the chunk are written by
 * one {@code insert … select from unnest(arrays)}.
 */
@Component
class VisitPlanBatch {

	/** Managers per chunk (and transaction): some 50,000 customers at 500 a book. */
	static final int MANAGERS_PER_CHUNK = 100;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final CustomerDirectory customers;

	VisitPlanBatch(JdbcTemplate jdbc, PlatformTransactionManager transactions, CustomerDirectory customers) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.customers = customers;
	}

	/** What every plan of the run is drafted with. */
	record Rules(YearMonth month, List<LocalDate> workingDays, Map<Grade, Integer> visitDays, int maxPerDay,
			Long visitTypeId, Instant now) {
	}

	/**
	 * Drafts the plans of the managers that have none for the month.
	 * @return how many plans this run created
	 */
	int generateMissing(List<Long> managerIds, Rules rules) {
		int created = 0;
		for (int from = 0; from < managerIds.size(); from += MANAGERS_PER_CHUNK) {
			List<Long> chunk = managerIds.subList(from, Math.min(managerIds.size(), from + MANAGERS_PER_CHUNK));
			Integer made = transaction.execute(status -> chunk(chunk, rules));
			created += (made != null) ? made : 0;
		}
		return created;
	}

	private int chunk(List<Long> managerIds, Rules rules) {
		Map<Long, Long> planOf = insertPlans(managerIds, rules);
		if (planOf.isEmpty()) {
			return 0;
		}
		// fresh statistics of the plans, so that the foreign-key check of every action
		// below
		// finds its plan by the primary key rather than by a scan planned when the table
		// was
		// (nearly) empty, the first month ever
		jdbc.execute("analyze visit_plan");
		List<Long> fresh = new ArrayList<>(planOf.keySet());
		Map<Long, List<Unfinished>> unfinished = unfinished(fresh, rules.month().minusMonths(1));
		Map<Long, List<VisitPlanGenerator.Candidate>> books = new HashMap<>();
		for (CustomerGrade c : customers.gradesOf(fresh)) {
			books.computeIfAbsent(c.ownerId(), k -> new ArrayList<>())
				.add(new VisitPlanGenerator.Candidate(c.id(), c.grade(), 0));
		}
		Rows rows = new Rows();
		List<LocalDate> days = rules.workingDays();
		for (Long managerId : fresh) {
			Long planId = planOf.get(managerId);
			Map<LocalDate, Integer> load = new HashMap<>();
			Map<LocalDate, Integer> positions = new HashMap<>();
			// of the customers still the manager's: one handed over meanwhile is the new
			// manager's to plan
			List<VisitPlanGenerator.Candidate> book = books.getOrDefault(managerId, List.of());
			java.util.Set<Long> own = new java.util.HashSet<>();
			book.forEach(c -> own.add(c.customerId()));
			List<Unfinished> carried = unfinished.getOrDefault(managerId, List.<Unfinished>of())
				.stream()
				.filter(u -> own.contains(u.customerId()))
				.toList();
			List<LocalDate> at = VisitPlanGenerator.carryOverDays(carried.size(), days, rules.maxPerDay(), load);
			for (int i = 0; i < at.size(); i++) {
				Unfinished u = carried.get(i);
				LocalDate day = at.get(i);
				rows.add(planId, u.customerId(), day, u.actionTypeId(), u.note(), ActionOrigin.CARRIED, u.id(),
						positions.merge(day, 1, Integer::sum));
			}
			VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(rules.month(), days, book, rules.visitDays(),
					rules.maxPerDay(), load);
			for (VisitPlanGenerator.Placement p : draft.placed()) {
				rows.add(planId, p.customerId(), p.day(), rules.visitTypeId(), null, ActionOrigin.GENERATED, null,
						positions.merge(p.day(), 1, Integer::sum));
			}
		}
		rows.insert(jdbc);
		return planOf.size();
	}

	/** Inserts the plans that are missing; the manager → plan of those it created. */
	private Map<Long, Long> insertPlans(List<Long> managerIds, Rules rules) {
		OffsetDateTime now = OffsetDateTime.ofInstant(rules.now(), ZoneOffset.UTC);
		Map<Long, Long> planOf = new LinkedHashMap<>();
		jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement("""
					insert into visit_plan (manager_id, month, changed_at, created_at)
					select t.manager_id, ?, ?, ? from unnest(?::bigint[]) as t(manager_id)
					on conflict (manager_id, month) do nothing
					returning id, manager_id""");
			ps.setObject(1, rules.month().atDay(1));
			ps.setObject(2, now);
			ps.setObject(3, now);
			ps.setArray(4, con.createArrayOf("int8", managerIds.toArray(Long[]::new)));
			return ps;
		}, rs -> {
			planOf.put(rs.getLong(2), rs.getLong(1));
		});
		// in the order of the managers, whatever order the database returned them in
		Map<Long, Long> ordered = new LinkedHashMap<>();
		managerIds.stream().filter(planOf::containsKey).forEach(m -> ordered.put(m, planOf.get(m)));
		return ordered;
	}

	/** An action of last month not done and not carried yet. */
	private record Unfinished(Long id, Long customerId, Long actionTypeId, String note) {
	}

	/**
	 * Last month's unfinished actions of these managers not carried over yet, in the
	 * order of their plan (day, the manager's order, id), by manager.
	 */
	private Map<Long, List<Unfinished>> unfinished(List<Long> managerIds, YearMonth previous) {
		Map<Long, List<Unfinished>> found = new HashMap<>();
		jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement("""
					select p.manager_id, a.id, a.customer_id, a.action_type_id, a.note
					  from visit_action a join visit_plan p on p.id = a.plan_id
					 where p.month = ? and p.manager_id = any(?) and a.done_at is null
					   and not exists (select 1 from visit_action c where c.carried_from_id = a.id)
					 order by p.manager_id, a.day, a.position, a.id""");
			ps.setObject(1, previous.atDay(1));
			ps.setArray(2, con.createArrayOf("int8", managerIds.toArray(Long[]::new)));
			return ps;
		}, rs -> {
			found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Unfinished(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
		});
		return found;
	}

	/** The actions of a chunk, column by column, written by one statement. */
	private static final class Rows {

		private final List<Long> plans = new ArrayList<>();

		private final List<Long> customers = new ArrayList<>();

		private final List<String> days = new ArrayList<>();

		private final List<Long> types = new ArrayList<>();

		private final List<String> notes = new ArrayList<>();

		private final List<String> origins = new ArrayList<>();

		private final List<Long> carriedFrom = new ArrayList<>();

		private final List<Integer> positions = new ArrayList<>();

		void add(Long plan, Long customer, LocalDate day, Long type, String note, ActionOrigin origin, Long carried,
				int position) {
			plans.add(plan);
			customers.add(customer);
			days.add(day.toString());
			types.add(type);
			notes.add(note);
			origins.add(origin.name());
			carriedFrom.add(carried);
			positions.add(position);
		}

		void insert(JdbcTemplate jdbc) {
			if (plans.isEmpty()) {
				return;
			}
			jdbc.execute((Connection con) -> {
				try (PreparedStatement ps = con.prepareStatement("""
						insert into visit_action
						       (plan_id, customer_id, day, action_type_id, note, origin, carried_from_id, position)
						select t.plan_id, t.customer_id, t.day::date, t.type_id, t.note, t.origin, t.carried, t.pos
						  from unnest(?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[],
						              ?::bigint[], ?::int[])
						       as t(plan_id, customer_id, day, type_id, note, origin, carried, pos)""")) {
					ps.setArray(1, array(con, "int8", plans.toArray(Long[]::new)));
					ps.setArray(2, array(con, "int8", customers.toArray(Long[]::new)));
					ps.setArray(3, array(con, "text", days.toArray(String[]::new)));
					ps.setArray(4, array(con, "int8", types.toArray(Long[]::new)));
					ps.setArray(5, array(con, "text", notes.toArray(String[]::new)));
					ps.setArray(6, array(con, "text", origins.toArray(String[]::new)));
					ps.setArray(7, array(con, "int8", carriedFrom.toArray(Long[]::new)));
					ps.setArray(8, array(con, "int4", positions.toArray(Integer[]::new)));
					return ps.executeUpdate();
				}
			});
		}

		private static Array array(Connection con, String type, Object[] values) throws SQLException {
			return con.createArrayOf(type, values);
		}

	}

}
