package com.huike.crm.importexport;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.huike.crm.identity.Viewer;
import com.huike.crm.importexport.SpreadsheetReader.SheetRow;
import com.huike.crm.importexport.SpreadsheetReader.Spreadsheet;
import com.huike.crm.importexport.domain.ImportKind;

/**
 * What every kind of import makes of a file: each row checked, with its problems (row,
 * column as headed in the file, reason) or the value to write, and the rows that repeat
 * an archive or an earlier row. The preview, the run and the error file all read a file
 * through the same checks.
 *
 * @param <T> what a good row writes
 */
interface ImportRows<T> {

	/** The kind of import these rows are for. */
	ImportKind kind();

	/** Reads every row of the file, as the viewer may import it, on the given day. */
	Checked<T> check(Spreadsheet sheet, Viewer viewer, LocalDate today);

	/** A problem of one cell (or of the row, when column is null). */
	record Problem(int row, String column, String key, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}

	}

	/** Why a row is a duplicate. */
	enum Match {

		CODE, MOBILE, NAME_COMPANY

	}

	/**
	 * A row that matches an existing archive (customerId set) or an earlier row of the
	 * file (ofRow set).
	 */
	record Duplicate(int row, Match match, Long customerId, String code, String name, boolean editable, Integer ofRow) {

		boolean ofFile() {
			return customerId == null;
		}

	}

	/** One row checked: the value to write, or its problems; and its match, if any. */
	record CheckedRow<T>(SheetRow row, T value, List<Problem> problems, Duplicate duplicate) {

		boolean good() {
			return problems.isEmpty();
		}

	}

	/** The whole file checked. */
	record Checked<T>(List<String> headers, List<String> rawHeaders, List<CheckedRow<T>> rows) {

		List<Problem> problems() {
			return rows.stream().flatMap(r -> r.problems().stream()).toList();
		}

		List<Duplicate> duplicates() {
			return rows.stream().filter(CheckedRow::good).map(CheckedRow::duplicate).filter(Objects::nonNull).toList();
		}

		long badRows() {
			return rows.stream().filter(r -> !r.good()).count();
		}

	}

}
