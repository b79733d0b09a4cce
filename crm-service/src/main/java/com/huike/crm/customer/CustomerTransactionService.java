package com.huike.crm.customer;

import java.math.BigDecimal;
import java.util.Map;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerTransaction;
import com.huike.crm.customer.domain.CustomerTransactionRepository;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 3 of the archive (交易状况): the customer's purchases, per purchase product, model,
 * colour and style, quantity, unit price and amount.
 */
@Service
@Transactional(readOnly = true)
public class CustomerTransactionService {

	static final String SECTION = "transactions";

	private static final Map<String, String> SORTS = Map.of("date", "transactionDate", "product", "product", "quantity",
			"quantity", "unitPrice", "unitPrice", "amount", "amount");

	/** What the amount column holds. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private final CustomerTransactionRepository transactions;

	private final ArchivePartAccess access;

	public CustomerTransactionService(CustomerTransactionRepository transactions, ArchivePartAccess access) {
		this.transactions = transactions;
		this.access = access;
	}

	public TransactionPage list(Long customerId, Viewer viewer, Pageable pageable) {
		access.readable(customerId, viewer);
		Page<TransactionLine> lines = transactions
			.findByCustomerId(customerId, PartPaging.of(pageable, SORTS, "transactionDate"))
			.map(CustomerTransactionService::line);
		return new TransactionPage(lines, transactions.totals(customerId));
	}

	public TransactionLine get(Long customerId, Long transactionId, Viewer viewer) {
		access.readable(customerId, viewer);
		return line(find(customerId, transactionId));
	}

	@Transactional
	public Long add(Long customerId, TransactionEntry entry, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		check(entry);
		CustomerTransaction transaction = transactions
			.save(new CustomerTransaction(customerId, entry.date(), entry.product(), entry.model(), entry.colourStyle(),
					entry.quantity(), entry.unitPrice(), entry.amount(), entry.note()));
		access.recordChanges(customer, viewer, SECTION, prefix(transaction), Map.of(), transaction.fields());
		access.flush();
		return transaction.getId();
	}

	@Transactional
	public void revise(Long customerId, Long transactionId, long version, TransactionEntry entry, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		CustomerTransaction transaction = find(customerId, transactionId);
		ArchivePartAccess.sameVersion(version, transaction.getVersion(), transaction::fields);
		check(entry);
		Map<String, String> before = transaction.fields();
		transaction.revise(entry.date(), entry.product(), entry.model(), entry.colourStyle(), entry.quantity(),
				entry.unitPrice(), entry.amount(), entry.note());
		access.recordChanges(customer, viewer, SECTION, prefix(transaction), before, transaction.fields());
		access.flush();
	}

	@Transactional
	public void delete(Long customerId, Long transactionId, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		CustomerTransaction transaction = find(customerId, transactionId);
		access.recordChanges(customer, viewer, SECTION, prefix(transaction), transaction.fields(), Map.of());
		transactions.delete(transaction);
		access.flush();
	}

	private void check(TransactionEntry entry) {
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

	private CustomerTransaction find(Long customerId, Long transactionId) {
		return transactions.findByIdAndCustomerId(transactionId, customerId)
			.orElseThrow(() -> new NotFoundException("transaction", transactionId));
	}

	private static String prefix(CustomerTransaction transaction) {
		return "transaction#" + transaction.getId();
	}

	private static TransactionLine line(CustomerTransaction t) {
		return new TransactionLine(t.getId(), t.getTransactionDate(), t.getProduct(), t.getModel(), t.getColourStyle(),
				t.getQuantity(), t.getUnitPrice(), t.getAmount(), t.getNote(), t.getVersion());
	}

}
