package com.huike.crm.importexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file, or a .csv file, into its header row and its
 * rows of text, refusing what is not a spreadsheet it can trust: an empty file, an old
 * .xls, a password-protected workbook, a zip bomb, binary garbage, text in an unknown
 * encoding, too many rows or columns. Excel is read as a stream (SAX over the sheet's
 * XML, as POI's event API does), so a sheet of 100,000 rows costs its text, not a
 * workbook object per cell. Numbers come out plain ({@code 13800138000}, not
 * {@code 1.38E+10}), dates as ISO days; a cell holding a formula is marked, so that the
 * row can be refused rather than its cached result taken for typed data.
 */
final class SpreadsheetReader {

	/** The most data rows of one file: larger files are split. */
	static final int MAX_ROWS = 200_000;

	/** The most columns of one file. */
	static final int MAX_COLUMNS = 300;

	/** The longest text of one cell. */
	static final int MAX_CELL = 5_000;

	/**
	 * The largest entry of an .xlsx once unpacked (a sheet of 200,000 wide rows fits).
	 */
	static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

	/** The encoding of a CSV file: detected, or chosen by the user. */
	enum CharsetChoice {

		AUTO, UTF_8, GBK;

		static CharsetChoice of(String name) {
			if (name == null || name.isBlank()) {
				return AUTO;
			}
			String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			for (CharsetChoice choice : values()) {
				if (choice.name().equals(n)) {
					return choice;
				}
			}
			return AUTO;
		}

	}

	/**
	 * One data row: its number in the file (the header is row 1), its cells, its
	 * formulas.
	 */
	record SheetRow(int number, String[] cells, BitSet formulas) {

		String cell(int column) {
			return (column >= 0 && column < cells.length) ? cells[column] : "";
		}

		boolean blank() {
			return Arrays.stream(cells).allMatch(String::isBlank);
		}

	}

	/**
	 * A file read: its format ({@code XLSX}, {@code CSV}), its encoding, headers and
	 * rows.
	 */
	record Spreadsheet(String format, String charset, List<String> headers, List<String> rawHeaders,
			List<SheetRow> rows) {

	}

	private SpreadsheetReader() {
	}

	static Spreadsheet read(byte[] bytes, CharsetChoice choice) {
		if (bytes.length == 0) {
			throw refused("import.file.empty");
		}
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(bytes);
		}
		catch (RuntimeException ex) {
			magic = FileMagic.UNKNOWN;
		}
		return switch (magic) {
			case OOXML -> xlsx(bytes);
			case OLE2 -> throw refused(encrypted(bytes) ? "import.file.password" : "import.file.xls");
			case PDF, HTML, XML, RTF, PNG, JPEG, GIF, TIFF, WMF, EMF, BMP ->
				throw refused("import.file.notSpreadsheet");
			default -> csv(bytes, choice);
		};
	}

	private static boolean encrypted(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			return fs.getRoot().hasEntry("EncryptionInfo");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	// --- Excel ---

	private static Spreadsheet xlsx(byte[] bytes) {
		// POI's defaults refuse entries that unpack more than 100 times their packed size
		// (a zip bomb); the size cap keeps a large but honest sheet from filling the heap
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		Collector rows = new Collector();
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw refused("import.file.noSheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new FormulaMarkingHandler(styles, strings, rows));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (ImportFileRefusedException ex) {
			throw ex;
		}
		catch (TooLarge ex) {
			throw refused(ex.key, ex.limit);
		}
		catch (Exception ex) {
			throw refused(zipBomb(ex) ? "import.file.zipBomb" : "import.file.brokenXlsx");
		}
		return rows.spreadsheet("XLSX", null);
	}

	private static boolean zipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max entry size")
					|| message.contains("inflate ratio")) {
				return true;
			}
		}
		return false;
	}

	/** Marks the cells of the row being read whose value is a formula's. */
	private static final class FormulaMarkingHandler extends XSSFSheetXMLHandler {

		private final Collector rows;

		private String cell;

		FormulaMarkingHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Collector rows) {
			super(styles, null, strings, rows, new PlainFormatter(), false);
			this.rows = rows;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			String name = (localName != null && !localName.isEmpty()) ? localName : qName;
			if ("c".equals(name)) {
				cell = attributes.getValue("r");
			}
			else if ("f".equals(name)) {
				// also a formula without a cached result (no <v>), which yields no cell
				rows.markFormula(cell);
			}
			super.startElement(uri, localName, qName, attributes);
		}

	}

	/** Numbers plain and dates as ISO days, whatever the cell's display format. */
	private static final class PlainFormatter extends DataFormatter {

		PlainFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime time = DateUtil.getLocalDateTime(value);
				return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString();
			}
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return String.valueOf(value);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

	/** Gathers the sheet's rows, the first non-blank one being the header. */
	private static final class Collector implements SheetContentsHandler {

		private final List<String> headers = new ArrayList<>();

		private final List<String> rawHeaders = new ArrayList<>();

		private final List<SheetRow> rows = new ArrayList<>();

		private List<String> cells;

		private BitSet formulas;

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
			formulas = new BitSet();
		}

		@Override
		public void endRow(int rowNum) {
			add(rowNum + 1, cells, formulas);
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : cells.size();
			if (column >= MAX_COLUMNS) {
				throw new TooLarge("import.file.tooManyColumns", MAX_COLUMNS);
			}
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, (value != null) ? value : "");
		}

		void markFormula(String reference) {
			if (cells == null) {
				return;
			}
			int column = (reference != null) ? new CellReference(reference).getCol() : cells.size();
			if (column < MAX_COLUMNS) {
				formulas.set(column);
				while (cells.size() <= column) {
					cells.add("");
				}
			}
		}

		void add(int number, List<String> values, BitSet formulaColumns) {
			if (headers.isEmpty()) {
				if (values.stream().allMatch(v -> v == null || v.isBlank())) {
					return;
				}
				values.forEach(v -> {
					headers.add(header(v));
					rawHeaders.add((v != null) ? v.strip() : "");
				});
				return;
			}
			if (rows.size() >= MAX_ROWS) {
				throw new TooLarge("import.file.tooManyRows", MAX_ROWS);
			}
			String[] row = new String[Math.max(values.size(), headers.size())];
			for (int i = 0; i < row.length; i++) {
				String v = (i < values.size() && values.get(i) != null) ? values.get(i).strip() : "";
				row[i] = (v.length() > MAX_CELL) ? v.substring(0, MAX_CELL + 1) : v;
			}
			SheetRow sheetRow = new SheetRow(number, row, formulaColumns);
			if (!sheetRow.blank()) {
				rows.add(sheetRow);
			}
		}

		Spreadsheet spreadsheet(String format, String charset) {
			if (headers.isEmpty()) {
				throw refused("import.file.empty");
			}
			return new Spreadsheet(format, charset, List.copyOf(headers), List.copyOf(rawHeaders), rows);
		}

		private static String header(String value) {
			String h = (value != null) ? value.replace('\u3000', ' ').strip() : "";
			// the template marks required columns with a star
			while (h.endsWith("*") || h.endsWith("＊")) {
				h = h.substring(0, h.length() - 1).strip();
			}
			return h;
		}

	}

	/** A limit reached while reading. */
	private static final class TooLarge extends RuntimeException {

		final String key;

		final int limit;

		TooLarge(String key, int limit) {
			super(key, null, false, false);
			this.key = key;
			this.limit = limit;
		}

	}

	// --- CSV ---

	private static final Charset GBK = Charset.forName("GBK");

	private static Spreadsheet csv(byte[] bytes, CharsetChoice choice) {
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
				&& (bytes[2] & 0xff) == 0xBF;
		int start = bom ? 3 : 0;
		for (byte b : bytes) {
			if (b == 0) {
				// binary data: no spreadsheet program writes a NUL byte into a CSV file
				// (in
				// UTF-8 and GBK it can only be the NUL character)
				throw refused("import.file.notSpreadsheet");
			}
		}
		String text;
		String charset;
		if (choice == CharsetChoice.GBK) {
			text = decode(bytes, start, GBK);
			charset = "GBK";
		}
		else if (choice == CharsetChoice.UTF_8 || bom) {
			text = decode(bytes, start, StandardCharsets.UTF_8);
			charset = "UTF-8";
		}
		else {
			text = decode(bytes, start, StandardCharsets.UTF_8);
			charset = "UTF-8";
			if (text == null) {
				text = decode(bytes, start, GBK);
				charset = "GBK";
			}
		}
		if (text == null) {
			throw refused((choice == CharsetChoice.AUTO) ? "import.file.encoding" : "import.file.encodingChosen",
					charset);
		}
		Collector rows = new Collector();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				if (record.size() > MAX_COLUMNS) {
					throw refused("import.file.tooManyColumns", MAX_COLUMNS);
				}
				List<String> values = new ArrayList<>(record.size());
				record.forEach(values::add);
				rows.add((int) record.getRecordNumber(), values, new BitSet());
			}
		}
		catch (TooLarge ex) {
			throw refused(ex.key, ex.limit);
		}
		catch (UncheckedIOException | IOException | IllegalStateException ex) {
			throw refused("import.file.brokenCsv");
		}
		return rows.spreadsheet("CSV", charset);
	}

	/** The text in the charset, or null when the bytes are not valid in it. */
	private static String decode(byte[] bytes, int start, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static ImportFileRefusedException refused(String key, Object... args) {
		return new ImportFileRefusedException(key, args);
	}

}
