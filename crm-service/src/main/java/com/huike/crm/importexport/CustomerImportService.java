package com.huike.crm.importexport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.importexport.ImportRows.Checked;
import com.huike.crm.importexport.ImportRows.Duplicate;
import com.huike.crm.importexport.ImportRows.Problem;
import com.huike.crm.importexport.ImportView.DuplicateView;
import com.huike.crm.importexport.ImportView.ProblemView;
import com.huike.crm.importexport.SpreadsheetReader.CharsetChoice;
import com.huike.crm.importexport.SpreadsheetReader.Spreadsheet;
import com.huike.crm.importexport.domain.ImportBatch;
import com.huike.crm.importexport.domain.ImportBatchRepository;
import com.huike.crm.importexport.domain.ImportBatchRepository.ImportBatchSummary;
import com.huike.crm.importexport.domain.ImportDecision;
import com.huike.crm.importexport.domain.ImportKind;
import com.huike.crm.importexport.domain.ImportStatus;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.Text;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Customer imports (导入) from upload to the end: reads and checks the file at once (the
 * preview), keeps the user's decisions on duplicates, starts the import in the background
 * ({@link ImportRunner}) and lists what was imported. Managers import into their own
 * book, market managers into their team's managers' books, the administrator anywhere;
 * the call center imports nothing. A user sees their own imports, a market manager also
 * their team's, the administrator all; only the one who uploaded a file decides on it and
 * starts it.
 */
@Service
@Transactional(readOnly = true)
public class CustomerImportService {

	/** The largest file accepted. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** The most problems kept for the preview (the error file has every bad row). */
	static final int PROBLEM_LIMIT = 10_000;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportBatchRepository batches;

	private final Map<ImportKind, ImportRows<?>> rows = new java.util.EnumMap<>(ImportKind.class);

	private final ImportRunner runner;

	private final IdentityService identity;

	private final Clock clock;

	CustomerImportService(ImportBatchRepository batches, List<ImportRows<?>> rows, ImportRunner runner,
			IdentityService identity, Clock clock) {
		this.batches = batches;
		rows.forEach(r -> this.rows.put(r.kind(), r));
		this.runner = runner;
		this.identity = identity;
		this.clock = clock;
	}

	/** Whether the viewer may import customers at all (those who may register them). */
	public static boolean mayImport(Viewer viewer) {
		return CustomerService.mayRegister(viewer);
	}

	/** Reads and checks an uploaded file of customers (客户资料); see the next. */
	@Transactional
	public Long upload(String fileName, byte[] content, String charset, boolean registrationSheet, Viewer viewer) {
		return upload(ImportKind.CUSTOMERS, fileName, content, charset, registrationSheet, viewer);
	}

