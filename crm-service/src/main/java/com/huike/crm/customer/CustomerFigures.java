package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's figures for the dashboards (统计分析): how many customers by grade, deal
 * status and classification, and what they bought (part 3 of the archive) less what they
 * returned (part 4) in a period, by product and by customer. Always of a set of owners —
 * the books a viewer may see — or of all (null); the analytics feature decides whose.
 */
@Service
@Transactional(readOnly = true)
public class CustomerFigures {

	/** How many customers have a value (a grade, a status, a classification). */
	public record Count(String value, long count) {

	}

	/** A product's sales in a period: bought, returned, and the difference. */
	public record ProductSales(String product, BigDecimal quantity, BigDecimal amount, BigDecimal returned) {

		public BigDecimal net() {
			return amount.subtract(returned);
		}

	}

	/** A customer's net sales in a period (bought less returned). */
	public record CustomerSales(Long customerId, String code, String name, Long ownerId, BigDecimal amount) {

	}

	/** A customer who bought before and not since: their last purchase. */
	public record LapsedCustomer(Long customerId, String code, String name, Long ownerId, LocalDate lastPurchase) {

	}

	/**
	 * Churn (流失) of a book: of the customers who ever bought, those who have not since a
	 * day.
	 */
	public record Churn(long buyers, long lapsed, List<LapsedCustomer> latest) {

	}

	/** The state of one manager's archives: how many, how complete, how many stale. */
	public record ArchiveQuality(Long ownerId, long customers, BigDecimal averageCompleteness, long stale) {

	}

	/**
	 * What a customer bought in one window of {@code days} days counted back from a day
	 * (window 0 ends on that day, window 1 the {@code days} before, …): the amount and on
	 * how many days they ordered.
	 */
	public record WindowVolume(Long customerId, String code, String name, Long ownerId, String grade, int window,
			BigDecimal amount, int orders) {

	}

	/** A customer by code and name, for lists of another feature. */
	public record NamedCustomer(Long id, String code, String name, Long ownerId, int completeness) {

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** The same, reading large results a few thousand rows at a time. */
	private final JdbcTemplate streaming;

	public CustomerFigures(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(5_000);
	}

	/** By grade, A to E (the pyramid's order), grades without customers left out. */
	public List<Count> byGrade(Collection<Long> owners) {
		return counts(CustomerTally.GRADE, owners, "1");
	}

	public List<Count> byDealStatus(Collection<Long> owners) {
		return counts(CustomerTally.DEAL_STATUS, owners, "2 desc, 1");
	}

	/** By classification (综合分类), the empty ones as an empty value. */
	public List<Count> byClassification(Collection<Long> owners) {
		return counts(CustomerTally.CLASSIFICATION, owners, "2 desc, 1");
	}

	/**
	 * Every manager's customers per grade, now ({@code "-"}: without a grade): the
	 * month-end snapshots of the grade distribution.
	 */
	public List<OwnerGrade> gradesPerOwner() {
		return jdbc.query(
				"select owner_id, value as g, sum(customers) as n from customer_tally where dimension = '"
						+ CustomerTally.GRADE + "' group by 1, 2 having sum(customers) <> 0 order by 1, 2",
				(rs, i) -> new OwnerGrade(rs.getLong("owner_id"), rs.getString("g"), rs.getLong("n")));
	}

	/** A manager's customers of one grade ({@code "-"}: without a grade). */
	public record OwnerGrade(Long ownerId, String grade, long count) {

	}

	/**
	 * The customers per value of one of the tally's dimensions (V103: kept by triggers).
	 */
	private List<Count> counts(char dimension, Collection<Long> owners, String order) {
		if (owners != null && owners.isEmpty()) {
			return List.of();
		}
		String sql = "select value as v, sum(customers) as n from customer_tally where dimension = '" + dimension + "'"
				+ ((owners != null) ? " and owner_id = any(?)" : "")
				+ " group by 1 having sum(customers) <> 0 order by " + order;
		return jdbc.query(sql, (rs, i) -> new Count(rs.getString("v"), rs.getLong("n")), args(owners));
	}

