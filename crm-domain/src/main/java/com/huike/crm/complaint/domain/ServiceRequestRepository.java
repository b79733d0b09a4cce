package com.huike.crm.complaint.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

	/** A customer's requests, newest first (the desk, the archive). */
	List<ServiceRequest> findByCustomerIdOrderByReceivedAtDescIdDesc(Long customerId, Pageable pageable);

	/** The requests of the customers of these owners, newest first. */
	Page<ServiceRequest> findByOwnerIdInOrderByReceivedAtDescIdDesc(Collection<Long> ownerIds, Pageable pageable);

	Page<ServiceRequest> findAllByOrderByReceivedAtDescIdDesc(Pageable pageable);

	Page<ServiceRequest> findByTypeAndStatusOrderByReceivedAtDescIdDesc(RequestType type, RequestStatus status,
			Pageable pageable);

	Page<ServiceRequest> findByTypeInAndStatusOrderByReceivedAtDescIdDesc(Collection<RequestType> types,
			RequestStatus status, Pageable pageable);

	Page<ServiceRequest> findByTypeAndStatusInOrderByReceivedAtAscIdAsc(RequestType type,
			Collection<RequestStatus> statuses, Pageable pageable);

	/** The complaints waiting to be confirmed, oldest first. */
	List<ServiceRequest> findTop100ByTypeAndStatusOrderByReceivedAtAscIdAsc(RequestType type, RequestStatus status);

	/** Escalated complaints still with the department, by deadline. */
	@Query("""
			select r from ServiceRequest r
			 where r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT
			   and r.escalatedAt is not null
			   and r.status in (com.huike.crm.complaint.domain.RequestStatus.NEW,
			                    com.huike.crm.complaint.domain.RequestStatus.ROUTED,
			                    com.huike.crm.complaint.domain.RequestStatus.TAKEN)
			 order by r.dueAt, r.id""")
	List<ServiceRequest> findEscalated(Pageable pageable);

	/**
	 * Open complaints by deadline after a keyset position (the CS manager's queue;
	 * idx_service_request_open_complaints). The seek is written {@code due_at >= x and
	 * (due_at > x or id > y)} so that {@code due_at >= x} is the index condition of the
	 * range scan and only the rows of the same deadline are filtered.
	 */
	@Query("""
			select r from ServiceRequest r
			 where r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT
			   and r.status <> com.huike.crm.complaint.domain.RequestStatus.CLOSED
			   and r.dueAt >= :dueAt and (r.dueAt > :dueAt or r.id > :id)
			 order by r.dueAt, r.id""")
	List<ServiceRequest> findOpenComplaintsAfter(Instant dueAt, Long id, Pageable pageable);

	@Query("""
			select r from ServiceRequest r
			 where r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT
			   and r.status <> com.huike.crm.complaint.domain.RequestStatus.CLOSED
			 order by r.dueAt, r.id""")
	List<ServiceRequest> findOpenComplaints(Pageable pageable);

	/** A department's complaints to take or being handled, by deadline. */
	@Query("""
			select r from ServiceRequest r
			 where r.departmentId = :departmentId
			   and r.status in (com.huike.crm.complaint.domain.RequestStatus.ROUTED,
			                    com.huike.crm.complaint.domain.RequestStatus.TAKEN)
			 order by r.dueAt, r.id""")
	List<ServiceRequest> findDepartmentQueue(Long departmentId, Pageable pageable);

	/**
	 * Complaints returned by the departments, waiting for 客服部's feedback or closing, the
	 * longest waiting first (idx_service_request_to_feed_back: the statuses are written
	 * out, so that the partial index's predicate is the query's).
	 */
	@Query("""
			select r from ServiceRequest r
			 where r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT
			   and r.status in (com.huike.crm.complaint.domain.RequestStatus.RETURNED,
			                    com.huike.crm.complaint.domain.RequestStatus.FED_BACK)
			 order by r.changedAt, r.id""")
	List<ServiceRequest> findToFeedBack(Pageable pageable);

	long countByTypeAndStatus(RequestType type, RequestStatus status);

	long countByTypeInAndStatus(Collection<RequestType> types, RequestStatus status);

	@Query("""
			select count(r) from ServiceRequest r
			 where r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT and r.escalatedAt is not null
			   and r.status in (com.huike.crm.complaint.domain.RequestStatus.NEW,
			                    com.huike.crm.complaint.domain.RequestStatus.ROUTED,
			                    com.huike.crm.complaint.domain.RequestStatus.TAKEN)""")
	long countEscalated();

	@Query("""
			select count(r) from ServiceRequest r
			 where r.departmentId = :departmentId
			   and r.status = com.huike.crm.complaint.domain.RequestStatus.ROUTED""")
	long countToTake(Long departmentId);

	/**
	 * Ids of the complaints past their deadline and not yet escalated (the escalation
	 * run).
	 */
	@Query("""
			select r.id from ServiceRequest r
			 where r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT
			   and r.status in (com.huike.crm.complaint.domain.RequestStatus.NEW,
			                    com.huike.crm.complaint.domain.RequestStatus.ROUTED,
			                    com.huike.crm.complaint.domain.RequestStatus.TAKEN)
			   and r.escalatedAt is null and r.dueAt < :now
			 order by r.dueAt, r.id""")
	List<Long> findOverdueNotEscalated(Instant now, Pageable pageable);

	/**
	 * Complaints of the given categories about a customer since a moment (the risk
	 * signal).
	 */
	@Query("""
			select count(r) from ServiceRequest r
			 where r.aboutCustomerId = :customerId and r.receivedAt >= :since
			   and r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT
			   and r.categoryId in :categoryIds""")
	long countAbout(Long customerId, Collection<Long> categoryIds, Instant since);

	/**
	 * Per customer complained about, the complaints of the given categories about them
	 * since a moment (the risk signals of every customer at once: the dashboards' 假大户
	 * signs), as {@code [customerId, count]}.
	 */
	@Query("""
			select r.aboutCustomerId, count(r) from ServiceRequest r
			 where r.aboutCustomerId is not null and r.receivedAt >= :since
			   and r.type = com.huike.crm.complaint.domain.RequestType.COMPLAINT
			   and r.categoryId in :categoryIds
			 group by r.aboutCustomerId""")
	List<Object[]> countAboutEach(Collection<Long> categoryIds, Instant since);

	@Modifying
	@Query("update ServiceRequest r set r.ownerId = :ownerId where r.customerId = :customerId")
	int moveToOwner(Long customerId, Long ownerId);

	/**
	 * The next requests of a list after {@code (receivedAt, id)} (from the start: a
	 * moment after every request and {@code Long.MAX_VALUE}), newest first: the list's
	 * export walks it by keyset, whatever its length. Filters left out when null:
	 * {@code type}, {@code departmentId}, and {@code ownerIds} unless {@code byOwner}.
	 */
	@Query("""
			select r from ServiceRequest r
			 where (:type is null or r.type = :type)
			   and (:departmentId is null or r.departmentId = :departmentId)
			   and (:byOwner = false or r.ownerId in :ownerIds)
			   and (r.receivedAt < :receivedAt or (r.receivedAt = :receivedAt and r.id < :id))
			 order by r.receivedAt desc, r.id desc""")
	List<ServiceRequest> walk(RequestType type, Long departmentId, boolean byOwner, Collection<Long> ownerIds,
			Instant receivedAt, Long id, Limit limit);

	Page<ServiceRequest> findByTypeOrderByReceivedAtDescIdDesc(RequestType type, Pageable pageable);

	Page<ServiceRequest> findByDepartmentIdOrderByReceivedAtDescIdDesc(Long departmentId, Pageable pageable);

	/** Open complaints, counted up to {@code limit} (the queue's "more than"). */
	@Query(nativeQuery = true, value = """
			select count(*) from (select 1 from service_request
			 where type = 'COMPLAINT' and status <> 'CLOSED' limit :limit) q""")
	long countOpenComplaints(int limit);

}
