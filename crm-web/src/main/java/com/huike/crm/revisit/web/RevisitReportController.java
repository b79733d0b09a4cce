package com.huike.crm.revisit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.RevisitReport;
import com.huike.crm.revisit.RevisitReport.Period;
import com.huike.crm.revisit.RevisitReportService;
import com.huike.crm.shared.web.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 回访周报 / 月报 for the customer-service manager: the period chosen by kind (week, month) and
 * a day in it; an A4 print view and a CSV download of the same figures.
 */
@Controller
@RequestMapping("/revisits/reports")
class RevisitReportController {

	private final RevisitReportService reports;

	private final MessageSource messages;

	private final PdfRenderer pdf;

	RevisitReportController(RevisitReportService reports, MessageSource messages, PdfRenderer pdf) {
		this.reports = reports;
		this.messages = messages;
		this.pdf = pdf;
	}

	@GetMapping
	String report(@RequestParam(required = false) Period period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String print, Viewer viewer, Model model) {
		RevisitReport report = reports.report(period, day, viewer);
		model.addAttribute("report", report);
		model.addAttribute("periods", Period.values());
		model.addAttribute("day", (day != null) ? day : reports.today());
		model.addAttribute("previousDay", report.from().minusDays(1));
		model.addAttribute("nextDay", report.to().plusDays(1));
		return (print != null) ? "revisits/report-print" : "revisits/report";
	}

	/** The print view as an A4 PDF (the shared renderer, its Chinese font). */
	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Period period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Viewer viewer,
			Locale locale) {
		RevisitReport report = reports.report(period, day, viewer);
		String periodText = messages.getMessage("revisit.report.period." + report.period(), null, locale);
		String name = messages.getMessage("revisit.report.pdfName",
				new Object[] { periodText, report.from().toString() }, locale);
		return pdf.download("revisits/report-print", Map.of("report", report), locale, name);
	}

	@GetMapping(path = "/csv", produces = "text/csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Period period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Viewer viewer,
			Locale locale) {
		RevisitReport report = reports.report(period, day, viewer);
		String body = RevisitReportCsv.write(report, (key, args) -> messages.getMessage(key, args, locale),
				"en".equals(locale.getLanguage()));
		String name = "revisits-" + report.period().name().toLowerCase(Locale.ROOT) + "-" + report.from() + ".csv";
		// a byte-order mark, so that Excel opens the Chinese text as UTF-8
		byte[] bytes = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(bytes);
	}

}
