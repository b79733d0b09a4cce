package com.huike.crm.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerDataGenerator.GeneratedCustomer;
import com.huike.crm.customer.CustomerSearchKeys.Keys;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes generated customers ({@link CustomerDataGenerator}) straight into the
 * {@code customer} table, with their search keys and profiles: a few hundred for the demo
 * (batched inserts), a million for benchmarks ({@code COPY}). Archives made this way are
 * as they would be after being typed in (the sensitive answers encrypted by
 * {@link ProfileCodec}), except that no history is written.
 */
@Service
public class CustomerLoader {

	static final String COLUMNS = "code, name, company_name, mobile_phone, office_phone, home_phone, owner_id, grade,"
			+ " deal_status, classification, birth_date, birth_lunar, profile, sensitive_profile, completeness,"
			+ " name_pinyin, search_terms, phone_digits, created_at, created_by, updated_at, updated_by, version";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String codePattern;

	private final ProfileCodec codec;

	public CustomerLoader(JdbcTemplate jdbc, Clock clock,
			@Value("${huike.customer.code-pattern:KH{yyyy}{seq:6}}") String codePattern, ProfileCodec codec) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.codePattern = codePattern;
		this.codec = codec;
	}

	/**
	 * The demo customers over the given managers, generated from
	 * {@link CustomerDataGenerator#DEMO_SEED}: the same customers every time. Does
	 * nothing when those managers already have customers (a restart).
	 * @return how many customers were created
	 */
	@Transactional
	public int loadDemo(List<Long> owners, int count) {
		Long existing = jdbc.queryForObject("select count(*) from customer where owner_id = any(?)", Long.class,
				(Object) owners.toArray(Long[]::new));
		if (existing != null && existing > 0) {
			return 0;
		}
		CustomerDataGenerator generator = new CustomerDataGenerator(CustomerDataGenerator.DEMO_SEED,
				LocalDate.now(clock), clock.getZone());
		List<Long> numbers = jdbc.queryForList("select nextval('customer_code_seq') from generate_series(1, ?)",
				Long.class, count);
		List<Row> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			GeneratedCustomer customer = generator.customer(i, owners.size());
			rows.add(row(customer, owners.get(customer.ownerSlot()), numbers.get(i)));
		}
		jdbc.batchUpdate(
				"insert into customer (" + COLUMNS
						+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
				rows, 100, CustomerLoader::bind);
		return count;
	}

	/**
	 * Copies customers {@code [from, to)} of the generator into the table over one
	 * connection (PostgreSQL {@code COPY}); customer {@code n} gets code number
	 * {@code firstCode + n}, so reserve the numbers first ({@code customer_code_seq}).
	 * Call with disjoint ranges from several threads to load faster.
	 */
	public long copy(Connection connection, CustomerDataGenerator generator, long from, long to, List<Long> owners,
			long firstCode) throws SQLException {
		PGConnection pg = connection.unwrap(PGConnection.class);
		String sql = "copy customer (" + COLUMNS + ") from stdin with (format text)";
		try (PGCopyOutputStream out = new PGCopyOutputStream(pg, sql, 1 << 20);
				Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
						1 << 16)) {
			StringBuilder line = new StringBuilder(4096);
			for (long n = from; n < to; n++) {
				GeneratedCustomer customer = generator.customer(n, owners.size());
				Row row = row(customer, owners.get(customer.ownerSlot()), firstCode + n);
				line.setLength(0);
				row.appendCopyLine(line);
				writer.append(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return to - from;
	}

	private Row row(GeneratedCustomer c, Long ownerId, long codeNumber) {
		LocalDate openedOn = c.createdAt().atZone(clock.getZone()).toLocalDate();
		String code = CustomerCodeGenerator.format(codePattern, openedOn, codeNumber);
		Keys keys = CustomerSearchKeys.keysOf(c.name(), c.companyName(), c.mobilePhone(), c.officePhone(),
				c.homePhone());
		return new Row(code, c, ownerId, codec.encode(answers(c)), keys);
	}

	/** Every answer of a generated archive, the column-kept ones too (completeness). */
	static Map<String, Object> answers(GeneratedCustomer c) {
		Map<String, Object> answers = new LinkedHashMap<>(c.answers());
		answers.put("name", c.name());
		answers.put("companyName", c.companyName());
		answers.put("mobilePhone", c.mobilePhone());
		answers.put("officePhone", c.officePhone());
		answers.put("homePhone", c.homePhone());
		answers.put("birthDate", (c.birthDate() != null) ? c.birthDate().toString() : null);
		answers.put("birthDateLunar", c.birthLunar());
		answers.put("dealStatus", c.dealStatus().name());
		answers.put("classification", c.classification());
		return answers;
	}

	private static void bind(PreparedStatement ps, Row row) throws SQLException {
		GeneratedCustomer c = row.customer();
		ps.setString(1, row.code());
		ps.setString(2, c.name());
		ps.setString(3, c.companyName());
		ps.setString(4, c.mobilePhone());
		ps.setString(5, c.officePhone());
		ps.setString(6, c.homePhone());
		ps.setLong(7, row.ownerId());
		ps.setString(8, c.grade().name());
		ps.setString(9, c.dealStatus().name());
		ps.setString(10, c.classification());
		if (c.birthDate() != null) {
			ps.setObject(11, c.birthDate());
		}
		else {
			ps.setNull(11, Types.DATE);
		}
		ps.setBoolean(12, c.birthLunar());
		ps.setString(13, row.profile().profileJson());
		ps.setString(14, row.profile().sensitiveCipher());
		ps.setInt(15, row.profile().completeness());
		ps.setString(16, row.keys().namePinyin());
		ps.setArray(17, ps.getConnection().createArrayOf("text", row.keys().searchTerms()));
		ps.setString(18, row.keys().phoneDigits());
		ps.setTimestamp(19, Timestamp.from(c.createdAt()));
		ps.setLong(20, row.ownerId());
		ps.setTimestamp(21, Timestamp.from(c.updatedAt()));
		ps.setLong(22, row.ownerId());
	}

	private record Row(String code, GeneratedCustomer customer, Long ownerId, EncodedProfile profile, Keys keys) {

		/** One line of COPY's text format: tab separated, {@code \N} for null. */
		void appendCopyLine(StringBuilder out) {
			GeneratedCustomer c = customer;
			field(out, code).append('\t');
			field(out, c.name()).append('\t');
			field(out, c.companyName()).append('\t');
			field(out, c.mobilePhone()).append('\t');
			field(out, c.officePhone()).append('\t');
			field(out, c.homePhone()).append('\t');
			out.append(ownerId).append('\t');
			out.append(c.grade().name()).append('\t');
			out.append(c.dealStatus().name()).append('\t');
			field(out, c.classification()).append('\t');
			field(out, (c.birthDate() != null) ? c.birthDate().toString() : null).append('\t');
			out.append(c.birthLunar() ? 't' : 'f').append('\t');
			field(out, profile.profileJson()).append('\t');
			field(out, profile.sensitiveCipher()).append('\t');
			out.append(profile.completeness()).append('\t');
			field(out, keys.namePinyin()).append('\t');
			field(out, arrayLiteral(keys.searchTerms())).append('\t');
			field(out, keys.phoneDigits()).append('\t');
			out.append(c.createdAt()).append('\t');
			out.append(ownerId).append('\t');
			out.append(c.updatedAt()).append('\t');
			out.append(ownerId).append('\t');
			out.append('0').append('\n');
		}

		private static StringBuilder field(StringBuilder out, String value) {
			if (value == null) {
				return out.append("\\N");
			}
			for (int i = 0; i < value.length(); i++) {
				char ch = value.charAt(i);
				switch (ch) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(ch);
				}
			}
			return out;
		}

		private static String arrayLiteral(String[] values) {
			StringBuilder out = new StringBuilder(values.length * 8);
			out.append('{');
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append('"');
				for (int j = 0; j < values[i].length(); j++) {
					char ch = values[i].charAt(j);
					if (ch == '"' || ch == '\\') {
						out.append('\\');
					}
					out.append(ch);
				}
				out.append('"');
			}
			return out.append('}').toString();
		}

	}

}
