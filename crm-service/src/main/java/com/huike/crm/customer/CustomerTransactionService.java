package com.huike.crm.customer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.domain.CustomerTransaction;
import com.huike.crm.customer.domain.CustomerTransactionRepository;
import com.huike.crm.customer.domain.PartTotals;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 3 of the archive (交易状况): the customer's purchases, per purchase product, model,
 * colour and style, quantity, unit price and amount, totalled over all of them.
 */
@Service
@Transactional(readOnly = true)
public class CustomerTransactionService
		extends ArchiveEntryService<CustomerTransaction, TransactionEntry, TransactionLine, PartTotals> {

	static final String SECTION = "transactions";

	private static final Map<String, String> SORTS = Map.of("date", "transactionDate", "product", "product", "quantity",
			"quantity", "unitPrice", "unitPrice", "amount", "amount");

	/** What the amount column holds. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private final CustomerTransactionRepository transactions;

	public CustomerTransactionService(CustomerTransactionRepository transactions, ArchivePartAccess access) {
		super(access, transactions, SECTION, "transaction", SORTS, "transactionDate");
		this.transactions = transactions;
	}

	/**
	 * The products the viewer's customers bought (a manager's own, a supervisor's team's,
	 * all for the administrator), most recently bought first, at most {@code limit}: the
	 * suggestions of other features' product fields (缺货登记).
	 */
	public List<String> productsBought(Viewer viewer, int limit) {
		if (viewer.isLookupOnly()) {
			return List.of();
		}
		Collection<Long> owners = viewer.visibleOwnerIds();
		if (owners != null && owners.isEmpty()) {
			return List.of();
		}
		// the administrator's: of the latest transactions, not of millions
		return (owners == null) ? transactions.productsOfRecentTransactions(limit)
				: transactions.productsOf(owners, Limit.of(limit));
	}

	/**
	 * The customers who received goods on the day (a transaction of their archive on that
	 * date), by id, whoever owns them: for the scheduling of satisfaction revisits, a job
	 * of the system, not a user's list.
	 */
	public List<Long> customersDeliveredOn(java.time.LocalDate day) {
		return transactions.customersWithTransactionOn(day);
	}

	@Override
	CustomerTransaction create(Long customerId, TransactionEntry entry) {
		return new CustomerTransaction(customerId, entry.date(), entry.product(), entry.model(), entry.colourStyle(),
				entry.quantity(), entry.unitPrice(), entry.amount(), entry.note());
	}

	@Override
	void change(CustomerTransaction transaction, TransactionEntry entry) {
		transaction.revise(entry.date(), entry.product(), entry.model(), entry.colourStyle(), entry.quantity(),
				entry.unitPrice(), entry.amount(), entry.note());
	}

	@Override
	void check(TransactionEntry entry) {
		access.notInFuture(entry.date(), "date");
		if (entry.quantity() != null && entry.unitPrice() != null) {
			BigDecimal expected = CustomerTransaction.amountOf(entry.quantity(), entry.unitPrice());
			if (expected.compareTo(MAX_AMOUNT) > 0) {
				throw new RuleViolationException("amount", "parts.amount.tooLarge");
			}
			if (entry.amount() != null && entry.amount().compareTo(expected) != 0) {
				throw new RuleViolationException("amount", "parts.transaction.amount.mismatch",
						expected.toPlainString());
			}
		}
	}

	@Override
	List<TransactionLine> lines(List<CustomerTransaction> entries) {
		return entries.stream()
			.map(t -> new TransactionLine(t.getId(), t.getTransactionDate(), t.getProduct(), t.getModel(),
					t.getColourStyle(), t.getQuantity(), t.getUnitPrice(), t.getAmount(), t.getNote(), t.getVersion()))
			.toList();
	}

	@Override
	PartTotals totals(Long customerId) {
		return transactions.totals(customerId);
	}

}
