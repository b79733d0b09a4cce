package com.huike.crm.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The customer list's query: one box and the filters, turned into SQL that the indexes of
 * {@code V30__index_customer_search.sql} answer at a million customers. Each word of the
 * box must match (AND); a word matches in any of the ways its form allows (OR):
 * <ul>
 * <li>with Chinese characters: any part of the name (GIN over character pairs, then a
 * {@code like} to check they are adjacent), or of the company (two characters or
 * more);</li>
 * <li>letters: a pinyin prefix of the name (full, initials, 多音字 readings), a Latin word
 * of the name or company, or the start of the code;</li>
 * <li>digits (3 or more): part of any phone number (pg_trgm), or the start of the
 * code.</li>
 * </ul>
 * Call-center viewers search by name, code and phone only, and only with a text.
 * <p>
 * Counting every match of a loose query ("王" among a million) costs more than the page
 * itself, so the total is counted up to {@value #COUNT_LIMIT} and reported as "more than"
 * beyond; pages go no deeper. A search with words sorts the first {@value #COUNT_LIMIT}
 * matches it finds (see {@code docs/performance.md}).
 */
@Component
public class CustomerSearch {

	/** Matches are counted up to this many; the list pages no further. */
	public static final int COUNT_LIMIT = 1000;

	/**
	 * How many customers a lookup-only user (the call center) is shown at most: a lookup
	 * answers a caller; beyond this, the search must be narrowed down.
	 */
	public static final int LOOKUP_LIMIT = 10;

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final int MAX_WORDS = 6;

	/** What a row of the list shows, and what it may be sorted by. */
	private static final String COLUMNS = "c.id, c.code, c.name, c.company_name, c.mobile_phone, c.office_phone,"
			+ " c.owner_id, c.grade, c.deal_status, c.classification, c.completeness, c.updated_at, c.created_at,"
			+ " c.name_pinyin";

	private static final Map<String, String> SORTS = Map.of("name", "c.name_pinyin", "code", "c.code", "grade",
			"c.grade", "updatedAt", "c.updated_at", "createdAt", "c.created_at", "completeness", "c.completeness");

	private final NamedParameterJdbcTemplate jdbc;

	private final IdentityService identity;

	private final Clock clock;

	public CustomerSearch(NamedParameterJdbcTemplate jdbc, IdentityService identity, Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.clock = clock;
	}

	public CustomerSearchResult search(CustomerQuery query, Viewer viewer, Pageable requested) {
		Pageable pageable = bounded(requested);
		boolean lookupOnly = viewer.isLookupOnly();
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		Collection<Long> owners = viewer.visibleOwnerIds();
		if (owners != null) {
			where.append(" and c.owner_id in (:owners)");
			params.addValue("owners", owners);
		}
		boolean hasWords = query.hasText() && appendText(query.q(), lookupOnly, where, params);
		if (query.hasText() && !hasWords) {
			// only punctuation: nothing to look for
			return CustomerSearchResult.empty(pageable);
		}
		if (lookupOnly && !hasWords) {
			// the call center looks customers up; it does not browse the whole book
			return CustomerSearchResult.empty(pageable);
		}
		appendFilters(query, lookupOnly, where, params);
		int cap = lookupOnly ? LOOKUP_LIMIT : COUNT_LIMIT;
		if (lookupOnly && pageable.getPageSize() > LOOKUP_LIMIT) {
			pageable = PageRequest.of(pageable.getPageNumber(), LOOKUP_LIMIT, pageable.getSort());
		}
		if (pageable.getOffset() >= cap) {
			return new CustomerSearchResult(List.of(), pageable, cap, true);
		}
		params.addValue("limit", pageable.getPageSize());
		params.addValue("offset", pageable.getOffset());
		return hasWords ? searchText(where, params, pageable, lookupOnly, cap)
				: browse(where, params, pageable, lookupOnly);
	}

	/**
	 * With words in the box: the matches are picked first, through the text indexes, at
	 * most {@value #COUNT_LIMIT} + 1 of them, then sorted and paged; one statement, which
	 * also counts them. Ordering a million rows by an index and filtering them by the
	 * words is what PostgreSQL would otherwise choose, as it cannot tell how few rows a
	 * word matches: a code took 4.7 s that way at a million customers. When more than
	 * {@value #COUNT_LIMIT} customers match, the list holds {@value #COUNT_LIMIT} of
	 * them, sorted, and says there are more.
	 */
	private CustomerSearchResult searchText(StringBuilder where, MapSqlParameterSource params, Pageable pageable,
			boolean lookupOnly, int cap) {
		String sql = "with c as materialized (select " + COLUMNS + " from customer c" + where + " limit " + (cap + 1)
				+ ") select c.*, count(*) over () as matches from c" + orderBy(pageable)
				+ " limit :limit offset :offset";
		long[] matches = { 0 };
		List<CustomerSummary> rows = jdbc.query(sql, params, (rs, i) -> {
			matches[0] = rs.getLong("matches");
			return summary(rs, lookupOnly);
		});
		if (rows.isEmpty() && pageable.getOffset() > 0) {
			// beyond the last page: how many there are, for the pagination
			matches[0] = jdbc.queryForObject(
					"select count(*) from (select 1 from customer c" + where + " limit " + (cap + 1) + ") m", params,
					Long.class);
		}
		boolean capped = matches[0] > cap;
		return new CustomerSearchResult(withOwnerNames(rows), pageable, capped ? cap : matches[0], capped);
	}

	/**
	 * Filters only: the indexes give the order, the page is read in it, and the matches
	 * are counted (up to {@value #COUNT_LIMIT}) only when there is more than one page.
	 */
	private CustomerSearchResult browse(StringBuilder where, MapSqlParameterSource params, Pageable pageable,
			boolean lookupOnly) {
		String sql = "select " + COLUMNS + " from customer c" + where + orderBy(pageable)
				+ " limit :limit offset :offset";
		List<CustomerSummary> rows = withOwnerNames(jdbc.query(sql, params, (rs, i) -> summary(rs, lookupOnly)));
		if (pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()) {
			// the first page holds every match: no need to count
			return new CustomerSearchResult(rows, pageable, rows.size(), false);
		}
		long total = jdbc.queryForObject(
				"select count(*) from (select 1 from customer c" + where + " limit " + (COUNT_LIMIT + 1) + ") m",
				params, Long.class);
		boolean capped = total > COUNT_LIMIT;
		return new CustomerSearchResult(rows, pageable, capped ? COUNT_LIMIT : total, capped);
	}

	/** The owners' names of a page of rows, in one statement (identity's, not a join). */
	private List<CustomerSummary> withOwnerNames(List<CustomerSummary> rows) {
		Set<Long> owners = new HashSet<>();
		rows.forEach(r -> owners.add(r.ownerId()));
		Map<Long, String> names = identity.displayNames(owners);
		return rows.stream()
			.map(r -> new CustomerSummary(r.id(), r.code(), r.name(), r.companyName(), r.mobilePhone(), r.officePhone(),
					r.ownerId(), names.get(r.ownerId()), r.grade(), r.dealStatus(), r.classification(),
					r.completeness(), r.updatedAt()))
			.toList();
	}

	private static CustomerSummary summary(ResultSet rs, boolean lookupOnly) throws SQLException {
		return new CustomerSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				lookupOnly ? null : rs.getString("company_name"), rs.getString("mobile_phone"),
				rs.getString("office_phone"), rs.getLong("owner_id"), null,
				lookupOnly ? null : Grade.valueOf(rs.getString("grade").strip()),
				lookupOnly ? null : DealStatus.valueOf(rs.getString("deal_status")),
				lookupOnly ? null : rs.getString("classification"), lookupOnly ? 0 : rs.getInt("completeness"),
				lookupOnly ? null : rs.getTimestamp("updated_at").toInstant());
	}

	/**
	 * The distinct classifications, alphabetically, at most 100: a loose index scan over
	 * idx_customer_classification, one probe per value rather than a pass over every row.
	 */
	public List<String> classifications() {
		return jdbc.getJdbcTemplate()
			.queryForList("with recursive k(v, n) as (select min(classification), 1 from customer"
					+ " union all select (select min(classification) from customer where classification > k.v), n + 1"
					+ " from k where k.v is not null and n < 100) select v from k where v is not null", String.class);
	}

	private static Pageable bounded(Pageable pageable) {
		if (pageable.isUnpaged()) {
			return PageRequest.of(0, 20);
		}
		int size = Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE_SIZE));
		return PageRequest.of(pageable.getPageNumber(), size, pageable.getSort());
	}

	/** Appends one condition per word of the box; false when no word was usable. */
	private static boolean appendText(String q, boolean lookupOnly, StringBuilder where, MapSqlParameterSource params) {
		List<String> words = words(q);
		for (int w = 0; w < words.size(); w++) {
			String word = words.get(w);
			List<String> alternatives = new ArrayList<>();
			String p = "w" + w;
			String digits = word.replaceAll("[-()+.]", "");
			if (word.codePoints().anyMatch(NamePinyin::isHan)) {
				params.addValue(p + "like", "%" + escapeLike(word) + "%");
				params.addValue(p + "name", grams(word, ""));
				alternatives
					.add("(c.search_terms @> cast(:" + p + "name as text[]) and lower(c.name) like :" + p + "like)");
				if (!lookupOnly && word.codePointCount(0, word.length()) >= 2) {
					params.addValue(p + "company", grams(word, CustomerSearchKeys.COMPANY));
					alternatives.add("(c.search_terms @> cast(:" + p
							+ "company as text[]) and lower(c.company_name) like :" + p + "like)");
				}
			}
			else if (digits.matches("\\d+")) {
				if (digits.length() >= 3) {
					params.addValue(p + "phone", "%" + digits + "%");
					alternatives.add("c.phone_digits like :" + p + "phone");
				}
				params.addValue(p + "code", escapeLike(word.toUpperCase(Locale.ROOT)) + "%");
				alternatives.add("upper(c.code) like :" + p + "code");
			}
			else if (word.matches("[\\p{IsLatin}\\d]+")) {
				List<String> terms = new ArrayList<>();
				terms.add(word);
				if (!lookupOnly) {
					terms.add(CustomerSearchKeys.COMPANY + word);
				}
				params.addValue(p + "terms", terms.toArray(String[]::new));
				alternatives.add("c.search_terms && cast(:" + p + "terms as text[])");
				params.addValue(p + "code", escapeLike(word.toUpperCase(Locale.ROOT)) + "%");
				alternatives.add("upper(c.code) like :" + p + "code");
			}
			else {
				// a code with other characters (KH-2026-…): its start
				params.addValue(p + "code", escapeLike(word.toUpperCase(Locale.ROOT)) + "%");
				alternatives.add("upper(c.code) like :" + p + "code");
			}
			where.append(" and (").append(String.join(" or ", alternatives)).append(")");
		}
		return !words.isEmpty();
	}

	/**
	 * The words of the box, folded to lower case and half-width; consecutive words of
	 * letters join ({@code zhang san} is {@code zhangsan}, as pinyin is written with or
	 * without spaces).
	 */
	static List<String> words(String q) {
		List<String> out = new ArrayList<>();
		String normalized = NamePinyin.normalize(q).toLowerCase(Locale.ROOT).strip();
		if (normalized.isEmpty()) {
			return out;
		}
		for (String raw : normalized.split("\\s+")) {
			String word = raw.replaceAll("[\\p{Punct}&&[^-()+.#_]]|[，。、；：？！“”‘’（）]", "");
			if (word.isEmpty()) {
				continue;
			}
			int last = out.size() - 1;
			if (word.matches("\\p{IsLatin}+") && last >= 0 && out.get(last).matches("\\p{IsLatin}+")) {
				out.set(last, out.get(last) + word);
			}
			else if (out.size() < MAX_WORDS) {
				out.add(word);
			}
		}
		return out;
	}

	/** Character pairs of a word (the word itself when it is one character). */
	static String[] grams(String word, String mark) {
		Set<String> out = new LinkedHashSet<>();
		int[] cps = word.codePoints().toArray();
		if (cps.length == 1) {
			out.add(mark + word);
		}
		for (int i = 0; i + 1 < cps.length; i++) {
			out.add(mark + new String(cps, i, 2));
		}
		return out.toArray(String[]::new);
	}

	private void appendFilters(CustomerQuery query, boolean lookupOnly, StringBuilder where,
			MapSqlParameterSource params) {
		if (query.ownerId() != null) {
			where.append(" and c.owner_id = :ownerId");
			params.addValue("ownerId", query.ownerId());
		}
		if (lookupOnly) {
			// grades, statuses and dates are not the call center's to see, nor to filter
			// by
			return;
		}
		if (query.grade() != null) {
			where.append(" and c.grade = :grade");
			params.addValue("grade", query.grade().name());
		}
		if (query.dealStatus() != null) {
			where.append(" and c.deal_status = :dealStatus");
			params.addValue("dealStatus", query.dealStatus().name());
		}
		if (query.classification() != null && !query.classification().isBlank()) {
			where.append(" and c.classification = :classification");
			params.addValue("classification", query.classification().strip());
		}
		range("created_at", query.createdFrom(), query.createdTo(), where, params);
		range("updated_at", query.updatedFrom(), query.updatedTo(), where, params);
		if (query.birthMonth() != null) {
			// the expression of idx_customer_birth_month
			where.append(" and extract(month from c.birth_date) = :birthMonth");
			params.addValue("birthMonth", query.birthMonth());
		}
	}

	/** A range of days in the business's time zone, both ends included. */
	private void range(String column, LocalDate from, LocalDate to, StringBuilder where, MapSqlParameterSource params) {
		if (from != null) {
			where.append(" and c.").append(column).append(" >= :").append(column).append("From");
			params.addValue(column + "From", startOf(from));
		}
		if (to != null) {
			where.append(" and c.").append(column).append(" < :").append(column).append("To");
			params.addValue(column + "To", startOf(to.plusDays(1)));
		}
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toInstant().atOffset(ZoneOffset.UTC);
	}

	/**
	 * Every sort ends with the name and the id, in the direction of the first key, so
	 * that one index serves the whole order.
	 */
	private static String orderBy(Pageable pageable) {
		List<String> parts = new ArrayList<>();
		Sort.Direction direction = Sort.Direction.ASC;
		for (Sort.Order order : pageable.getSort()) {
			String column = SORTS.get(order.getProperty());
			if (column != null && parts.isEmpty()) {
				direction = order.getDirection();
				parts.add(column + " " + direction.name().toLowerCase(Locale.ROOT));
			}
		}
		String dir = " " + direction.name().toLowerCase(Locale.ROOT);
		if (parts.isEmpty() || parts.get(0).startsWith("c.grade")) {
			parts.add("c.name_pinyin" + dir);
		}
		parts.add("c.id" + dir);
		return " order by " + String.join(", ", parts);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
