package com.huike.crm.audit;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.huike.crm.audit.domain.AccessPurpose;
import com.huike.crm.audit.domain.ListExport;
import com.huike.crm.audit.domain.ListExportRepository;
import com.huike.crm.audit.domain.LookupSearch;
import com.huike.crm.audit.domain.LookupSearchRepository;
import com.huike.crm.audit.domain.SensitiveAccess;
import com.huike.crm.audit.domain.SensitiveAccessRepository;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every showing of sensitive (S) customer fields and lets administrators browse
 * the records.
 */
@Service
@Transactional(readOnly = true)
public class AccessLogService {

	private final SensitiveAccessRepository accesses;

	private final LookupSearchRepository lookups;

	private final ListExportRepository exports;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	public AccessLogService(SensitiveAccessRepository accesses, LookupSearchRepository lookups,
			ListExportRepository exports, IdentityService identity, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.accesses = accesses;
		this.lookups = lookups;
		this.exports = exports;
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes an access record; joins the caller's transaction, so the record and the
	 * reading stand or fall together.
	 */
	@Transactional
	public void record(Long userId, Long customerId, String customerCode, String customerName, AccessPurpose purpose) {
		accesses.save(new SensitiveAccess(userId, customerId, customerCode, customerName, purpose, clock.instant()));
	}

	/**
	 * Writes down a search of a lookup-only user (the call center): who, what, how many
	 * matched. Joins the caller's transaction.
	 */
	@Transactional
	public void recordLookup(Long userId, String query, long matches, boolean capped) {
		lookups.save(new LookupSearch(userId, query.strip(), (int) Math.min(matches, Integer.MAX_VALUE), capped,
				clock.instant()));
	}

	/**
	 * Writes down a list taken out as a file: who, which list ({@code customers},
	 * {@code followups}…), with which filters (as the user chose them, in words), the
	 * format and how many rows left. In a transaction of its own: the file has gone
	 * whatever happens after (and a file written in a read-only transaction is logged
	 * too).
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
	public void recordExport(Long userId, String list, String filters, String format, long rows) {
		exports.save(new ListExport(userId, list, filters, format, rows, clock.instant()));
	}

	/**
	 * The call center's searches, newest first, optionally of the users named so;
	 * administrators only.
	 */
	public Page<LookupEntry> lookups(String user, Viewer viewer, Pageable pageable) {
		return byUser(user, viewer, pageable, lookups::findAllByOrderBySearchedAtDescIdDesc,
				lookups::findByUserIdInOrderBySearchedAtDescIdDesc, LookupSearch::getUserId,
				(l, who) -> new LookupEntry(l.getId(), l.getSearchedAt(), l.getUserId(),
						(who != null) ? who.username() : null, (who != null) ? who.displayName() : null, l.getQuery(),
						l.getMatches(), l.isCapped()));
	}

	/**
	 * The lists exported, newest first, optionally of the users named so; administrators
	 * only.
	 */
	public Page<ExportEntry> exports(String user, Viewer viewer, Pageable pageable) {
		return byUser(user, viewer, pageable, exports::findAllByOrderByExportedAtDescIdDesc,
				exports::findByUserIdInOrderByExportedAtDescIdDesc, ListExport::getUserId,
				(e, who) -> new ExportEntry(e.getId(), e.getExportedAt(), e.getUserId(),
						(who != null) ? who.username() : null, (who != null) ? who.displayName() : null, e.getList(),
						e.getFilters(), e.getFormat(), e.getRowCount()));
	}

	/** A page of a log, of everyone or of the users named so, with the users' names. */
	private <T, R> Page<R> byUser(String user, Viewer viewer, Pageable pageable, Function<Pageable, Page<T>> all,
			BiFunction<Set<Long>, Pageable, Page<T>> ofUsers, Function<T, Long> userOf,
			BiFunction<T, IdentityService.UserSummary, R> entry) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("only administrators may read the access log");
		}
		Page<T> page;
		if (user != null && !user.isBlank()) {
			Set<Long> users = identity.userIdsNamed(user.strip());
			if (users.isEmpty()) {
				return Page.empty(pageable);
			}
			page = ofUsers.apply(users, pageable);
		}
		else {
			page = all.apply(pageable);
		}
		Set<Long> userIds = new HashSet<>();
		page.forEach(row -> userIds.add(userOf.apply(row)));
		Map<Long, IdentityService.UserSummary> names = identity.summaries(userIds);
		return page.map(row -> entry.apply(row, names.get(userOf.apply(row))));
	}

	/** The access records, newest first; administrators only. */
	public Page<AccessLogEntry> search(AccessLogQuery query, Viewer viewer, Pageable pageable) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("only administrators may read the access log");
		}
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (query.customerCode() != null && !query.customerCode().isBlank()) {
			where.append(" and a.customer_code like :code escape '\\'");
			params.addValue("code", escape(query.customerCode().strip().toUpperCase(Locale.ROOT)) + "%");
		}
		if (query.user() != null && !query.user().isBlank()) {
			Set<Long> users = identity.userIdsNamed(query.user().strip());
			if (users.isEmpty()) {
				return Page.empty(pageable);
			}
			where.append(" and a.user_id in (:users)");
			params.addValue("users", users);
		}
		String from = " from sensitive_access a";
		long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
		if (total == 0) {
			return Page.empty(pageable);
		}
		params.addValue("limit", pageable.getPageSize());
		params.addValue("offset", pageable.getOffset());
		List<AccessLogEntry> rows = jdbc.query(
				"select a.id, a.accessed_at, a.user_id, a.customer_id, a.customer_code, a.customer_name, a.purpose"
						+ from + where + " order by a.accessed_at desc, a.id desc limit :limit offset :offset",
				params,
				(rs, i) -> new AccessLogEntry(rs.getLong("id"), rs.getTimestamp("accessed_at").toInstant(),
						rs.getLong("user_id"), null, null, rs.getLong("customer_id"), rs.getString("customer_code"),
						rs.getString("customer_name"), AccessPurpose.valueOf(rs.getString("purpose"))));
		Set<Long> userIds = new HashSet<>();
		rows.forEach(r -> userIds.add(r.userId()));
		Map<Long, IdentityService.UserSummary> users = identity.summaries(userIds);
		return new PageImpl<>(rows.stream().map(r -> {
			IdentityService.UserSummary user = users.get(r.userId());
			return new AccessLogEntry(r.id(), r.accessedAt(), r.userId(), (user != null) ? user.username() : null,
					(user != null) ? user.displayName() : null, r.customerId(), r.customerCode(), r.customerName(),
					r.purpose());
		}).toList(), pageable, total);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