	/**
	 * Each product's purchases and returns from {@code from} to {@code to} (both
	 * included), the largest net sales first.
	 */
	public List<ProductSales> salesByProduct(Collection<Long> owners, LocalDate from, LocalDate to) {
		if (owners != null && owners.isEmpty()) {
			return List.of();
		}
		String scope = (owners != null) ? " and c.owner_id = any(?)" : "";
		String sql = """
				with bought as (
				  select t.product, sum(t.quantity) as quantity, sum(t.amount) as amount
				    from customer_transaction t join customer c on c.id = t.customer_id
				   where t.transaction_date between ? and ?""" + scope + """
				   group by t.product),
				returned as (
				  select a.product, sum(a.amount) as amount
				    from customer_adjustment a join customer c on c.id = a.customer_id
				   where a.kind = 'RETURN' and a.adjustment_date between ? and ?""" + scope + """
				   group by a.product)
				select coalesce(b.product, r.product) as product, coalesce(b.quantity, 0) as quantity,
				       coalesce(b.amount, 0) as amount, coalesce(r.amount, 0) as returned
				  from bought b full join returned r on r.product = b.product
				 order by coalesce(b.amount, 0) - coalesce(r.amount, 0) desc, 1""";
		return jdbc.query(sql, (rs, i) -> new ProductSales(rs.getString("product"), rs.getBigDecimal("quantity"),
				rs.getBigDecimal("amount"), rs.getBigDecimal("returned")), periodArgs(owners, from, to));
	}

	/**
	 * One manager's customers with positive net sales in a period: their net sales
	 * together, and the three largest of them (fewer when there are fewer), the largest
	 * first.
	 */
	public record OwnerSales(Long ownerId, BigDecimal total, List<CustomerSales> top) {

	}

	/**
	 * Per manager, the net sales from {@code from} to {@code to} (both included) of the
	 * customers whose net sales are positive, and the three largest: what the key-account
	 * concentration of any set of managers is made of (the three largest of a set are
	 * among the three largest of each), without a row per customer leaving the database.
	 */
	public List<OwnerSales> salesByOwner(Collection<Long> owners, LocalDate from, LocalDate to) {
		if (owners != null && owners.isEmpty()) {
			return List.of();
		}
		String scope = (owners != null) ? " and c.owner_id = any(?)" : "";
		String sql = """
				with net as (
				  select t.customer_id, c.owner_id, t.amount from customer_transaction t join customer c on c.id = t.customer_id
				   where t.transaction_date between ? and ?"""
				+ scope
				+ """

						union all
						select a.customer_id, c.owner_id, -a.amount from customer_adjustment a join customer c on c.id = a.customer_id
						 where a.kind = 'RETURN' and a.adjustment_date between ? and ?"""
				+ scope
				+ """
						),
						per as (
						  select customer_id, owner_id, sum(amount) as amount from net group by 1, 2 having sum(amount) > 0),
						ranked as (
						  select per.*, row_number() over (partition by owner_id order by amount desc, customer_id) as r,
						         sum(amount) over (partition by owner_id) as total
						    from per)
						select r.owner_id, r.total, r.customer_id, c.code, c.name, r.amount
						  from ranked r join customer c on c.id = r.customer_id
						 where r.r <= 3
						 order by r.owner_id, r.r""";
		java.util.Map<Long, OwnerSales> byOwner = new java.util.LinkedHashMap<>();
		jdbc.query(sql, (java.sql.ResultSet rs) -> {
			Long owner = rs.getLong("owner_id");
			BigDecimal total = rs.getBigDecimal("total");
			byOwner.computeIfAbsent(owner, k -> new OwnerSales(k, total, new ArrayList<>()))
				.top()
				.add(new CustomerSales(rs.getLong("customer_id"), rs.getString("code"), rs.getString("name"), owner,
						rs.getBigDecimal("amount")));
		}, periodArgs(owners, from, to));
		return byOwner.values()
			.stream()
			.map(o -> new OwnerSales(o.ownerId(), o.total(), List.copyOf(o.top())))
			.toList();
	}

