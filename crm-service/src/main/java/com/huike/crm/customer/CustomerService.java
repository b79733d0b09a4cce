package com.huike.crm.customer;

import java.util.List;
import java.util.Set;

import com.huike.crm.audit.AccessLogService;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.Viewer.CustomerAccess;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, reads and registers customers. Every method takes the {@link Viewer} and shows
 * only what that viewer may see: a customer outside their scope does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class CustomerService {

	private final CustomerRepository customers;

	private final CustomerCodeGenerator codes;

	private final CustomerSearchKeys searchKeys;

	private final IdentityService identity;

	private final CustomerSearch search;

	private final AccessLogService accessLog;

	public CustomerService(CustomerRepository customers, CustomerCodeGenerator codes, CustomerSearchKeys searchKeys,
			IdentityService identity, CustomerSearch search, AccessLogService accessLog) {
		this.customers = customers;
		this.codes = codes;
		this.searchKeys = searchKeys;
		this.identity = identity;
		this.search = search;
		this.accessLog = accessLog;
	}

	/**
	 * Whether the viewer may register customers at all: managers (their own), supervisors
	 * (for their team's managers) and administrators (for any manager). The call center
	 * looks customers up; it does not create them.
	 */
	public static boolean mayRegister(Viewer viewer) {
		return viewer.isAdmin() || viewer.has(Role.SUPERVISOR) || viewer.has(Role.MANAGER);
	}

	public CustomerDetails get(Long id, Viewer viewer) {
		Customer customer = load(id, viewer);
		String ownerName = identity.displayNames(Set.of(customer.getOwnerId())).get(customer.getOwnerId());
		CustomerAccess access = viewer.accessTo(customer.getOwnerId());
		return new CustomerDetails(customer.getId(), customer.getCode(), customer.getName(),
				access.canReadArchive() ? customer.getCompanyName() : null, customer.getMobilePhone(),
				customer.getOfficePhone(), customer.getHomePhone(), customer.getOwnerId(), ownerName,
				customer.getGrade(), customer.getDealStatus(), customer.getClassification(),
				access.canReadArchive() ? customer.getBirthDate() : null, customer.isBirthLunar(),
				customer.getCompleteness(), customer.getCreatedAt(), customer.getUpdatedAt(), customer.getVersion(),
				customer.isPendingVerification(), access);
	}

	/**
	 * Loads a customer the viewer may at least look up, or fails as if it did not exist.
	 */
	Customer load(Long id, Viewer viewer) {
		return customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.orElseThrow(() -> new CustomerNotFoundException(id));
	}

	/**
	 * Registers a customer; its owner is always an active customer manager: the viewer (a
	 * manager, when no owner is given), a manager of the supervisor's team, or any
	 * manager for the administrator.
	 */
	@Transactional
	public Long create(NewCustomer command, Viewer viewer) {
		if (!mayRegister(viewer)) {
			throw new CustomerAccessDeniedException();
		}
		Long ownerId = (command.ownerId() != null) ? command.ownerId()
				: viewer.has(Role.MANAGER) ? viewer.userId() : null;
		if (ownerId == null) {
			throw new RuleViolationException("ownerId", "customer.owner.required");
		}
		if (!viewer.isAdmin() && !viewer.ownsOrSupervises(ownerId)) {
			throw new CustomerAccessDeniedException();
		}
		if (!identity.isActiveManager(ownerId)) {
			throw new RuleViolationException("ownerId", "customer.owner.notManager");
		}
		Customer customer = new Customer(codes.next(), command.name(), ownerId, viewer.userId());
		customer.changeCompany(command.companyName());
		customer.changePhones(command.mobilePhone(), command.officePhone(), null);
		customer.classify(command.dealStatus(), command.classification());
		customer.regrade((command.grade() != null) ? command.grade() : Grade.D);
		searchKeys.reindex(customer);
		return customers.save(customer).getId();
	}

	/**
	 * The customer list: the search box matches any part of the name or company (also two
	 * Chinese characters), pinyin (full or initials), code and any phone number; filters
	 * narrow it down. See {@link CustomerSearch}.
	 */
	@Transactional
	public CustomerSearchResult search(CustomerQuery query, Viewer viewer, Pageable pageable) {
		return search(query, viewer, pageable, null);
	}

	/**
	 * Every row of the list searched so, in the order given, for an export (see
	 * {@link CustomerSearch#forEach}): one snapshot of the archive, however many pages it
	 * takes.
	 */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public void forEach(CustomerQuery query, Viewer viewer, org.springframework.data.domain.Sort sort,
			java.util.function.Consumer<CustomerSummary> sink) {
		search.forEach(query, viewer, sort, sink);
	}

	/**
	 * The list from the cursor of an earlier page (without words in the box; see
	 * {@link CustomerSearchResult#isKeyset()}); a cursor that is not one of the list's is
	 * refused ({@code cursor}, {@code search.cursor.invalid}).
	 */
	@Transactional
	public CustomerSearchResult search(CustomerQuery query, Viewer viewer, Pageable pageable, String cursor) {
		CustomerSearchResult result = search.search(query, viewer, pageable, cursor);
		if (viewer.isLookupOnly() && query.hasText()) {
			// what the call center looked up, and how much it saw
			accessLog.recordLookup(viewer.userId(), query.q(), result.getTotalElements(), result.isCapped());
		}
		return result;
	}

	/** The classifications (综合分类) in use, for the list's filter. */
	public List<String> classifications() {
		return search.classifications();
	}

}
