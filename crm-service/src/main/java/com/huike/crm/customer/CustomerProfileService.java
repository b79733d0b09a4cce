package com.huike.crm.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.huike.crm.audit.AccessLogService;
import com.huike.crm.audit.domain.AccessPurpose;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerChange;
import com.huike.crm.customer.domain.CustomerChangeRepository;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.Viewer.CustomerAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer archive's profile: read it for a viewer, edit it section by section or by
 * key with optimistic locking, and browse its history. Sensitive (S) answers are kept
 * encrypted, shown only to the owning manager and that manager's supervisor, and every
 * showing is recorded in the access log.
 * <p>
 * Answers are keyed by the catalog keys ({@link ProfileCatalog}) in the shapes of the
 * profile JSON contract (see {@link ProfileCodec}); the column-kept answers
 * ({@code name}, {@code companyName}, {@code mobilePhone}, {@code officePhone},
 * {@code homePhone}, {@code birthDate}, {@code birthDateLunar}, {@code dealStatus},
 * {@code classification}) are part of the same map.
 */
@Service
@Transactional(readOnly = true)
public class CustomerProfileService {

	/** How many changes the detail page shows. */
	static final int RECENT_CHANGES = 5;

	private final CustomerRepository customers;

	private final CustomerChangeRepository changes;

	private final EntityManager entityManager;

	private final ProfileCodec codec;

	private final SensitiveFieldCipher cipher;

	private final CustomerSearchKeys searchKeys;

	private final IdentityService identity;

	private final AccessLogService accessLog;

	private final Clock clock;

	public CustomerProfileService(CustomerRepository customers, CustomerChangeRepository changes,
			EntityManager entityManager, ProfileCodec codec, SensitiveFieldCipher cipher, CustomerSearchKeys searchKeys,
			IdentityService identity, AccessLogService accessLog, Clock clock) {
		this.customers = customers;
		this.changes = changes;
		this.entityManager = entityManager;
		this.codec = codec;
		this.cipher = cipher;
		this.searchKeys = searchKeys;
		this.identity = identity;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** The catalog: every field with its key, section, question, type and S flag. */
	public List<ProfileField> catalog() {
		return ProfileCatalog.fields();
	}

	/**
	 * The whole archive as the viewer may see it. When sensitive fields are shown, an
	 * access record with the given purpose is written.
	 * @throws CustomerNotFoundException when the customer does not exist for the viewer
	 */
	@Transactional
	public CustomerArchive archive(Long id, Viewer viewer, AccessPurpose purpose) {
		Customer customer = load(id, viewer);
		CustomerAccess access = viewer.accessTo(customer.getOwnerId());
		if (!access.canReadArchive()) {
			Map<Long, String> names = displayNames(Set.of(customer.getOwnerId()));
			return new CustomerArchive(details(customer, access, names), Map.of(), false, Map.of(), 0, new TreeSet<>(),
					new TreeSet<>(), null, null, List.of(), 0);
		}
		Map<String, Object> answers = answersOf(customer);
		Map<ProfileSection, Integer> scores = new EnumMap<>(ProfileSection.class);
		for (ProfileSection section : ProfileCatalog.archiveSections()) {
			if (section.isQuestionnaire()) {
				scores.put(section, ProfileCodec.completeness(answers, section));
			}
		}
		Page<CustomerChange> recent = changes.findByCustomerIdOrderByChangedAtDescIdDesc(id,
				PageRequest.of(0, RECENT_CHANGES));
		Set<Long> people = new HashSet<>();
		people.add(customer.getOwnerId());
		addIfPresent(people, customer.getCreatedBy());
		addIfPresent(people, customer.getUpdatedBy());
		recent.forEach(c -> addIfPresent(people, c.getChangedBy()));
		Map<Long, String> names = displayNames(people);
		boolean sensitive = access.canSeeSensitive();
		if (sensitive) {
			accessLog.record(viewer.userId(), id, customer.getCode(), customer.getName(), purpose);
		}
		return new CustomerArchive(details(customer, access, names), sensitive ? answers : withoutSensitive(answers),
				sensitive, scores, ProfileCodec.completeness(answers), ProfileCodec.answeredQuestions(answers),
				ProfileCodec.partlyAnsweredQuestions(answers), names.get(customer.getCreatedBy()),
				names.get(customer.getUpdatedBy()), recent.map(c -> toView(c, names, sensitive)).getContent(),
				recent.getTotalElements());
	}

	/**
	 * The answers by key, for the JSON API: the sensitive ones only when the viewer may
	 * see them (and then audited with purpose {@link AccessPurpose#API}).
	 * @throws CustomerNotFoundException when the archive does not exist for the viewer
	 */
	@Transactional
	public Map<String, Object> answers(Long id, Viewer viewer) {
		Customer customer = loadArchive(id, viewer);
		Map<String, Object> answers = answersOf(customer);
		if (viewer.accessTo(customer.getOwnerId()).canSeeSensitive()) {
			accessLog.record(viewer.userId(), id, customer.getCode(), customer.getName(), AccessPurpose.API);
			return answers;
		}
		return withoutSensitive(answers);
	}

	/**
	 * One section's answers for its edit form, with the version to send back. Opening a
	 * section that holds sensitive fields for a viewer who may see them is audited.
	 * @throws CustomerNotFoundException when the viewer may not edit the archive
	 */
	@Transactional
	public SectionAnswers section(Long id, ProfileSection section, Viewer viewer) {
		Customer customer = loadArchive(id, viewer);
		CustomerAccess access = viewer.accessTo(customer.getOwnerId());
		Map<String, Object> all = answersOf(customer);
		Map<String, Object> answers = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields(section)) {
			if (all.containsKey(field.key())) {
				answers.put(field.key(), all.get(field.key()));
			}
		}
		boolean sensitive = access.canSeeSensitive();
		if (sensitive && hasSensitiveFields(section)) {
			accessLog.record(viewer.userId(), id, customer.getCode(), customer.getName(), AccessPurpose.EDIT);
		}
		Map<Long, String> names = displayNames(Set.of(customer.getOwnerId()));
		return new SectionAnswers(details(customer, access, names), section,
				sensitive ? answers : withoutSensitive(answers), sensitive, customer.getVersion());
	}

