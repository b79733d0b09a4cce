package com.huike.crm.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.huike.crm.complaint.domain.RequestType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call center's figures for the dashboards (统计分析): the requests received in a period
 * by type, and the complaints by category and by department — how many, how many closed,
 * the average time from receipt to close, and how many went past their deadline (closed
 * after it, or still open after it at {@code now}). Of every request: the caller decides
 * who may see them (the customer-service manager and the administrator).
 */
@Service
@Transactional(readOnly = true)
public class CallCenterFigures {

	/** The requests of one type received in the period. */
	public record TypeLine(RequestType type, long received, long closed) {

	}

	/**
	 * The complaints of one category or department received in the period; the name null
	 * for those without one (not routed yet, say).
	 */
	public record Line(String name, String nameEn, long received, long closed, Double averageHours, long overdue) {

	}

	/**
	 * All of it, with the open complaints past their deadline now (whenever received).
	 */
	public record Figures(List<TypeLine> types, List<Line> categories, List<Line> departments, long overdueNow) {

	}

	private final JdbcTemplate jdbc;

	CallCenterFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Figures figures(Instant from, Instant to, Instant now) {
		Timestamp start = Timestamp.from(from);
		Timestamp end = Timestamp.from(to);
		Timestamp at = Timestamp.from(now);
		List<TypeLine> types = jdbc.query("""
				select type, count(*) as received, count(*) filter (where status = 'CLOSED') as closed
				  from service_request where received_at >= ? and received_at < ?
				 group by type order by 2 desc, 1""", (rs, i) -> new TypeLine(RequestType.valueOf(rs.getString("type")),
				rs.getLong("received"), rs.getLong("closed")), start, end);
		long overdueNow = jdbc.queryForObject("""
				select count(*) from service_request
				 where type = 'COMPLAINT' and status <> 'CLOSED' and due_at < ?""", Long.class, at);
		return new Figures(types, lines("complaint_category", "category_id", start, end, at),
				lines("complaint_department", "department_id", start, end, at), overdueNow);
	}

	private List<Line> lines(String table, String column, Timestamp start, Timestamp end, Timestamp now) {
		String sql = """
				select n.name, n.name_en, count(*) as received,
				       count(*) filter (where r.status = 'CLOSED') as closed,
				       round((avg(extract(epoch from r.closed_at - r.received_at))
				              filter (where r.status = 'CLOSED') / 3600)::numeric, 1) as hours,
				       count(*) filter (where r.due_at < coalesce(r.closed_at, ?)) as overdue
				  from service_request r left join %s n on n.id = r.%s
				 where r.type = 'COMPLAINT' and r.received_at >= ? and r.received_at < ?
				 group by n.name, n.name_en, n.position
				 order by received desc, n.position nulls last, n.name""".formatted(table, column);
		return jdbc.query(sql, (rs, i) -> {
			java.math.BigDecimal hours = rs.getBigDecimal("hours");
			return new Line(rs.getString("name"), rs.getString("name_en"), rs.getLong("received"), rs.getLong("closed"),
					(hours != null) ? hours.doubleValue() : null, rs.getLong("overdue"));
		}, now, start, end);
	}

}
