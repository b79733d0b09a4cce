package com.huike.crm.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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
 * beyond. A list without words reaches every customer all the same, paged by keyset
 * ({@link CustomerCursor}); a search with words pages by number through the first
 * {@value #COUNT_LIMIT} matches it finds, sorted (see {@code docs/performance.md}). A
 * one-word search in pinyin order reads its page and count from the search terms' table
 * (V88) by index-only scans.
 */
@Component
public class CustomerSearch {

	/**
	 * Matches are counted up to this many; a search with words pages no further (a list
	 * without words goes on by cursor).
	 */
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

	/** The rows an export reads at a time ({@code huike.export.page-size}, 2,000). */
	private final int exportPage;

	public CustomerSearch(NamedParameterJdbcTemplate jdbc, IdentityService identity, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${huike.export.page-size:2000}") int exportPage) {
		this.jdbc = jdbc;
		this.exportPage = Math.max(1, exportPage);
		this.identity = identity;
		this.clock = clock;
	}

	public CustomerSearchResult search(CustomerQuery query, Viewer viewer, Pageable requested) {
		return search(query, viewer, requested, null);
	}

	/**
	 * The list from a cursor of an earlier page ({@link CustomerSearchResult}); without
	 * words in the box only, and in the sort it was made for, else refused
	 * ({@code search.cursor.invalid}).
	 */
	public CustomerSearchResult search(CustomerQuery query, Viewer viewer, Pageable requested, String cursorToken) {
		Pageable pageable = bounded(requested);
		SortKey sort = sortOf(pageable);
		CustomerCursor cursor = (cursorToken == null || cursorToken.isBlank()) ? null
				: CustomerCursor.decode(cursorToken.strip());
		if (cursor != null && !sort.fits(cursor)) {
			throw CustomerCursor.invalid();
		}
		boolean lookupOnly = viewer.isLookupOnly();
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		Collection<Long> owners = viewer.visibleOwnerIds();
		if (owners != null) {
			where.append(" and c.owner_id in (:owners)");
			params.addValue("owners", owners);
		}
		boolean hasWords = query.hasText() && appendText(query.q(), lookupOnly, where, params);
		if (hasWords && cursor != null) {
			// a search with words pages by number
			throw CustomerCursor.invalid();
		}
		if (query.hasText() && !hasWords) {
			// only punctuation: nothing to look for
			return CustomerSearchResult.empty(pageable);
		}
		if (lookupOnly && !hasWords) {
			// the call center looks customers up; it does not browse the whole book
			return CustomerSearchResult.empty(pageable);
		}
		appendFilters(query, lookupOnly, where, params);
		if (!hasWords) {
			return browse(where, params, pageable, sort, cursor);
		}
		int cap = lookupOnly ? LOOKUP_LIMIT : COUNT_LIMIT;
		if (lookupOnly && pageable.getPageSize() > LOOKUP_LIMIT) {
			pageable = PageRequest.of(pageable.getPageNumber(), LOOKUP_LIMIT, pageable.getSort());
		}
		if (pageable.getOffset() >= cap) {
			return new CustomerSearchResult(List.of(), pageable, cap, true);
		}
		CustomerSearchResult fromTerms = searchTerms(query, owners, lookupOnly, pageable, sort, cap, where, params);
		if (fromTerms != null) {
			return fromTerms;
		}
		params.addValue("limit", pageable.getPageSize());
		params.addValue("offset", pageable.getOffset());
		return searchText(where, params, pageable, lookupOnly, cap);
	}

	/**
	 * One word of one or two Chinese characters, or of letters (pinyin, a Latin word), in
	 * pinyin order, with no filter but the owner: the page's ids and the capped count are
	 * read from {@code customer_search_term} (V88) by index-only scans, in the list's
	 * order and scope, and only the page's rows from {@code customer}, by id, under the
	 * whole condition of the box (so a term that is no match after all, such as two
	 * characters with a space between them in the name, sends the search the general
	 * way). Null when the search is not of this form. At a million customers this turns
	 * the ~1,001 heap visits of a common pair (诸葛) into an index-only scan of the 20 rows
	 * of the page (docs/performance.md, "issue 8"). Plain statements with positional
	 * parameters and arrays, a few fixed texts: the driver prepares them once per
	 * connection.
	 */
	private CustomerSearchResult searchTerms(CustomerQuery query, Collection<Long> owners, boolean lookupOnly,
			Pageable pageable, SortKey sort, int cap, StringBuilder where, MapSqlParameterSource params) {
		if (!sort.property().equals("name") || hasFilters(query, lookupOnly)) {
			return null;
		}
		List<String> words = words(query.q());
		if (words.size() != 1) {
			return null;
		}
		String word = words.get(0);
		List<String> terms = new ArrayList<>();
		int length = word.codePointCount(0, word.length());
		if (word.codePoints().allMatch(NamePinyin::isHan) && length <= 2) {
			terms.add(word);
			if (!lookupOnly && length == 2) {
				terms.add(CustomerSearchKeys.COMPANY + word);
			}
		}
		else if (word.matches("[\\p{IsLatin}\\d]+") && !word.matches("\\d+")) {
			terms.add(word);
			if (!lookupOnly) {
				terms.add(CustomerSearchKeys.COMPANY + word);
			}
			// the word also matches the start of codes: rare for pinyin, then the general
			// way
			Boolean code = jdbc.getJdbcTemplate()
				.queryForObject("select exists (select 1 from customer c where upper(c.code) like ?)", Boolean.class,
						escapeLike(word.toUpperCase(Locale.ROOT)) + "%");
			if (Boolean.TRUE.equals(code)) {
				return null;
			}
		}
		else {
			return null;
		}
		Long one = null;
		Collection<Long> team = null;
		if (query.ownerId() != null) {
			if (owners != null && !owners.contains(query.ownerId())) {
				return CustomerSearchResult.empty(pageable);
			}
			one = query.ownerId();
		}
		else if (owners != null) {
			if (owners.isEmpty()) {
				return null;
			}
			if (owners.size() == 1) {
				one = owners.iterator().next();
			}
			else {
				team = owners;
			}
		}
		// One ordered, limited index-only scan per term (the name's, the company's),
		// merged:
		// a customer found by both is one row. PostgreSQL merges two ordered scans of a
		// union only by reading them whole (312 ms for "z" at a million), so each is
		// limited to the rows the page can need before they meet.
		String dir = sort.descending() ? " desc" : " asc";
		long needed = pageable.getOffset() + pageable.getPageSize();
		List<Object> pageArgs = new ArrayList<>();
		List<Object> countArgs = new ArrayList<>();
		List<String> pageScans = new ArrayList<>();
		List<String> countScans = new ArrayList<>();
		for (String term : terms) {
			StringBuilder scan = new StringBuilder("from customer_search_term s where s.term = ?");
			List<Object> scanArgs = new ArrayList<>();
			scanArgs.add(term);
			if (one != null) {
				scan.append(" and s.owner_id = ?");
				scanArgs.add(one);
			}
			else if (team != null) {
				scan.append(" and s.owner_id = any (?)");
				scanArgs.add(team.toArray(Long[]::new));
			}
			pageScans.add("(select s.name_pinyin, s.customer_id " + scan + " order by s.name_pinyin" + dir
					+ ", s.customer_id" + dir + " limit " + needed + ")");
			pageArgs.addAll(scanArgs);
			countScans.add("(select s.customer_id " + scan + " limit " + (cap + 1) + ")");
			countArgs.addAll(scanArgs);
		}
		String pageSql = (terms.size() == 1) ? pageScans.get(0) + " offset " + pageable.getOffset()
				: "select customer_id from (select distinct name_pinyin, customer_id from ("
						+ String.join(" union all ", pageScans) + ") u) d order by name_pinyin" + dir + ", customer_id"
						+ dir + " limit " + pageable.getPageSize() + " offset " + pageable.getOffset();
		List<Long> ids = jdbc.getJdbcTemplate()
			.query(connection -> statement(connection, pageSql, pageArgs), (rs, i) -> rs.getLong("customer_id"));
		String countSql = "select count(distinct customer_id) from (" + String.join(" union all ", countScans) + ") u";
		List<CustomerSummary> rows = List.of();
		if (!ids.isEmpty()) {
			params.addValue("ids", ids.toArray(Long[]::new));
			Map<Long, CustomerSummary> byId = new HashMap<>();
			jdbc.query("select " + COLUMNS + " from customer c" + where + " and c.id = any (:ids)", params,
					(rs, i) -> byId.put(rs.getLong("id"), summary(rs, lookupOnly)));
			if (byId.size() != ids.size()) {
				return null;
			}
			rows = ids.stream().map(byId::get).toList();
		}
		long total;
		if (pageable.getOffset() == 0 && ids.size() < pageable.getPageSize()) {
			total = ids.size();
		}
		else {
			total = jdbc.getJdbcTemplate()
				.query(connection -> statement(connection, countSql, countArgs), (rs, i) -> rs.getLong(1))
				.get(0);
		}
		boolean capped = total > cap;
		return new CustomerSearchResult(withOwnerNames(rows), pageable, capped ? cap : total, capped);
	}

	private static PreparedStatement statement(Connection connection, String sql, List<Object> args)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < args.size(); i++) {
			Object arg = args.get(i);
			if (arg instanceof Long[] array) {
				statement.setArray(i + 1, connection.createArrayOf("bigint", array));
			}
			else {
				statement.setObject(i + 1, arg);
			}
		}
		return statement;
	}

	/**
	 * True when the query has a filter other than the owner (that the viewer may use).
	 */
	private static boolean hasFilters(CustomerQuery query, boolean lookupOnly) {
		if (lookupOnly) {
			return false;
		}
		return query.grade() != null || query.dealStatus() != null
				|| (query.classification() != null && !query.classification().isBlank()) || query.createdFrom() != null
				|| query.createdTo() != null || query.updatedFrom() != null || query.updatedTo() != null
				|| query.birthMonth() != null;
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
		// the same limit for a lookup (cap 10): with "limit 11" PostgreSQL expects to
		// meet 11
		// matches soon in a plain scan of the table, and a phone number took 1.5 s that
		// way
		// at a million customers (docs/performance.md, "issue 8")
		String sql = "with c as materialized (select " + COLUMNS + " from customer c" + where + " limit "
				+ (COUNT_LIMIT + 1) + ") select c.*, count(*) over () as matches from c" + orderBy(pageable)
				+ " limit :limit offset :offset";
		long[] matches = { 0 };
		List<CustomerSummary> rows = jdbc.query(sql, params, (rs, i) -> {
			matches[0] = rs.getLong("matches");
			return summary(rs, lookupOnly);
		});
		if (rows.isEmpty() && pageable.getOffset() > 0) {
			// beyond the last page: how many there are, for the pagination
			matches[0] = jdbc.queryForObject(
					"select count(*) from (select 1 from customer c" + where + " limit " + (COUNT_LIMIT + 1) + ") m",
					params, Long.class);
		}
		boolean capped = matches[0] > cap;
		return new CustomerSearchResult(withOwnerNames(rows), pageable, capped ? cap : matches[0], capped);
	}

	/**
	 * Every row of the list, in its order, for an export: without words, the whole list
	 * in pages of {@code huike.export.page-size} (2,000) by keyset, neither counted nor
	 * encoded as cursors; with words, as far as the list reaches (its
	 * {@value #COUNT_LIMIT} first).
	 */
	public void forEach(CustomerQuery query, Viewer viewer, Sort order,
			java.util.function.Consumer<CustomerSummary> sink) {
		if (viewer.isLookupOnly() || query.hasText()) {
			CustomerSearchResult page = search(query, viewer, PageRequest.of(0, MAX_PAGE_SIZE, order), null);
			while (true) {
				page.forEach(sink);
				if (!page.hasNext()) {
					return;
				}
				page = search(query, viewer, PageRequest.of(page.getNumber() + 1, MAX_PAGE_SIZE, order), null);
			}
		}
		SortKey sort = sortOf(PageRequest.of(0, 1, order));
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		Collection<Long> owners = viewer.visibleOwnerIds();
		if (owners != null && owners.isEmpty()) {
			return;
		}
		if (owners != null) {
			where.append(" and c.owner_id in (:owners)");
			params.addValue("owners", owners);
		}
		appendFilters(query, false, where, params);
		CustomerCursor after = null;
		while (true) {
			MapSqlParameterSource page = new MapSqlParameterSource(params.getValues());
			String seek = (after != null) ? sort.seek(after, page) : "";
			List<Keyed> rows = jdbc.query("select " + COLUMNS + " from customer c" + where + seek + sort.orderBy(false)
					+ " limit " + exportPage, page, (rs, i) -> new Keyed(summary(rs, false), sort.keys(rs)));
			withOwnerNames(rows.stream().map(Keyed::summary).toList()).forEach(sink);
			if (rows.size() < exportPage) {
				return;
			}
			after = CustomerCursor.decode(sort.cursor(CustomerCursor.Mode.AFTER, rows.get(rows.size() - 1)));
		}
	}

	/**
	 * Filters only, paged by keyset: the indexes give the order, and a page is read from
	 * where the cursor says (after the last row of the page before, before the first row
	 * of the page after, or backwards from the end for the last page), so that page
	 * 25,000 costs what page 1 does and every customer can be reached. A page number
	 * without a cursor is read by offset, within the first {@value #COUNT_LIMIT}. The
	 * matches are counted (up to {@value #COUNT_LIMIT}) only when there is more than one
	 * page.
	 */
	private CustomerSearchResult browse(StringBuilder where, MapSqlParameterSource params, Pageable pageable,
			SortKey sort, CustomerCursor cursor) {
		int size = pageable.getPageSize();
		long offset = (cursor == null) ? pageable.getOffset() : 0;
		if (offset >= COUNT_LIMIT) {
			return new CustomerSearchResult(List.of(), pageable, COUNT_LIMIT, true);
		}
		boolean backwards = cursor != null && cursor.mode() != CustomerCursor.Mode.AFTER;
		String seek = "";
		if (cursor != null && cursor.mode() != CustomerCursor.Mode.LAST) {
			seek = sort.seek(cursor, params);
		}
		String sql = "select " + COLUMNS + " from customer c" + where + seek + sort.orderBy(backwards) + " limit "
				+ (size + 1) + ((offset > 0) ? " offset " + offset : "");
		List<Keyed> rows = new ArrayList<>(
				jdbc.query(sql, params, (rs, i) -> new Keyed(summary(rs, false), sort.keys(rs))));
		boolean more = rows.size() > size;
		if (more) {
			rows.remove(rows.size() - 1);
		}
		if (backwards) {
			Collections.reverse(rows);
		}
		boolean hasPrevious;
		boolean hasNext;
		if (cursor == null) {
			hasPrevious = offset > 0;
			hasNext = more;
		}
		else if (cursor.mode() == CustomerCursor.Mode.AFTER) {
			hasPrevious = true;
			hasNext = more;
		}
		else if (cursor.mode() == CustomerCursor.Mode.BEFORE) {
			if (!more) {
				// less than a page before the row: the first page, full
				return browse(where, params, PageRequest.of(0, size, pageable.getSort()), sort, null);
			}
			hasPrevious = true;
			hasNext = true;
		}
		else {
			hasPrevious = more;
			hasNext = false;
		}
		String previous = (hasPrevious && !rows.isEmpty()) ? sort.cursor(CustomerCursor.Mode.BEFORE, rows.get(0))
				: null;
		String next = (hasNext && !rows.isEmpty()) ? sort.cursor(CustomerCursor.Mode.AFTER, rows.get(rows.size() - 1))
				: null;
		String last = (next != null) ? CustomerCursor.last(sort.property(), sort.descending()).encode() : null;
		Pageable shown = (cursor == null) ? pageable : PageRequest.of(0, size, pageable.getSort());
		List<CustomerSummary> content = withOwnerNames(rows.stream().map(Keyed::summary).toList());
		if (cursor == null && offset == 0 && !more) {
			// the first page holds every match: no need to count
			return new CustomerSearchResult(content, shown, content.size(), false, true, null, null, null);
		}
		long total = jdbc.queryForObject(
				"select count(*) from (select 1 from customer c" + where + " limit " + (COUNT_LIMIT + 1) + ") m",
				params, Long.class);
		boolean capped = total > COUNT_LIMIT;
		return new CustomerSearchResult(content, shown, capped ? COUNT_LIMIT : Math.max(total, content.size()), capped,
				true, previous, next, last);
	}

	/** A row of the list with the values of its sort key, for the cursors. */
	private record Keyed(CustomerSummary summary, List<String> keys) {
	}

	/** How a key column is read from a row and bound in a seek. */
	private enum KeyType {

		TEXT("varchar"), CHAR("char(1)"), TIMESTAMP("timestamptz"), INTEGER("integer");

		private static final java.time.Instant EARLIEST = java.time.Instant.parse("1900-01-01T00:00:00Z");

		private static final java.time.Instant LATEST = java.time.Instant.parse("3000-01-01T00:00:00Z");

		private final String sqlType;

		KeyType(String sqlType) {
			this.sqlType = sqlType;
		}

		String read(ResultSet rs, String column) throws SQLException {
			return switch (this) {
				case TEXT -> rs.getString(column);
				case CHAR -> rs.getString(column).strip();
				case TIMESTAMP -> {
					java.time.Instant at = rs.getTimestamp(column).toInstant();
					yield Long.toString(
							Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000));
				}
				case INTEGER -> Integer.toString(rs.getInt(column));
			};
		}

		Object bind(String value) {
			return switch (this) {
				case TEXT -> value;
				case CHAR -> {
					if (value.length() != 1) {
						throw new IllegalArgumentException("not a grade");
					}
					yield value;
				}
				case TIMESTAMP -> {
					long micros = Long.parseLong(value);
					java.time.Instant at = java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
							Math.floorMod(micros, 1_000_000L) * 1_000);
					if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
						// no row has such a time; PostgreSQL would refuse some
						throw new IllegalArgumentException("out of range");
					}
					yield at.atOffset(ZoneOffset.UTC);
				}
				case INTEGER -> Integer.valueOf(value);
			};
		}

	}

	/**
	 * The list's order: a property, its direction, and the columns of its key, to which
	 * the id is added last (so every row has its own place, and one index serves it all).
	 */
	private record SortKey(String property, boolean descending, List<String> columns, List<KeyType> types) {

		String orderBy(boolean backwards) {
			String dir = (descending != backwards) ? " desc" : " asc";
			List<String> parts = new ArrayList<>();
			columns.forEach(column -> parts.add("c." + column + dir));
			parts.add("c.id" + dir);
			return " order by " + String.join(", ", parts);
		}

		/** The rows beyond the cursor's row, in the direction it points. */
		String seek(CustomerCursor cursor, MapSqlParameterSource params) {
			List<String> left = new ArrayList<>();
			List<String> right = new ArrayList<>();
			try {
				for (int i = 0; i < columns.size(); i++) {
					left.add("c." + columns.get(i));
					right.add("cast(:seek" + i + " as " + types.get(i).sqlType + ")");
					params.addValue("seek" + i, types.get(i).bind(cursor.keys().get(i)));
				}
			}
			catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException ex) {
				throw CustomerCursor.invalid();
			}
			left.add("c.id");
			right.add("cast(:seekId as bigint)");
			params.addValue("seekId", cursor.id());
			boolean forward = cursor.mode() == CustomerCursor.Mode.AFTER;
			String op = (forward != descending) ? " > " : " < ";
			return " and (" + String.join(", ", left) + ")" + op + "(" + String.join(", ", right) + ")";
		}

		List<String> keys(ResultSet rs) throws SQLException {
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				keys.add(types.get(i).read(rs, columns.get(i)));
			}
			keys.add(Long.toString(rs.getLong("id")));
			return keys;
		}

		String cursor(CustomerCursor.Mode mode, Keyed row) {
			List<String> keys = row.keys();
			return new CustomerCursor(property, descending, mode, keys.subList(0, keys.size() - 1), row.summary().id())
				.encode();
		}

		boolean fits(CustomerCursor cursor) {
			return cursor.sort().equals(property) && cursor.descending() == descending
					&& (cursor.mode() == CustomerCursor.Mode.LAST || cursor.keys().size() == columns.size());
		}

	}

	/**
	 * The sort asked for (the first property the list knows; by name when none), as
	 * {@link #orderBy(Pageable)} orders.
	 */
	private static SortKey sortOf(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			boolean desc = order.getDirection().isDescending();
			switch (order.getProperty()) {
				case "name":
					return new SortKey("name", desc, List.of("name_pinyin"), List.of(KeyType.TEXT));
				case "code":
					return new SortKey("code", desc, List.of("code"), List.of(KeyType.TEXT));
				case "grade":
					return new SortKey("grade", desc, List.of("grade", "name_pinyin"),
							List.of(KeyType.CHAR, KeyType.TEXT));
				case "updatedAt":
					return new SortKey("updatedAt", desc, List.of("updated_at"), List.of(KeyType.TIMESTAMP));
				case "createdAt":
					return new SortKey("createdAt", desc, List.of("created_at"), List.of(KeyType.TIMESTAMP));
				case "completeness":
					return new SortKey("completeness", desc, List.of("completeness"), List.of(KeyType.INTEGER));
				default:
					// not a sort of the list: the next one, or by name
			}
		}
		return new SortKey("name", false, List.of("name_pinyin"), List.of(KeyType.TEXT));
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
