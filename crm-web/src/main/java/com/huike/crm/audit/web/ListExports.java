package com.huike.crm.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import com.huike.crm.audit.AccessLogService;
import com.huike.crm.identity.Viewer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.modulith.NamedInterface;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Any list taken out as a file (导出): Excel (.xlsx) or CSV, with the list's Chinese (or
 * English) headers, written while the rows are read so that a list of a million rows
 * takes no more memory than one of ten — SXSSF keeps {@link #WINDOW} rows of the sheet in
 * memory, CSV none. Each feature's list gives its columns and a way to walk its rows
 * (page after page, in the list's order and scope); this writes them and records the
 * export (who, which list, which filters, how many rows) in the access log.
 * <p>
 * A cell that a spreadsheet would read as a formula (text starting with {@code = + - @},
 * or a tab or carriage return before one) is neutralised: in CSV by a leading apostrophe,
 * in Excel by a text cell marked "quote prefixed", which Excel shows as typed and never
 * evaluates.
 * <p>
 * It lives with the access log, which records every export, and is that feature's one web
 * mechanism other features use.
 */
@Component
@NamedInterface("exports")
public class ListExports {

	/** The media type of an Excel file. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The media type of a CSV file. */
	public static final String CSV = "text/csv";

	/** The rows of an Excel sheet kept in memory while writing. */
	static final int WINDOW = 100;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final AccessLogService accessLog;

	private final Clock clock;

	ListExports(MessageSource messages, AccessLogService accessLog, Clock clock) {
		this.messages = messages;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** The file formats a list can be exported to, by the name the URLs use. */
	public enum Format {

		XLSX("xlsx", MediaType.parseMediaType(ListExports.XLSX)),

		CSV("csv", MediaType.parseMediaType(ListExports.CSV + ";charset=UTF-8"));

		private final String extension;

		private final MediaType mediaType;

		Format(String extension, MediaType mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		/**
		 * The format named so ({@code xlsx}, {@code csv}), or Excel for anything else (a
		 * link's default).
		 */
		public static Format of(String name) {
			Format format = named(name);
			return (format != null) ? format : XLSX;
		}

		/** The format named so ({@code xlsx}, {@code csv}), or null. */
		public static Format named(String name) {
			String n = (name != null) ? name.strip() : "";
			for (Format format : values()) {
				if (format.extension.equalsIgnoreCase(n)) {
					return format;
				}
			}
			return null;
		}

		public String extension() {
			return extension;
		}

	}

	/**
	 * One column: its header's message key and the value of a row — text, a number, a
	 * date ({@link LocalDate}), a moment ({@link Instant}, shown to the minute in the
	 * business's time zone), a message ({@link MessageSourceResolvable}, e.g. an enum's
	 * label) or null for an empty cell.
	 */
	public record Column<T>(String header, Function<T, Object> value) {

	}

	/** Walks a list's rows in its order, giving each to the sink. */
	@FunctionalInterface
	public interface Rows<T> {

		void forEach(Consumer<T> sink);

	}

	/**
	 * The response that streams the list as a file named {@code <title>-<today>.<ext>},
	 * then records the export. {@code list} names the list in the access log
	 * ({@code customers}), {@code filters} says in words what the user chose.
	 */
	public <T> ResponseEntity<StreamingResponseBody> export(String list, String titleKey, String filters, Format format,
			List<Column<T>> columns, Rows<T> rows, Viewer viewer, Locale locale) {
		List<String> headers = new ArrayList<>(columns.size());
		columns.forEach(c -> headers.add(messages.getMessage(c.header(), null, c.header(), locale)));
		String title = messages.getMessage(titleKey, null, titleKey, locale);
		String fileName = title + "-" + DAY.format(LocalDate.now(clock)) + "." + format.extension();
		StreamingResponseBody body = out -> {
			long written = (format == Format.CSV) ? csv(out, headers, columns, rows, locale)
					: xlsx(out, title, headers, columns, rows, locale);
			accessLog.recordExport(viewer.userId(), list, filters, format.extension(), written);
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(format.mediaType)
			.body(body);
	}

	/** True when a spreadsheet would take the text for a formula. */
	static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	private <T> long csv(OutputStream out, List<String> headers, List<Column<T>> columns, Rows<T> rows, Locale locale)
			throws IOException {
		// the byte order mark tells Excel the file is UTF-8 (without it, Chinese comes
		// out garbled)
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
		printer.printRecord(headers);
		long[] count = { 0 };
		rows.forEach(row -> {
			List<String> cells = new ArrayList<>(columns.size());
			for (Column<T> column : columns) {
				String text = text(column.value().apply(row), locale);
				cells.add((text != null && looksLikeFormula(text)) ? "'" + text : text);
			}
			try {
				printer.printRecord(cells);
			}
			catch (IOException ex) {
				throw new ExportAbortedException(ex);
			}
			count[0]++;
		});
		printer.flush();
		return count[0];
	}

	private <T> long xlsx(OutputStream out, String title, List<String> headers, List<Column<T>> columns, Rows<T> rows,
			Locale locale) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			workbook.setCompressTempFiles(true);
			SXSSFSheet sheet = workbook.createSheet(sheetName(title));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle minute = workbook.createCellStyle();
			minute.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			rows.forEach(row -> {
				Row line = sheet.createRow(next[0]++);
				for (int i = 0; i < columns.size(); i++) {
					Object value = columns.get(i).value().apply(row);
					if (value == null) {
						continue;
					}
					Cell cell = line.createCell(i);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Instant instant) {
						cell.setCellValue(local(instant));
						cell.setCellStyle(minute);
					}
					else {
						String text = text(value, locale);
						cell.setCellValue(text);
						if (looksLikeFormula(text)) {
							cell.setCellStyle(quoted);
						}
					}
				}
			});
			// the widths last: with columns defined, POI looks each new cell's column
			// style up
			// in the sheet's XML (a third of the time of 100,000 rows)
			for (int i = 0; i < headers.size(); i++) {
				sheet.setColumnWidth(i, 16 * 256);
			}
			workbook.write(out);
			return next[0] - 1L;
		}
	}

	private String text(Object value, Locale locale) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate day) {
			return DAY.format(day);
		}
		if (value instanceof Instant instant) {
			return MINUTE.format(local(instant));
		}
		if (value instanceof MessageSourceResolvable message) {
			return messages.getMessage(message, locale);
		}
		return value.toString();
	}

	private LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, clock.getZone());
	}

	/** Excel's sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
		return name.isEmpty() ? "Sheet1" : (name.length() > 31) ? name.substring(0, 31) : name;
	}

	/** The client went away while the file was being written. */
	static final class ExportAbortedException extends RuntimeException {

		ExportAbortedException(IOException cause) {
			super(cause);
		}

	}

}
