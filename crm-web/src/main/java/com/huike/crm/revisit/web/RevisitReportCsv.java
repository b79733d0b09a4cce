package com.huike.crm.revisit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

import com.huike.crm.revisit.RevisitReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The revisit report as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they
 * hold a comma, a quote or a line break). Written here because commons-csv is not a
 * dependency of the project; a cell that starts like a formula is prefixed with an
 * apostrophe so that a spreadsheet never runs it.
 */
final class RevisitReportCsv {

	private RevisitReportCsv() {
	}

	static String write(RevisitReport r, BiFunction<String, Object[], String> text, boolean english) {
		StringBuilder csv = new StringBuilder();
		String period = text.apply("revisit.report." + r.period().name().toLowerCase(java.util.Locale.ROOT),
				new Object[0]);
		row(csv, text.apply("revisit.report.period", new Object[0]), period, r.from().toString(), r.to().toString());
		row(csv, text.apply("revisit.report.done", new Object[0]), String.valueOf(r.done()));
		row(csv, text.apply("revisit.report.unreachable", new Object[0]), String.valueOf(r.unreachable()));
		row(csv, text.apply("revisit.report.reachRate", new Object[0]),
				(r.reachRate() != null) ? r.reachRate() + "%" : "");
		csv.append(CSVFormat.EXCEL.getRecordSeparator());
		row(csv, text.apply("revisit.report.kind", new Object[0]), text.apply("revisit.report.done", new Object[0]),
				text.apply("revisit.report.unreachable", new Object[0]));
		for (RevisitReport.KindLine k : r.kinds()) {
			row(csv, text.apply("revisit.kind." + k.kind(), new Object[0]), String.valueOf(k.done()),
					String.valueOf(k.unreachable()));
		}
		csv.append(CSVFormat.EXCEL.getRecordSeparator());
		row(csv, text.apply("revisit.report.department", new Object[0]),
				text.apply("revisit.report.item", new Object[0]), text.apply("revisit.report.scores", new Object[0]),
				text.apply("revisit.report.average", new Object[0]));
		for (RevisitReport.ItemLine i : r.items()) {
			row(csv, i.department(), english ? i.nameEn() : i.name(), String.valueOf(i.scores()),
					String.valueOf(i.average()));
		}
		for (RevisitReport.DepartmentLine d : r.departments()) {
			row(csv, d.department(), "", String.valueOf(d.scores()), String.valueOf(d.average()));
		}
		csv.append(CSVFormat.EXCEL.getRecordSeparator());
		row(csv, text.apply("revisit.report.raisedAt", new Object[0]),
				text.apply("revisit.queue.caller", new Object[0]),
				text.apply("revisit.report.department", new Object[0]),
				text.apply("revisit.report.problem", new Object[0]));
		for (RevisitReport.Problem p : r.problems()) {
			row(csv, p.raisedAt().toString(), p.callerName(), p.department(), p.problem());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String... cells) {
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
			printer.printRecord(List.of(cells).stream().map(RevisitReportCsv::cell).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String cell(String value) {
		String v = (value == null) ? "" : value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			return "'" + v;
		}
		return v;
	}

}