	/**
	 * Every customer who bought from {@code from} to {@code to} (both included): the last
	 * purchase, on how many days they bought, the net amount (purchases less returns) and
	 * since when their archive exists — what recency, frequency and value (RFM) and
	 * loyalty are judged by. Without code and name (a million buyers are held at once):
	 * {@link #named} names those listed.
	 */
	public List<Buyer> buyers(Collection<Long> owners, LocalDate from, LocalDate to) {
		if (owners != null && owners.isEmpty()) {
			return List.of();
		}
		String scope = (owners != null) ? " and c.owner_id = any(?)" : "";
		String sql = """
				with bought as (
				  select t.customer_id, max(t.transaction_date) as last_purchase,
				         count(distinct t.transaction_date) as days, sum(t.amount) as amount
				    from customer_transaction t join customer c on c.id = t.customer_id
				   where t.transaction_date between ? and ?""" + scope + """

				   group by t.customer_id),
				returned as (
				  select a.customer_id, sum(a.amount) as amount
				    from customer_adjustment a join customer c on c.id = a.customer_id
				   where a.kind = 'RETURN' and a.adjustment_date between ? and ?""" + scope + """

				   group by a.customer_id)
				select b.customer_id, b.last_purchase, b.days, b.amount - coalesce(r.amount, 0) as net,
				       c.created_at
				  from bought b join customer c on c.id = b.customer_id
				  left join returned r on r.customer_id = b.customer_id
				 order by b.customer_id""";
		return jdbc.query(sql,
				(rs, i) -> new Buyer(rs.getLong("customer_id"), null, null,
						rs.getObject("last_purchase", LocalDate.class), rs.getInt("days"), rs.getBigDecimal("net"),
						rs.getTimestamp("created_at").toInstant().atZone(clock.getZone()).toLocalDate()),
				periodArgs(owners, from, to));
	}

	/**
	 * A customer who bought in a period: the last purchase in it, the days with a
	 * purchase, the net amount, and the day the archive was opened.
	 */
	public record Buyer(Long customerId, String code, String name, LocalDate lastPurchase, int purchaseDays,
			BigDecimal net, LocalDate since) {

	}

	/**
	 * The customers who bought something before {@code since} and nothing since, the most
	 * recently lapsed first (at most {@code limit}), and how many of all buyers they are.
	 */
	public Churn churn(Collection<Long> owners, LocalDate since, int limit) {
		if (owners != null && owners.isEmpty()) {
			return new Churn(0, 0, List.of());
		}
		// each customer's last purchase by one probe of idx_customer_transaction_customer
		// (not a scan of every transaction), the counts and the latest lapsed in one pass
		String sql = """
				with b as materialized (
				  select c.id, c.code, c.name, c.owner_id, l.last_purchase
				    from customer c
				   cross join lateral (select max(t.transaction_date) as last_purchase from customer_transaction t
				                        where t.customer_id = c.id) l
				   where l.last_purchase is not null""" + ((owners != null) ? " and c.owner_id = any(?)" : "")
				+ """
						),
						counts as (select count(*) as buyers, count(*) filter (where last_purchase < ?) as lapsed from b)
						select counts.buyers, counts.lapsed, l.* from counts
						  left join lateral (select * from b where last_purchase < ? order by last_purchase desc, id limit ?) l on true
						 order by l.last_purchase desc, l.id""";
		long[] counts = new long[2];
		List<LapsedCustomer> latest = new ArrayList<>();
		List<Object> args = new ArrayList<>(List.of(args(owners)));
		args.add(since);
		args.add(since);
		args.add(limit);
		jdbc.query(sql, (java.sql.ResultSet rs) -> {
			counts[0] = rs.getLong("buyers");
			counts[1] = rs.getLong("lapsed");
			if (rs.getObject("id") != null) {
				latest.add(new LapsedCustomer(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getLong("owner_id"), rs.getObject("last_purchase", LocalDate.class)));
			}
		}, args.toArray());
		return new Churn(counts[0], counts[1], List.copyOf(latest));
	}

	/**
	 * Every customer's purchases in the {@code windows} windows of {@code days} days that
	 * end on {@code to} (window 0 the latest), one row per customer and window with a
	 * purchase, without code and name: the monthly volumes the anomaly rules compare,
	 * streamed (a million customers' rows are not held at once).
	 */
	public void volumes(Collection<Long> owners, LocalDate to, int days, int windows,
			java.util.function.Consumer<WindowVolume> each) {
		if (owners != null && owners.isEmpty()) {
			return;
		}
		String sql = """
				select t.customer_id, c.owner_id, c.grade, (?::date - t.transaction_date) / ? as w,
				       sum(t.amount) as amount, count(distinct t.transaction_date) as orders
				  from customer_transaction t join customer c on c.id = t.customer_id
				 where t.transaction_date > ?::date and t.transaction_date <= ?::date"""
				+ ((owners != null) ? " and c.owner_id = any(?)" : "") + """

						group by t.customer_id, c.owner_id, c.grade, w""";
		List<Object> args = new ArrayList<>(List.of(to, days, to.minusDays((long) days * windows), to));
		if (owners != null) {
			args.add(owners.toArray(Long[]::new));
		}
		streaming.query(sql, (java.sql.ResultSet rs) -> {
			each.accept(new WindowVolume(rs.getLong(1), null, null, rs.getLong(2), rs.getString(3), rs.getInt(4),
					rs.getBigDecimal(5), rs.getInt(6)));
		}, args.toArray());
	}

