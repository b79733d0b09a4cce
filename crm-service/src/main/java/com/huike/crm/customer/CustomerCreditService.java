package com.huike.crm.customer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerCredit;
import com.huike.crm.customer.domain.CustomerCreditRepository;
import com.huike.crm.customer.domain.PaymentMethod;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 2 of the archive (信誉、财务记录及付款方式): one record per customer, saved as a whole with
 * the version it was read at, so that two people editing it never overwrite each other
 * silently.
 */
@Service
@Transactional(readOnly = true)
public class CustomerCreditService {

	static final String SECTION = "credit";

	private final CustomerCreditRepository credits;

	private final ArchivePartAccess access;

	private final IdentityService identity;

	public CustomerCreditService(CustomerCreditRepository credits, ArchivePartAccess access, IdentityService identity) {
		this.credits = credits;
		this.access = access;
		this.identity = identity;
	}

	public CreditDetails get(Long customerId, Viewer viewer) {
		Customer customer = access.readable(customerId, viewer);
		boolean editable = access.canEdit(customer, viewer);
		Optional<CustomerCredit> credit = credits.findByCustomerId(customerId);
		if (credit.isEmpty()) {
			return new CreditDetails(customerId, null, null, null, null, null, null, null, null, null, editable);
		}
		CustomerCredit c = credit.get();
		String updatedBy = (c.getUpdatedBy() != null)
				? identity.displayNames(Set.of(c.getUpdatedBy())).get(c.getUpdatedBy()) : null;
		return new CreditDetails(customerId, c.getCreditRating(), c.getCreditLimit(), c.getPaymentMethod(),
				c.getPaymentTermDays(), c.getFinancialRecords(), c.getBankNotes(), c.getUpdatedAt(), updatedBy,
				c.getVersion(), editable);
	}

	/**
	 * Saves the record if it is still at {@code expectedVersion} (null: nothing was
	 * recorded when the form was opened) and returns its new version.
	 */
	@Transactional
	public long save(Long customerId, Long expectedVersion, CreditEntry entry, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		if (entry.paymentMethod() == PaymentMethod.ON_ACCOUNT && entry.paymentTermDays() == null) {
			throw new RuleViolationException("paymentTermDays", "parts.credit.paymentTermDays.required");
		}
		Optional<CustomerCredit> existing = credits.findByCustomerId(customerId);
		ArchivePartAccess.sameVersion(expectedVersion, existing.orElse(null));
		CustomerCredit credit = existing.orElseGet(() -> credits.save(new CustomerCredit(customerId)));
		Map<String, String> before = existing.isPresent() ? credit.fields() : Map.of();
		credit.revise(entry.creditRating(), entry.creditLimit(), entry.paymentMethod(), entry.paymentTermDays(),
				entry.financialRecords(), entry.bankNotes());
		access.recordChanges(customer, viewer, SECTION, SECTION, before, credit.fields());
		access.flush();
		return credit.getVersion();
	}

}
