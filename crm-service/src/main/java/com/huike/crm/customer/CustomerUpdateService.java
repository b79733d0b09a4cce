package com.huike.crm.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the core fields of a customer (name, company, phones, deal status,
 * classification, birth date) under optimistic locking, writing the history and keeping
 * the search columns in step, and changes profile answers by key in the same transaction
 * (through {@link CustomerProfileService}). Used by the JSON API.
 */
@Service
@Transactional(readOnly = true)
public class CustomerUpdateService {

	static final String SECTION = "basics";

	private final CustomerService customers;

	private final ArchivePartAccess access;

	private final CustomerSearchKeys searchKeys;

	private final CustomerProfileService profiles;

	private final Clock clock;

	public CustomerUpdateService(CustomerService customers, ArchivePartAccess access, CustomerSearchKeys searchKeys,
			CustomerProfileService profiles, Clock clock) {
		this.customers = customers;
		this.access = access;
		this.searchKeys = searchKeys;
		this.profiles = profiles;
		this.clock = clock;
	}

	/**
	 * Whether a profile key is kept in a column of its own and so changed through the
	 * core fields (name, phones, birth date…), not through the profile answers.
	 */
	public static boolean isCoreKey(String key) {
		return ProfileCatalog.find(key).map(ProfileField::isColumn).orElse(false);
	}

	/**
	 * Applies the update if the customer is still at the given version; returns the new
	 * version.
	 * @throws CustomerNotFoundException when the viewer may not see the customer
	 * @throws CustomerAccessDeniedException when the viewer may see but not edit it
	 * @throws CustomerVersionConflictException when someone saved it meanwhile
	 * @throws RuleViolationException when a value breaks a rule
	 * @throws InvalidProfileException when profile answers are not valid, or name a core
	 * field
	 */
	@Transactional
	public long update(Long id, CustomerUpdate update, Viewer viewer) {
		Customer customer = customers.load(id, viewer);
		if (!viewer.accessTo(customer.getOwnerId()).canEdit()) {
			throw new CustomerAccessDeniedException();
		}
		if (update.version() != customer.getVersion()) {
			throw new CustomerVersionConflictException(id, customer.getVersion());
		}
		if (update.name() == null || update.name().isBlank()) {
			throw new RuleViolationException("name", "customer.name.required");
		}
		if (update.grade() != null && update.grade() != customer.getGrade()) {
			// a grade is decided with the four views (and a reason when overriding the
			// proposal), which also
			// moves the next follow-up: that is the grade decision's job, not a plain
			// update's
			throw new RuleViolationException("grade", "api.grade.decided");
		}
		if (update.birthDate() != null && update.birthDate().isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException("birthDate", "api.birthDate.future");
		}
		if (update.birthDate() != null && update.birthDate().isBefore(ProfileValidator.EARLIEST)) {
			// the same rule as the archive's form, so that the API and the pages accept
			// the same values
			throw new RuleViolationException("birthDate", "profile.error.dateTooEarly");
		}
		List<ProfileError> coreKeys = update.profile()
			.keySet()
			.stream()
			.filter(CustomerUpdateService::isCoreKey)
			.map(key -> new ProfileError(key, "api.profile.coreKey", List.of(key)))
			.toList();
		if (!coreKeys.isEmpty()) {
			throw new InvalidProfileException(coreKeys);
		}
		Map<String, String> before = fields(customer);
		customer.rename(update.name());
		customer.changeCompany(update.companyName());
		customer.changePhones(update.mobilePhone(), update.officePhone(), update.homePhone());
		customer.classify((update.dealStatus() != null) ? update.dealStatus() : customer.getDealStatus(),
				update.classification());
		customer.changeBirthDate(update.birthDate(), update.birthLunar());
		Map<String, String> after = fields(customer);
		if (!Objects.equals(before, after)) {
			searchKeys.reindex(customer);
		}
		try {
			access.recordChanges(customer, viewer, SECTION, null, before, after);
			access.flush();
		}
		catch (ArchiveEntryConflictException ex) {
			throw new CustomerVersionConflictException(id, null);
		}
		if (update.profile().isEmpty()) {
			return customer.getVersion();
		}
		try {
			return profiles.update(id, customer.getVersion(), null, update.profile(), viewer);
		}
		catch (StaleProfileException ex) {
			throw new CustomerVersionConflictException(id, ex.currentVersion());
		}
	}

	private static Map<String, String> fields(Customer c) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", c.getName());
		fields.put("companyName", c.getCompanyName());
		fields.put("mobilePhone", c.getMobilePhone());
		fields.put("officePhone", c.getOfficePhone());
		fields.put("homePhone", c.getHomePhone());
		fields.put("grade", c.getGrade().name());
		fields.put("dealStatus", c.getDealStatus().name());
		fields.put("classification", c.getClassification());
		fields.put("birthDate", (c.getBirthDate() != null) ? c.getBirthDate().toString() : null);
		fields.put("birthDateLunar", Boolean.toString(c.isBirthLunar()));
		return fields;
	}

}