	/**
	 * Changes answers by key: a key mapped to {@code null} or blank clears the answer,
	 * keys not given stay as they are ({@code children} is replaced as a whole). Nothing
	 * is written when nothing changed. Every changed field is recorded in the history.
	 * @param expectedVersion the archive version the change is based on
	 * @param section when not null, every key must belong to this section
	 * @return the archive's version after the change
	 * @throws StaleProfileException when the archive is no longer at
	 * {@code expectedVersion}
	 * @throws InvalidProfileException when answers are not valid
	 * @throws CustomerAccessDeniedException when sensitive answers are given by a viewer
	 * who may not see them
	 * @throws CustomerNotFoundException when the viewer may not edit the archive
	 */
	@Transactional
	public long update(Long id, long expectedVersion, ProfileSection section, Map<String, ?> answers, Viewer viewer) {
		Customer customer = entityManager.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (customer == null || !viewer.accessTo(customer.getOwnerId()).canEdit()) {
			throw new CustomerNotFoundException(id);
		}
		CustomerAccess access = viewer.accessTo(customer.getOwnerId());
		checkKeys(answers, section, access);
		if (customer.getVersion() != expectedVersion) {
			throw new StaleProfileException(expectedVersion, customer.getVersion(),
					changesSince(customer, expectedVersion, access.canSeeSensitive()));
		}
		Map<String, Object> current = answersOf(customer);
		ProfileValidator.Result result = ProfileValidator.validate(answers, current, LocalDate.now(clock));
		if (!result.valid()) {
			throw new InvalidProfileException(result.errors());
		}
		Map<String, Object> next = new LinkedHashMap<>(current);
		result.values().forEach((key, value) -> {
			Object kept = (ProfileCatalog.CHILDREN.equals(key) && !access.canSeeSensitive())
					? keepCustody(value, current.get(key)) : value;
			if (kept == null) {
				next.remove(key);
			}
			else {
				next.put(key, kept);
			}
		});
		Map<String, String> before = ProfileCodec.flatten(current);
		Map<String, String> after = ProfileCodec.flatten(next);
		Set<String> paths = new LinkedHashSet<>(before.keySet());
		paths.addAll(after.keySet());
		paths.removeIf(p -> Objects.equals(before.get(p), after.get(p)));
		if (paths.isEmpty()) {
			return customer.getVersion();
		}
		applyColumns(customer, next);
		EncodedProfile encoded = codec.encodeCanonical(next);
		customer.replaceProfile(encoded.profileJson(), encoded.sensitiveCipher(), encoded.completeness());
		customer.touch(viewer.userId());
		entityManager.flush();
		List<CustomerChange> rows = new ArrayList<>();
		for (String path : paths) {
			ProfileCatalog.FieldPath resolved = ProfileCatalog.resolve(path).orElseThrow();
			boolean sensitive = resolved.sensitive();
			String sectionKey = ProfileCatalog.field(resolved.childRow() != null ? ProfileCatalog.CHILDREN : path)
				.section()
				.key();
			rows.add(new CustomerChange(id, viewer.userId(), sectionKey, path, seal(before.get(path), sensitive),
					seal(after.get(path), sensitive), sensitive, customer.getVersion()));
		}
		changes.saveAll(rows);
		return customer.getVersion();
	}