	/**
	 * Reads and checks an uploaded file and keeps it with its preview.
	 * @param kind what the file holds: customers, or purchases and returns
	 * @param charset the encoding of a CSV file: {@code AUTO} (detected), {@code UTF_8}
	 * or {@code GBK}
	 * @param registrationSheet whether the rows come from a store's registration sheet
	 * (the archives are then 待核实 until confirmed; customers only)
	 * @return the import's id
	 * @throws ImportFileRefusedException when the file cannot be imported as a whole
	 */
	@Transactional
	public Long upload(ImportKind kind, String fileName, byte[] content, String charset, boolean registrationSheet,
			Viewer viewer) {
		if (!mayImport(viewer)) {
			throw new NotAllowedException("import", "import.notAllowed");
		}
		String name = fileName(fileName);
		if (content.length > MAX_BYTES) {
			throw new ImportFileRefusedException("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String hash = sha256(content);
		batches
			.findFirstByCreatedByAndKindAndFileHashAndStatusIn(viewer.userId(), kind, hash,
					Set.of(ImportStatus.RUNNING, ImportStatus.DONE))
			.ifPresent(earlier -> {
				throw new ImportFileRefusedException("import.file.alreadyImported", earlier.getId(),
						earlier.getFileName());
			});
		Spreadsheet sheet = SpreadsheetReader.read(content, CharsetChoice.of(charset));
		Checked<?> checked = rows(kind).check(sheet, viewer, LocalDate.now(clock));
		ImportBatch batch = new ImportBatch(kind, name, hash, sheet.format(), sheet.charset(), content,
				registrationSheet && kind == ImportKind.CUSTOMERS, viewer.userId(), clock.instant());
		List<Problem> problems = checked.problems();
		batch.previewed(checked.rows().size(), (int) checked.badRows(), checked.duplicates().size(),
				JSON.writeValueAsString(problems.subList(0, Math.min(problems.size(), PROBLEM_LIMIT))),
				JSON.writeValueAsString(checked.duplicates()), clock.instant());
		return batches.save(batch).getId();
	}

	private static String fileName(String fileName) {
		String name = (fileName != null) ? fileName.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			throw new ImportFileRefusedException("import.file.missing");
		}
		if (Text.hasControlCharacters(name)) {
			name = name.codePoints()
				.filter(c -> !Character.isISOControl(c))
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One import with its preview, if the viewer may see it. */
	public ImportView get(Long id, Viewer viewer) {
		ImportBatch batch = load(id, viewer);
		List<Problem> problems = JSON.readValue(batch.getProblems(), new TypeReference<List<Problem>>() {
		});
		List<Duplicate> duplicates = JSON.readValue(batch.getDuplicates(), new TypeReference<List<Duplicate>>() {
		});
		Map<Integer, ImportDecision> decisions = decisions(batch);
		String by = identity.displayNames(Set.of(batch.getCreatedBy())).get(batch.getCreatedBy());
		return new ImportView(batch.getId(), batch.getKind(), batch.getFileName(), batch.getFileFormat(),
				batch.getCharset(), batch.isRegistrationSheet(), batch.getStatus(), batch.getTotalRows(),
				batch.getTotalRows() - batch.getBadRows(), batch.getBadRows(), batch.getDuplicateRows(),
				batch.getProcessedRows(), batch.getCreatedCount(), batch.getUpdatedCount(), batch.getSkippedCount(),
				batch.getFailureKey(), batch.getDefaultDecision(), batch.getCreatedBy(), by, batch.getCreatedAt(),
				batch.getFinishedAt(), batch.getCreatedBy().equals(viewer.userId()),
				problems.stream()
					.limit(ImportView.LIST_LIMIT)
					.map(p -> new ProblemView(p.row(), p.column(), p.key(), p.args()))
					.toList(),
				duplicates.stream()
					.limit(ImportView.LIST_LIMIT)
					.map(d -> new DuplicateView(d.row(), d.match().name(), d.customerId(), d.code(), d.name(),
							d.editable(), d.ofRow(), decision(d, decisions, batch.getDefaultDecision()),
							decisions.containsKey(d.row())))
					.toList(),
				batch.getVersion());
	}

	/** What will be done with a duplicate: its own decision, else the one for all. */
	static ImportDecision decision(Duplicate d, Map<Integer, ImportDecision> decisions, ImportDecision all) {
		ImportDecision decision = decisions.getOrDefault(d.row(), all);
		if (decision == ImportDecision.UPDATE && (d.ofFile() || !d.editable())) {
			// an earlier row of the file is not an archive yet, and what the viewer may
			// not
			// edit is not updated
			return ImportDecision.SKIP;
		}
		return decision;
	}

	static Map<Integer, ImportDecision> decisions(ImportBatch batch) {
		return JSON.readValue(batch.getDecisions(), new TypeReference<Map<Integer, ImportDecision>>() {
		});
	}

	/** The imports the viewer may see, the newest first. */
	public Page<ImportBatchSummary> list(Viewer viewer, Pageable pageable) {
		if (viewer.isAdmin()) {
			return batches.findSummaries(pageable);
		}
		List<Long> users = new ArrayList<>(viewer.teamMemberIds());
		users.add(viewer.userId());
		return batches.findSummariesByCreatedByIn(users, pageable);
	}

	/** The display names of the users who made these imports. */
	public Map<Long, String> uploaderNames(Page<ImportBatchSummary> page) {
		return identity.displayNames(
				page.stream().map(ImportBatchSummary::getCreatedBy).collect(java.util.stream.Collectors.toSet()));
	}

	/**
	 * Keeps what to do with the duplicates: one choice for all, and choices per row (by
	 * the row's number in the file). Rows that are not duplicates are refused.
	 */
	@Transactional
	public void decide(Long id, ImportDecision all, Map<Integer, ImportDecision> perRow, Viewer viewer) {
		ImportBatch batch = loadOwn(id, viewer);
		if (all == null) {
			throw new RuleViolationException("defaultDecision", "import.decision.required");
		}
		List<Duplicate> duplicates = JSON.readValue(batch.getDuplicates(), new TypeReference<List<Duplicate>>() {
		});
		Set<Integer> duplicateRows = new java.util.HashSet<>();
		duplicates.forEach(d -> duplicateRows.add(d.row()));
		Map<Integer, ImportDecision> kept = new LinkedHashMap<>();
		for (Map.Entry<Integer, ImportDecision> entry : perRow.entrySet()) {
			if (entry.getKey() == null || !duplicateRows.contains(entry.getKey())) {
				throw new RuleViolationException("rows", "import.decision.notDuplicate", entry.getKey());
			}
			if (entry.getValue() != null && entry.getValue() != all) {
				kept.put(entry.getKey(), entry.getValue());
			}
		}
		batch.decide(all, JSON.writeValueAsString(kept), clock.instant());
	}

	/**
	 * Starts the import in the background; the page (and the API) follow its progress.
	 * The same file is not imported twice by the same user.
	 */
	@Transactional
	public void start(Long id, Viewer viewer) {
		ImportBatch batch = loadOwn(id, viewer);
		batches
			.findFirstByCreatedByAndKindAndFileHashAndStatusIn(viewer.userId(), batch.getKind(), batch.getFileHash(),
					Set.of(ImportStatus.RUNNING, ImportStatus.DONE))
			.ifPresent(earlier -> {
				throw new ImportFileRefusedException("import.file.alreadyImported", earlier.getId(),
						earlier.getFileName());
			});
		batch.start(clock.instant());
		try {
			batches.saveAndFlush(batch);
		}
		catch (DataIntegrityViolationException ex) {
			// another start of the same file won the race (uq_import_batch_file)
			throw new ImportFileRefusedException("import.file.alreadyRunning");
		}
		Long batchId = batch.getId();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				runner.submit(batchId, viewer);
			}
		});
	}

