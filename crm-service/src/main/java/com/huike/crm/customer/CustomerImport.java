package com.huike.crm.customer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerSearchKeys.Keys;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer side of an import (导入): which archives an imported row matches, writing
 * many new archives at once, updating one through the normal update path (so that the
 * change lands in its history), and the archives imported from a store's registration
 * sheet that wait to be confirmed (待核实).
 * <p>
 * New archives are written with batched inserts, their search keys, pinyin and encrypted
 * sensitive answers computed here exactly as {@link CustomerService#create} and the
 * profile form would (the database keeps {@code customer_search_term} in step); the
 * importing feature owns the transaction, so a failed import writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class CustomerImport {

	/** Rows of one batched insert. */
	public static final int BATCH_SIZE = 500;

	private final JdbcTemplate jdbc;

	private final CustomerTransactionService transactions;

	private final CustomerAdjustmentService adjustments;

	private final CustomerRepository customers;

	private final ProfileCodec codec;

	private final CustomerUpdateService updates;

	private final IdentityService identity;

	private final Clock clock;

	private final String codePattern;

	public CustomerImport(JdbcTemplate jdbc, CustomerRepository customers, ProfileCodec codec,
			CustomerUpdateService updates, CustomerTransactionService transactions,
			CustomerAdjustmentService adjustments, IdentityService identity, Clock clock,
			@Value("${huike.customer.code-pattern:KH{yyyy}{seq:6}}") String codePattern) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.adjustments = adjustments;
		this.customers = customers;
		this.codec = codec;
		this.updates = updates;
		this.identity = identity;
		this.clock = clock;
		this.codePattern = codePattern;
	}

	/** Quantity times unit price, to the fen: the amount part 3 of the archive keeps. */
	public static java.math.BigDecimal amountOf(java.math.BigDecimal quantity, java.math.BigDecimal unitPrice) {
		return com.huike.crm.customer.domain.CustomerTransaction.amountOf(quantity, unitPrice);
	}

	/**
	 * Records an imported purchase in part 3 of the archive (交易状况), through the part's
	 * own checks and history.
	 */
	@Transactional
	public Long recordPurchase(Long customerId, TransactionEntry purchase, Viewer viewer) {
		return transactions.add(customerId, purchase, viewer);
	}

	/**
	 * Records an imported return in part 4 of the archive (退赔、折价情况) as a RETURN whose
	 * responsibility the file did not state (OTHER, with the note given).
	 */
	@Transactional
	public Long recordReturn(Long customerId, java.time.LocalDate date, String product, java.math.BigDecimal quantity,
			java.math.BigDecimal amount, String reason, String responsibilityNote, Viewer viewer) {
		return adjustments.add(customerId,
				new AdjustmentEntry(date, com.huike.crm.customer.domain.AdjustmentKind.RETURN, product, quantity,
						amount, reason, com.huike.crm.customer.domain.Responsibility.OTHER, responsibilityNote),
				viewer);
	}

	/**
	 * One archive as a spreadsheet row gives it, checked: the core fields, the owning
	 * manager, and the other answers of the profile in canonical shapes (as
	 * {@link ProfileValidator} returns them, without the column-kept ones).
	 */
	public record ImportedCustomer(String name, String companyName, String mobilePhone, String officePhone,
			String homePhone, Long ownerId, Grade grade, DealStatus dealStatus, String classification,
			LocalDate birthDate, boolean birthLunar, Map<String, Object> answers) {

		public ImportedCustomer {
			answers = (answers != null) ? Map.copyOf(answers) : Map.of();
		}

	}

	/** An existing archive a row matches, and whether the importer may update it. */
	public record ExistingCustomer(Long id, String code, String name, String companyName, String mobilePhone,
			Long ownerId, boolean editable) {

	}

	/**
	 * The archives the viewer may see that have one of these mobile numbers or codes, or
	 * one of these names at one of these companies (name and company both given). What
	 * the viewer may not see does not exist for them, here as everywhere.
	 */
	public List<ExistingCustomer> matches(Collection<String> mobiles, Collection<String> codes,
			Collection<String> namesAtCompanies, Viewer viewer) {
		if (mobiles.isEmpty() && codes.isEmpty() && namesAtCompanies.isEmpty()) {
			return List.of();
		}
		Collection<Long> owners = viewer.visibleOwnerIds();
		if (viewer.isLookupOnly()) {
			return List.of();
		}
		String sql = """
				select id, code, name, company_name, mobile_phone, owner_id from customer
				 where (mobile_phone = any(?) or code = any(?) or (name || chr(31) || company_name) = any(?))
				""" + ((owners != null) ? " and owner_id = any(?)" : "") + " order by id";
		List<Object> args = new ArrayList<>(List.of(mobiles.toArray(String[]::new), codes.toArray(String[]::new),
				namesAtCompanies.toArray(String[]::new)));
		if (owners != null) {
			args.add(owners.toArray(Long[]::new));
		}
		return jdbc.query(sql, (rs, n) -> {
			long owner = rs.getLong("owner_id");
			return new ExistingCustomer(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("company_name"), rs.getString("mobile_phone"), owner,
					viewer.accessTo(owner).canEdit());
		}, args.toArray());
	}

	/**
	 * The code of one archive the viewer may edit (the lowest id), for a template's
	 * example row; none when they may edit none.
	 */
	public java.util.Optional<String> someEditableCode(Viewer viewer) {
		Collection<Long> owners = viewer.visibleOwnerIds();
		if (viewer.isLookupOnly() || owners != null && owners.isEmpty()) {
			return java.util.Optional.empty();
		}
		String sql = "select code, owner_id from customer" + ((owners != null) ? " where owner_id = any(?)" : "")
				+ " order by id limit 50";
		Object[] args = (owners != null) ? new Object[] { owners.toArray(Long[]::new) } : new Object[0];
		return jdbc
			.query(sql, (rs, n) -> viewer.accessTo(rs.getLong("owner_id")).canEdit() ? rs.getString("code") : null,
					args)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/** The key {@link #matches} compares names at companies by. */
	public static String nameAtCompany(String name, String companyName) {
		return name + '\u001f' + companyName;
	}

	/**
	 * Writes new archives, in the order given, with codes from the customer code
	 * sequence. Runs in the caller's transaction (an import is all or nothing). The
	 * owners must be managers the viewer may register customers for (the import checked
	 * each row); they are checked again here. Their search terms are written by
	 * {@link #indexImported} once all rows of the import are in.
	 * @return the ids, in the order of the rows
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> createAll(List<ImportedCustomer> rows, Long importBatchId, boolean registrationSheet,
			Viewer viewer) {
		java.util.Objects.requireNonNull(importBatchId, "importBatchId");
		if (rows.isEmpty()) {
			return List.of();
		}
		if (!CustomerService.mayRegister(viewer)) {
			throw new CustomerAccessDeniedException();
		}
		for (ImportedCustomer row : rows) {
			if (!viewer.isAdmin() && !viewer.ownsOrSupervises(row.ownerId())) {
				throw new CustomerAccessDeniedException();
			}
		}
		List<Long> numbers = jdbc.queryForList("select nextval('customer_code_seq') from generate_series(1, ?)",
				Long.class, rows.size());
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		List<Object[]> values = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			ImportedCustomer row = rows.get(i);
			String code = CustomerCodeGenerator.format(codePattern, today, numbers.get(i));
			Keys keys = CustomerSearchKeys.keysOf(row.name(), row.companyName(), row.mobilePhone(), row.officePhone(),
					row.homePhone());
			EncodedProfile profile = codec.encodeCanonical(allAnswers(row));
			values.add(new Object[] { code, row, profile, keys });
		}
		// one statement of many rows per batch: a batch of one-row statements costs a
		// round of parse, plan and trigger per row (three times the rows' own cost)
		for (int from = 0; from < values.size(); from += BATCH_SIZE) {
			List<Object[]> chunk = values.subList(from, Math.min(values.size(), from + BATCH_SIZE));
			String sql = "insert into customer (" + CustomerLoader.COLUMNS + ", pending_verification, import_batch_id"
					+ ") values " + String.join(", ", java.util.Collections.nCopies(chunk.size(), ROW));
			jdbc.update(sql, ps -> {
				for (int i = 0; i < chunk.size(); i++) {
					bind(ps, chunk.get(i), i * ROW_PARAMETERS, now, viewer.userId(), registrationSheet, importBatchId);
				}
			});
		}
		return jdbc.queryForList("select id from customer where code = any(?) order by id", Long.class,
				(Object) values.stream().map(v -> (String) v[0]).toArray(String[]::new));
	}

	/**
	 * Writes the search terms of the archives {@link #createAll} created (their insert
	 * leaves them out: V99), all in one statement in the order of the terms' indexes, so
	 * that each index page is visited once (a customer's terms are a set: no distinct
	 * needed). Until then, in the import's transaction, they are not found by search.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void indexImported(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.update("""
				insert into customer_search_term (term, owner_id, name_pinyin, customer_id)
				select t, c.owner_id, c.name_pinyin, c.id
				  from customer c, unnest(c.search_terms) t
				 where c.id = any(?)
				 order by 1, 3, 4""", (Object) ids.toArray(Long[]::new));
		if (ids.size() >= ANALYZE_AFTER) {
			// a bulk load: the planner's statistics are refreshed at once (as the
			// documentation advises after one) rather than when autovacuum comes by —
			// until then a book 10 times larger is planned as the small one it was
			jdbc.execute("analyze customer");
			jdbc.execute("analyze customer_search_term");
		}
	}

	/**
	 * How many new archives make an import a bulk load, after which the tables are
	 * analyzed.
	 */
	static final int ANALYZE_AFTER = 10_000;

	/**
	 * The values of one new archive in {@link #createAll}'s insert, and how many it
	 * binds.
	 */
	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

	private static final int ROW_PARAMETERS = 24;

	/** Binds one row's values after the first {@code o} parameters. */
	private static void bind(PreparedStatement ps, Object[] v, int o, Instant now, Long by, boolean registrationSheet,
			Long importBatchId) throws SQLException {
		ImportedCustomer row = (ImportedCustomer) v[1];
		EncodedProfile profile = (EncodedProfile) v[2];
		Keys keys = (Keys) v[3];
		ps.setString(o + 1, (String) v[0]);
		ps.setString(o + 2, row.name());
		ps.setString(o + 3, row.companyName());
		ps.setString(o + 4, row.mobilePhone());
		ps.setString(o + 5, row.officePhone());
		ps.setString(o + 6, row.homePhone());
		ps.setLong(o + 7, row.ownerId());
		ps.setString(o + 8, ((row.grade() != null) ? row.grade() : Grade.D).name());
		ps.setString(o + 9, ((row.dealStatus() != null) ? row.dealStatus() : DealStatus.POTENTIAL).name());
		ps.setString(o + 10, row.classification());
		if (row.birthDate() != null) {
			ps.setObject(o + 11, row.birthDate());
		}
		else {
			ps.setNull(o + 11, Types.DATE);
		}
		ps.setBoolean(o + 12, row.birthDate() != null && row.birthLunar());
		ps.setString(o + 13, profile.profileJson());
		ps.setString(o + 14, profile.sensitiveCipher());
		ps.setInt(o + 15, profile.completeness());
		ps.setString(o + 16, keys.namePinyin());
		ps.setArray(o + 17, ps.getConnection().createArrayOf("text", keys.searchTerms()));
		ps.setString(o + 18, keys.phoneDigits());
		ps.setTimestamp(o + 19, Timestamp.from(now));
		ps.setLong(o + 20, by);
		ps.setTimestamp(o + 21, Timestamp.from(now));
		ps.setLong(o + 22, by);
		ps.setBoolean(o + 23, registrationSheet);
		ps.setLong(o + 24, importBatchId);
	}

	/** Every answer of the row, the column-kept ones too (for completeness). */
	private static Map<String, Object> allAnswers(ImportedCustomer row) {
		Map<String, Object> answers = new LinkedHashMap<>(row.answers());
		answers.put("name", row.name());
		answers.put("companyName", row.companyName());
		answers.put("mobilePhone", row.mobilePhone());
		answers.put("officePhone", row.officePhone());
		answers.put("homePhone", row.homePhone());
		answers.put("birthDate", (row.birthDate() != null) ? row.birthDate().toString() : null);
		answers.put("birthDateLunar", (row.birthDate() != null && row.birthLunar()) ? Boolean.TRUE : null);
		answers.put("dealStatus", (row.dealStatus() != null) ? row.dealStatus().name() : DealStatus.POTENTIAL.name());
		answers.put("classification", row.classification());
		answers.values().removeIf(v -> v == null);
		return answers;
	}

	/**
	 * Updates an existing archive with the row's values, through the normal update path
	 * (optimistic locking, history, search keys, profile rules). A cell left empty leaves
	 * its value as it is; the grade and the owner do not change (a grade is decided with
	 * the four views, a hand-over is a reassignment).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void update(Long id, ImportedCustomer row, Long importBatchId, boolean registrationSheet, Viewer viewer) {
		Customer current = customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.orElseThrow(() -> new CustomerNotFoundException(id));
		CustomerUpdate update = new CustomerUpdate(current.getVersion(), orElse(row.name(), current.getName()),
				orElse(row.companyName(), current.getCompanyName()),
				orElse(row.mobilePhone(), current.getMobilePhone()),
				orElse(row.officePhone(), current.getOfficePhone()), orElse(row.homePhone(), current.getHomePhone()),
				null, (row.dealStatus() != null) ? row.dealStatus() : current.getDealStatus(),
				orElse(row.classification(), current.getClassification()),
				(row.birthDate() != null) ? row.birthDate() : current.getBirthDate(),
				(row.birthDate() != null) ? row.birthLunar() : current.isBirthLunar(), row.answers());
		updates.update(id, update, viewer);
		current.importedBy(importBatchId, registrationSheet);
	}

	private static String orElse(String value, String current) {
		return (value != null && !value.isBlank()) ? value : current;
	}

	/** An archive imported from a registration sheet, waiting to be confirmed. */
	public record PendingCustomer(Long id, String code, String name, String companyName, String mobilePhone,
			Long ownerId, String ownerName, Instant importedAt) {

	}

	/**
	 * The archives waiting for verification that the viewer may confirm — a manager's
	 * own, a market manager's team's, all for the administrator — the oldest first.
	 */
	public Page<PendingCustomer> pendingVerification(Viewer viewer, Pageable pageable) {
		if (viewer.isLookupOnly()) {
			return Page.empty(pageable);
		}
		Collection<Long> owners = viewer.visibleOwnerIds();
		String scope = (owners != null) ? " and owner_id = any(?)" : "";
		Object[] args = (owners != null) ? new Object[] { owners.toArray(Long[]::new) } : new Object[0];
		Long total = jdbc.queryForObject("select count(*) from customer where pending_verification" + scope, Long.class,
				args);
		List<Object> pageArgs = new ArrayList<>(List.of(args));
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<PendingCustomer> rows = jdbc.query(
				"select id, code, name, company_name, mobile_phone, owner_id, updated_at from customer"
						+ " where pending_verification" + scope + " order by id limit ? offset ?",
				(rs, n) -> new PendingCustomer(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getString("company_name"), rs.getString("mobile_phone"), rs.getLong("owner_id"), null,
						rs.getTimestamp("updated_at").toInstant()),
				pageArgs.toArray());
		Map<Long, String> names = identity
			.displayNames(rows.stream().map(PendingCustomer::ownerId).collect(java.util.stream.Collectors.toSet()));
		return new PageImpl<>(rows.stream()
			.map(p -> new PendingCustomer(p.id(), p.code(), p.name(), p.companyName(), p.mobilePhone(), p.ownerId(),
					names.get(p.ownerId()), p.importedAt()))
			.toList(), pageable, (total != null) ? total : 0);
	}

	/** Whether the archive waits for verification (for the viewer who may see it). */
	public boolean isPendingVerification(Long id, Viewer viewer) {
		return customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.map(Customer::isPendingVerification)
			.orElse(false);
	}

	/**
	 * The owning manager or the market manager (or the administrator) confirms that the
	 * archive's data are real: it is no longer 待核实. Corrections are made in the archive
	 * itself, where they land in its history.
	 * @throws CustomerNotFoundException when the viewer may not see the customer
	 * @throws CustomerAccessDeniedException when the viewer may see but not edit it
	 */
	@Transactional
	public boolean confirmVerified(Long id, Viewer viewer) {
		Customer customer = customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.orElseThrow(() -> new CustomerNotFoundException(id));
		if (!viewer.accessTo(customer.getOwnerId()).canEdit()) {
			throw new CustomerAccessDeniedException();
		}
		return customer.confirmVerified(viewer.userId());
	}

	/**
	 * Confirms several archives at once (the list's check boxes): all of them, or none
	 * when one may not be confirmed by the viewer.
	 * @return how many were waiting
	 */
	@Transactional
	public int confirmAllVerified(Collection<Long> ids, Viewer viewer) {
		int confirmed = 0;
		for (Long id : new java.util.LinkedHashSet<>(ids)) {
			if (confirmVerified(id, viewer)) {
				confirmed++;
			}
		}
		return confirmed;
	}

}
