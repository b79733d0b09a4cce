package com.huike.crm.visitplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VisitPlanRepository extends JpaRepository<VisitPlan, Long> {

	Optional<VisitPlan> findByManagerIdAndMonth(Long managerId, LocalDate month);

	List<VisitPlan> findByManagerIdInAndMonthOrderByManagerId(Collection<Long> managerIds, LocalDate month);

	List<VisitPlan> findByMonthOrderByManagerId(LocalDate month);

	List<VisitPlan> findByManagerIdOrderByMonthDesc(Long managerId);

	/** A manager's plans from a month on (this month and the ones ahead). */
	List<VisitPlan> findByManagerIdAndMonthGreaterThanEqual(Long managerId, LocalDate month);

	/**
	 * Plans or results waiting for a decision, of these managers but not of {@code self}.
	 */
	@Query("""
			select count(p) from VisitPlan p
			 where (p.status = com.huike.crm.visitplan.domain.PlanStatus.SUBMITTED
			        or p.resultsStatus = com.huike.crm.visitplan.domain.ResultsStatus.SUBMITTED)
			   and p.managerId in :managers and p.managerId <> :self""")
	long countWaiting(Collection<Long> managers, Long self);

	/** Every plan or result waiting for a decision, but not of {@code self}. */
	@Query("""
			select count(p) from VisitPlan p
			 where (p.status = com.huike.crm.visitplan.domain.PlanStatus.SUBMITTED
			        or p.resultsStatus = com.huike.crm.visitplan.domain.ResultsStatus.SUBMITTED)
			   and p.managerId <> :self""")
	long countAllWaiting(Long self);

	/**
	 * Every plan of the months from {@code from} to {@code to} (first days) with the
	 * count of its actions and of those done, oldest month first (the dashboards).
	 */
	@Query("""
			select new com.huike.crm.visitplan.domain.VisitPlanRepository$PlanCounts(p.id, p.managerId, p.month,
			       p.status, p.resultsStatus, p.submittedAt, count(a), count(a.doneAt))
			  from VisitPlan p left join p.actions a
			 where p.month between :from and :to
			 group by p.id, p.managerId, p.month, p.status, p.resultsStatus, p.submittedAt
			 order by p.month, p.managerId""")
	List<PlanCounts> countsOfMonths(LocalDate from, LocalDate to);

	/** As {@link #countsOfMonths}, of these managers. */
	@Query("""
			select new com.huike.crm.visitplan.domain.VisitPlanRepository$PlanCounts(p.id, p.managerId, p.month,
			       p.status, p.resultsStatus, p.submittedAt, count(a), count(a.doneAt))
			  from VisitPlan p left join p.actions a
			 where p.month between :from and :to and p.managerId in :managers
			 group by p.id, p.managerId, p.month, p.status, p.resultsStatus, p.submittedAt
			 order by p.month, p.managerId""")
	List<PlanCounts> countsOfMonths(Collection<Long> managers, LocalDate from, LocalDate to);

	/** A plan with the count of its actions and of those done. */
	record PlanCounts(Long id, Long managerId, LocalDate month, PlanStatus status, ResultsStatus resultsStatus,
			Instant submittedAt, long actions, long done) {

	}

}
