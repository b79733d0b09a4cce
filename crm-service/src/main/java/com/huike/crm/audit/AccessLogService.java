package com.huike.crm.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.huike.crm.audit.domain.AccessPurpose;
import com.huike.crm.audit.domain.SensitiveAccess;
import com.huike.crm.audit.domain.SensitiveAccessRepository;
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

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	public AccessLogService(SensitiveAccessRepository accesses, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.accesses = accesses;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes an access record; joins the caller's transaction, so the record and the
	 * reading stand or fall together.
	 */
	@Transactional
	public void record(Long userId, Long customerId, AccessPurpose purpose) {
		accesses.save(new SensitiveAccess(userId, customerId, purpose, clock.instant()));
	}

	/** The access records, newest first; administrators only. */
	public Page<AccessLogEntry> search(AccessLogQuery query, Viewer viewer, Pageable pageable) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("only administrators may read the access log");
		}
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (query.customerCode() != null && !query.customerCode().isBlank()) {
			where.append(" and c.code like :code escape '\\'");
			params.addValue("code", escape(query.customerCode().strip().toUpperCase(Locale.ROOT)) + "%");
		}
		if (query.user() != null && !query.user().isBlank()) {
			where.append(" and (lower(u.username) = :username or u.display_name = :displayName)");
			params.addValue("username", query.user().strip().toLowerCase(Locale.ROOT));
			params.addValue("displayName", query.user().strip());
		}
		String from = " from sensitive_access a join app_user u on u.id = a.user_id"
				+ " join customer c on c.id = a.customer_id";
		long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
		if (total == 0) {
			return Page.empty(pageable);
		}
		params.addValue("limit", pageable.getPageSize());
		params.addValue("offset", pageable.getOffset());
		List<AccessLogEntry> rows = jdbc.query(
				"select a.id, a.accessed_at, a.user_id, u.username, u.display_name,"
						+ " a.customer_id, c.code, c.name, a.purpose" + from + where
						+ " order by a.accessed_at desc, a.id desc limit :limit offset :offset",
				params,
				(rs, i) -> new AccessLogEntry(rs.getLong("id"), rs.getTimestamp("accessed_at").toInstant(),
						rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name"),
						rs.getLong("customer_id"), rs.getString("code"), rs.getString("name"),
						AccessPurpose.valueOf(rs.getString("purpose"))));
		return new PageImpl<>(rows, pageable, total);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
