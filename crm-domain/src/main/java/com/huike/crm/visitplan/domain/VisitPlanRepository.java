package com.huike.crm.visitplan.domain;

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

}