	/**
	 * The history (动态记录), newest first. Sensitive values are in clear only for viewers
	 * who may see them (and that showing is audited), masked for the others.
	 */
	@Transactional
	public Page<ProfileChange> history(Long id, Viewer viewer, Pageable pageable) {
		Customer customer = loadArchive(id, viewer);
		boolean sensitive = viewer.accessTo(customer.getOwnerId()).canSeeSensitive();
		Page<CustomerChange> page = changes.findByCustomerIdOrderByChangedAtDescIdDesc(id, pageable);
		Set<Long> people = new HashSet<>();
		page.forEach(c -> addIfPresent(people, c.getChangedBy()));
		Map<Long, String> names = displayNames(people);
		if (sensitive && page.stream().anyMatch(CustomerChange::isSensitive)) {
			accessLog.record(viewer.userId(), id, customer.getCode(), customer.getName(), AccessPurpose.HISTORY);
		}
		return page.map(c -> toView(c, names, sensitive));
	}

	/**
	 * The newest {@code limit} changes of the archive and how many there are, for another
	 * feature's timeline of a customer the viewer may read: sensitive values are never
	 * included (and so nothing is audited).
	 */
	public Page<ProfileChange> recentChanges(Long id, Viewer viewer, int limit) {
		Customer customer = loadArchive(id, viewer);
		Page<CustomerChange> page = changes.findByCustomerIdOrderByChangedAtDescIdDesc(customer.getId(),
				PageRequest.of(0, Math.max(limit, 1)));
		Set<Long> people = new HashSet<>();
		page.forEach(c -> addIfPresent(people, c.getChangedBy()));
		Map<Long, String> names = displayNames(people);
		return page.map(c -> toView(c, names, false));
	}

	/**
	 * The changes made since an archive version, oldest first (what a refused save
	 * shows).
	 */
	public List<ProfileChange> changesSince(Long id, long version, Viewer viewer) {
		Customer customer = loadArchive(id, viewer);
		return changesSince(customer, version, viewer.accessTo(customer.getOwnerId()).canSeeSensitive());
	}

	// ------------------------------------------------------------------ internals

	private List<ProfileChange> changesSince(Customer customer, long version, boolean sensitive) {
		List<CustomerChange> since = changes.findByCustomerIdAndCustomerVersionGreaterThanOrderByIdAsc(customer.getId(),
				version);
		Set<Long> people = new HashSet<>();
		since.forEach(c -> addIfPresent(people, c.getChangedBy()));
		Map<Long, String> names = displayNames(people);
		return since.stream().map(c -> toView(c, names, sensitive)).toList();
	}

	private Customer load(Long id, Viewer viewer) {
		return customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.orElseThrow(() -> new CustomerNotFoundException(id));
	}