	/** How files of the kind are checked. */
	ImportRows<?> rows(ImportKind kind) {
		return rows.get(kind);
	}

	/** The batch's file read again and checked for the viewer, as today. */
	Checked<?> check(ImportBatch batch, Viewer viewer) {
		return rows(batch.getKind()).check(spreadsheet(batch), viewer, LocalDate.now(clock));
	}

	/** The file as uploaded, read again (for the import and the error file). */
	Spreadsheet spreadsheet(ImportBatch batch) {
		return SpreadsheetReader.read(batch.getContent(),
				CharsetChoice.of((batch.getCharset() != null) ? batch.getCharset().replace('-', '_') : null));
	}

	/**
	 * The batch, if the viewer may see it: theirs, their team's, or any for the admin.
	 */
	ImportBatch load(Long id, Viewer viewer) {
		return batches.findById(id)
			.filter(b -> viewer.isAdmin() || b.getCreatedBy().equals(viewer.userId())
					|| viewer.teamMemberIds().contains(b.getCreatedBy()))
			.orElseThrow(() -> new NotFoundException("import", id));
	}

	private ImportBatch loadOwn(Long id, Viewer viewer) {
		ImportBatch batch = load(id, viewer);
		if (!batch.getCreatedBy().equals(viewer.userId())) {
			throw new NotAllowedException("import " + id, "import.notYours");
		}
		return batch;
	}

	/** Imports left running by a stop of the application wrote nothing: they failed. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void failInterrupted() {
		batches.failInterrupted(clock.instant().minus(Duration.ofMinutes(10)), clock.instant());
	}

}