	private static Object[] prepend(Object first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	/**
	 * Per manager: their customers, the archives' average completeness and how many have
	 * not changed since {@code staleBefore} (to the day, in UTC: the tally keeps the day
	 * of the last change); the least complete books first.
	 */
	public List<ArchiveQuality> qualityByOwner(Collection<Long> owners, java.time.Instant staleBefore) {
		if (owners != null && owners.isEmpty()) {
			return List.of();
		}
		String sql = """
				select owner_id, sum(customers) filter (where dimension = 'G') as n,
				       round(sum(completeness) filter (where dimension = 'G')::numeric
				             / sum(customers) filter (where dimension = 'G'), 1) as completeness,
				       coalesce(sum(customers) filter (where dimension = 'U' and value < ?), 0) as stale
				  from customer_tally where dimension in ('G', 'U')"""
				+ ((owners != null) ? " and owner_id = any(?)" : "") + """

						group by owner_id having sum(customers) filter (where dimension = 'G') > 0
						order by 3, 1""";
		return jdbc.query(sql,
				(rs, i) -> new ArchiveQuality(rs.getLong("owner_id"), rs.getLong("n"), rs.getBigDecimal("completeness"),
						rs.getLong("stale")),
				prepend(LocalDate.ofInstant(staleBefore, java.time.ZoneOffset.UTC).toString(), args(owners)));
	}

	/**
	 * A random sample of a manager's customers for a spot check (抽查), at most
	 * {@code size}, without those in {@code exclude}: weighted sampling (each customer's
	 * key is -ln(u) / weight, the smallest win), the weight 3 for an archive unchanged
	 * since {@code staleBefore} or less than half complete, else 1 — so stale and
	 * incomplete archives are three times as likely to be drawn.
	 */
	public List<NamedCustomer> sample(Long ownerId, int size, Collection<Long> exclude, java.time.Instant staleBefore) {
		return jdbc.query("""
				select id, code, name, owner_id, completeness from customer
				 where owner_id = ? and not (id = any(?))
				 order by -ln(1 - random()) / (case when updated_at < ? or completeness < 50 then 3 else 1 end)
				 limit ?""", (rs, i) -> named(rs), ownerId, exclude.toArray(Long[]::new),
				java.sql.Timestamp.from(staleBefore), size);
	}

	/** A manager's first customers by id (the demo's deterministic sample). */
	public List<NamedCustomer> firstOf(Long ownerId, int size) {
		return jdbc.query(
				"select id, code, name, owner_id, completeness from customer where owner_id = ? order by id limit ?",
				(rs, i) -> named(rs), ownerId, size);
	}

	/** Customers by id, by code and name (whoever owns them: the caller decided). */
	public java.util.Map<Long, NamedCustomer> named(Collection<Long> ids) {
		java.util.Map<Long, NamedCustomer> named = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query("select id, code, name, owner_id, completeness from customer where id = any(?)",
					(java.sql.ResultSet rs) -> {
						NamedCustomer c = named(rs);
						named.put(c.id(), c);
					}, (Object) ids.toArray(Long[]::new));
		}
		return named;
	}

	private static NamedCustomer named(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new NamedCustomer(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("owner_id"),
				rs.getInt("completeness"));
	}

	private static Object[] args(Collection<Long> owners) {
		return (owners != null) ? new Object[] { owners.toArray(Long[]::new) } : new Object[0];
	}

	private static Object[] periodArgs(Collection<Long> owners, LocalDate from, LocalDate to) {
		List<Object> args = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			args.add(from);
			args.add(to);
			if (owners != null) {
				args.add(owners.toArray(Long[]::new));
			}
		}
		return args.toArray();
	}

}
