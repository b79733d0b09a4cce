package com.huike.crm.customer;

import java.sql.Array;
import java.util.List;

import com.huike.crm.customer.CustomerSearchKeys.Keys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the search columns of customers whose sort key is empty: rows written by SQL
 * (imports, migrations that change the keys' form). The keys are derived data, so this is
 * not a change of the archive: neither the version nor the update time moves.
 */
@Service
public class CustomerReindexer {

	private final JdbcTemplate jdbc;

	public CustomerReindexer(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Reindexes up to {@code batch} pending customers; returns how many it did. */
	@Transactional
	public int reindexPending(int batch) {
		List<Object[]> rows = jdbc.query(
				"select id, name, company_name, mobile_phone, office_phone, home_phone from customer"
						+ " where name_pinyin = '' order by id limit ?",
				(rs, i) -> new Object[] { rs.getLong(1), CustomerSearchKeys.keysOf(rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)) },
				batch);
		jdbc.batchUpdate("update customer set name_pinyin = ?, search_terms = ?, phone_digits = ? where id = ?", rows,
				rows.size(), (ps, row) -> {
					Keys keys = (Keys) row[1];
					Array terms = ps.getConnection().createArrayOf("text", keys.searchTerms());
					ps.setString(1, keys.namePinyin().isEmpty() ? "~" : keys.namePinyin());
					ps.setArray(2, terms);
					ps.setString(3, keys.phoneDigits());
					ps.setLong(4, (Long) row[0]);
				});
		return rows.size();
	}

}