	private Customer loadArchive(Long id, Viewer viewer) {
		return customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canReadArchive())
			.orElseThrow(() -> new CustomerNotFoundException(id));
	}

	/** All answers, the sensitive ones decrypted, the column-kept ones included. */
	/**
	 * Counts anew the completeness kept on up to {@code batch} customers marked for it (a
	 * negative score: rows written by SQL, or a migration that changed what is counted);
	 * returns how many it did. The score is derived data, so this is no change of the
	 * archive: neither the version nor the update time moves.
	 */
	@Transactional
	public int recountCompleteness(int batch) {
		List<Customer> pending = entityManager
			.createQuery("select c from Customer c where c.completeness < 0 order by c.id", Customer.class)
			.setMaxResults(batch)
			.getResultList();
		for (Customer customer : pending) {
			entityManager.createNativeQuery("update customer set completeness = ?1 where id = ?2")
				.setParameter(1, ProfileCodec.completeness(answersOf(customer)))
				.setParameter(2, customer.getId())
				.executeUpdate();
			entityManager.detach(customer);
		}
		return pending.size();
	}

	private Map<String, Object> answersOf(Customer customer) {
		Map<String, Object> answers = new LinkedHashMap<>();
		putIfPresent(answers, "name", customer.getName());
		putIfPresent(answers, "companyName", customer.getCompanyName());
		putIfPresent(answers, "officePhone", customer.getOfficePhone());
		putIfPresent(answers, "homePhone", customer.getHomePhone());
		putIfPresent(answers, "mobilePhone", customer.getMobilePhone());
		if (customer.getBirthDate() != null) {
			answers.put("birthDate", customer.getBirthDate().toString());
			if (customer.isBirthLunar()) {
				answers.put("birthDateLunar", Boolean.TRUE);
			}
		}
		putIfPresent(answers, "dealStatus", customer.getDealStatus().name());
		putIfPresent(answers, "classification", customer.getClassification());
		answers.putAll(codec.decode(customer.getProfile(), customer.getSensitiveProfile()));
		Map<String, Object> ordered = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields()) {
			if (answers.containsKey(field.key())) {
				ordered.put(field.key(), answers.get(field.key()));
			}
		}
		return ordered;
	}

	private static Map<String, Object> withoutSensitive(Map<String, Object> answers) {
		Map<String, Object> out = new LinkedHashMap<>();
		answers.forEach((key, value) -> {
			ProfileField field = ProfileCatalog.field(key);
			if (field.sensitive()) {
				return;
			}
			if (field.isChildren()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (Object row : (List<?>) value) {
					Map<String, Object> child = new LinkedHashMap<>();
					((Map<?, ?>) row).forEach((k, v) -> {
						if (!ProfileCatalog.CUSTODY.equals(k)) {
							child.put((String) k, v);
						}
					});
					rows.add(child);
				}
				out.put(key, rows);
			}
			else {
				out.put(key, value);
			}
		});
		return out;
	}

	private static void checkKeys(Map<String, ?> answers, ProfileSection section, CustomerAccess access) {
		List<ProfileError> misplaced = new ArrayList<>();
		for (Map.Entry<String, ?> entry : answers.entrySet()) {
			ProfileField field = ProfileCatalog.find(entry.getKey()).orElse(null);
			if (field == null) {
				continue; // reported by the validator
			}
			if (section != null && field.section() != section) {
				misplaced.add(new ProfileError(field.key(), "profile.error.section"));
			}
			if (!access.canSeeSensitive() && (field.sensitive() || hasCustody(entry.getValue()))) {
				throw new CustomerAccessDeniedException();
			}
		}
		if (!misplaced.isEmpty()) {
			throw new InvalidProfileException(misplaced);
		}
	}

	private static boolean hasCustody(Object children) {
		return children instanceof List<?> rows && rows.stream()
			.anyMatch(r -> r instanceof Map<?, ?> m && ProfileCodec.answered(m.get(ProfileCatalog.CUSTODY)));
	}

	/**
	 * A viewer who cannot see custody answers edits the children without them: each row
	 * keeps the custody of the previous row of the same name.
	 */
	private static Object keepCustody(Object rows, Object previous) {
		if (!(rows instanceof List<?> next) || !(previous instanceof List<?> old)) {
			return rows;
		}
		List<Map<?, ?>> unused = new ArrayList<>();
		old.forEach(r -> unused.add((Map<?, ?>) r));
		List<Map<String, Object>> out = new ArrayList<>();
		for (Object row : next) {
			Map<String, Object> child = new LinkedHashMap<>();
			((Map<?, ?>) row).forEach((k, v) -> child.put((String) k, v));
			for (Map<?, ?> candidate : unused) {
				if (Objects.equals(candidate.get("name"), child.get("name"))) {
					if (candidate.get(ProfileCatalog.CUSTODY) != null) {
						child.put(ProfileCatalog.CUSTODY, candidate.get(ProfileCatalog.CUSTODY));
					}
					unused.remove(candidate);
					break;
				}
			}
			out.add(child);
		}
		return out;
	}

	private void applyColumns(Customer customer, Map<String, Object> next) {
		String name = (String) next.get("name");
		boolean reindex = !Objects.equals(name, customer.getName())
				|| !Objects.equals(next.get("companyName"), customer.getCompanyName())
				|| !Objects.equals(next.get("mobilePhone"), customer.getMobilePhone())
				|| !Objects.equals(next.get("officePhone"), customer.getOfficePhone())
				|| !Objects.equals(next.get("homePhone"), customer.getHomePhone());
		customer.rename(name);
		customer.changeCompany((String) next.get("companyName"));
		customer.changePhones((String) next.get("mobilePhone"), (String) next.get("officePhone"),
				(String) next.get("homePhone"));
		String birth = (String) next.get("birthDate");
		LocalDate birthDate = (birth != null) ? LocalDate.parse(birth) : null;
		boolean lunar = Boolean.TRUE.equals(next.get("birthDateLunar"));
		if (!Objects.equals(birthDate, customer.getBirthDate()) || lunar != customer.isBirthLunar()) {
			customer.changeBirthDate(birthDate, lunar);
		}
		String dealStatus = (String) next.get("dealStatus");
		customer.classify((dealStatus != null) ? DealStatus.valueOf(dealStatus) : null,
				(String) next.get("classification"));
		if (reindex) {
			searchKeys.reindex(customer);
		}
	}

	private String seal(String value, boolean sensitive) {
		return sensitive ? cipher.encrypt(value) : value;
	}

	private ProfileChange toView(CustomerChange change, Map<Long, String> names, boolean sensitiveVisible) {
		boolean masked = change.isSensitive() && !sensitiveVisible;
		String oldValue = masked ? null : open(change.getOldValue(), change.isSensitive());
		String newValue = masked ? null : open(change.getNewValue(), change.isSensitive());
		return new ProfileChange(change.getId(), change.getChangedAt(), change.getChangedBy(),
				names.get(change.getChangedBy()), change.getSection(), change.getField(), oldValue, newValue,
				change.isSensitive(), masked);
	}

	private String open(String value, boolean sensitive) {
		return sensitive ? cipher.decrypt(value) : value;
	}

	private static boolean hasSensitiveFields(ProfileSection section) {
		return ProfileCatalog.fields(section)
			.stream()
			.anyMatch(f -> f.sensitive() || f.columns().stream().anyMatch(ProfileField::sensitive));
	}

	private static CustomerDetails details(Customer customer, CustomerAccess access, Map<Long, String> names) {
		boolean archive = access.canReadArchive();
		return new CustomerDetails(customer.getId(), customer.getCode(), customer.getName(),
				archive ? customer.getCompanyName() : null, customer.getMobilePhone(), customer.getOfficePhone(),
				customer.getHomePhone(), customer.getOwnerId(), names.get(customer.getOwnerId()), customer.getGrade(),
				customer.getDealStatus(), customer.getClassification(), archive ? customer.getBirthDate() : null,
				customer.isBirthLunar(), customer.getCompleteness(), customer.getCreatedAt(), customer.getUpdatedAt(),
				customer.getVersion(), customer.isPendingVerification(), access);
	}

	private Map<Long, String> displayNames(Set<Long> ids) {
		return identity.displayNames(ids);
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	private static void addIfPresent(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

}
