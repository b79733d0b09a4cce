package com.huike.crm.customer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	boolean existsByCode(String code);

	Optional<Customer> findByCode(String code);

	/** Code, name and owner only: not the profile (lists of other features). */
	List<CustomerNameView> findByIdIn(Collection<Long> ids);

	/** A manager's customers, oldest first. */
	Slice<Customer> findByOwnerIdOrderByIdAsc(Long ownerId, Pageable pageable);

	/**
	 * Id, owner and grade of the customers of these owners, by owner then id: three
	 * columns, no entities (work over many books at once, such as drafting every
	 * manager's visit plan).
	 */
	@Query("select c.id, c.ownerId, c.grade from Customer c where c.ownerId in :owners order by c.ownerId, c.id")
	List<Object[]> findGradesByOwnerIdIn(Collection<Long> owners);

	/**
	 * How to reach the given customers: phones and the company address of the profile
	 * (question 3), not the rest of the profile (the day's list of a visit plan).
	 */
	@Query(value = """
			select id, code, name, owner_id as ownerId, mobile_phone as mobilePhone, office_phone as officePhone,
			       home_phone as homePhone, profile ->> 'companyAddress' as address
			  from customer where id in (:ids)
			""", nativeQuery = true)
	List<CustomerContactView> findContactsByIdIn(Collection<Long> ids);

	@Query(value = "select nextval('customer_code_seq')", nativeQuery = true)
	long nextCodeNumber();

	/**
	 * The columns a list needs to name a customer: a record, so that Spring Data selects
	 * them with a constructor expression (no proxy per row, unlike an interface view).
	 */
	record CustomerNameView(Long id, String code, String name, Long ownerId) {

	}

	/** A customer's contact columns. */
	interface CustomerContactView {

		Long getId();

		String getCode();

		String getName();

		Long getOwnerId();

		String getMobilePhone();

		String getOfficePhone();

		String getHomePhone();

		String getAddress();

	}

}
