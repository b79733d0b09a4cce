package com.huike.crm.revisit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisitRepository extends JpaRepository<Revisit, Long> {

	boolean existsByComplaintId(Long complaintId);

	/**
	 * The latest delivery day already revisited, per customer of these (satisfaction
	 * revisits only).
	 */
	@Query("""
			select r.customerId, max(r.deliveredOn) from Revisit r
			 where r.kind = com.huike.crm.revisit.domain.RevisitKind.SATISFACTION and r.customerId in :customers
			 group by r.customerId""")
	List<Object[]> lastDeliveryRevisited(Collection<Long> customers);

	@EntityGraph(attributePaths = "calls")
	@Query("select r from Revisit r where r.id = :id")
	java.util.Optional<Revisit> findWithCalls(Long id);

	/** Open revisits of a customer, earliest due first. */
	List<Revisit> findByCustomerIdAndStatusOrderByDueOnAscIdAsc(Long customerId, RevisitStatus status, Limit limit);

	long countByStatusAndDueOnLessThanEqual(RevisitStatus status, LocalDate day);

}
