package com.huike.crm.importexport;

import java.time.Instant;
import java.util.List;

import com.huike.crm.importexport.domain.ImportDecision;
import com.huike.crm.importexport.domain.ImportKind;
import com.huike.crm.importexport.domain.ImportStatus;

/**
 * One import as its page and the API show it: the file, where it stands, the counts, and
 * what the preview found (problems and duplicates, each list cut at {@link #LIST_LIMIT};
 * the error file holds every bad row).
 *
 * @param goodRows rows without problems (duplicates among them)
 * @param processedRows rows written so far, while running
 * @param mine whether the viewer started it (only they decide and start it)
 */
public record ImportView(Long id, ImportKind kind, String fileName, String fileFormat, String charset,
		boolean registrationSheet, ImportStatus status, int totalRows, int goodRows, int badRows, int duplicateRows,
		int processedRows, int createdCount, int updatedCount, int skippedCount, String failureKey,
		ImportDecision defaultDecision, Long createdBy, String createdByName, Instant createdAt, Instant finishedAt,
		boolean mine, List<ProblemView> problems, List<DuplicateView> duplicates, long version) {

	/** The most problems and duplicates listed. */
	public static final int LIST_LIMIT = 500;

	/** Per cent written, for the progress bar. */
	public int percent() {
		if (status == ImportStatus.DONE) {
			return 100;
		}
		return (totalRows == 0) ? 0 : Math.min(100, processedRows * 100 / totalRows);
	}

	/**
	 * A problem of a cell: the row number of the file, the header of the column (null for
	 * the row), the message key and its arguments.
	 */
	public record ProblemView(int row, String column, String key, List<Object> args) {

		public ProblemView {
			args = (args != null) ? List.copyOf(args) : List.of();
		}

		/** The arguments as an array, for the message source. */
		public Object[] arguments() {
			return args.toArray();
		}

	}

	/**
	 * A row matching an archive (customerId) or an earlier row of the file (ofRow), how,
	 * and what will be done with it ({@code chosen}: decided for this row, not by the
	 * choice for all).
	 */
	public record DuplicateView(int row, String match, Long customerId, String code, String name, boolean editable,
			Integer ofRow, ImportDecision decision, boolean chosen) {

		public boolean ofFile() {
			return customerId == null;
		}

		/** Whether the row can update an archive (an archive the viewer may edit). */
		public boolean updatable() {
			return customerId != null && editable;
		}

		/**
		 * The row's own choice as the form shows it ("" when it follows the choice for
		 * all).
		 */
		public String choice() {
			return chosen ? decision.name() : "";
		}

	}

}
