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
	 * The products the customers of these owners bought, most recently bought first (a
	 * book's transactions, through the owner's and the customer's indexes).
	 */
	@Query("select t.product from CustomerTransaction t, Customer c where c.id = t.customerId"
			+ " and c.ownerId in :owners group by t.product order by max(t.transactionDate) desc, t.product")
	List<String> productsOf(Collection<Long> owners, Limit limit);

	/**
	 * The products of the latest 5,000 transactions of anybody's customers, most recently
	 * bought first: the primary key read backwards, not a pass over every transaction.
	 */
	@Query(nativeQuery = true,
			value = "select product from (select product, transaction_date from customer_transaction"
					+ " order by id desc limit 5000) recent group by product"
					+ " order by max(transaction_date) desc, product limit :limit")
	List<String> productsOfRecentTransactions(int limit);

	/**
	 * The customers with a transaction (a delivery) on the day, by id: the satisfaction
	 * revisits of the revisit feature. Read by the (transaction_date, customer_id) index.
	 */
	@Query("select distinct t.customerId from CustomerTransaction t where t.transactionDate = :day order by t.customerId")
	List<Long> customersWithTransactionOn(java.time.LocalDate day);

}
