package com.huike.crm.customer.domain;

import java.util.Collection;
import java.util.List;

import com.huike.crm.shared.domain.CustomerEntryRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

public interface CustomerTransactionRepository extends CustomerEntryRepository<CustomerTransaction> {

	@Query("select new com.huike.crm.customer.domain.PartTotals(count(t), sum(t.quantity), sum(t.amount),"
			+ " max(t.transactionDate)) from CustomerTransaction t where t.customerId = :customerId")
	PartTotals totals(Long customerId);

	/**
	 * The products the customers of these owners bought (all owners' when {@code all}),
	 * most recently bought first.
	 */
	@Query("select t.product from CustomerTransaction t, Customer c where c.id = t.customerId"
			+ " and (:all = true or c.ownerId in :owners) group by t.product"
			+ " order by max(t.transactionDate) desc, t.product")
	List<String> productsOf(boolean all, Collection<Long> owners, Limit limit);

}
